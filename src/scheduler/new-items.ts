/**
 * A response's new items: which parsed items are new (or edited) by the store's identity check, their
 * full text within the feed's page budget, and their analysis — or, scaled out, handed to analyse jobs
 * (and the job's side: one handed-off item analysed and stored).
 */
import type { Article } from '../model/article.js';
import type { Item } from '../model/feed.js';
import { firstSeenAt, hasFuturePubDate, type AnalyzedItem } from '../model/story.js';
import type { FeedRecord } from '../store/store.js';
import { anotherStory, editedVersion, reusedKey } from '../store/identity.js';
import type { Logger } from '../log/logger.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import { isTeaser } from '../reader/article/teaser.js';
import type { LoopTurns } from './loop-turns.js';
import { ABORT_CODES, errorCode, errorMessage } from './poll-errors.js';
import type { FeedOutcome, ParseResult, PendingItem, PollerConfig, PollerDeps } from './poller-types.js';

/** Full-text articles kept for reuse (items repeated across feeds of one site share a page). */
const ARTICLE_CACHE_MAX = 1000;

/** What the new-item steps use: the poller's deps, config, logger, event-loop turns, fetcher, and whether it was aborted. */
export interface NewItemsContext {
  deps: Pick<PollerDeps, 'feeds' | 'items' | 'analyze' | 'extractPage' | 'handOffItems' | 'clock'>;
  cfg: PollerConfig;
  logger: Logger;
  turns: LoopTurns;
  fetcher: { fetch(req: FetchRequest): Promise<FetchResponse> };
  /** `Poller.abort()` was called: stop early with what there is. */
  aborted: () => boolean;
}

/** The poller's new-item steps (see the module comment), with the full-text article cache. */
export class NewItems {
  private readonly articleCache = new Map<string, Article>();

  constructor(private readonly c: NewItemsContext) {}

  /**
   * The new items of a parsed response: analysed (`analyzeNew`), or, scaled out, handed to analyse jobs
   * (durable) before the validators advance — a crash in between refetches them, and the jobs'
   * singleton keys and the store's item keys drop the repeats. Then `fresh` is empty.
   * @throws as `analyzeNew`, or what `handOffItems` throws
   */
  async take(feed: FeedRecord, url: string, parsed: ParseResult, now: Date, outcome: FeedOutcome): Promise<{ fresh: AnalyzedItem[]; more: boolean }> {
    if (!this.c.deps.handOffItems) return this.analyzeNew(feed, url, parsed, now);
    const { pending, more } = await this.collectNew(feed, url, parsed, now);
    if (this.c.aborted()) return { fresh: [], more };
    if (pending.length) await this.c.deps.handOffItems(url, pending);
    outcome.handedOff = pending.length;
    return { fresh: [], more };
  }
  /**
   * The item to analyse and save, or null when it is stored and unchanged. The whole identity check
   * (key in its identity form, then canonical link + title) runs before any page is fetched: a feed that
   * churns guids or moves to https costs no page request per poll. A stored item comes back when the
   * outlet edited it (same key, another headline or text): analysed again and saved, it replaces the
   * stored version — not a new story (inserted: false). When the feed reused the key for another story
   * (`anotherStory`: another link, headline and body), the item is keyed by its key and link
   * (`reusedKey`), so it is a new story of its own, once.
   * @throws a store read failure
   */
  private async newOrEdited(url: string, parsed: Item): Promise<Item | null> {
    const items = this.c.deps.items;
    const stored = items.storedVersion ? await items.storedVersion(url, parsed.key) : null;
    // Stored under its key: that one read tells unchanged, edited and another story apart.
    if (stored !== null && !(parsed.canonicalLink !== null && anotherStory(stored, parsed))) return editedVersion(stored, parsed) ? parsed : null;
    const item = stored === null ? parsed : { ...parsed, key: reusedKey(parsed.key, parsed.canonicalLink!) };
    // Not stored under its key (or another story): the store's fallbacks (identity form, link + title, …).
    return (await items.hasItem(url, item.key, item)) && !(await items.itemEdited?.(url, item)) ? null : item;
  }

  /**
   * The new items of a parsed response, not analysed (scaled out: for analyse jobs), with the same
   * identity checks, page budget and `maxNewItemsPerPoll` as `analyzeNew`.
   * @throws a store read failure
   */
  private async collectNew(feed: FeedRecord, url: string, parsed: ParseResult, now: Date): Promise<{ pending: PendingItem[]; more: boolean }> {
    const pending: PendingItem[] = [];
    const firstRead = feed.lastSuccessAt === null;
    let more = false;
    const outlet = parsed.feed.title ?? feed.title;
    let pages = this.c.cfg.maxFullTextPerFeed;
    for (const parsedItem of parsed.items) {
      if (this.c.aborted()) break;
      await this.c.turns.slice();
      const item = await this.newOrEdited(url, parsedItem);
      if (item === null) continue;
      if (pending.length >= this.c.cfg.maxNewItemsPerPoll) {
        more = true;
        break;
      }
      const wantsPage = this.c.cfg.fullText && item.link !== null && isTeaser(item);
      if (wantsPage) pages--;
      const firstSeen = firstSeenAt(item, now, firstRead, this.c.cfg.retentionDays);
      pending.push({ feedUrl: url, outlet, item, fullText: wantsPage && pages >= 0, ...(firstSeen !== now ? { firstSeen } : {}) });
    }
    if (parsed.truncated && pending.length > 0) more = true;
    return { pending, more };
  }
  /**
   * An analyse job (scaled out): analyses one item a poll handed off (its page too, when the poll gave
   * it the budget) and stores it, first seen now (a back-catalogue item: at the poll's `firstSeen`). Idempotent by item key: an item stored already (a
   * retried job) and not edited since is neither analysed nor stored again; a feed removed meanwhile
   * drops it.
   * @returns the item with its store id when this call inserted it (its alerts are the caller's), else null
   * @throws WirewatchError from the store (the job is retried); what the analysis throws
   */
  async analyseOne(p: PendingItem): Promise<AnalyzedItem | null> {
    const url = p.feedUrl;
    if (!(await this.c.deps.feeds.getFeed(url))) return null;
    const item = await this.newOrEdited(url, p.item);
    if (item === null) return null;
    const now = this.c.deps.clock.now();
    const analyzed = await this.analyzeItem(url, p.outlet, item, p.firstSeen ?? now, { pages: p.fullText ? 1 : 0 });
    const [saved] = await this.c.deps.items.saveItems([analyzed]);
    if (!saved?.inserted) return null;
    if (hasFuturePubDate(analyzed))
      this.c.logger.warn({ feed_url: url, item_key: item.key, first_seen: now.toISOString() }, 'poll: pubDate in the future; using first-seen time');
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
    const budget = { pages: this.c.cfg.maxFullTextPerFeed };
    // Every turn of a feed's first read (never read completely) keeps its back catalogue out of the digests (ADR 0164).
    const firstRead = feed.lastSuccessAt === null;
    for (const parsedItem of parsed.items) {
      if (this.c.aborted()) return { fresh, more };
      // A feed of hundreds of new items: give the event loop a turn every few ms (store reads are synchronous).
      await this.c.turns.slice();
      const item = await this.newOrEdited(url, parsedItem);
      if (item === null) continue;
      if (fresh.length >= this.c.cfg.maxNewItemsPerPoll) {
        more = true;
        break;
      }
      try {
        fresh.push(await this.analyzeItem(url, outlet, item, firstSeenAt(item, now, firstRead, this.c.cfg.retentionDays), budget));
      } catch (err) {
        if (ABORT_CODES.has(errorCode(err))) throw err;
        // One bad item (an analyser bug, an item over the analysis deadline) must not cost the feed its other items.
        this.c.logger.error({ feed_url: url, item_key: item.key, code: errorCode(err), err: errorMessage(err) }, 'poll: item skipped');
      }
    }
    // The worker cut the list after maxItems: come back for the rest before advancing the validators.
    if (parsed.truncated && fresh.length > 0) more = true;
    return { fresh, more };
  }
  /** Full text (for teasers) and analysis of an item not stored yet, first seen at `firstSeen` (`firstSeenAt`). */
  private async analyzeItem(feedUrl: string, outlet: string | null, item: Item, firstSeen: Date, budget: { pages: number }): Promise<AnalyzedItem> {
    const wantsPage = this.c.cfg.fullText && item.link !== null && isTeaser(item);
    if (wantsPage) budget.pages--;
    // Without a page, the analysis builds the article from the item itself (off the event loop in the service).
    const article =
      wantsPage && budget.pages >= 0
        ? await (
            await import('../reader/article/full-text.js')
          ).fetchFullText(item, this.c.fetcher, { cache: this.articleCache, logger: this.c.logger, extract: this.c.deps.extractPage })
        : null;
    if (this.articleCache.size > ARTICLE_CACHE_MAX) {
      // Drop the oldest entries (Map keeps insertion order): a page is needed again only while its item is in a feed.
      for (const key of [...this.articleCache.keys()].slice(0, this.articleCache.size - ARTICLE_CACHE_MAX)) this.articleCache.delete(key);
    }
    const analyzed = await this.c.deps.analyze(feedUrl, outlet, item, article, firstSeen);
    return { ...analyzed, feedUrl, firstSeen };
  }
}
