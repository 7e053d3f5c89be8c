/**
 * The Discord adapter: a discord.js client that turns slash commands into neutral `Command`s
 * (interaction-responder.ts) and posts rendered digests (delivery.ts). The only module family that
 * imports discord.js. Rate limits (429) are handled by discord.js's REST queue.
 */
import { Client, Events, GatewayIntentBits, Routes, type RESTOptions } from 'discord.js';
import type { CommandHandler, Completer } from '../../commands/command.js';
import type { Logger } from '../../log/logger.js';
import { silentLogger } from '../../log/logger.js';
import type { Digest } from '../../model/digest.js';
import { WirewatchError } from '../../model/errors.js';
import type { Subscription, Target } from '../../model/subscription.js';
import { renderDiscord, type DiscordMessagePayload } from '../../digest/render/discord/index.js';
import type { ChatPlatform, MessageRef } from '../platform.js';
import { commandDefinitions } from './definitions.js';
import { ChannelDelivery, HISTORY_PAGE_MAX } from './delivery.js';
import { DEFER_AFTER_MS, InteractionResponder } from './interaction-responder.js';

export { nonceFor, deliveryFooter, parseDeliveryFooter, NONCE_MAX, HISTORY_PAGE_MAX } from './delivery.js';
export { DEFER_AFTER_MS, MAX_ATTACHMENT_BYTES } from './interaction-responder.js';

export interface DiscordPlatformOptions {
  /** Bot token (never logged). */
  token: string;
  /** Role ids whose members count as wirewatch admins (edit watchlists and subscriptions). */
  adminRoleIds?: string[];
  /** User ids that count as wirewatch admins (config `discord.adminUsers`). */
  adminUserIds?: string[];
  logger?: Logger;
  /** Renders digests shown in command replies; default `renderDiscord`. */
  renderDigest?: (d: Digest) => DiscordMessagePayload[];
  /** REST options for discord.js (tests point `api` at a fake Discord). */
  rest?: Partial<RESTOptions>;
  /** How many recent messages `findPosted` scans (≤ 100). Default 100. */
  historyLimit?: number;
  /** Defer a reply when the handler has not answered after this many ms. Default `DEFER_AFTER_MS`. */
  deferAfterMs?: number;
  /**
   * Open the gateway connection (default true). False: REST only — `start()` checks the token with
   * `GET /users/@me` and connects nothing; posting, `findPosted` and `noticeChannel` work, slash
   * commands are not received (a scaled-out worker: the gateway lives in the leader, docs/scaling.md).
   */
  gateway?: boolean;
}

export class DiscordPlatform implements ChatPlatform {
  readonly name = 'discord' as const;
  readonly client: Client;
  private readonly log: Logger;
  private readonly responder: InteractionResponder;
  private readonly delivery: ChannelDelivery;
  private botUserId: string | null = null;

  constructor(private readonly opts: DiscordPlatformOptions) {
    if (!opts.token) throw new WirewatchError('config', 'discord: no bot token (set DISCORD_TOKEN or DISCORD_TOKEN_FILE)');
    this.log = (opts.logger ?? silentLogger).child({ platform: 'discord' });
    this.client = new Client({ intents: [GatewayIntentBits.Guilds], rest: opts.rest });
    this.client.rest.setToken(opts.token);
    this.responder = new InteractionResponder({
      logger: this.log,
      adminRoleIds: opts.adminRoleIds ?? [],
      adminUserIds: opts.adminUserIds ?? [],
      render: opts.renderDigest ?? renderDiscord,
      deferAfterMs: opts.deferAfterMs ?? DEFER_AFTER_MS,
    });
    this.delivery = new ChannelDelivery({
      rest: this.client.rest,
      logger: this.log,
      historyLimit: Math.min(opts.historyLimit ?? HISTORY_PAGE_MAX, HISTORY_PAGE_MAX),
      selfId: () => this.selfId(),
    });
    this.client.on(Events.InteractionCreate, (i) => void this.responder.onInteraction(i));
    this.client.on(Events.Error, (e) => this.log.error({ err: e }, 'discord: client error'));
    this.client.on(Events.ShardDisconnect, (ev, shard) => this.log.warn({ shard_id: shard, close_code: ev.code }, 'discord: gateway disconnected'));
  }

  /**
   * Connects to the gateway and resolves once discord.js is ready (all guilds received); REST only
   * (`gateway: false`): checks the token with `GET /users/@me`.
   * @throws the REST or gateway error when Discord refuses (bad token)
   */
  async start(): Promise<void> {
    if (this.opts.gateway === false) {
      this.log.info({ user_id: await this.selfId(), mode: 'rest' }, 'discord: ready (REST only, no gateway)');
      return;
    }
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.opts.token);
    await ready;
    this.botUserId = this.client.user?.id ?? null;
    this.log.info({ user_id: this.botUserId, guilds: this.client.guilds.cache.size }, 'discord: ready');
  }

  async stop(): Promise<void> {
    await this.client.destroy();
  }

  /** Sets the command handler; one from `createCommands` also brings its autocomplete provider. */
  onCommand(handler: CommandHandler): void {
    this.responder.handler = handler;
    if (!this.responder.completer && handler.complete) this.responder.completer = handler.complete;
  }

  /** Sets the provider of autocomplete choices (topic ids, feed URLs). */
  onAutocomplete(completer: Completer): void {
    this.responder.completer = completer;
  }

  /**
   * Registers the command family (bulk overwrite), for one guild (instant, for testing) or globally.
   * Needs `start()` first (the application id comes from READY).
   * @returns the registered commands' names and ids
   */
  async registerCommands(guildId?: string): Promise<{ id: string; name: string }[]> {
    const appId = this.client.application?.id;
    if (!appId) throw new WirewatchError('discord', 'discord: register: not connected (call start() first)');
    const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
    const result = (await this.client.rest.put(route, { body: commandDefinitions() })) as { id: string; name: string }[];
    return result.map((c) => ({ id: c.id, name: c.name }));
  }

  /**
   * Posts a delivery's payloads in order (see `ChannelDelivery.post`: nonce, footer key, no mentions,
   * parts already posted reused).
   * @throws PlatformError, permanent for 50001 / 50013 / 10003
   */
  post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]> {
    return this.delivery.post(target, payloads as DiscordMessagePayload[], opts.idempotencyKey);
  }

  /**
   * Looks for a delivery's messages in the channel's recent history (`ChannelDelivery.findPosted`).
   * @returns all parts' refs; `[]` when none is there; null when only some are or the history is unreadable
   */
  findPosted(target: Target, idempotencyKey: string): Promise<MessageRef[] | null> {
    return this.delivery.findPosted(target, idempotencyKey);
  }

  /**
   * The server's system channel (Server Settings → Overview → System Messages Channel), from the
   * gateway's guild cache, else `GET /guilds/{id}`; null when the server has none.
   */
  async noticeChannel(sub: Subscription): Promise<string | null> {
    const cached = this.client.guilds.cache.get(sub.workspace);
    if (cached) return cached.systemChannelId ?? null;
    const guild = (await this.client.rest.get(Routes.guild(sub.workspace))) as { system_channel_id?: string | null };
    return guild.system_channel_id ?? null;
  }

  private async selfId(): Promise<string> {
    if (!this.botUserId) {
      const me = (await this.client.rest.get(Routes.user('@me'))) as { id: string };
      this.botUserId = me.id;
    }
    return this.botUserId;
  }
}
