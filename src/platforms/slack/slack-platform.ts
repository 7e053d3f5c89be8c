/**
 * The Slack adapter: a Bolt app with one `/wirewatch` slash command (subcommands parsed by
 * ./command-text.ts) that drives the neutral `commands/`, and the poster of rendered digests.
 * The only module family that imports @slack/bolt. Its parts: options.ts, app.ts (the Bolt app and
 * receiver), post.ts, find-posted.ts and history.ts (reconciliation), upload.ts, replies.ts.
 *
 * - Socket Mode by default (no public port; `SLACK_APP_TOKEN`), HTTP mode as an option (Bolt's
 *   `HTTPReceiver` verifies `X-Slack-Signature` with the signing secret and refuses timestamps more than
 *   five minutes away: https://docs.slack.dev/authentication/verifying-requests-from-slack).
 * - Slash commands are acknowledged at once (Slack wants an answer within 3 s:
 *   https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands), then answered
 *   through `response_url` (at most 5 times within 30 minutes), ephemeral for errors and previews.
 * - Posting: `chat.postMessage` with Block Kit, unfurls off, message metadata
 *   `{ event_type: 'wirewatch_digest', event_payload: { key, part, parts } }`
 *   (https://docs.slack.dev/messaging/message-metadata), one message per second per channel
 *   (./pacer.ts). `findPosted` reads `conversations.history` with `include_all_metadata`.
 * - The Web API client's `retryConfig` is set (its default retries for ~30 minutes) and rate-limited
 *   calls are rejected (`rejectRateLimitedCalls`) so the dispatcher owns the waiting.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { Command, CommandHandler, CommandReply, Invoker, ReplyFile } from '../../commands/command.js';
import type { Logger } from '../../log/logger.js';
import { silentLogger } from '../../log/logger.js';
import type { Clock } from '../../model/clock.js';
import { systemClock } from '../../model/clock.js';
import type { Digest } from '../../model/digest.js';
import { WirewatchError } from '../../model/errors.js';
import type { Subscription, Target } from '../../model/subscription.js';
import { renderSlack, type SlackMessagePayload } from '../../digest/render/slack/index.js';
import type { ChatPlatform, MessageRef } from '../platform.js';
import { replyMessages } from './replies.js';
import { parseCommandText, SLACK_HELP_TEXT } from './command-text.js';
import { toPlatformError } from './errors.js';
import { ChannelPacer } from './pacer.js';
import { HISTORY_LIMIT, postedParts } from './history.js';
import { ADMIN_CACHE_MS, type SlackPlatformOptions } from './options.js';
import { createSlackApp } from './app.js';
import { postPayloads } from './post.js';
import { readHistory } from './find-posted.js';
import { uploadFile } from './upload.js';
export { DIGEST_EVENT_TYPE, HISTORY_LIMIT, HISTORY_PAGES } from './history.js';
export { guardFutureTimestamps, REQUEST_TIMESTAMP_MAX_SKEW_S } from './request-guard.js';
export { ADMIN_CACHE_MS, REQUEST_TIMEOUT_MS, RETRY_CONFIG, type SlackPlatformOptions } from './options.js';

/** Commands that change watchlists or feeds: they need an admin (checked with `users.info`). */
const EDITS = new Set<Command['name']>(['watch add', 'watch remove', 'watch preview', 'feed add', 'feed remove', 'feed import']);

export class SlackPlatform implements ChatPlatform {
  readonly name = 'slack' as const;
  readonly app: App;
  private readonly log: Logger;
  private readonly clock: Clock;
  private readonly socketMode: boolean;
  private readonly webApiOnly: boolean;
  private readonly adminUserIds: Set<string>;
  private readonly render: (d: Digest) => SlackMessagePayload[];
  private readonly pacer: ChannelPacer;
  private readonly historyLimit: number;
  private handler: CommandHandler | null = null;
  private server: Server | null = null;
  private self: { userId: string | null; botId: string | null } | null = null;
  private readonly admins = new Map<string, { admin: boolean; at: number }>();
  /** Delivery key → parts known to be in the channel (index → ts), from a failed attempt or a history scan. */
  private readonly partial = new Map<string, Map<number, string>>();

  constructor(private readonly opts: SlackPlatformOptions) {
    if (!opts.botToken) throw new WirewatchError('config', 'slack: no bot token (set SLACK_BOT_TOKEN or SLACK_BOT_TOKEN_FILE)');
    this.webApiOnly = opts.webApiOnly === true;
    // Web API only: no receiver is ever started (an unstarted HTTP receiver stands in for Bolt).
    this.socketMode = this.webApiOnly ? false : (opts.socketMode ?? true);
    if (!this.webApiOnly && this.socketMode && !opts.appToken)
      throw new WirewatchError('config', 'slack: Socket Mode needs an app-level token (set SLACK_APP_TOKEN or SLACK_APP_TOKEN_FILE)');
    if (!this.webApiOnly && !this.socketMode && !opts.signingSecret)
      throw new WirewatchError('config', 'slack: HTTP mode needs the signing secret (set SLACK_SIGNING_SECRET or SLACK_SIGNING_SECRET_FILE)');
    this.log = (opts.logger ?? silentLogger).child({ platform: 'slack' });
    this.clock = opts.clock ?? systemClock;
    this.adminUserIds = new Set(opts.adminUserIds ?? []);
    this.render = opts.renderDigest ?? renderSlack;
    this.pacer = new ChannelPacer(opts.pacing);
    this.historyLimit = opts.historyLimit ?? HISTORY_LIMIT;
    this.app = createSlackApp(opts, this.log, { socketMode: this.socketMode, webApiOnly: this.webApiOnly });
    this.app.command(opts.command ?? '/wirewatch', async ({ command, ack, respond }) => {
      await ack();
      await this.onSlashCommand(command, respond);
    });
    this.app.error(async (e) => {
      this.log.error({ err_message: e.message, code: e.code }, 'slack: unhandled error in a listener');
    });
  }

  /**
   * Verifies the bot token (`auth.test`), then connects: opens the Socket Mode connection
   * (`apps.connections.open` → WebSocket, resolves on its `hello`) or starts the HTTP receiver;
   * with `webApiOnly`, connects nothing.
   * @throws the Web API or connection error when Slack refuses (bad token, no Socket Mode)
   */
  async start(): Promise<void> {
    await this.app.init();
    await this.selfIds();
    if (this.webApiOnly) {
      this.log.info({ mode: 'web-api', bot_user_id: this.self?.userId ?? null }, 'slack: ready (Web API only, no Socket Mode or HTTP receiver)');
      return;
    }
    if (this.socketMode) {
      await this.app.start();
    } else {
      const listen = this.opts.host ? { port: this.opts.port ?? 3000, host: this.opts.host } : (this.opts.port ?? 3000);
      this.server = (await this.app.start(listen)) as Server;
    }
    this.log.info({ mode: this.socketMode ? 'socket' : 'http', port: this.httpPort, bot_user_id: this.self?.userId ?? null }, 'slack: ready');
  }

  /** Closes the Socket Mode connection or the HTTP server. */
  async stop(): Promise<void> {
    if (this.webApiOnly) return;
    try {
      await this.app.stop();
    } catch (e) {
      this.log.debug({ err_message: (e as Error).message }, 'slack: stop');
    }
    this.server = null;
  }

  /** HTTP mode: the port the receiver listens on (after `start`), else null. */
  get httpPort(): number | null {
    const addr = this.server?.address();
    return addr && typeof addr === 'object' ? (addr as AddressInfo).port : null;
  }

  /**
   * A DM with whoever subscribed the channel (`conversations.open`, scope `im:write`), else with the
   * first of `adminUserIds`; null when neither is known (a config subscription and no admin users).
   */
  async noticeChannel(sub: Subscription): Promise<string | null> {
    const user = sub.createdBy && /^[UW][A-Z0-9]+$/.test(sub.createdBy) ? sub.createdBy : ([...this.adminUserIds][0] ?? null);
    if (!user) return null;
    try {
      const res = await this.app.client.conversations.open({ users: user });
      return res.channel?.id ?? null;
    } catch (e) {
      throw toPlatformError(e, 'conversations.open');
    }
  }

  /** Sets the neutral command handler every `/wirewatch` command (but `help`) is run with. */
  onCommand(handler: CommandHandler): void {
    this.handler = handler;
  }

  /**
   * Posts the payloads in order to `target.channel` with `chat.postMessage`, each carrying the
   * delivery key (metadata `{ key, part, parts }` and the renderer's closing context block), one per
   * second per channel. Parts already known to be in the channel (posted by an attempt that failed
   * later, or found by `findPosted`) are not posted again.
   * @returns the posted messages' `ts`, in order
   * @throws PlatformError: `slack_ratelimited` with `retryAfterMs`; permanent for `not_in_channel`,
   *   `channel_not_found`, `is_archived`
   */
  async post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]> {
    return postPayloads(
      { app: this.app, pacer: this.pacer, log: this.log, partial: this.partial, upload: (t, f) => this.uploadFile(t, f) },
      target,
      payloads,
      opts.idempotencyKey,
    );
  }

  /**
   * Reads the channel's most recent messages (`conversations.history`, `include_all_metadata`, one page
   * of `historyLimit`) for this app's messages whose metadata is `wirewatch_digest` with this key.
   * Needs `channels:history` / `groups:history` and the app in the channel.
   * @returns every part's `ts` in order when all are there; `[]` when none is; null when only some are
   *   (they are remembered, so `post` sends only the rest) or the history cannot be read at all (the app
   *   is not in the channel, lacks the scope, the channel is gone)
   * @throws PlatformError for a passing failure (`slack_ratelimited` with `retryAfterMs`, network, 5xx),
   *   so the dispatcher asks again later instead of re-sending blind
   */
  async findPosted(target: Target, idempotencyKey: string): Promise<MessageRef[] | null> {
    const messages = await readHistory(this.app, this.log, target, this.historyLimit, idempotencyKey);
    if (!messages) return null;
    const self = await this.selfIds().catch(() => ({ userId: null, botId: null }));
    const { parts, total } = postedParts(messages, idempotencyKey, self);
    if (parts.size === 0) return [];
    if (parts.size < total) {
      this.partial.set(idempotencyKey, parts);
      return null;
    }
    return [...parts.entries()].sort((a, b) => a[0] - b[0]).map(([, ts]) => ({ id: ts }));
  }

  /**
   * Shares a file in a channel through Slack's upload flow (./upload.ts): upload URL, the bytes, then
   * `files.completeUploadExternal` with the channel, which posts it. Needs the `files:write` scope.
   * @returns the file's id
   * @throws PlatformError when a Web API call fails; Error when the upload itself is refused
   */
  async uploadFile(target: Target, file: ReplyFile): Promise<string> {
    return uploadFile(this.app, this.pacer, this.log, target, file);
  }

  /** The bot's user id and bot id (`auth.test`, cached). */
  private async selfIds(): Promise<{ userId: string | null; botId: string | null }> {
    if (!this.self) {
      const res = await this.app.client.auth.test();
      this.self = { userId: (res.user_id as string | undefined) ?? null, botId: (res.bot_id as string | undefined) ?? null };
    }
    return this.self;
  }

  /**
   * Whether a user may edit watchlists and feeds: listed in `adminUserIds`, or a workspace admin or
   * owner per `users.info` (`is_admin`, `is_owner`, `is_primary_owner`; https://docs.slack.dev/reference/methods/users.info).
   * Answers are cached `ADMIN_CACHE_MS`. A failed lookup counts as "no" (logged) and is not cached.
   */
  async isAdmin(userId: string): Promise<boolean> {
    if (this.adminUserIds.has(userId)) return true;
    const now = this.clock.now().getTime();
    const cached = this.admins.get(userId);
    if (cached && now - cached.at < ADMIN_CACHE_MS) return cached.admin;
    try {
      const res = await this.app.client.users.info({ user: userId });
      const u = res.user ?? {};
      const admin = Boolean(u.is_admin || u.is_owner || u.is_primary_owner);
      this.admins.set(userId, { admin, at: now });
      return admin;
    } catch (e) {
      const err = toPlatformError(e, `users.info ${userId}`);
      this.log.warn({ user_id: userId, code: err.code }, 'slack: admin check failed; treating as not an admin');
      return false;
    }
  }

  /**
   * The neutral command for a slash command's fields: its text parsed (`parseCommandText`), the team as
   * workspace, and the invoker's rights (`isAdmin` only for the edit commands).
   * @returns the command, or `{ error }` with a text fit to show when the text does not parse
   */
  async toCommand(body: Pick<SlashCommand, 'text' | 'team_id' | 'channel_id' | 'user_id'>): Promise<Command | { error: string }> {
    const parsed = parseCommandText(body.text ?? '');
    if ('error' in parsed) return parsed;
    const invoker: Invoker = {
      userId: body.user_id,
      canEditWatchlists: EDITS.has(parsed.name) ? await this.isAdmin(body.user_id) : this.adminUserIds.has(body.user_id),
      canManageSubscriptions: true,
    };
    return { name: parsed.name, platform: 'slack', workspace: body.team_id, channel: body.channel_id, invoker, options: parsed.options };
  }

  private async onSlashCommand(body: SlashCommand, respond: (m: RespondArguments) => Promise<unknown>): Promise<void> {
    const log = { team_id: body.team_id, channel_id: body.channel_id, user_id: body.user_id };
    try {
      const cmd = await this.toCommand(body);
      let reply: CommandReply;
      if ('error' in cmd) reply = { ephemeral: true, text: cmd.error };
      else if (cmd.name === 'help') reply = { ephemeral: true, text: SLACK_HELP_TEXT };
      else if (!this.handler) reply = { ephemeral: true, text: 'wirewatch is starting; try again in a minute.' };
      else {
        this.log.debug({ ...log, command: cmd.name }, 'slack: command');
        reply = await this.handler(cmd);
      }
      if (reply.files?.length && !('error' in cmd)) {
        // A picture goes to the channel through the files upload flow; the invoker gets a private confirmation.
        for (const f of reply.files) await this.uploadFile({ platform: 'slack', workspace: cmd.workspace, channel: cmd.channel }, f);
        reply = { ephemeral: true, text: reply.text };
      }
      for (const message of this.replyMessages(reply, 'error' in cmd || cmd.name === 'help' || reply.mrkdwn === true)) await respond(message);
    } catch (e) {
      this.log.error({ ...log, err_message: (e as Error).message }, 'slack: command failed');
      await respond({ response_type: 'ephemeral', text: 'Something went wrong on our side; the error was logged. Please try again later.' }).catch(
        () => undefined,
      );
    }
  }

  /** The `response_url` messages for a reply (see `replyMessages` in ./replies.ts). */
  replyMessages(reply: CommandReply, mrkdwnAlready = false): RespondArguments[] {
    return replyMessages(reply, this.render, mrkdwnAlready);
  }
}
