/**
 * Feed responses kept in memory to read a backlog of new items from in turns (see
 * `BACKLOG_MAX_BYTES` in poller-types.ts): the poller's next turn of a feed reads the kept body
 * instead of fetching the feed again.
 */
import type { Logger } from '../log/logger.js';
import type { FetchResponse } from '../reader/fetcher/fetcher.js';
import { packBody } from '../reader/fetcher/body.js';
import type { PollerConfig } from './poller-types.js';

/**
 * A kept body older than this is dropped (its feed was removed, or stopped being polled): the feed's
 * stored validators were never advanced past it, so the next poll fetches the feed whole.
 */
export const BACKLOG_MAX_AGE_MS = 30 * 60_000;

/** A response whose new items are read in turns (see `BACKLOG_MAX_BYTES`). */
export interface Backlog {
  body: Uint8Array;
  /** The response as it came: its URL, content type and validators (advanced only after its last turn). */
  res: FetchResponse;
  keptAt: number;
}

/** The kept backlog bodies of all feeds, by feed URL, within `cfg.backlogMaxBytes` in all. */
export class KeptBacklogs {
  private readonly backlogs = new Map<string, Backlog>();
  private backlogBytes = 0;

  constructor(
    private readonly cfg: Pick<PollerConfig, 'backlogMaxBytes'>,
    private readonly logger: Logger,
  ) {}

  /** The kept backlog of `url` (removed from the map; put back by `keepBacklog` if it still has more), or null. */
  takeBacklog(url: string, now: Date): Backlog | null {
    for (const [u, b] of this.backlogs) {
      if (now.getTime() - b.keptAt > BACKLOG_MAX_AGE_MS) this.dropBacklog(u);
    }
    const kept = this.backlogs.get(url) ?? null;
    if (kept) this.dropBacklog(url);
    return kept;
  }

  /** Forgets the kept body of `url`, if any. */
  dropBacklog(url: string): void {
    const b = this.backlogs.get(url);
    if (!b) return;
    this.backlogBytes -= b.body.byteLength;
    this.backlogs.delete(url);
  }

  /**
   * Keeps a response with more new items for the feed's next turn, gzipped (unless it is compressed
   * already, or too big for the parser's decompression cap), within `backlogMaxBytes`.
   */
  async keepBacklog(url: string, raw: Uint8Array | null, res: FetchResponse, now: Date): Promise<void> {
    this.dropBacklog(url);
    if (!raw || raw.byteLength === 0) return;
    const body = await packBody(raw);
    if (this.backlogBytes + body.byteLength > this.cfg.backlogMaxBytes) {
      this.logger.debug(
        { feed_url: url, bytes: body.byteLength, kept_bytes: this.backlogBytes },
        'poll: backlog not kept (over backlogMaxBytes); the feed is fetched again for its next turn',
      );
      return;
    }
    this.backlogs.set(url, { body, res, keptAt: now.getTime() });
    this.backlogBytes += body.byteLength;
  }

  /** Bytes of response bodies kept for backlogs. */
  get bytes(): number {
    return this.backlogBytes;
  }
}
