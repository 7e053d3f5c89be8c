/** What the command handler needs from the rest of the service, passed in by main.ts (or a test). */
import type { Logger } from '../log/logger.js';
import type { Clock } from '../model/clock.js';
import { DEFAULT_LOCALE, type Digest } from '../model/digest.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic } from '../model/watchlist.js';
import type { Store } from '../store/store.js';
import { DEFAULT_INTERVAL_SECONDS } from '../store/defaults.js';

/**
 * Matches one stored item against a set of topics and returns the ids of the topics it matches.
 * main.ts builds it from the matcher (`compileWatchlist(topics)`); the backtest calls it once per
 * topic set and then once per item.
 */
/** Compiles topics into a per-item matcher (it may load the matcher first: a promise). */
export type TopicMatcherFactory = (topics: Topic[]) => ((item: AnalyzedItem) => string[]) | Promise<(item: AnalyzedItem) => string[]>;

export interface CommandDeps {
  store: Store;
  clock: Clock;
  /** Default `silentLogger`. */
  logger?: Logger;
  /**
   * Composes the digest the subscription would receive now (its window up to `clock.now()`),
   * without recording a delivery. Used by `digest` (now / preview).
   */
  preview: (sub: Subscription) => Promise<Digest>;
  /**
   * `/digest now`: delivers the subscription's window up to now as a digest through the ledger (a
   * ledger row, idempotency key/nonce, retries) and moves its `lastWindowEnd` to now, so the next
   * scheduled digest starts where this one ended. Without it, `digest now` only shows the digest in
   * the reply and says that the next scheduled digest will carry the same stories.
   * @returns the dispatcher's status (`sent`, `retry`, `already_sent`, `failed`, `skipped`) and the window start
   */
  deliverNow?: (sub: Subscription) => Promise<{ status: string; windowStart: Date; reason?: string }>;
  /** Fetches an OPML document by URL (`feed import` with a URL or an uploaded file's URL). */
  fetchOpml?: (url: string) => Promise<string>;
  /**
   * Finds the feed behind a URL an editor typed (feed autodiscovery through the guarded fetcher:
   * src/reader/discover). Without it `feed add` stores the URL as typed.
   */
  discoverFeed?: (url: string) => Promise<{ url: string; title: string | null; via: 'direct' | 'link' | 'path' }>;
  /** Throws (any error; its message is shown) when a watchlist term is not valid term syntax. */
  validateTerm?: (term: string) => void;
  /** Compiles topics for `watch preview`; without it the backtest is unavailable. */
  matchTopics?: TopicMatcherFactory;
  defaults?: Partial<CommandDefaults>;
}

export interface CommandDefaults {
  /** Cron for a new subscription without a time. Default `0 8 * * *`. */
  cron: string;
  /** Zone for a new subscription without one. Default `UTC`. */
  timezone: string;
  /** BCP 47 locale for dates in digests. Default `en`. */
  locale: string;
  /** Poll interval of a feed added by a command, seconds. Default: the store's (10 min, issue 3). */
  feedIntervalSeconds: number;
  /** Days the backtest looks back when none are given. Default 7; at most `maxBacktestDays`. */
  backtestDays: number;
  maxBacktestDays: number;
  /** Most feeds one `feed import` adds. Default 200. */
  maxImportFeeds: number;
  /** Most feeds a workspace may add through commands. Default 500. */
  maxWorkspaceFeeds: number;
}

export const DEFAULTS: CommandDefaults = {
  cron: '0 8 * * *',
  timezone: 'UTC',
  locale: DEFAULT_LOCALE,
  feedIntervalSeconds: DEFAULT_INTERVAL_SECONDS,
  backtestDays: 7,
  maxBacktestDays: 30,
  maxImportFeeds: 200,
  maxWorkspaceFeeds: 500,
};
