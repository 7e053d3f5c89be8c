/** The in-memory store's analysed items and their identity fallbacks (see memory-store.ts). */
import { identityKey, identityUrl, revisedFirstSeen, sameCopy, sameStory, type KeyedVersion } from '../identity.js';
import type { AnalyzedItem } from '../../model/story.js';
import { itemTime } from '../../model/story.js';
import { storyHash } from '../keys.js';
import { addedTopicsSeen, matchedTopics, seenInWindow, shownTopicsSeen } from '../topics-seen.js';
import { assignSpeaker } from '../speakers.js';
import type { FeedRecord, ItemStore, SavedItem } from '../store.js';
import { edited, type SameAs, copy, type StoredItem, type State, itemKey, notFound } from './state.js';
import { memorySpeakerPort } from './speakers.js';
import type { MemoryFeeds } from './feeds.js';

/** A copy of `a` to store: the store keeps the first sights per topic itself (`StoredItem.seen`). */
function withoutSeen(a: AnalyzedItem): AnalyzedItem {
  const { topicsSeen: _ignored, ...rest } = copy(a);
  return rest;
}

export class MemoryItems implements ItemStore {
  constructor(
    private readonly s: State,
    private readonly feeds: MemoryFeeds,
  ) {}

  private out(it: StoredItem): AnalyzedItem {
    const topicsSeen = shownTopicsSeen(it.a, it.seen);
    return { ...copy(it.a), id: String(it.id), feedUrl: it.feedUrl, ...(topicsSeen ? { topicsSeen } : {}) };
  }

  async saveItem(a: AnalyzedItem): Promise<SavedItem> {
    const byKey = this.keyed(a.feedUrl, a.item.key);
    if (byKey && edited(byKey.a.item, a.item)) {
      // An edited item (same key, another headline or text): the new version, its matches and quotes
      // replace the old ones; id, key, links, first-seen and publish times stay (as the SQL stores).
      const fresh = withoutSeen(a);
      // a story no channel received (no topic ever matched) that matches after the edit: first seen now (ADR 0280)
      const firstSeen = revisedFirstSeen({ firstSeen: byKey.a.firstSeen, matched: byKey.seen.size > 0 }, fresh);
      // a topic it never matched counts from the edit (ADR 0281)
      const added = addedTopicsSeen(new Set(byKey.seen.keys()), firstSeen, fresh);
      for (const s of added) byKey.seen.set(s.topicId, s.at);
      byKey.a = {
        ...fresh,
        firstSeen,
        item: {
          ...fresh.item,
          key: byKey.a.item.key,
          guid: byKey.a.item.guid,
          link: byKey.a.item.link,
          canonicalLink: byKey.a.item.canonicalLink,
          published: byKey.a.item.published,
        },
      };
      byKey.speakerIds = a.quotes.map((q) => (q.speaker ? assignSpeaker(memorySpeakerPort(this.s), q.speaker) : null));
      return { id: String(byKey.id), inserted: false, ...(added.length > 0 ? { newTopics: added.map((s) => s.topicId) } : {}) };
    }
    const existing = this.s.itemIds.get(itemKey(a.feedUrl, a.item.key)) ?? this.sameItem({ feedUrl: a.feedUrl, item: a.item, hash: storyHash(a.article) });
    if (existing !== undefined) return { id: String(existing), inserted: false };
    await this.feeds.upsertFeed({ url: a.feedUrl });
    const id = this.s.nextItemId++;
    const speakerIds = a.quotes.map((q) => (q.speaker ? assignSpeaker(memorySpeakerPort(this.s), q.speaker) : null));
    const seen = new Map(matchedTopics(a).map((t) => [t, new Date(a.firstSeen.getTime())]));
    this.s.items.set(id, { id, feedUrl: a.feedUrl, a: withoutSeen(a), speakerIds, seen });
    this.s.itemIds.set(itemKey(a.feedUrl, a.item.key), id);
    return { id: String(id), inserted: true };
  }

  async saveItems(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url'>> }): Promise<SavedItem[]> {
    // All or nothing, like the SQLite transaction: check the feed before writing anything.
    if (feed && !this.s.feeds.has(feed.url)) throw notFound(`feed ${feed.url}`);
    const out: SavedItem[] = [];
    for (const a of items) out.push(await this.saveItem(a));
    if (feed) await this.feeds.updateFeed(feed.url, feed.patch);
    return out;
  }

  /**
   * The same feed's item with the same canonical link and title (a feed that regenerates guids), or,
   * for an item without a guid, `sameStory` (headline + publish time or content hash), for one with a
   * guid `sameCopy` (an identical copy under a new guid and link), as the SQL stores.
   */
  private sameItem(a: { feedUrl: string; item: SameAs; hash?: string | null }): number | undefined {
    const link = identityUrl(a.item.canonicalLink);
    for (const it of this.s.items.values()) {
      if (it.feedUrl === a.feedUrl && link !== null && identityUrl(it.a.item.canonicalLink) === link && it.a.item.title === a.item.title) return it.id;
    }
    // An item with a guid: only an identical copy (`sameCopy`: guid and link both new on every fetch).
    const same = a.item.guid ? sameCopy : sameStory;
    const second = (d: Date | null | undefined) => (d ? Math.floor(d.getTime() / 1000) : null);
    for (const it of this.s.items.values()) {
      if (it.feedUrl !== a.feedUrl) continue;
      // a copy has the same publish time and headline (as the SQL stores ask): skip the others before hashing their text
      if (a.item.guid && (second(a.item.published) === null || second(a.item.published) !== second(it.a.item.published) || a.item.title !== it.a.item.title))
        continue;
      const stored = { title: it.a.item.title, published: it.a.item.published, text: it.a.item.text, hash: storyHash(it.a.article) };
      if (same({ title: a.item.title, published: a.item.published, text: a.item.text, hash: a.hash }, stored)) return it.id;
    }
    return undefined;
  }

  async hasItem(feedUrl: string, key: string, same?: SameAs): Promise<boolean> {
    if (this.s.itemIds.has(itemKey(feedUrl, key))) return true;
    return same !== undefined && this.sameItem({ feedUrl, item: same }) !== undefined;
  }

  /** The feed's item stored under `key` (as given, else in its identity form). */
  private keyed(feedUrl: string, key: string): StoredItem | undefined {
    const id = this.s.itemIds.get(itemKey(feedUrl, key));
    if (id !== undefined) return this.s.items.get(id);
    const ik = identityKey(key);
    for (const it of this.s.items.values()) if (it.feedUrl === feedUrl && identityKey(it.a.item.key) === ik) return it;
    return undefined;
  }

  async storedVersion(feedUrl: string, key: string): Promise<KeyedVersion | null> {
    const it = this.keyed(feedUrl, key);
    return it ? { title: it.a.item.title, text: it.a.item.text, canonicalLink: it.a.item.canonicalLink } : null;
  }

  async itemEdited(feedUrl: string, item: { key: string; title: string; text: string | null }): Promise<boolean> {
    const it = this.keyed(feedUrl, item.key);
    return it !== undefined && edited(it.a.item, item);
  }

  async itemKeyTitles(feedUrl: string): Promise<[string, string][]> {
    return [...this.s.items.values()].filter((it) => it.feedUrl === feedUrl).map((it) => [it.a.item.key, it.a.item.title]);
  }

  async itemKeys(feedUrl: string): Promise<string[]> {
    return [...this.s.items.values()].filter((it) => it.feedUrl === feedUrl).map((it) => it.a.item.key);
  }

  async itemsInWindow(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const lo = from.getTime();
    const hi = to.getTime();
    return [...this.s.items.values()]
      .filter((it) => this.feeds.visible(it.feedUrl, tenant))
      .map((it) => ({ it, t: itemTime(it.a).getTime() }))
      .filter(({ t }) => t >= lo && t < hi)
      .sort((x, y) => x.t - y.t || x.it.id - y.it.id)
      .map(({ it }) => this.out(it));
  }

  async itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const lo = from.getTime();
    const hi = to.getTime();
    return [...this.s.items.values()]
      .filter((it) => this.feeds.visible(it.feedUrl, tenant) && seenInWindow(it.a.firstSeen, it.seen.values(), lo, hi))
      .map((it) => ({ it, t: it.a.firstSeen.getTime() }))
      .sort((x, y) => x.t - y.t || x.it.id - y.it.id)
      .map(({ it }) => this.out(it));
  }

  async getItem(id: string): Promise<AnalyzedItem | null> {
    const it = this.s.items.get(Number(id));
    return it && String(it.id) === id ? this.out(it) : null;
  }

  async pruneItems(before: Date): Promise<number> {
    let n = 0;
    for (const it of [...this.s.items.values()]) {
      if (it.a.firstSeen.getTime() >= before.getTime()) continue;
      this.s.items.delete(it.id);
      this.s.itemIds.delete(itemKey(it.feedUrl, it.a.item.key));
      n++;
    }
    return n;
  }
}
