/**
 * The poll loop's one round: every due feed is fetched (conditional GET), parsed, its new items
 * given full text when they are teasers, analysed and saved; then rescheduled — after the regular
 * interval and the publisher's floors on success, with exponential backoff on failure. Feeds run under
 * a global and a per-host concurrency limit, each in its own error boundary, so one bad feed never
 * delays or breaks the others. The loop that calls `pollDue()` on a timer is `start()`/`stop()`.
 *
 * Its steps live beside it: reading a response (feed-read.ts), the new items (new-items.ts), recording
 * the outcome (feed-record.ts), the round's shared feed updates (round-writes.ts) and its report
 * (poll-report.ts).
 */
import type { AnalyzedItem } from '../model/story.js';
import type { FeedRecord } from '../store/store.js';
import { debugEnabled, silentLogger, type Logger } from '../log/logger.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import { hostOf, runLimited } from './poll-limits.js';
import { setMaxListeners } from 'node:events';
import { LoopTurns } from './loop-turns.js';
import { KeptBacklogs } from './backlog.js';
import { nextCheckAfterSuccess } from './poll-schedule.js';
import { errorCode, errorMessage } from './poll-errors.js';
import { roundReport } from './poll-report.js';
import { FeedReader } from './feed-read.js';
import { NewItems } from './new-items.js';
import { FeedRecorder } from './feed-record.js';
import { RoundWrites } from './round-writes.js';
import {
  DEFAULT_POLLER_CONFIG,
  LONG_ROUND,
  type FailingFeed,
  type FeedOutcome,
  type ParseResult,
  type PendingItem,
  type PollerConfig,
  type PollerDeps,
  type PollReport,
} from './poller-types.js';
export { BACKLOG_MAX_BYTES, DEFAULT_POLLER_CONFIG, LONG_ROUND, revivePendingItem } from './poller-types.js';
export type { AnalyzeFn, FailingFeed, ParseFn, ParseResult, PendingItem, PollerConfig, PollerDeps, PollReport } from './poller-types.js';
export { BACKLOG_MAX_AGE_MS } from './backlog.js';

/** Main-thread work between two turns of the event loop in the round's per-item loops, at most (ms; see LoopTurns). */
const SLICE_MS = 8;

/** Polls due feeds. See the module comment. */
export class Poller {
  private readonly cfg: PollerConfig;
  private readonly logger: Logger;
  /** Whether the logger writes debug lines (read once: the level is fixed for the process). */
  private readonly debug: boolean;
  private readonly inFlight = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<PollReport> | null = null;
  /** Turns of the event loop shared by every feed of a round (loop-turns.ts). */
  private readonly turns = new LoopTurns(SLICE_MS);
  /** Set by `abort()`: in-flight polls stop before their next write. */
  private aborted = false;
  /** Set by `wind()`: no further feed of the round in progress is started. */
  private winding = false;
  /** Aborted by `abort()`: cancels the fetches in flight (a feed that never answers must not hold a shutdown). */
  private readonly halt = new AbortController();
  /** The fetcher with `halt` on every request (feeds and full-text pages). */
  private readonly fetcher: { fetch(req: FetchRequest): Promise<FetchResponse> };
  /**
   * Responses with a backlog of new items, by feed URL: the next turn reads the kept body instead of
   * fetching the feed again. In memory only — after a restart the feed's stored validators (never
   * advanced past a backlog) make the next poll fetch it whole, so a lost backlog costs a fetch, no item.
   */
  private readonly backlogs: KeptBacklogs;
  /** Feed updates without items waiting for the round's shared transaction. */
  private readonly roundWrites: RoundWrites;
  private readonly reader: FeedReader;
  private readonly newItems: NewItems;
  private readonly recorder: FeedRecorder;

  constructor(private readonly deps: PollerDeps) {
    this.cfg = { ...DEFAULT_POLLER_CONFIG, ...(deps.config ?? {}) };
    this.logger = deps.logger ?? silentLogger;
    this.debug = debugEnabled(this.logger);
    this.backlogs = new KeptBacklogs(this.cfg, this.logger);
    // One listener per fetch in flight (removed when it ends): as many as the round's concurrency plus
    // full-text pages, so Node's default warning at 11 listeners would be a false leak report.
    setMaxListeners(0, this.halt.signal);
    this.fetcher = { fetch: (req) => deps.fetcher.fetch({ ...req, signal: this.halt.signal }) };
    const aborted = () => this.aborted;
    const context = { deps, cfg: this.cfg, logger: this.logger, fetcher: this.fetcher, turns: this.turns, aborted };
    this.roundWrites = new RoundWrites(deps.feeds, this.logger, aborted);
    this.reader = new FeedReader({ ...context, backlogs: this.backlogs });
    this.newItems = new NewItems(context);
    this.recorder = new FeedRecorder({ ...context, random: deps.random ?? Math.random });
  }

  /**
   * Polls every feed due at the clock's `now` (at most `batchSize`), concurrently within the limits.
   * Never throws for a feed's failure (it is in `failed`); throws only when the store cannot list
   * the due feeds (`WirewatchError` `store`). Feeds still in flight from an earlier round are skipped.
   */
  async pollDue(): Promise<PollReport> {
    const now = this.deps.clock.now();
    return this.pollFeeds((await this.deps.feeds.dueFeeds(now, this.cfg.batchSize)).filter((f) => !this.inFlight.has(f.url)));
  }

  /**
   * Polls the one feed `url` if it is still due at the clock's `now` (a job queue's poll job: another
   * worker may have polled it since the job was queued, or the feed may be gone; then nothing is
   * fetched and the report is empty). Same report and errors as `pollDue`.
   */
  async pollOne(url: string): Promise<PollReport> {
    const feed = await this.deps.feeds.getFeed(url);
    const due = feed && feed.nextCheckAt.getTime() <= this.deps.clock.now().getTime() && !this.inFlight.has(url) ? [feed] : [];
    return this.pollFeeds(due);
  }

  /** Polls `due` concurrently within the limits and sums up the outcomes. */
  private async pollFeeds(due: FeedRecord[]): Promise<PollReport> {
    for (const f of due) this.inFlight.add(f.url);
    // A long round (a first poll of hundreds of feeds) reports its progress every tenth of the way.
    const step = due.length >= LONG_ROUND ? Math.ceil(due.length / 10) : 0;
    let finished = 0;
    const progress = () => {
      finished++;
      if (step && finished % step === 0 && finished < due.length) this.logger.info({ done: finished, due: due.length }, 'poll round progress');
    };
    const writeErrors: { url: string; code: string; message: string }[] = [];
    const settled = await runLimited(
      due.map((feed) => ({
        host: hostOf(feed.url),
        run: async () => {
          if (this.winding) {
            // Shutting down: not started; the feed stays due with its validators.
            this.inFlight.delete(feed.url);
            progress();
            return null;
          }
          let deferred = false;
          try {
            const outcome = await this.pollFeed(feed);
            deferred = outcome.deferred === true;
            if (this.roundWrites.full) writeErrors.push(...(await this.flushRoundWrites()));
            return outcome;
          } finally {
            if (!deferred) this.inFlight.delete(feed.url);
            progress();
          }
        },
      })),
      this.cfg.maxConcurrent,
      this.cfg.perHost,
    );
    writeErrors.push(...(await this.flushRoundWrites()));
    return roundReport(due, settled, writeErrors, this.logger);
  }

  /**
   * An analyse job (scaled out): analyses one item a poll handed off and stores it, first seen now
   * or, for a new feed's back catalogue, at its date (new-items.ts `NewItems.analyseOne`: idempotent by item key; a feed removed meanwhile drops it).
   * @returns the item with its store id when this call inserted it (its alerts are the caller's), else null
   * @throws WirewatchError from the store (the job is retried); what the analysis throws
   */
  analyseOne(p: PendingItem): Promise<AnalyzedItem | null> {
    return this.newItems.analyseOne(p);
  }

  /** Bytes of response bodies kept for backlogs (for tests and metrics). */
  get keptBacklogBytes(): number {
    return this.backlogs.bytes;
  }

  /** Polls one feed and records the outcome in the feed store. Throws only when the store does. */
  private async pollFeed(feed: FeedRecord): Promise<FeedOutcome> {
    const now = this.deps.clock.now();
    let url = feed.url;
    const outcome: FeedOutcome = { notModified: false, newItems: [], failure: null, failing: null, renamed: null, recovered: null };
    let res: FetchResponse;
    let parsed: ParseResult | null;
    let body: Uint8Array | null;
    try {
      ({ res, parsed, url, body } = await this.reader.fetch(feed, now, outcome));
    } catch (err) {
      // The feed's URL now: after a rename (a permanent redirect) the failure is recorded under the new one.
      return this.recorder.recordFailure(feed, outcome.renamed?.to ?? url, now, err, outcome);
    }

    // Analyse the response's new items, then store them and advance the feed's validators in one
    // transaction: if the write fails, the ETag/Last-Modified stay as they were, so the next poll
    // fetches the same items again instead of a 304 that would hide them forever (issue 24).
    let fresh: AnalyzedItem[] = [];
    let more = false;
    if (parsed) {
      try {
        ({ fresh, more } = await this.newItems.take(feed, url, parsed, now, outcome));
      } catch (err) {
        if (this.aborted || errorCode(err) === 'pool_closed') return outcome; // shutting down: record nothing
        return this.recorder.recordFailure(feed, url, now, err, outcome);
      }
    } else {
      outcome.notModified = true;
    }
    if (this.aborted) return outcome;
    // A backlog: the body is kept for the next turn (the stored validators stay as they were until
    // the turn that reads its last new item, so a restart or a dropped body only costs a fetch).
    if (more) await this.backlogs.keepBacklog(url, body, res, now);
    body = null;

    const next = nextCheckAfterSuccess(now, this.cfg, {
      intervalSeconds: feed.intervalSeconds,
      ttlMinutes: parsed?.feed.ttlMinutes ?? null,
      notBefore: res.notBefore,
    });
    const patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>> = { nextCheckAt: more ? now : next.at, errorCount: 0, lastError: null, failingSince: null };
    if (parsed?.feed.title && !feed.title) patch.title = parsed.feed.title;
    // More new items than one poll takes: keep the old validators and come back at once for the rest.
    // The feed counts as read (lastSuccessAt) only with the turn that ends the read: until then every
    // turn — after a restart mid-backlog too — is its first read, whose back catalogue is not delivered (ADR 0164).
    if (!more) {
      patch.etag = res.etag;
      patch.lastModified = res.lastModified;
      patch.lastSuccessAt = now;
    }
    if (fresh.length === 0 && this.deps.feeds.updateFeeds) {
      // Nothing to store with the validators (a 304, or no new items): the update is written with the
      // round's other such feeds in one transaction (pollDue), instead of one transaction per feed.
      this.roundWrites.defer({ url, patch, inFlight: feed.url });
      outcome.deferred = true;
    } else if (!(await this.recorder.saveNew(feed, url, now, fresh, patch, outcome))) {
      return outcome;
    }
    this.recorder.succeeded(feed, url, now, outcome);
    // Once per feed of every round: the fields (a date formatted) only when the line is written.
    if (this.debug)
      this.logger.debug({ feed_url: url, status: res.status, new_items: outcome.newItems.length, next_check_at: next.at.toISOString() }, 'feed polled');
    return outcome;
  }

  /** Writes the round's waiting feed updates (round-writes.ts) and lets those feeds out of flight. */
  private flushRoundWrites(): Promise<{ url: string; code: string; message: string }[]> {
    return this.roundWrites.flush((url) => this.inFlight.delete(url));
  }

  /**
   * Every stored feed failing for longer than `failingAfterSeconds` at the clock's now, oldest failure
   * first — polled this round or not (a feed in a long backoff is still failing). For the
   * "feeds failing" gauge and admin notices. `newlyFailing` is always false here.
   */
  async failingFeeds(): Promise<FailingFeed[]> {
    const now = this.deps.clock.now().getTime();
    const thresholdMs = this.cfg.failingAfterSeconds * 1000;
    return (await this.deps.feeds.listFeeds())
      .filter((f) => f.failingSince !== null && now - f.failingSince.getTime() >= thresholdMs)
      .sort((a, b) => a.failingSince!.getTime() - b.failingSince!.getTime())
      .map((f) => ({ url: f.url, since: f.failingSince!, lastError: f.lastError ?? '', newlyFailing: false }));
  }

  /**
   * Starts polling every `everyMs` (default 30 000) on a real timer: a round starts only when the
   * previous one has finished. Errors of a round are logged, never thrown. Call `stop()` to end.
   */
  start(everyMs = 30_000): void {
    if (this.timer) return;
    const tick = () => {
      this.round = this.pollDue();
      this.round
        .catch((err: unknown) => this.logger.error({ err: errorMessage(err) }, 'poll round failed'))
        .finally(() => {
          this.round = null;
          if (this.timer) this.timer = setTimeout(tick, everyMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /**
   * Makes polls in flight stop before their next store write (shutdown after the drain deadline:
   * the store may be closed under them). Their feeds keep their old validators and schedule.
   */
  abort(): void {
    this.aborted = true;
    this.winding = true;
    this.halt.abort();
  }

  /**
   * Starts no further feed of the round in progress (shutdown): feeds already being polled finish,
   * the round's others stay due with their validators, polled at the next start.
   */
  wind(): void {
    this.winding = true;
  }

  /** The round in progress, if any (settles with its report or error). */
  get inProgress(): Promise<unknown> | null {
    return this.round;
  }

  /** Stops the timer and waits for a round in progress to finish. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round?.catch(() => undefined);
  }
}
