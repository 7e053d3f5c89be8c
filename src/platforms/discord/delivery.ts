/**
 * Posting a delivery to a channel and finding it again (Discord API "Create Message" and "Get Channel
 * Messages", https://discord.com/developers/docs/resources/message): embeds, `allowed_mentions:
 * { parse: [] }`, a per-message `nonce` (≤ 25 characters) with `enforce_nonce: true`, and the delivery
 * key in the last embed's footer so the message can be found after Discord has forgotten the nonce.
 */
import { createHash } from 'node:crypto';
import { Routes, type APIMessage, type REST } from 'discord.js';
import type { Logger } from '../../log/logger.js';
import type { Target } from '../../model/subscription.js';
import { withDeliveryKey, type DiscordMessagePayload } from '../../digest/render/discord/render.js';
import { DISCORD_SHRINK_LEVELS, shrinkDiscordPayload } from '../../digest/render/discord/shrink.js';
import type { MessageRef } from '../platform.js';
import { toPlatformError } from './errors.js';
import type { PayloadFile } from '../../model/payload-file.js';

/** Discord's nonce limit: https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
export const NONCE_MAX = 25;
/** "Get Channel Messages" returns at most 100 per call: https://discord.com/developers/docs/resources/message#get-channel-messages */
export const HISTORY_PAGE_MAX = 100;

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

export interface ChannelDeliveryOptions {
  rest: REST;
  logger: Logger;
  /** How many recent messages a history scan reads (≤ 100). */
  historyLimit: number;
  /** Pages of history `scanHistory` reads at most. Default `HISTORY_PAGES`. */
  historyPages?: number;
  /** The bot's user id (the author of our messages). */
  selfId: () => Promise<string>;
}

/** Pages of channel history read when looking for a delivery: 50 × 100 messages. */
export const HISTORY_PAGES = 50;

/** Posts deliveries and finds them again; `DiscordPlatform.post` / `findPosted` delegate here. */
export class ChannelDelivery {
  private readonly log: Logger;
  constructor(private readonly opts: ChannelDeliveryOptions) {
    this.log = opts.logger;
  }

  /**
   * Posts the payloads in order to `target.channel`, each with the delivery key in its last embed's
   * footer (`deliveryFooter(key, i, n)`) and a per-message nonce derived from the key (`nonceFor`).
   * Parts of this delivery already in the channel's recent history (an earlier attempt that failed
   * half-way, or crashed) are not posted again; their ids are returned in place. A part Discord refuses
   * as a payload is posted again smaller (`postPart`), never dropped.
   * @throws PlatformError (permanent for 50001 / 50013 / 10003); a prompt retry returns the parts
   *   posted before the failure (nonces, history) instead of posting them twice
   */
  async post(target: Target, payloads: readonly DiscordMessagePayload[], key: string): Promise<MessageRef[]> {
    const stamped = withDeliveryKey(payloads, key);
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
      refs.push({ id: await this.postPart(target, stamped[i], key, i, n) });
    }
    this.log.info(
      { channel_id: target.channel, guild_id: target.workspace, messages: refs.length, reused: earlier.size, idempotency_key: key },
      'discord: posted',
    );
    return refs;
  }

  /**
   * Posts part `i` of `n`. A part Discord refuses as a payload (50035 Invalid Form Body, 413) is posted
   * again in the next smaller form (`shrinkDiscordPayload`, up to `DISCORD_SHRINK_LEVELS`) with the
   * same nonce and footer: the refused request created no message, and the part count stays `n`.
   * @returns the message id
   * @throws PlatformError (the last refusal when even the smallest form is refused)
   */
  private async postPart(target: Target, payload: DiscordMessagePayload, key: string, i: number, n: number): Promise<string> {
    for (let level = 0; ; level++) {
      // A part with a file (a digest's trend chart) is sent multipart: the embed shows it as attachment://name.
      const { files, ...p } = (level === 0 ? payload : shrinkDiscordPayload(payload, level)) as DiscordMessagePayload & { files?: PayloadFile[] };
      const embeds = p.embeds.map((e, j, all) => (j === all.length - 1 ? { ...e, footer: { text: deliveryFooter(key, i, n) } } : e));
      const body = { ...p, embeds, allowed_mentions: { parse: [] }, nonce: nonceFor(key, i), enforce_nonce: true };
      const upload = files?.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType }));
      try {
        const msg = (await this.opts.rest.post(Routes.channelMessages(target.channel), upload?.length ? { body, files: upload } : { body })) as APIMessage;
        if (level > 0)
          this.log.warn(
            { channel_id: target.channel, guild_id: target.workspace, part: i + 1, shrink_level: level },
            'discord: posted in a smaller form after Discord refused the payload',
          );
        return msg.id;
      } catch (e) {
        const err = toPlatformError(e, `post to channel ${target.channel}`);
        this.log.warn(
          {
            channel_id: target.channel,
            guild_id: target.workspace,
            code: err.code,
            permanent: err.permanent,
            payload_refused: err.payloadRefused,
            shrink_level: level,
            part: i + 1,
            err_message: err.message,
          },
          'discord: post failed',
        );
        if (!err.payloadRefused || level >= DISCORD_SHRINK_LEVELS) throw err;
      }
    }
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

  /**
   * Parts of delivery `key` in the channel's history: part index → message id, and the part count.
   * Pages back (`before`, `historyLimit` per page) until every part is found or the history ends, at
   * most `historyPages` pages, so a digest followed by many member messages is still found
   * (https://discord.com/developers/docs/resources/message#get-channel-messages).
   */
  async scanHistory(target: Target, key: string): Promise<{ parts: Map<number, string>; total: number }> {
    const me = await this.opts.selfId();
    const parts = new Map<number, string>();
    let total = 0;
    let before: string | null = null;
    for (let page = 0; page < (this.opts.historyPages ?? HISTORY_PAGES); page++) {
      const query = new URLSearchParams({ limit: String(this.opts.historyLimit) });
      if (before) query.set('before', before);
      const messages = (await this.opts.rest.get(Routes.channelMessages(target.channel), { query })) as APIMessage[];
      for (const m of messages) {
        if (m.author.id !== me) continue;
        const part = parseDeliveryFooter(m.embeds.at(-1)?.footer?.text ?? '', key);
        if (!part || parts.has(part.index)) continue;
        parts.set(part.index, m.id);
        total = Math.max(total, part.total);
      }
      if (messages.length < this.opts.historyLimit || (total > 0 && parts.size >= total)) break;
      before = messages[messages.length - 1].id;
    }
    return { parts, total };
  }
}
