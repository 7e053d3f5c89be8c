/**
 * The Discord adapter: a discord.js client that turns slash commands into neutral `Command`s and
 * posts rendered digests. The only module family that imports discord.js.
 *
 * Posting (Discord API "Create Message", https://discord.com/developers/docs/resources/message#create-message):
 * embeds, `allowed_mentions: { parse: [] }`, a `nonce` (≤ 25 characters) with `enforce_nonce: true`
 * so a retry within Discord's nonce window returns the first message instead of a second one, and the
 * delivery key in the last embed's footer so `findPosted` can still find the message after the nonce
 * window has passed. Rate limits (429) are handled by discord.js's REST queue.
 */
import { createHash } from 'node:crypto';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  type APIMessage,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RESTOptions,
} from 'discord.js';
import type { Command, CommandHandler, CommandReply, Completer } from '../../commands/command.js';
import type { Logger } from '../../log/logger.js';
import { silentLogger } from '../../log/logger.js';
import type { Digest } from '../../model/digest.js';
import { WirewatchError } from '../../model/errors.js';
import type { Target } from '../../model/subscription.js';
import { MESSAGE_CONTENT_MAX } from '../../digest/render/discord/limits.js';
import { renderDiscord, withDeliveryKey, type DiscordMessagePayload } from '../../digest/render/discord/render.js';
import type { ChatPlatform, MessageRef } from '../platform.js';
import { AUTOCOMPLETE_FIELDS, commandDefinitions } from './definitions.js';
import { toPlatformError } from './errors.js';
import { toCommand } from './interactions.js';

/** Discord's nonce limit: https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
export const NONCE_MAX = 25;
/** "Get Channel Messages" returns at most 100 per call: https://discord.com/developers/docs/resources/message#get-channel-messages */
export const HISTORY_PAGE_MAX = 100;
/** An interaction must be answered within 3 s (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction); we defer after this many ms. */
export const DEFER_AFTER_MS = 1500;
/** Largest uploaded file read (an OPML of a few thousand feeds). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
const ATTACHMENT_TIMEOUT_MS = 10_000;
/** Commands that may well take over a second: deferred at once. */
const SLOW = new Set<Command['name']>(['digest', 'watch preview', 'feed import']);

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
}

/**
 * The nonce of message `index` of a delivery: the key itself for the first, `key.index` for the others
 * when that fits in 25 characters, else 25 base64url characters of SHA-256(key:index).
 */
export function nonceFor(key: string, index: number): string {
  if (index === 0 && key.length <= NONCE_MAX) return key;
  const plain = `${key}.${index}`;
  if (plain.length <= NONCE_MAX) return plain;
  return createHash('sha256').update(`${key}:${index}`).digest('base64url').slice(0, NONCE_MAX);
}

/**
 * The footer of message `index` (0-based) of `total`: `wirewatch • <key>` (what `withDeliveryKey`
 * stamps) for a one-message delivery, `wirewatch • <key> · 2/3` otherwise. At most 12 + 25 + 10
 * characters, inside the renderer's `DELIVERY_FOOTER_RESERVE` (64).
 */
export function deliveryFooter(key: string, index = 0, total = 1): string {
  return total > 1 ? `wirewatch • ${key} · ${index + 1}/${total}` : `wirewatch • ${key}`;
}

/** Reads `deliveryFooter` back: the part index and count, or null when the footer is not `key`'s. */
export function parseDeliveryFooter(text: string, key: string): { index: number; total: number } | null {
  const base = `wirewatch • ${key}`;
  if (text === base) return { index: 0, total: 1 };
  if (!text.startsWith(base + ' · ')) return null;
  const m = /^(\d+)\/(\d+)$/.exec(text.slice(base.length + 3));
  if (!m) return null;
  const index = Number(m[1]) - 1;
  const total = Number(m[2]);
  return index >= 0 && index < total ? { index, total } : null;
}

export class DiscordPlatform implements ChatPlatform {
  readonly name = 'discord' as const;
  readonly client: Client;
  private readonly log: Logger;
  private readonly adminRoleIds: string[];
  private readonly adminUserIds: string[];
  private readonly render: (d: Digest) => DiscordMessagePayload[];
  private readonly historyLimit: number;
  private readonly deferAfterMs: number;
  private handler: CommandHandler | null = null;
  private completer: Completer | null = null;
  private botUserId: string | null = null;

  constructor(private readonly opts: DiscordPlatformOptions) {
    if (!opts.token) throw new WirewatchError('config', 'discord: no bot token (set DISCORD_TOKEN or DISCORD_TOKEN_FILE)');
    this.log = (opts.logger ?? silentLogger).child({ platform: 'discord' });
    this.adminRoleIds = opts.adminRoleIds ?? [];
    this.adminUserIds = opts.adminUserIds ?? [];
    this.render = opts.renderDigest ?? renderDiscord;
    this.historyLimit = Math.min(opts.historyLimit ?? HISTORY_PAGE_MAX, HISTORY_PAGE_MAX);
    this.deferAfterMs = opts.deferAfterMs ?? DEFER_AFTER_MS;
    this.client = new Client({ intents: [GatewayIntentBits.Guilds], rest: opts.rest });
    this.client.rest.setToken(opts.token);
    this.client.on(Events.InteractionCreate, (i) => void this.onInteraction(i));
    this.client.on(Events.Error, (e) => this.log.error({ err: e }, 'discord: client error'));
    this.client.on(Events.ShardDisconnect, (ev, shard) => this.log.warn({ shard_id: shard, close_code: ev.code }, 'discord: gateway disconnected'));
  }

  /** Connects to the gateway and resolves once discord.js is ready (all guilds received). */
  async start(): Promise<void> {
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
    this.handler = handler;
    if (!this.completer && handler.complete) this.completer = handler.complete;
  }

  /** Sets the provider of autocomplete choices (topic ids, feed URLs). */
  onAutocomplete(completer: Completer): void {
    this.completer = completer;
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
   * Posts the payloads in order to `target.channel`, each with the delivery key in its last embed's
   * footer (`deliveryFooter(key, i, n)`) and a per-message nonce derived from the key (`nonceFor`).
   * Parts of this delivery already in the channel's recent history (an earlier attempt that failed
   * half-way, or crashed) are not posted again; their ids are returned in place.
   * @throws PlatformError (permanent for 50001 / 50013 / 10003); a prompt retry returns the parts
   *   posted before the failure (nonces, history) instead of posting them twice
   */
  async post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]> {
    const key = opts.idempotencyKey;
    const stamped = withDeliveryKey(payloads as DiscordMessagePayload[], key);
    const n = stamped.length;
    let earlier = new Map<number, string>();
    try {
      const scan = await this.scanHistory(target, key);
      if (scan.total === n) earlier = scan.parts;
    } catch {
      // history unreadable: nonces still deduplicate a prompt retry
    }
    const refs: MessageRef[] = [];
    for (let i = 0; i < n; i++) {
      const already = earlier.get(i);
      if (already) {
        refs.push({ id: already });
        continue;
      }
      const embeds = stamped[i].embeds.map((e, j, all) => (j === all.length - 1 ? { ...e, footer: { text: deliveryFooter(key, i, n) } } : e));
      const body = { ...stamped[i], embeds, allowed_mentions: { parse: [] }, nonce: nonceFor(key, i), enforce_nonce: true };
      try {
        const msg = (await this.client.rest.post(Routes.channelMessages(target.channel), { body })) as APIMessage;
        refs.push({ id: msg.id });
      } catch (e) {
        const err = toPlatformError(e, `post to channel ${target.channel}`);
        this.log.warn({ channel_id: target.channel, guild_id: target.workspace, code: err.code, permanent: err.permanent, part: i + 1 }, 'discord: post failed');
        throw err;
      }
    }
    this.log.info({ channel_id: target.channel, guild_id: target.workspace, messages: refs.length, reused: earlier.size, idempotency_key: key }, 'discord: posted');
    return refs;
  }

  /**
   * Scans the channel's most recent messages (one page, `historyLimit`) for this bot's messages whose
   * last embed's footer carries the delivery key. Needs Read Message History.
   * @returns every part's ref in order when all parts are there; `[]` when none is; null when only some
   *   parts are there (re-posting with `post` fills in the rest) or the history cannot be read
   */
  async findPosted(target: Target, idempotencyKey: string): Promise<MessageRef[] | null> {
    let scan: { parts: Map<number, string>; total: number };
    try {
      scan = await this.scanHistory(target, idempotencyKey);
    } catch (e) {
      const err = toPlatformError(e, `read history of channel ${target.channel}`);
      this.log.warn({ channel_id: target.channel, code: err.code }, 'discord: findPosted cannot tell');
      return null;
    }
    if (scan.parts.size === 0) return [];
    if (scan.parts.size < scan.total) return null;
    return [...scan.parts.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => ({ id }));
  }

  /** Parts of delivery `key` among the recent messages: part index → message id, and the part count. */
  private async scanHistory(target: Target, key: string): Promise<{ parts: Map<number, string>; total: number }> {
    const me = await this.selfId();
    const query = new URLSearchParams({ limit: String(this.historyLimit) });
    const messages = (await this.client.rest.get(Routes.channelMessages(target.channel), { query })) as APIMessage[];
    const parts = new Map<number, string>();
    let total = 0;
    for (const m of messages) {
      if (m.author.id !== me) continue;
      const part = parseDeliveryFooter(m.embeds.at(-1)?.footer?.text ?? '', key);
      if (!part || parts.has(part.index)) continue;
      parts.set(part.index, m.id);
      total = Math.max(total, part.total);
    }
    return { parts, total };
  }

  private async selfId(): Promise<string> {
    if (!this.botUserId) {
      const me = (await this.client.rest.get(Routes.user('@me'))) as { id: string };
      this.botUserId = me.id;
    }
    return this.botUserId;
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await this.onAutocompleteInteraction(interaction);
      else if (interaction.isChatInputCommand()) await this.onChatInput(interaction);
    } catch (e) {
      this.log.error({ err: e, interaction_id: interaction.id }, 'discord: interaction failed');
    }
  }

  private async onAutocompleteInteraction(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const field = AUTOCOMPLETE_FIELDS[focused.name];
    if (!this.completer || !field || !interaction.guildId) {
      await interaction.respond([]);
      return;
    }
    const typed = String(focused.value);
    // `topics` is a comma-separated list: complete its last entry, keep the ones before
    const head = focused.name === 'topics' && typed.includes(',') ? typed.slice(0, typed.lastIndexOf(',') + 1) : '';
    const choices = await this.completer({ platform: 'discord', workspace: interaction.guildId, field, prefix: typed.slice(head.length) });
    await interaction.respond(
      choices
        .map((c) => ({ name: c.name, value: head + c.value }))
        .filter((c) => c.value.length <= 100)
        .slice(0, 25),
    );
  }

  private async onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const cmd = toCommand(interaction, this.adminRoleIds, this.adminUserIds);
    if (!cmd) {
      await interaction.reply({ content: 'Use wirewatch commands in a server channel.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    if (!this.handler) {
      await interaction.reply({ content: 'wirewatch is starting; try again in a minute.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    this.log.debug({ command: cmd.name, guild_id: cmd.workspace, channel_id: cmd.channel, user_id: cmd.invoker.userId }, 'discord: command');
    const slow = SLOW.has(cmd.name);
    const deferredEphemeral = !(cmd.name === 'digest' && cmd.options.preview !== 'true');
    if (slow) await interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
    const handler = this.handler;
    const work = this.withAttachment(interaction, cmd).then((c) => ('text' in c ? c : handler(c)));
    let reply: CommandReply | null = null;
    if (!slow) {
      let timer: NodeJS.Timeout | undefined;
      reply = await Promise.race([
        work,
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), this.deferAfterMs);
        }),
      ]);
      clearTimeout(timer);
    }
    if (reply) {
      await this.send(interaction, reply, false);
      return;
    }
    if (!slow) await interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
    await this.send(interaction, await work, true, deferredEphemeral);
  }

  /**
   * For a command with an uploaded file (`/feed import file:`), downloads it from Discord's CDN (at most
   * `MAX_ATTACHMENT_BYTES`) and passes its text as the `opml` option, so the command needs no URL fetcher.
   * @returns the command to run, or an ephemeral reply when the file is too large or cannot be read
   */
  private async withAttachment(interaction: ChatInputCommandInteraction, cmd: Command): Promise<Command | CommandReply> {
    const file = interaction.options.getAttachment('file', false);
    if (!file) return cmd;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return { ephemeral: true, text: `That file is ${Math.ceil(file.size / 1024)} KiB; the most I read is ${MAX_ATTACHMENT_BYTES / 1024} KiB.` };
    }
    try {
      const res = await fetch(file.url, { signal: AbortSignal.timeout(ATTACHMENT_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.length > MAX_ATTACHMENT_BYTES) throw new Error('larger than announced');
      const { url: _url, ...options } = cmd.options;
      return { ...cmd, options: { ...options, opml: bytes.toString('utf8') } };
    } catch (e) {
      this.log.warn({ err_message: e instanceof Error ? e.message : String(e), attachment_id: file.id }, 'discord: attachment download failed');
      return { ephemeral: true, text: 'I could not download that file from Discord; please try again.' };
    }
  }

  /** Answers (or edits the deferred answer), then posts any further digest messages as follow-ups. */
  private async send(interaction: ChatInputCommandInteraction, reply: CommandReply, deferred: boolean, deferredEphemeral = true): Promise<void> {
    const payloads = reply.digest ? this.render(reply.digest) : [];
    const content = clip(reply.text, MESSAGE_CONTENT_MAX);
    const first = { content, embeds: payloads[0]?.embeds ?? [], allowedMentions: { parse: [] as [] } };
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    if (!deferred) {
      await interaction.reply({ ...first, flags });
    } else if (deferredEphemeral === reply.ephemeral) {
      await interaction.editReply(first);
    } else if (reply.ephemeral) {
      // deferred in public but the answer is private (an error): drop the placeholder, answer privately
      await interaction.deleteReply();
      await interaction.followUp({ ...first, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply({ content: 'Done.', allowedMentions: { parse: [] } });
      await interaction.followUp(first);
    }
    for (const p of payloads.slice(1)) {
      await interaction.followUp({ content: p.content ? clip(p.content, MESSAGE_CONTENT_MAX) : undefined, embeds: p.embeds, allowedMentions: { parse: [] }, flags });
    }
  }
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
