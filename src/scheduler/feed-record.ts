/**
 * A feed poll's outcome, recorded: new items saved with the feed's new validators (in chunks, the
 * validators with the last), a failure with its backoff and the "failing" report, and a recovery.
 */
import type { AnalyzedItem } from '../model/story.js';
import { hasFuturePubDate } from '../model/story.js';
import type { FeedRecord, SavedItem } from '../store/store.js';
import type { Logger } from '../log/logger.js';
import type { LoopTurns } from './loop-turns.js';
import { nextCheckAfterFailure } from './poll-schedule.js';
import { errorCode, errorMessage } from './poll-errors.js';
import type { FeedOutcome, PollerConfig, PollerDeps } from './poller-types.js';

/**
 * Items written per store transaction when a response brings many (see `saveNew`), at most. A
 * transaction runs on the event loop from BEGIN to COMMIT (better-sqlite3 is synchronous): ten analysed
 * items take a few ms on an idle machine; fifty took 40–90 ms of the soak's /healthz latency.
 */
const SAVE_CHUNK_MAX = 10;

/**
 * Wall time one save transaction aims for (ms). The chunk shrinks to what fits, measured on the
 * saves just made (an average over recent saves), down to one item per transaction: on a machine whose
 * cores are busy with other work the same ten items took 40–50 ms of wall time and held /healthz
 * for 100–155 ms in the soak (issue 24).
 */
const SAVE_BUDGET_MS = 8;

/** What the recorder uses: the poller's stores, config, logger, backoff jitter, event-loop turns, and whether it was aborted. */
export interface FeedRecorderContext {
  deps: Pick<PollerDeps, 'feeds' | 'items'>;
  cfg: PollerConfig;
  logger: Logger;
  random: () => number;
  turns: LoopTurns;
  /** `Poller.abort()` was called: nothing more is written. */
  aborted: () => boolean;
  /** Monotonic ms for timing saves (default `performance.now`; tests inject one). */
  now?: () => number;
}

/** Records feed polls' outcomes (see the module comment). */
export class FeedRecorder {
  /** Feeds reported as newly failing by this process (a restart reports each once more). */
  private readonly announcedFailing = new Set<string>();
  /** Recent wall time per saved item (ms; exponentially weighted), for the chunk size. */
  private msPerItem = 1;

  constructor(private readonly c: FeedRecorderContext) {}

  /** Items in the next save transaction: what fits in SAVE_BUDGET_MS at the recent pace, 1…SAVE_CHUNK_MAX. */
  chunk(): number {
    return Math.max(1, Math.min(SAVE_CHUNK_MAX, Math.floor(SAVE_BUDGET_MS / this.msPerItem)));
  }

  /** `items.saveItems`, timed into `msPerItem`. */
  private async timedSave(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>> }) {
    const now = this.c.now ?? (() => performance.now());
    const t0 = now();
    const r = await this.c.deps.items.saveItems(items, feed);
    if (items.length > 0) this.msPerItem = 0.7 * this.msPerItem + (0.3 * (now() - t0)) / items.length;
    return r;
  }

  /**
   * Saves a response's new items and advances the feed (`patch`) in the same transaction as the last
   * of them. Many new items are written in transactions of `chunk()` items with a turn of the event loop
   * between them; the feed's validators advance only with the last one, after every earlier one
   * committed (a failure in between leaves them as they were; the retry skips what was stored).
   * Inserted items go to `outcome.newItems` with their ids; a store failure is recorded as the feed's
   * failure (`outcome.storeError` too).
   * @returns false when the poll ends here (aborted, or the write failed and was recorded)
   * @throws a store write failure while recording the failure
   */
  async saveNew(
    feed: FeedRecord,
    url: string,
    now: Date,
    fresh: AnalyzedItem[],
    patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>>,
    outcome: FeedOutcome,
  ): Promise<boolean> {
    try {
      const saved: SavedItem[] = [];
      while (fresh.length - saved.length > this.chunk()) {
        if (this.c.aborted()) return false;
        saved.push(...(await this.timedSave(fresh.slice(saved.length, saved.length + this.chunk()))));
        await this.c.turns.turn();
      }
      if (this.c.aborted()) return false;
      saved.push(...(await this.timedSave(fresh.slice(saved.length), { url, patch })));
      saved.forEach((r, i) => {
        // an edit that made a stored item match topics it never matched: news for those topics' alerts (ADR 0281)
        if (!r.inserted && r.newTopics?.length) (outcome.retopiced ??= []).push({ ...fresh[i], id: r.id });
        if (!r.inserted) return;
        if (hasFuturePubDate(fresh[i])) {
          // A wrong offset or a typo'd year: windowed, shown and ranked by first sight instead (ADR 0162).
          this.c.logger.warn(
            { feed_url: url, item_key: fresh[i].item.key, published: fresh[i].item.published!.toISOString(), first_seen: now.toISOString() },
            'poll: pubDate in the future; using first-seen time',
          );
        }
        outcome.newItems.push({ ...fresh[i], id: r.id });
      });
      return true;
    } catch (err) {
      outcome.storeError = { url, code: errorCode(err), message: errorMessage(err) };
      this.c.logger.error(
        { feed_url: url, items: fresh.length, code: errorCode(err), err: errorMessage(err) },
        'poll: could not store the items; validators kept, the feed is retried',
      );
      await this.recordFailure(feed, url, now, err, outcome);
      return false;
    }
  }

  /** A poll that succeeded: the feed is no longer failing; one failing past the threshold is reported recovered (`outcome.recovered`). */
  succeeded(feed: FeedRecord, url: string, now: Date, outcome: FeedOutcome): void {
    this.announcedFailing.delete(url);
    if (feed.failingSince && now.getTime() - feed.failingSince.getTime() >= this.c.cfg.failingAfterSeconds * 1000) {
      outcome.recovered = { url, since: feed.failingSince };
      this.c.logger.info({ feed_url: url, failing_since: feed.failingSince.toISOString() }, 'feed recovered');
    }
  }

  /**
   * Records a failed poll: error count and last error, the failure run's start, the next check after
   * backoff (or the server's Retry-After); past `failingAfterSeconds` the feed is reported as failing
   * (`newlyFailing` the first time this process tells).
   * @returns `outcome`, with `failure` (and `failing`) set; untouched after `abort()`
   * @throws a store write failure
   */
  async recordFailure(feed: FeedRecord, url: string, now: Date, err: unknown, outcome: FeedOutcome): Promise<FeedOutcome> {
    if (this.c.aborted()) return outcome;
    const code = errorCode(err);
    const message = errorMessage(err);
    const errorCount = feed.errorCount + 1;
    const retryAt = (err as { retryAt?: Date | null }).retryAt ?? null;
    const next = nextCheckAfterFailure(now, this.c.cfg, errorCount, this.c.random, retryAt);
    const failingSince = feed.failingSince ?? now;
    const lastError = `${code}: ${message}`;
    await this.c.deps.feeds.updateFeed(url, { errorCount, lastError, failingSince, nextCheckAt: next.at });
    outcome.failure = { url, code, message };
    const thresholdMs = this.c.cfg.failingAfterSeconds * 1000;
    const failingFor = now.getTime() - failingSince.getTime();
    if (failingFor >= thresholdMs) {
      const newlyFailing = !this.announcedFailing.has(url);
      this.announcedFailing.add(url);
      outcome.failing = { url, since: failingSince, lastError, newlyFailing };
      this.c.logger[newlyFailing ? 'warn' : 'debug']({ feed_url: url, failing_since: failingSince.toISOString(), code }, 'feed is failing');
    } else {
      this.c.logger.info({ feed_url: url, code, error_count: errorCount, next_check_at: next.at.toISOString() }, 'feed poll failed; backing off');
    }
    return outcome;
  }
}
