/**
 * Store interfaces (ARCHITECTURE.md "Data that must survive a restart"). The SQLite implementation
 * lives in `sqlite/`, an in-memory fake for unit tests in `memory/`; both pass `contract.test-suite.ts`.
 * Every method may throw `WirewatchError` with code `store`.
 */
import type { AnalyzedItem } from '../model/story.js';
import type { Delivery } from '../model/delivery.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic } from '../model/watchlist.js';

/** A feed being polled. */
export interface FeedRecord {
  url: string;
  title: string | null;
  /** Workspace that added it, or null for a config (global) feed. */
  workspace: string | null;
  etag: string | null;
  lastModified: string | null;
  nextCheckAt: Date;
  /** Poll interval in seconds. */
  intervalSeconds: number;
  errorCount: number;
  lastError: string | null;
  /** When the current run of failures began, or null when the last poll succeeded. */
  failingSince: Date | null;
  lastSuccessAt: Date | null;
}

export interface FeedStore {
  /** Adds a feed or returns the existing one (URLs are compared as given, already canonical). */
  upsertFeed(feed: Pick<FeedRecord, 'url'> & Partial<FeedRecord>): Promise<FeedRecord>;
  getFeed(url: string): Promise<FeedRecord | null>;
  listFeeds(workspace?: string | null): Promise<FeedRecord[]>;
  /** Feeds whose `nextCheckAt` ≤ `now`, soonest first, at most `limit`. */
  dueFeeds(now: Date, limit: number): Promise<FeedRecord[]>;
  /** Partial update by URL. */
  updateFeed(url: string, patch: Partial<Omit<FeedRecord, 'url'>>): Promise<void>;
  /** Moves a feed to a new URL (a permanent redirect), keeping its items. */
  renameFeed(oldUrl: string, newUrl: string): Promise<void>;
  removeFeed(url: string): Promise<boolean>;
}

export interface ItemStore {
  /**
   * Saves an analysed item once: when (feedUrl, item.key) exists already, nothing changes and
   * `inserted` is false (a bumped pubDate does not make an old item new).
   */
  saveItem(a: AnalyzedItem): Promise<{ id: string; inserted: boolean }>;
  /** True when (feedUrl, key) is stored. */
  hasItem(feedUrl: string, key: string): Promise<boolean>;
  /** Items whose time (published, else first seen) lies in [from, to), with mentions and quotes. */
  itemsInWindow(from: Date, to: Date): Promise<AnalyzedItem[]>;
  getItem(id: string): Promise<AnalyzedItem | null>;
  /** Deletes items first seen before `before` with their mentions and quotes; returns how many. */
  pruneItems(before: Date): Promise<number>;
}

export interface WatchlistStore {
  /** Global topics plus those of `workspace`. */
  listTopics(workspace: string | null): Promise<Topic[]>;
  upsertTopic(topic: Topic): Promise<void>;
  removeTopic(workspace: string | null, id: string): Promise<boolean>;
}

export interface SubscriptionStore {
  /** Creates or replaces the subscription for (platform, workspace, channel). */
  upsertSubscription(sub: Subscription): Promise<Subscription>;
  getSubscription(id: string): Promise<Subscription | null>;
  findSubscription(platform: string, workspace: string, channel: string): Promise<Subscription | null>;
  listSubscriptions(): Promise<Subscription[]>;
  updateSubscription(id: string, patch: Partial<Omit<Subscription, 'id'>>): Promise<void>;
  removeSubscription(id: string): Promise<boolean>;
}

export interface DeliveryStore {
  /**
   * Starts (or resumes) a delivery: returns the existing row for (subscriptionId, kind, subject) if
   * any (whatever its state), else inserts a `pending` one with a fresh idempotency key.
   */
  beginDelivery(input: { subscriptionId: string; kind: Delivery['kind']; subject: string; now: Date }): Promise<Delivery>;
  markSent(id: number, messageIds: string[], now: Date): Promise<void>;
  /** Records a failed attempt. `final` moves the row to `failed`; otherwise it stays `pending` for a retry. */
  markFailed(id: number, error: string, now: Date, final: boolean): Promise<void>;
  /** Rows left `pending` (by a crash or a retryable failure). */
  pendingDeliveries(): Promise<Delivery[]>;
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;
}

/** The whole store, as main.ts wires it. */
export interface Store {
  feeds: FeedStore;
  items: ItemStore;
  watchlists: WatchlistStore;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  close(): Promise<void>;
}
