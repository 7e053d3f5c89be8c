/**
 * Store interfaces (ARCHITECTURE.md "Data that must survive a restart"). The SQLite implementation
 * lives in `sqlite/`, an in-memory fake for unit tests in `memory/`; both pass the contract suite in
 * `contract.ts` (that suite is the precise specification of the behaviour described here).
 * Every method may throw `WirewatchError` with code `store` (I/O, SQLite); besides:
 * `store_not_found` (an update/mark of a row that does not exist), `store_conflict` (a rename onto an
 * existing feed, a ledger transition out of a final state).
 * Dates go in and come out as `Date`s with millisecond precision.
 */
import type { KeyedVersion } from './identity.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Delivery } from '../model/delivery.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic } from '../model/watchlist.js';
import type { Quote } from '../model/quote.js';

/** A feed being polled. */
export interface FeedRecord {
  url: string;
  title: string | null;
  /** Workspace that added it first, or null for a config (global) feed, which every tenant sees. */
  workspace: string | null;
  /**
   * Every workspace that added the feed (sorted; `/feed add` of a URL another tenant reads already
   * joins it, silently). A non-global feed and its items are visible to exactly these tenants.
   * Read-only: set through `upsertFeed` and `leaveFeed`.
   */
  tenants: string[];
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
  /**
   * Adds a feed or returns the existing one (URLs are compared as given, already canonical). A
   * non-null `workspace` also joins that workspace to the feed's `tenants`, new feed or not.
   */
  upsertFeed(feed: Pick<FeedRecord, 'url'> & Partial<Omit<FeedRecord, 'tenants'>>): Promise<FeedRecord>;
  /**
   * Takes `workspace` out of the feed's tenants (the feed row stays; the caller removes it when no
   * tenant is left and it is not global). `workspace` moves to the next tenant when it named this one.
   * @returns whether the workspace was a tenant, and how many tenants remain (-1 for an unknown feed)
   */
  leaveFeed(url: string, workspace: string): Promise<{ left: boolean; remaining: number }>;
  getFeed(url: string): Promise<FeedRecord | null>;
  /**
   * Feeds ordered by URL. `workspace` undefined: every feed; null: global feeds only; a workspace id:
   * the global feeds plus those it is a tenant of (like `listTopics`).
   */
  listFeeds(workspace?: string | null): Promise<FeedRecord[]>;
  /** Feeds whose `nextCheckAt` ≤ `now`, soonest first, at most `limit`. */
  dueFeeds(now: Date, limit: number): Promise<FeedRecord[]>;
  /** Partial update by URL. @throws WirewatchError `store_not_found` when the feed is unknown. */
  updateFeed(url: string, patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>>): Promise<void>;
  /**
   * Many `updateFeed`s in one transaction (a poll round's 304s: one transaction each cost 26× the
   * same updates in one, issue 23). Feeds no longer stored (removed meanwhile) are skipped.
   * Optional: without it the poller calls `updateFeed` per feed.
   * @returns the URLs skipped as not stored
   */
  updateFeeds?(updates: { url: string; patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>> }[]): Promise<string[]>;
  /**
   * Moves a feed to a new URL (a permanent redirect), keeping its items.
   * @throws WirewatchError `store_not_found` (old URL unknown), `store_conflict` (new URL already stored)
   */
  renameFeed(oldUrl: string, newUrl: string): Promise<void>;
  /** Removes a feed with its items (and their mentions and quotes); false when it was not stored. */
  removeFeed(url: string): Promise<boolean>;
}

/**
 * What saving an item did: its id, whether it was new, and for an edit of a stored item that made it
 * match topics it never matched before, those topics (stored ids; absent otherwise): the poller hands
 * such an edit to the instant alerts (ADR 0281).
 */
export interface SavedItem {
  id: string;
  inserted: boolean;
  newTopics?: string[];
}

export interface ItemStore {
  /**
   * Saves an analysed item once: when it is stored already (`hasItem` with its canonical link and
   * title; for an item without a guid, also the same headline with the same publish time or content
   * hash), nothing changes and
   * `inserted` is false (a bumped pubDate does not make an old item new) — except for an item stored
   * under the same key with another headline or text (`itemEdited`): its new version replaces the
   * stored one (text, article, matches, quotes; id, first-seen and publish times kept), still `inserted: false`
   * (with `newTopics` when the edit made it match topics it never matched: they count from the edit,
   * `AnalyzedItem.topicsSeen`, ADR 0281). The feed row is created
   * (with defaults) when `feedUrl` is not stored yet. Item, mentions and quotes are one transaction.
   * Everything in the `AnalyzedItem` round-trips except `id`, which the store assigns.
   */
  saveItem(a: AnalyzedItem): Promise<SavedItem>;
  /**
   * Saves several items like `saveItem` and, when `feed` is given, applies that feed update — all in
   * one transaction: either every item is stored and the feed updated, or nothing changes. The
   * poller passes a response's items with the feed's new conditional-GET validators (ETag,
   * Last-Modified), so validators never advance past an item that was not written (issue 24).
   * @returns per item, in order, its id and whether it was new
   * @throws WirewatchError `store` (nothing written), `store_not_found` (the feed is unknown)
   */
  saveItems(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url'>> }): Promise<SavedItem[]>;
  /**
   * True when the item is stored: (feedUrl, key) with keys compared in their identity form
   * (`store/identity.ts`: http/https, `www.`, default ports, trailing slashes, fragments and trackers
   * do not count), or, given `same`, the feed's item with the same canonical link (identity form) and
   * title — the very check `saveItem` makes, so the poller can run it before fetching any page; and,
   * for an item without a guid, the feed's item with the same headline and publish time
   * (`sameStory`; `saveItem` also by content hash), so a link that changes on every fetch does not
   * make the item new; for an item with a guid, the feed's identical copy (`sameCopy`: the same headline,
   * publish time and feed text; `saveItem` also the same headline and content hash), so a feed that
   * makes up a new guid and a new link on every fetch does not make the item new (ADR 0280).
   */
  hasItem(
    feedUrl: string,
    key: string,
    same?: { canonicalLink: string | null; title: string; guid?: string | null; published?: Date | null; text?: string | null },
  ): Promise<boolean>;
  /**
   * The keys of a feed's stored items, as the parser gave them (for the parse worker to leave known
   * items out of what it sends back; `hasItem` stays the precise check). Unordered.
   */
  itemKeys(feedUrl: string): Promise<string[]>;
  /**
   * The keys of a feed's stored items with their headlines (as `itemKeys`), so the parse worker leaves
   * out only the known items whose headline did not change: an edited one comes back to be revised.
   * Optional: a store without it has its known items skipped by key alone.
   */
  itemKeyTitles?(feedUrl: string): Promise<[string, string][]>;
  /**
   * True when the feed's item stored under `item.key` (either key form) has another headline or text:
   * the outlet edited it. `saveItem` then stores the new version (text, article, matches and quotes
   * replaced; id, first-seen and publish times kept) and still answers `inserted: false`.
   */
  itemEdited?(feedUrl: string, item: { key: string; title: string; text: string | null }): Promise<boolean>;
  /**
   * The headline, text and canonical link of the feed's item stored under `key` (either key form), or
   * null: what the poller compares (`identity.ts anotherStory`) to tell a reused guid's new story
   * from an edit of the stored one.
   */
  storedVersion?(feedUrl: string, key: string): Promise<KeyedVersion | null>;
  /**
   * Items whose time (published, else first seen) lies in [from, to), with mentions and quotes,
   * ordered by that time, then id. `tenant` undefined: every item; null: items of global feeds only;
   * a workspace id: items of global feeds and of feeds that workspace is a tenant of (never another
   * tenant's). Matches come back with their stored, qualified topic ids (see `model/tenant.ts`).
   */
  itemsInWindow(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]>;
  /**
   * Items first seen by wirewatch in [from, to), or that an edit made match a topic for the first time
   * in [from, to), with mentions, quotes and `topicsSeen`, ordered by first-seen time, then id: the
   * candidates of a digest window (`tenant` as for `itemsInWindow`). A story belongs to the window in
   * which it first matched one of the channel's topics, whatever its `pubDate` (ADR 0162, 0281;
   * `model/story.ts windowTimeFor` picks per channel).
   */
  itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]>;
  getItem(id: string): Promise<AnalyzedItem | null>;
  /** Deletes items first seen before `before` with their mentions and quotes; returns how many. */
  pruneItems(before: Date): Promise<number>;
}

export interface WatchlistStore {
  /** Global topics plus those of `workspace` (only global ones for null), global first, then by id. */
  listTopics(workspace: string | null): Promise<Topic[]>;
  /** Creates or replaces the topic (workspace, id), terms and excludes in the given order. */
  upsertTopic(topic: Topic): Promise<void>;
  removeTopic(workspace: string | null, id: string): Promise<boolean>;
}

export interface SubscriptionStore {
  /**
   * Creates or replaces the subscription for (platform, workspace, channel). A replaced subscription
   * keeps its stored id (so its ledger rows stay attached); a new one takes `sub.id`, or a generated
   * `sub_…` id when that is empty. Returns the stored subscription.
   */
  upsertSubscription(sub: Subscription): Promise<Subscription>;
  getSubscription(id: string): Promise<Subscription | null>;
  findSubscription(platform: string, workspace: string, channel: string): Promise<Subscription | null>;
  /** Every subscription, ordered by id. */
  listSubscriptions(): Promise<Subscription[]>;
  /** @throws WirewatchError `store_not_found` for an unknown id, `store_conflict` when the patch moves it onto another subscription's channel. */
  updateSubscription(id: string, patch: Partial<Omit<Subscription, 'id'>>): Promise<void>;
  /** Removes the subscription and its ledger rows; false when it was not stored. */
  removeSubscription(id: string): Promise<boolean>;
}

/** What a final delivery failure changes besides the ledger row (`DeliveryStore.markFailed`). */
export interface FailureEffects {
  /** Pause the subscription with this reason. */
  pausedReason?: string;
  /** The failed digest's window: handed back to the subscription. */
  releaseWindow?: { start: Date; end: Date };
}

export interface DeliveryStore {
  /**
   * Starts (or resumes) a delivery: returns the existing row for (subscriptionId, kind, subject) if
   * any (whatever its state), else inserts a `pending` one with a fresh idempotency key (≤ 25
   * characters, unique, never changes for the row).
   * A digest's `windowEnd` moves the subscription's `lastWindowEnd` forward to it (never back) in the
   * same transaction: from the moment the row exists it owns its window, so a crash anywhere after it
   * can neither lose the window nor start an overlapping one (ADR 0162).
   * @throws WirewatchError `store_not_found` when the subscription is not stored
   */
  beginDelivery(input: { subscriptionId: string; kind: Delivery['kind']; subject: string; now: Date; windowEnd?: Date }): Promise<Delivery>;
  /**
   * Records that the platform accepted the messages: state `sent`, `messageIds` replaced, attempts + 1.
   * Allowed from `pending` and from `failed` (reconciliation may find a post after all); on a `sent`
   * row it only replaces the message ids.
   * @throws WirewatchError `store_not_found` for an unknown id
   */
  markSent(id: number, messageIds: string[], now: Date): Promise<void>;
  /**
   * Records a failed attempt (attempts + 1, `lastError`). `final` moves the row to `failed`; otherwise
   * it stays `pending` for a retry.
   * With `final`, in the same transaction: `pausedReason` pauses the subscription, and `releaseWindow`
   * moves its `lastWindowEnd` back to the window's start when it still is the window's end, so the
   * stories of a digest that could not be posted go into the next one (after a resume).
   * @throws WirewatchError `store_not_found` for an unknown id, `store_conflict` when the row is not `pending`
   */
  markFailed(id: number, error: string, now: Date, final: boolean, effects?: FailureEffects): Promise<void>;
  /**
   * Takes back a delivery that was begun but never attempted: deletes the row when it is still
   * `pending` with no attempt, as if it had never been begun (an instant alert that found, after its
   * row was begun, an earlier alert of the same story begun by another process; ADR 0297).
   * @returns whether a row was deleted (false for an unknown id, or a row attempted or finished)
   */
  abandonDelivery(id: number): Promise<boolean>;
  /** Rows left `pending` (by a crash or a retryable failure), oldest first. */
  pendingDeliveries(): Promise<Delivery[]>;
  /** The subscription's rows, oldest first. */
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;
  /** The row with this id, or null. */
  getDelivery(id: number): Promise<Delivery | null>;
  /**
   * Retention: deletes `sent`/`failed` rows last updated before `before`, except `item` rows whose
   * item is still stored (ledger rows live at least as long as the items they point to). `pending`
   * rows are never pruned. Returns how many rows were deleted.
   */
  pruneDeliveries(before: Date): Promise<number>;
}

/** A speaker entity: one person with every spelling of their name the store has seen (ADR 0260). */
export interface SpeakerRecord {
  /** The store's id (decimal string). */
  id: string;
  /** The name shown (`displayName` of the spellings: the fullest Latin nominative). */
  name: string;
  /** Every written form seen, in the order first seen (`Aleksandar Vučić`, `Вучић`, `Vučića`, …). */
  spellings: string[];
}

/** A quote search (`/wirewatch quotes`); every filter is optional and they combine with AND. */
export interface QuoteQuery {
  /** Speaker entity ids (from `findSpeakers`); an empty list matches nothing. */
  speakerIds?: string[];
  /** Stored (qualified) topic id the quote's item matched (`model/tenant.ts`). */
  topicId?: string;
  /** Items whose time (published, else first seen) is at or after this. */
  since?: Date;
  /** Outlet names (as stored on items, exact) the item must come from; an empty list matches nothing. */
  outlets?: string[];
  /** Visibility as for `itemsInWindow`: undefined every item, null global feeds, else that tenant's. */
  tenant?: string | null;
  /** Page: rows skipped and rows returned (at most 100). */
  offset: number;
  limit: number;
}

/** One quote found, with what a listing shows about its item. */
export interface QuoteHit {
  itemId: string;
  quote: Quote;
  speakerId: string | null;
  /** The speaker entity's shown name (null for a quote without a speaker). */
  speakerName: string | null;
  outlet: string | null;
  title: string;
  /** The item's canonical link, else its link. */
  link: string | null;
  /** The item's time (published, else first seen). */
  time: Date;
}

/**
 * Speaker entities and the quote search. `saveItem` assigns every quote with a speaker to an entity
 * (`pipeline/speakers/identity.ts`: the entity whose spellings fit the written name best, else a new
 * one) and adds the spelling to it, in the item's transaction.
 */
export interface SpeakerStore {
  /** The entity with this id, or null. */
  getSpeaker(id: string): Promise<SpeakerRecord | null>;
  /**
   * Every entity a written name may mean (`entityFit` > 0: `Vučić` finds each Vučić, `Aleksandar
   * Vučić` only him), oldest first.
   */
  findSpeakers(name: string): Promise<SpeakerRecord[]>;
  /**
   * Entities with a quote visible to `tenant` (as for `itemsInWindow`) whose spellings start with what
   * was typed (`spellingStartsWith`; '' lists any), most quoted first, at most `limit`.
   */
  suggestSpeakers(typed: string, limit: number, tenant?: string | null): Promise<SpeakerRecord[]>;
  /** Distinct outlet names of the items visible to `tenant`, sorted. */
  listOutlets(tenant?: string | null): Promise<string[]>;
  /** Quotes newest first (item time, then item id descending, then position in the item), and how many match in all. */
  searchQuotes(query: QuoteQuery): Promise<{ total: number; hits: QuoteHit[] }>;
}

/** The whole store, as main.ts wires it. */
export interface Store {
  feeds: FeedStore;
  items: ItemStore;
  watchlists: WatchlistStore;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryStore;
  speakers: SpeakerStore;
  /**
   * Whether the store is still the database it opened: null when it is, else why not (the file was
   * deleted or replaced under the running service). Stores without a file omit it.
   */
  verifyIdentity?(): Promise<string | null>;
  close(): Promise<void>;
}
