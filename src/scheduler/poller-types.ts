/**
 * The poller's configuration, dependencies and report shapes (re-exported by poller.ts).
 */
import type { Article } from '../model/article.js';
import type { Item, ParsedFeed } from '../model/feed.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Clock } from '../model/clock.js';
import type { FeedStore, ItemStore } from '../store/store.js';
import type { Logger } from '../log/logger.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import type { ScheduleConfig } from './poll-schedule.js';

export interface PollerConfig extends ScheduleConfig {
  /** Feeds fetched at once overall. Default 8. */
  maxConcurrent: number;
  /** Requests at once per host. Default 2. */
  perHost: number;
  /** A feed failing for longer than this many seconds is reported as failing. Default 86 400. */
  failingAfterSeconds: number;
  /** Due feeds taken per round. Default 500. */
  batchSize: number;
  /** Fetch the linked page for teaser items. Default true. */
  fullText: boolean;
  /**
   * Pages fetched for teasers per feed per round, at most (default 25): a feed of 100 teasers on a
   * slow site must not hold a global slot for 100 × the fetch deadline. The rest keep their teaser.
   */
  maxFullTextPerFeed: number;
  /**
   * New items analysed per feed per poll, at most (default 200). A response with more (a feed's first
   * poll of a big archive) is taken in turns: these are stored, the feed's validators stay as they
   * were and it is due again at once, so the next round fetches it again and takes the next ones — one
   * big feed never holds a poll round (and every other feed) for minutes.
   */
  maxNewItemsPerPoll: number;
  /** Bytes of kept backlog bodies over all feeds, at most (default {@link BACKLOG_MAX_BYTES}). */
  backlogMaxBytes: number;
  /** The store's retention in days (config `retention.days`): older items are never new (`firstSeenAt`). */
  retentionDays: number;
}

export const DEFAULT_POLLER_CONFIG: PollerConfig = {
  defaultIntervalSeconds: 600,
  maxConcurrent: 8,
  perHost: 2,
  failingAfterSeconds: 86_400,
  backoffBaseSeconds: 300,
  backoffMaxSeconds: 86_400,
  batchSize: 500,
  fullText: true,
  maxFullTextPerFeed: 25,
  maxNewItemsPerPoll: 200,
  backlogMaxBytes: 32 * 1024 * 1024,
  retentionDays: 30,
};

/**
 * Bytes of feed responses kept, over all feeds, to read a backlog from (a response with more new items
 * than `maxNewItemsPerPoll`): the next turns read the kept body instead of fetching the whole feed
 * again every tick. Bodies are kept gzipped (level 1, on libuv's thread pool; the parser recognises
 * gzip bytes, sniff.ts), so this holds dozens of ordinary feeds and at least two at the fetcher's
 * default cap (15 MiB) even uncompressible; a body that does not fit is not kept and that feed is
 * fetched again for its next turn (as before: slower, never lossy).
 */
export const BACKLOG_MAX_BYTES = DEFAULT_POLLER_CONFIG.backlogMaxBytes;

/** `parseFeed` of `reader/parser`. */
export type ParseFn = (
  bytes: Uint8Array,
  /**
   * `skipKeys`/`maxItems`: a parser may leave out items stored under these keys and cut the list after
   * `maxItems`, saying so with `truncated` (the worker pool does; `parseFeed` itself ignores them).
   */
  opts?: { contentType?: string | null; url?: string | null; now?: Date; skipKeys?: string[]; skipTitles?: [string, string][]; maxItems?: number },
) => Promise<ParseResult>;

/**
 * What a `ParseFn` returns: the feed, `truncated` when it cut the list after `maxItems`, and `bytes`
 * when it took the input away (moved it to a worker thread) and hands it back with a truncated list —
 * the poller keeps those bytes to read the rest of the backlog from (see `Poller.backlogs`).
 */
export type ParseResult = ParsedFeed & { truncated?: boolean; bytes?: Uint8Array };

/**
 * The analysis stage (`pipeline/analyze.ts`), positional. May be async. `article` is the fetched page's
 * article, or null for the feed's own text (`articleFromItem(item)`, built where the analysis runs).
 */
export type AnalyzeFn = (feedUrl: string, outlet: string | null, item: Item, article: Article | null, firstSeen: Date) => AnalyzedItem | Promise<AnalyzedItem>;

export interface PollerDeps {
  feeds: FeedStore;
  items: ItemStore;
  fetcher: { fetch(req: FetchRequest): Promise<FetchResponse> };
  parse: ParseFn;
  analyze: AnalyzeFn;
  clock: Clock;
  logger?: Logger;
  config?: Partial<PollerConfig>;
  /** Uniform [0, 1) source for backoff jitter. Default `Math.random`. */
  random?: () => number;
  /**
   * Scaled out (cluster/queue.ts, `ww-analyse-item`): a poll does not analyse its new items but hands
   * them to this (one analyse job each) before the feed's validators advance; `analyseOne` then
   * analyses and stores each. Absent: items are analysed and stored inline by the poll.
   */
  handOffItems?: (url: string, items: PendingItem[]) => Promise<void>;
  /** Decodes and extracts a fetched article page (default: in this thread; the service uses its workers). */
  extractPage?: (bytes: Uint8Array, contentType: string | null, url: string | null) => Promise<Article> | Article;
}

/**
 * A new item a poll found but did not analyse (scaled out: the payload of an analyse job). JSON-safe:
 * `item.published` and `firstSeen` may arrive as ISO strings (`revivePendingItem`).
 */
export interface PendingItem {
  feedUrl: string;
  /** The outlet (the feed's title), or null. */
  outlet: string | null;
  item: Item;
  /** Whether the item may fetch its linked page (the feed's page budget, decided by the poll). */
  fullText: boolean;
  /** Set for a new feed's back catalogue (its `published`, `firstSeenAt`); absent: first seen when the job stores it. */
  firstSeen?: Date;
}

/** A `PendingItem` read back from JSON (dates revived). @throws TypeError when `published` is not a date */
export function revivePendingItem(p: PendingItem): PendingItem {
  const published = p.item.published === null ? null : new Date(p.item.published);
  if (published && Number.isNaN(published.getTime())) throw new TypeError(`analyse job: bad published date ${String(p.item.published)}`);
  const firstSeen = p.firstSeen === undefined ? undefined : new Date(p.firstSeen);
  if (firstSeen && Number.isNaN(firstSeen.getTime())) throw new TypeError(`analyse job: bad firstSeen date ${String(p.firstSeen)}`);
  return { ...p, item: { ...p.item, published }, ...(firstSeen ? { firstSeen } : {}) };
}

/** A feed that has been failing for longer than `failingAfterSeconds` (for admin notices). */
export interface FailingFeed {
  url: string;
  since: Date;
  lastError: string;
  /** True on the round where the feed crossed the threshold (notify once). */
  newlyFailing: boolean;
}

/** Rounds with at least this many due feeds log `poll round progress` at info every tenth. */
export const LONG_ROUND = 100;

export interface PollReport {
  /** Feeds fetched this round (successes, 304s and failures). */
  polled: number;
  /** Of those, answered 304 Not Modified. */
  notModified: number;
  failed: { url: string; code: string; message: string }[];
  /** Items saved for the first time this round, with their store ids. */
  newItems: AnalyzedItem[];
  /** Feeds failing for longer than the threshold. */
  failing: FailingFeed[];
  /** Permanent redirects applied: the feed was renamed. */
  renamed: { from: string; to: string }[];
  /** Feeds whose items could not be written this round (logged at error; retried with their old validators). */
  storeErrors: { url: string; code: string; message: string }[];
  /** Feeds that had been failing past the threshold and were read again this round (for admin notices). */
  recovered: { url: string; since: Date }[];
  /** Scaled out: new items handed to analyse jobs instead of analysed here (`PollerDeps.handOffItems`). */
  handedOff?: number;
  /**
   * Stored items an edit this round made match topics they never matched (`SavedItem.newTopics`), with
   * their store ids, as analysed (without `topicsSeen`): for the instant alerts of those topics (ADR 0281).
   */
  retopiced?: AnalyzedItem[];
}

/** One feed's poll, folded into the round's `PollReport`. */
export interface FeedOutcome {
  notModified: boolean;
  /** The response's items could not be stored (the feed is retried with its old validators). */
  storeError?: { url: string; code: string; message: string };
  newItems: AnalyzedItem[];
  failure: { url: string; code: string; message: string } | null;
  failing: FailingFeed | null;
  renamed: { from: string; to: string } | null;
  recovered: { url: string; since: Date } | null;
  /** The feed's update waits in `roundWrites` (it stays in flight until written). */
  deferred?: boolean;
  /** New items handed to analyse jobs (`handOffItems`). */
  handedOff?: number;
  /** Edited items that now match topics they never matched (`PollReport.retopiced`). */
  retopiced?: AnalyzedItem[];
}
