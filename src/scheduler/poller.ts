/**
 * The poll loop's one round: every due feed is fetched (conditional GET), parsed, its new items
 * given full text when they are teasers, analysed and saved; then rescheduled — after the regular
 * interval and the publisher's floors on success, with exponential backoff on failure. Feeds run under
 * a global and a per-host concurrency limit, each in its own error boundary, so one bad feed never
 * delays or breaks the others. The loop that calls `pollDue()` on a timer is `start()`/`stop()`.
 */
import type { Article } from '../model/article.js';
import type { Item } from '../model/feed.js';
import { hasFuturePubDate, type AnalyzedItem } from '../model/story.js';
import type { FeedRecord } from '../store/store.js';
import { silentLogger, type Logger } from '../log/logger.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import { fetchFullText, isTeaser } from '../reader/article/index.js';
import { hostOf, runLimited } from './poll-limits.js';
import { LoopTurns } from './loop-turns.js';
import { KeptBacklogs } from './backlog.js';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from './poll-schedule.js';
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

/**
 * Errors that abort a feed's poll without advancing anything (the store or the worker pool is gone):
 * skipping the item would let the validators move past it.
 */
const ABORT_CODES = new Set(['store', 'store_not_found', 'pool_closed', 'worker_failed']);

/**
 * Items written per store transaction when a response brings many (see pollFeed). A transaction
 * runs on the event loop from BEGIN to COMMIT (better-sqlite3 is synchronous): ten analysed items
 * take a few ms; fifty took 40–90 ms of the soak's /healthz latency on the shared machine.
 */
const SAVE_CHUNK = 10;

/**
 * Feed updates without items (304s) written per transaction: the round's updates go out together at
 * its end, or whenever this many wait (a bound on what a crash leaves unwritten — those feeds are only
 * fetched again — and on how long one transaction holds the event loop).
 */
const ROUND_WRITE_CHUNK = 500;

/** Main-thread work between two turns of the event loop in the round's per-item loops, at most (ms; see LoopTurns). */
const SLICE_MS = 8;

/** Full-text articles kept for reuse (items repeated across feeds of one site share a page). */
const ARTICLE_CACHE_MAX = 1000;

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'internal';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Polls due feeds. See the module comment. */
export class Poller {
  private readonly cfg: PollerConfig;
  private readonly logger: Logger;
  private readonly random: () => number;
  private readonly inFlight = new Set<string>();
  private readonly articleCache = new Map<string, Article>();
  /** Feeds reported as newly failing by this process (a restart reports each once more). */
  private readonly announcedFailing = new Set<string>();
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
  /** Feed updates without items waiting for the round's shared transaction (`flushRoundWrites`). */
  private readonly roundWrites: { url: string; patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>>; inFlight: string }[] = [];

  constructor(private readonly deps: PollerDeps) {
    this.cfg = { ...DEFAULT_POLLER_CONFIG, ...(deps.config ?? {}) };
    this.logger = deps.logger ?? silentLogger;
    this.backlogs = new KeptBacklogs(this.cfg, this.logger);
    this.random = deps.random ?? Math.random;
    this.fetcher = { fetch: (req) => deps.fetcher.fetch({ ...req, signal: this.halt.signal }) };
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
            if (this.roundWrites.length >= ROUND_WRITE_CHUNK) writeErrors.push(...(await this.flushRoundWrites()));
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
    const report: PollReport = { polled: 0, notModified: 0, failed: [], newItems: [], failing: [], renamed: [], storeErrors: [], recovered: [] };
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled' && s.value === null) return; // not started: the service is shutting down
      report.polled++;
      if (s.status === 'rejected') {
        // pollFeed records its own failures; this is a store error while recording one.
        report.failed.push({ url: due[i].url, code: errorCode(s.reason), message: errorMessage(s.reason) });
        report.storeErrors.push({ url: due[i].url, code: errorCode(s.reason), message: errorMessage(s.reason) });
        this.logger.error({ feed_url: due[i].url, err: errorMessage(s.reason) }, 'poll: could not record the outcome');
        return;
      }
      const o = s.value!;
      if (o.notModified) report.notModified++;
      if (o.failure) report.failed.push(o.failure);
      if (o.failing) report.failing.push(o.failing);
      if (o.renamed) report.renamed.push(o.renamed);
      if (o.storeError) report.storeErrors.push(o.storeError);
      if (o.recovered) report.recovered.push(o.recovered);
      report.newItems.push(...o.newItems);
      if (o.handedOff) report.handedOff = (report.handedOff ?? 0) + o.handedOff;
    });
    for (const e of writeErrors) {
      report.failed.push(e);
      report.storeErrors.push(e);
    }
    // Info only when the round did something worth reading; an idle tick (nothing due, or nothing new) is debug.
    const eventful = report.newItems.length > 0 || report.failed.length > 0 || report.renamed.length > 0 || report.failing.length > 0;
    this.logger[eventful ? 'info' : 'debug'](
      { polled: report.polled, not_modified: report.notModified, failed: report.failed.length, new_items: report.newItems.length },
      'poll round done',
    );
    return report;
  }

  /**
   * Polls one feed and records the outcome in the feed store. Throws only when the store does.
   */
  /**
   * The new items of a parsed response: analysed (`analyzeNew`), or, scaled out, handed to analyse jobs
   * (durable) before the validators advance — a crash in between refetches them, and the jobs'
   * singleton keys and the store's item keys drop the repeats. Then `fresh` is empty.
   * @throws as `analyzeNew`, or what `handOffItems` throws
   */
  private async takeNew(
    feed: FeedRecord,
    url: string,
    parsed: ParseResult,
    now: Date,
    outcome: FeedOutcome,
  ): Promise<{ fresh: AnalyzedItem[]; more: boolean }> {
    if (!this.deps.handOffItems) return this.analyzeNew(feed, url, parsed, now);
    const { pending, more } = await this.collectNew(feed, url, parsed);
    if (this.aborted) return { fresh: [], more };
    if (pending.length) await this.deps.handOffItems(url, pending);
    outcome.handedOff = pending.length;
    return { fresh: [], more };
  }

  /**
   * The new items of a parsed response, not analysed (scaled out: for analyse jobs), with the same
   * identity checks, page budget and `maxNewItemsPerPoll` as `analyzeNew`.
   * @throws a store read failure
   */
  private async collectNew(feed: FeedRecord, url: string, parsed: ParseResult): Promise<{ pending: PendingItem[]; more: boolean }> {
    const pending: PendingItem[] = [];
    let more = false;
    const outlet = parsed.feed.title ?? feed.title;
    let pages = this.cfg.maxFullTextPerFeed;
    for (const item of parsed.items) {
      if (this.aborted) break;
      await this.turns.slice();
      if ((await this.deps.items.hasItem(url, item.key, item)) && !(await this.deps.items.itemEdited?.(url, item))) continue;
      if (pending.length >= this.cfg.maxNewItemsPerPoll) {
        more = true;
        break;
      }
      const wantsPage = this.cfg.fullText && item.link !== null && isTeaser(item);
      if (wantsPage) pages--;
      pending.push({ feedUrl: url, outlet, item, fullText: wantsPage && pages >= 0 });
    }
    if (parsed.truncated && pending.length > 0) more = true;
    return { pending, more };
  }

  /**
   * An analyse job (scaled out): analyses one item a poll handed off (its page too, when the poll gave
   * it the budget) and stores it, first seen now. Idempotent by item key: an item stored already (a
   * retried job) and not edited since is neither analysed nor stored again; a feed removed meanwhile
   * drops it.
   * @returns the item with its store id when this call inserted it (its alerts are the caller's), else null
   * @throws WirewatchError from the store (the job is retried); what the analysis throws
   */
  async analyseOne(p: PendingItem): Promise<AnalyzedItem | null> {
    const { feedUrl: url, item } = p;
    if (!(await this.deps.feeds.getFeed(url))) return null;
    if ((await this.deps.items.hasItem(url, item.key, item)) && !(await this.deps.items.itemEdited?.(url, item))) return null;
    const now = this.deps.clock.now();
    const analyzed = await this.analyzeItem(url, p.outlet, item, now, { pages: p.fullText ? 1 : 0 });
    const [saved] = await this.deps.items.saveItems([analyzed]);
    if (!saved?.inserted) return null;
    if (hasFuturePubDate(analyzed))
      this.logger.warn({ feed_url: url, item_key: item.key, first_seen: now.toISOString() }, 'poll: pubDate in the future; using first-seen time');
    return { ...analyzed, id: saved.id };
  }

  /**
   * The new items of a parsed response, analysed (full text within the feed's page budget), at most
   * `maxNewItemsPerPoll`; `more` when the feed has more new items than that (or the worker cut the
   * list). Stops early, with what it has, when the poller is aborted.
   * @throws what aborts the round (`ABORT_CODES`) or a store read failure; one item's own failure is logged and skipped
   */
  private async analyzeNew(feed: FeedRecord, url: string, parsed: ParseResult, now: Date): Promise<{ fresh: AnalyzedItem[]; more: boolean }> {
    const fresh: AnalyzedItem[] = [];
    let more = false;
    const outlet = parsed.feed.title ?? feed.title;
    const budget = { pages: this.cfg.maxFullTextPerFeed };
    for (const item of parsed.items) {
      if (this.aborted) return { fresh, more };
      // A feed of hundreds of new items: give the event loop a turn every few ms (store reads are synchronous).
      await this.turns.slice();
      // The whole identity check (key in its identity form, then canonical link + title) before any page
      // is fetched: a feed that churns guids or moves to https costs no page request per poll.
      // A stored item is skipped unless the outlet edited it (same key, another headline or text): then
      // it is analysed again and saved, which stores the new version — not a new story (inserted: false).
      if ((await this.deps.items.hasItem(url, item.key, item)) && !(await this.deps.items.itemEdited?.(url, item))) continue;
      if (fresh.length >= this.cfg.maxNewItemsPerPoll) {
        more = true;
        break;
      }
      try {
        fresh.push(await this.analyzeItem(url, outlet, item, now, budget));
      } catch (err) {
        if (ABORT_CODES.has(errorCode(err))) throw err;
        // One bad item (an analyser bug, an item over the analysis deadline) must not cost the feed its other items.
        this.logger.error({ feed_url: url, item_key: item.key, code: errorCode(err), err: errorMessage(err) }, 'poll: item skipped');
      }
    }
    // The worker cut the list after maxItems: come back for the rest before advancing the validators.
    if (parsed.truncated && fresh.length > 0) more = true;
    return { fresh, more };
  }

  /**
   * Fetches a feed (conditional GET) and parses a changed response, following a permanent redirect by
   * renaming the feed (`outcome.renamed`). Known items stay in the parse worker.
   * @returns the response, the parsed feed (null for a 304) and the feed's URL after any rename
   * @throws the fetch or parse failure
   */
  private async fetchAndParse(
    feed: FeedRecord,
    now: Date,
    outcome: FeedOutcome,
  ): Promise<{ res: FetchResponse; parsed: ParseResult | null; url: string; body: Uint8Array | null }> {
    let url = feed.url;
    const parsed: ParseResult | null = null;
    const kept = this.backlogs.takeBacklog(url, now);
    if (kept) {
      // The rest of a backlog: read from the response kept at the last turn, not fetched again.
      this.logger.debug({ feed_url: url, bytes: kept.body.byteLength }, 'poll: reading the backlog from the kept response');
      return { res: kept.res, url, ...(await this.parseBody(kept.body, kept.res, url, now)) };
    }
    const res = await this.fetcher.fetch({ url, etag: feed.etag, lastModified: feed.lastModified, accept: 'feed' });
    if (res.permanentUrl && res.permanentUrl !== url) {
      const renamed = await this.rename(url, res.permanentUrl);
      if (renamed) {
        outcome.renamed = { from: url, to: res.permanentUrl };
        url = res.permanentUrl;
      }
    }
    if (res.status === 304) return { res, parsed, url, body: null };
    const { body: response, ...rest } = res;
    // The response object keeps no reference to the body: the parser may move it to a worker thread.
    return { res: { ...rest, body: new Uint8Array(0) }, url, ...(await this.parseBody(response, res, url, now)) };
  }

  /**
   * Parses a response body. Known items (by the keys they were stored under) stay in the parse worker,
   * and at most one more than a poll takes comes back: a 4,000-item feed does not cross to this thread
   * whole. `body` is the input, to keep for the backlog's next turn when there are more new items than a
   * turn takes: the parser hands it back when it took it away and cut the list, else it is still ours
   * (null when the parser took it and read it all).
   */
  private async parseBody(bytes: Uint8Array, res: FetchResponse, url: string, now: Date): Promise<{ parsed: ParseResult; body: Uint8Array | null }> {
    // With their stored headlines: an item the outlet retitled comes back, to be stored in its new version.
    const known = this.deps.items.itemKeyTitles ? await this.deps.items.itemKeyTitles(url) : null;
    const skipKeys = known ? known.map(([k]) => k) : await this.deps.items.itemKeys(url);
    let parsed = await this.deps.parse(bytes, {
      contentType: res.contentType,
      url: res.url,
      now,
      skipKeys,
      ...(known ? { skipTitles: known } : {}),
      maxItems: this.cfg.maxNewItemsPerPoll + 1,
    });
    let body = parsed.bytes ?? (bytes.byteLength > 0 ? bytes : null);
    if (parsed.itemsDropped) {
      this.logger.warn(
        { feed_url: url, items_dropped: parsed.itemsDropped },
        'poll: feed has more items than the parser reads; its first ones in document order are read',
      );
    }
    if (parsed.truncated && body && parsed.items.length > 0 && (await this.allStored(url, parsed.items))) {
      // Every item sent back is stored under another spelling of its key: read the whole feed once.
      parsed = await this.deps.parse(body, { contentType: res.contentType, url: res.url, now });
      body = null;
    }
    return { parsed, body };
  }

  /** Bytes of response bodies kept for backlogs (for tests and metrics). */
  get keptBacklogBytes(): number {
    return this.backlogs.bytes;
  }

  private async pollFeed(feed: FeedRecord): Promise<FeedOutcome> {
    const now = this.deps.clock.now();
    let url = feed.url;
    const outcome: FeedOutcome = { notModified: false, newItems: [], failure: null, failing: null, renamed: null, recovered: null };
    let res: FetchResponse;
    let parsed: ParseResult | null;
    let body: Uint8Array | null;
    try {
      ({ res, parsed, url, body } = await this.fetchAndParse(feed, now, outcome));
    } catch (err) {
      // The feed's URL now: after a rename (a permanent redirect) the failure is recorded under the new one.
      return this.recordFailure(feed, outcome.renamed?.to ?? url, now, err, outcome);
    }

    // Analyse the response's new items, then store them and advance the feed's validators in one
    // transaction: if the write fails, the ETag/Last-Modified stay as they were, so the next poll
    // fetches the same items again instead of a 304 that would hide them forever (issue 24).
    let fresh: AnalyzedItem[] = [];
    let more = false;
    if (parsed) {
      try {
        ({ fresh, more } = await this.takeNew(feed, url, parsed, now, outcome));
      } catch (err) {
        if (this.aborted || errorCode(err) === 'pool_closed') return outcome; // shutting down: record nothing
        return this.recordFailure(feed, url, now, err, outcome);
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
    const patch = {
      ...(parsed?.feed.title && !feed.title ? { title: parsed.feed.title } : {}),
      // More new items than one poll takes: keep the old validators and come back at once for the rest.
      ...(more ? {} : { etag: res.etag, lastModified: res.lastModified }),
      nextCheckAt: more ? now : next.at,
      errorCount: 0,
      lastError: null,
      failingSince: null,
      lastSuccessAt: now,
    };
    if (fresh.length === 0 && this.deps.feeds.updateFeeds) {
      // Nothing to store with the validators (a 304, or no new items): the update is written with the
      // round's other such feeds in one transaction (pollDue), instead of one transaction per feed.
      this.roundWrites.push({ url, patch, inFlight: feed.url });
      outcome.deferred = true;
    } else {
      try {
        // Many new items are written in transactions of SAVE_CHUNK with a turn of the event loop between
        // them; the feed's validators advance only with the last one, after every earlier one committed
        // (a failure in between leaves them as they were; the retry skips what was stored).
        const saved: { id: string; inserted: boolean }[] = [];
        for (let from = 0; from + SAVE_CHUNK < fresh.length; from += SAVE_CHUNK) {
          if (this.aborted) return outcome;
          saved.push(...(await this.deps.items.saveItems(fresh.slice(from, from + SAVE_CHUNK))));
          await this.turns.turn();
        }
        if (this.aborted) return outcome;
        saved.push(...(await this.deps.items.saveItems(fresh.slice(saved.length), { url, patch })));
        saved.forEach((r, i) => {
          if (!r.inserted) return;
          if (hasFuturePubDate(fresh[i])) {
            // A wrong offset or a typo'd year: windowed, shown and ranked by first sight instead (ADR 0162).
            this.logger.warn(
              { feed_url: url, item_key: fresh[i].item.key, published: fresh[i].item.published!.toISOString(), first_seen: now.toISOString() },
              'poll: pubDate in the future; using first-seen time',
            );
          }
          outcome.newItems.push({ ...fresh[i], id: r.id });
        });
      } catch (err) {
        outcome.storeError = { url, code: errorCode(err), message: errorMessage(err) };
        this.logger.error(
          { feed_url: url, items: fresh.length, code: errorCode(err), err: errorMessage(err) },
          'poll: could not store the items; validators kept, the feed is retried',
        );
        return this.recordFailure(feed, url, now, err, outcome);
      }
    }
    this.announcedFailing.delete(url);
    if (feed.failingSince && now.getTime() - feed.failingSince.getTime() >= this.cfg.failingAfterSeconds * 1000) {
      outcome.recovered = { url, since: feed.failingSince };
      this.logger.info({ feed_url: url, failing_since: feed.failingSince.toISOString() }, 'feed recovered');
    }
    this.logger.debug({ feed_url: url, status: res.status, new_items: outcome.newItems.length, next_check_at: next.at.toISOString() }, 'feed polled');
    return outcome;
  }

  /**
   * Writes the waiting feed updates in one transaction (`FeedStore.updateFeeds`) and lets those feeds
   * out of flight. After `abort()` nothing is written (the feeds keep their old validators and are
   * fetched again). A failed write leaves every feed of the batch as it was.
   * @returns the feeds whose update failed, for the round's report (never throws)
   */
  private async flushRoundWrites(): Promise<{ url: string; code: string; message: string }[]> {
    const batch = this.roundWrites.splice(0);
    if (batch.length === 0) return [];
    try {
      if (this.aborted) return [];
      const missing = await this.deps.feeds.updateFeeds!(batch.map(({ url, patch }) => ({ url, patch })));
      if (missing.length > 0) this.logger.debug({ feeds: missing.length }, 'poll: feeds removed during the round; their updates skipped');
      return [];
    } catch (err) {
      const code = errorCode(err);
      const message = errorMessage(err);
      this.logger.error({ feeds: batch.length, code, err: message }, "poll: could not record the round's feed updates; validators kept, the feeds are retried");
      return batch.map((b) => ({ url: b.url, code, message }));
    } finally {
      for (const b of batch) this.inFlight.delete(b.inFlight);
    }
  }

  private async allStored(url: string, items: Item[]): Promise<boolean> {
    for (const i of items) if (!(await this.deps.items.hasItem(url, i.key, i))) return false;
    return true;
  }

  /** Full text (for teasers) and analysis of an item not stored yet. */
  private async analyzeItem(feedUrl: string, outlet: string | null, item: Item, now: Date, budget: { pages: number }): Promise<AnalyzedItem> {
    const wantsPage = this.cfg.fullText && item.link !== null && isTeaser(item);
    if (wantsPage) budget.pages--;
    // Without a page, the analysis builds the article from the item itself (off the event loop in the service).
    const article =
      wantsPage && budget.pages >= 0
        ? await fetchFullText(item, this.fetcher, { cache: this.articleCache, logger: this.logger, extract: this.deps.extractPage })
        : null;
    if (this.articleCache.size > ARTICLE_CACHE_MAX) {
      // Drop the oldest entries (Map keeps insertion order): a page is needed again only while its item is in a feed.
      for (const key of [...this.articleCache.keys()].slice(0, this.articleCache.size - ARTICLE_CACHE_MAX)) this.articleCache.delete(key);
    }
    const analyzed = await this.deps.analyze(feedUrl, outlet, item, article, now);
    return { ...analyzed, feedUrl, firstSeen: now };
  }

  /** Applies a permanent redirect to the store; false (logged) when the target is a feed already. */
  private async rename(from: string, to: string): Promise<boolean> {
    if (await this.deps.feeds.getFeed(to)) {
      this.logger.warn({ feed_url: from, new_url: to }, 'poll: permanent redirect to a feed stored already; not renamed');
      return false;
    }
    await this.deps.feeds.renameFeed(from, to);
    this.logger.info({ feed_url: from, new_url: to }, 'poll: feed moved permanently; renamed');
    return true;
  }

  private async recordFailure(feed: FeedRecord, url: string, now: Date, err: unknown, outcome: FeedOutcome): Promise<FeedOutcome> {
    if (this.aborted) return outcome;
    const code = errorCode(err);
    const message = errorMessage(err);
    const errorCount = feed.errorCount + 1;
    const retryAt = (err as { retryAt?: Date | null }).retryAt ?? null;
    const next = nextCheckAfterFailure(now, this.cfg, errorCount, this.random, retryAt);
    const failingSince = feed.failingSince ?? now;
    const lastError = `${code}: ${message}`;
    await this.deps.feeds.updateFeed(url, { errorCount, lastError, failingSince, nextCheckAt: next.at });
    outcome.failure = { url, code, message };
    const thresholdMs = this.cfg.failingAfterSeconds * 1000;
    const failingFor = now.getTime() - failingSince.getTime();
    if (failingFor >= thresholdMs) {
      const newlyFailing = !this.announcedFailing.has(url);
      this.announcedFailing.add(url);
      outcome.failing = { url, since: failingSince, lastError, newlyFailing };
      this.logger[newlyFailing ? 'warn' : 'debug']({ feed_url: url, failing_since: failingSince.toISOString(), code }, 'feed is failing');
    } else {
      this.logger.info({ feed_url: url, code, error_count: errorCount, next_check_at: next.at.toISOString() }, 'feed poll failed; backing off');
    }
    return outcome;
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
