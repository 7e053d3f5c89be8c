/**
 * Feed updates without items (a 304, or no new items) waiting for the poll round's shared transaction:
 * written together at the round's end, or whenever `ROUND_WRITE_CHUNK` wait, instead of one
 * transaction per feed.
 */
import type { FeedRecord } from '../store/store.js';
import type { Logger } from '../log/logger.js';
import { errorCode, errorMessage } from './poll-errors.js';
import type { PollerDeps } from './poller-types.js';

/**
 * Feed updates without items written per transaction: the round's updates go out together at its end,
 * or whenever this many wait (a bound on what a crash leaves unwritten — those feeds are only fetched
 * again — and on how long one transaction holds the event loop).
 */
export const ROUND_WRITE_CHUNK = 500;

/** One feed's update: its URL now, the patch, and the URL it is in flight under (before any rename). */
export interface RoundWrite {
  url: string;
  patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>>;
  inFlight: string;
}

/** The round's waiting feed updates (see the module comment). */
export class RoundWrites {
  private readonly waiting: RoundWrite[] = [];

  /** @param aborted `Poller.abort()` was called: nothing more is written */
  constructor(
    private readonly feeds: PollerDeps['feeds'],
    private readonly logger: Logger,
    private readonly aborted: () => boolean,
  ) {}

  /** Adds a feed's update to the round's next transaction. */
  defer(write: RoundWrite): void {
    this.waiting.push(write);
  }

  /** Enough updates wait for a transaction of their own. */
  get full(): boolean {
    return this.waiting.length >= ROUND_WRITE_CHUNK;
  }

  /**
   * Writes the waiting feed updates in one transaction (`FeedStore.updateFeeds`) and lets those feeds
   * out of flight (`release`). After `abort()` nothing is written (the feeds keep their old validators
   * and are fetched again). A failed write leaves every feed of the batch as it was.
   * @returns the feeds whose update failed, for the round's report (never throws)
   */
  async flush(release: (inFlight: string) => void): Promise<{ url: string; code: string; message: string }[]> {
    const batch = this.waiting.splice(0);
    if (batch.length === 0) return [];
    try {
      if (this.aborted()) return [];
      const missing = await this.feeds.updateFeeds!(batch.map(({ url, patch }) => ({ url, patch })));
      if (missing.length > 0) this.logger.debug({ feeds: missing.length }, 'poll: feeds removed during the round; their updates skipped');
      return [];
    } catch (err) {
      const code = errorCode(err);
      const message = errorMessage(err);
      this.logger.error({ feeds: batch.length, code, err: message }, "poll: could not record the round's feed updates; validators kept, the feeds are retried");
      return batch.map((b) => ({ url: b.url, code, message }));
    } finally {
      for (const b of batch) release(b.inFlight);
    }
  }
}
