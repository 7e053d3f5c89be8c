/**
 * Digest fan-out (issue 23): many subscriptions fall due together, and most share their topic set and
 * window. A `DigestFanout` composes once per (item scope, topic set, window), renders once per
 * (composed digest, platform, locale, time zone, kind) and hands every subscription the shared
 * payloads; only the per-subscription fields of the `Digest` (id, subscription id, locale, time zone,
 * notices) are its own. It also shares the store reads of one round (`shared`).
 *
 * Lifetime: one service round (a tick's alerts and digests). Everything cached is built from what the
 * store said during that round, as it would have been for each subscription on its own; a new round
 * starts a new fan-out. Cached payloads are shared between subscriptions, so nobody may mutate them
 * (the platforms copy before stamping delivery keys).
 */
import { DEFAULT_LOCALE, type Digest } from '../model/digest.js';
import type { PlatformName } from '../model/subscription.js';
import { composeDigest, digestId, type ComposeInput } from './compose.js';

/** How one platform's payloads are rendered from a digest (`renderFor` in the service). */
export type PlatformRenderer = (platform: PlatformName, digest: Digest) => unknown[];

/** Counters of what was composed and rendered against what was asked for (tests, logs). */
export interface FanoutStats {
  composeAsked: number;
  composed: number;
  renderAsked: number;
  rendered: number;
}

export class DigestFanout {
  private readonly digests = new Map<string, Digest>();
  private readonly payloadsByKey = new Map<string, unknown[]>();
  private readonly reads = new Map<string, Promise<unknown>>();
  /** Which compose key each handed-out digest came from (for `payloads`). */
  private readonly keyOf = new WeakMap<Digest, string>();
  readonly stats: FanoutStats = { composeAsked: 0, composed: 0, renderAsked: 0, rendered: 0 };

  constructor(private readonly render: PlatformRenderer) {}

  /**
   * A store read shared by the round: the first call for `key` runs `read`, later ones get its promise
   * (a rejected read is forgotten, so the next caller reads again).
   */
  shared<T>(key: string, read: () => Promise<T>): Promise<T> {
    let p = this.reads.get(key) as Promise<T> | undefined;
    if (!p) {
      p = read();
      this.reads.set(key, p);
      p.catch(() => this.reads.delete(key));
    }
    return p;
  }

  /**
   * `composeDigest(input)`, composed once for all inputs with the same `scope`, subscribed topic ids,
   * window, window basis and options. `scope` must name everything else that decides the result: the
   * item list and the visible topics (the service uses the tenant and the topic filter).
   * @throws what `composeDigest` throws
   */
  compose(scope: string, input: ComposeInput): Digest {
    this.stats.composeAsked++;
    const { subscription } = input;
    const key = JSON.stringify([
      scope,
      subscription?.topics ?? [],
      input.window.start.getTime(),
      input.window.end.getTime(),
      input.windowBy ?? 'firstSeen',
      input.maxQuotesPerEntry,
      input.quoteWords,
      input.entryQuoteWords,
      input.maxEntries,
      input.cluster ?? null,
    ]);
    let base = this.digests.get(key);
    if (!base) {
      base = composeDigest({ ...input, notices: [] });
      this.digests.set(key, base);
      this.stats.composed++;
    }
    const digest: Digest = {
      ...base,
      id: digestId(subscription?.id ?? null, input.window.start, input.window.end),
      subscriptionId: subscription?.id ?? null,
      timezone: subscription?.timezone ?? 'UTC',
      locale: subscription?.locale ?? DEFAULT_LOCALE,
      notices: [...(input.notices ?? [])],
    };
    this.keyOf.set(digest, key);
    return digest;
  }

  /**
   * The platform payloads of `digest`: rendered once per (composed digest, platform, locale, time zone,
   * kind) and shared. A digest not from `compose`, or one carrying notices, is rendered on its own.
   */
  payloads(platform: PlatformName, digest: Digest): unknown[] {
    this.stats.renderAsked++;
    const key = this.keyOf.get(digest);
    if (key === undefined || digest.notices.length > 0) {
      this.stats.rendered++;
      return this.render(platform, digest);
    }
    const renderKey = JSON.stringify([key, platform, digest.locale, digest.timezone, digest.kind ?? 'digest']);
    let out = this.payloadsByKey.get(renderKey);
    if (!out) {
      out = this.render(platform, digest);
      this.payloadsByKey.set(renderKey, out);
      this.stats.rendered++;
    }
    return out;
  }
}
