/**
 * The in-memory fake of every store interface, for unit tests of the stages that use the store.
 * It passes the same contract suite (`../contract.ts`) as the SQLite store; values are deep-copied in
 * and out so callers cannot change stored state by mutating what they passed or got back.
 */
import type { FailureEffects } from '../store.js';
import { identityKey, identityUrl, sameStory, type StoryIdentity } from '../identity.js';

/** Whether the feed edited a stored item: another headline or text under the same key. */
function edited(stored: { title: string; text: string | null }, now: { title: string; text: string | null }): boolean {
  return stored.title !== now.title || (stored.text ?? '') !== (now.text ?? '');
}

/** What the identity fallbacks compare (as the SQL stores). */
type SameAs = { canonicalLink: string | null; guid?: string | null } & StoryIdentity;
import type { AnalyzedItem } from '../../model/story.js';
import { itemTime } from '../../model/story.js';
import type { Delivery } from '../../model/delivery.js';
import type { Subscription } from '../../model/subscription.js';
import type { Topic } from '../../model/watchlist.js';
import { systemClock, type Clock } from '../../model/clock.js';
import { WirewatchError } from '../../model/errors.js';
import type {
  DeliveryStore,
  FeedRecord,
  FeedStore,
  ItemStore,
  Store,
  SubscriptionStore,
  WatchlistStore,
} from '../store.js';
import { idempotencyKey, newSubscriptionId, storyHash } from '../keys.js';
import { DEFAULT_INTERVAL_SECONDS } from '../defaults.js';
import { assignSpeaker, type SpeakerPort } from '../speakers.js';
import { entityFit, foldName, speakerBucket, spellingStartsWith } from '../../pipeline/speakers/identity.js';
import type { QuoteHit, QuoteQuery, SpeakerRecord, SpeakerStore } from '../store.js';

const copy = <T>(v: T): T => structuredClone(v);

interface StoredItem {
  id: number;
  feedUrl: string;
  a: AnalyzedItem;
  /** The speaker entity of each quote (same order as `a.quotes`). */
  speakerIds: (number | null)[];
}

interface StoredSpeaker {
  id: number;
  name: string;
  bucket: string;
  spellings: string[];
}

interface State {
  feeds: Map<string, FeedRecord>;
  items: Map<number, StoredItem>;
  itemIds: Map<string, number>;
  nextItemId: number;
  /** key: `${workspace ?? ''}\u0000${id}` */
  topics: Map<string, Topic>;
  subscriptions: Map<string, Subscription>;
  deliveries: Map<number, Delivery>;
  nextDeliveryId: number;
  speakers: Map<number, StoredSpeaker>;
  /** spelling → speaker id */
  spellings: Map<string, number>;
}

const itemKey = (feedUrl: string, key: string) => `${feedUrl}\u0000${identityKey(key)}`;
const topicKey = (workspace: string | null, id: string) => `${workspace ?? ''}\u0000${id}`;
const notFound = (what: string) => new WirewatchError('store_not_found', `store: ${what} is not stored`);
const definedOnly = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class MemoryFeeds implements FeedStore {
  constructor(
    private readonly s: State,
    private readonly clock: Clock,
  ) {}

  async upsertFeed(feed: Pick<FeedRecord, 'url'> & Partial<Omit<FeedRecord, 'tenants'>>): Promise<FeedRecord> {
    const existing = this.s.feeds.get(feed.url);
    const join = (r: FeedRecord) => {
      if (typeof feed.workspace === 'string' && !r.tenants.includes(feed.workspace)) r.tenants = [...r.tenants, feed.workspace].sort(byString);
    };
    if (existing) {
      join(existing);
      return copy(existing);
    }
    const { tenants: _t, ...given } = definedOnly(copy(feed)) as Partial<FeedRecord>;
    const record: FeedRecord = {
      title: null,
      workspace: null,
      etag: null,
      lastModified: null,
      nextCheckAt: this.clock.now(),
      intervalSeconds: DEFAULT_INTERVAL_SECONDS,
      errorCount: 0,
      lastError: null,
      failingSince: null,
      lastSuccessAt: null,
      ...given,
      tenants: [],
      url: feed.url,
    };
    join(record);
    this.s.feeds.set(record.url, record);
    return copy(record);
  }

  async getFeed(url: string): Promise<FeedRecord | null> {
    const f = this.s.feeds.get(url);
    return f ? copy(f) : null;
  }

  async leaveFeed(url: string, workspace: string): Promise<{ left: boolean; remaining: number }> {
    const f = this.s.feeds.get(url);
    if (!f) return { left: false, remaining: -1 };
    const left = f.tenants.includes(workspace);
    f.tenants = f.tenants.filter((t) => t !== workspace);
    if (f.workspace === workspace && f.tenants.length > 0) f.workspace = f.tenants[0];
    return { left, remaining: f.tenants.length };
  }

  /** Whether a tenant (see `ItemStore.itemsInWindow`) sees the feed. */
  visible(url: string, tenant: string | null | undefined): boolean {
    if (tenant === undefined) return true;
    const f = this.s.feeds.get(url);
    if (!f) return false;
    return f.workspace === null || (tenant !== null && f.tenants.includes(tenant));
  }

  async listFeeds(workspace?: string | null): Promise<FeedRecord[]> {
    return [...this.s.feeds.values()]
      .filter((f) => this.visible(f.url, workspace))
      .sort((a, b) => byString(a.url, b.url))
      .map(copy);
  }

  async dueFeeds(now: Date, limit: number): Promise<FeedRecord[]> {
    return [...this.s.feeds.values()]
      .filter((f) => f.nextCheckAt.getTime() <= now.getTime())
      .sort((a, b) => a.nextCheckAt.getTime() - b.nextCheckAt.getTime() || byString(a.url, b.url))
      .slice(0, Math.max(0, limit))
      .map(copy);
  }

  async updateFeed(url: string, patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>>): Promise<void> {
    const f = this.s.feeds.get(url);
    if (!f) throw notFound(`feed ${url}`);
    const { url: _url, tenants: _t, ...rest } = definedOnly(copy(patch)) as Partial<FeedRecord>;
    Object.assign(f, rest);
    if (typeof rest.workspace === 'string' && !f.tenants.includes(rest.workspace)) f.tenants = [...f.tenants, rest.workspace].sort(byString);
  }

  async updateFeeds(updates: { url: string; patch: Partial<Omit<FeedRecord, 'url' | 'tenants'>> }[]): Promise<string[]> {
    const missing = updates.filter((u) => !this.s.feeds.has(u.url)).map((u) => u.url);
    for (const u of updates) if (this.s.feeds.has(u.url)) await this.updateFeed(u.url, u.patch);
    return missing;
  }

  async renameFeed(oldUrl: string, newUrl: string): Promise<void> {
    if (oldUrl === newUrl) return;
    const f = this.s.feeds.get(oldUrl);
    if (!f) throw notFound(`feed ${oldUrl}`);
    if (this.s.feeds.has(newUrl)) throw new WirewatchError('store_conflict', `store: cannot rename feed ${oldUrl} to ${newUrl}: that feed is stored already`);
    this.s.feeds.delete(oldUrl);
    f.url = newUrl;
    this.s.feeds.set(newUrl, f);
    for (const it of this.s.items.values()) {
      if (it.feedUrl !== oldUrl) continue;
      this.s.itemIds.delete(itemKey(oldUrl, it.a.item.key));
      it.feedUrl = newUrl;
      this.s.itemIds.set(itemKey(newUrl, it.a.item.key), it.id);
    }
  }

  async removeFeed(url: string): Promise<boolean> {
    if (!this.s.feeds.delete(url)) return false;
    for (const it of [...this.s.items.values()]) {
      if (it.feedUrl !== url) continue;
      this.s.items.delete(it.id);
      this.s.itemIds.delete(itemKey(url, it.a.item.key));
    }
    return true;
  }
}

class MemoryItems implements ItemStore {
  constructor(
    private readonly s: State,
    private readonly feeds: MemoryFeeds,
  ) {}

  private out(it: StoredItem): AnalyzedItem {
    return { ...copy(it.a), id: String(it.id), feedUrl: it.feedUrl };
  }

  async saveItem(a: AnalyzedItem): Promise<{ id: string; inserted: boolean }> {
    const byKey = this.keyed(a.feedUrl, a.item.key);
    if (byKey && edited(byKey.a.item, a.item)) {
      // An edited item (same key, another headline or text): the new version, its matches and quotes
      // replace the old ones; id, key, links, first-seen and publish times stay (as the SQL stores).
      const fresh = copy(a);
      byKey.a = { ...fresh, firstSeen: byKey.a.firstSeen, item: { ...fresh.item, key: byKey.a.item.key, guid: byKey.a.item.guid, link: byKey.a.item.link, canonicalLink: byKey.a.item.canonicalLink, published: byKey.a.item.published } };
      byKey.speakerIds = a.quotes.map((q) => (q.speaker ? assignSpeaker(memorySpeakerPort(this.s), q.speaker) : null));
      return { id: String(byKey.id), inserted: false };
    }
    const existing = this.s.itemIds.get(itemKey(a.feedUrl, a.item.key)) ?? this.sameItem({ feedUrl: a.feedUrl, item: a.item, hash: storyHash(a.article) });
    if (existing !== undefined) return { id: String(existing), inserted: false };
    await this.feeds.upsertFeed({ url: a.feedUrl });
    const id = this.s.nextItemId++;
    const speakerIds = a.quotes.map((q) => (q.speaker ? assignSpeaker(memorySpeakerPort(this.s), q.speaker) : null));
    this.s.items.set(id, { id, feedUrl: a.feedUrl, a: copy(a), speakerIds });
    this.s.itemIds.set(itemKey(a.feedUrl, a.item.key), id);
    return { id: String(id), inserted: true };
  }

  async saveItems(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url'>> }): Promise<{ id: string; inserted: boolean }[]> {
    // All or nothing, like the SQLite transaction: check the feed before writing anything.
    if (feed && !this.s.feeds.has(feed.url)) throw notFound(`feed ${feed.url}`);
    const out: { id: string; inserted: boolean }[] = [];
    for (const a of items) out.push(await this.saveItem(a));
    if (feed) await this.feeds.updateFeed(feed.url, feed.patch);
    return out;
  }

  /**
   * The same feed's item with the same canonical link and title (a feed that regenerates guids), or,
   * for an item without a guid, `sameStory` (headline + publish time or content hash), as the SQL stores.
   */
  private sameItem(a: { feedUrl: string; item: SameAs; hash?: string | null }): number | undefined {
    const link = identityUrl(a.item.canonicalLink);
    for (const it of this.s.items.values()) {
      if (it.feedUrl === a.feedUrl && link !== null && identityUrl(it.a.item.canonicalLink) === link && it.a.item.title === a.item.title) return it.id;
    }
    if (a.item.guid) return undefined;
    for (const it of this.s.items.values()) {
      if (it.feedUrl !== a.feedUrl) continue;
      const stored = { title: it.a.item.title, published: it.a.item.published, hash: storyHash(it.a.article) };
      if (sameStory({ title: a.item.title, published: a.item.published, hash: a.hash }, stored)) return it.id;
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
      .filter((it) => this.feeds.visible(it.feedUrl, tenant))
      .map((it) => ({ it, t: it.a.firstSeen.getTime() }))
      .filter(({ t }) => t >= lo && t < hi)
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

class MemoryWatchlists implements WatchlistStore {
  constructor(private readonly s: State) {}

  async listTopics(workspace: string | null): Promise<Topic[]> {
    return [...this.s.topics.values()]
      .filter((t) => t.workspace === null || t.workspace === workspace)
      .sort((a, b) => (a.workspace === null ? 0 : 1) - (b.workspace === null ? 0 : 1) || byString(a.id, b.id))
      .map(copy);
  }

  async upsertTopic(topic: Topic): Promise<void> {
    this.s.topics.set(topicKey(topic.workspace, topic.id), copy(topic));
  }

  async removeTopic(workspace: string | null, id: string): Promise<boolean> {
    return this.s.topics.delete(topicKey(workspace, id));
  }
}

class MemorySubscriptions implements SubscriptionStore {
  constructor(private readonly s: State) {}

  private byTarget(platform: string, workspace: string, channel: string): Subscription | undefined {
    for (const sub of this.s.subscriptions.values()) {
      if (sub.platform === platform && sub.workspace === workspace && sub.channel === channel) return sub;
    }
    return undefined;
  }

  async upsertSubscription(sub: Subscription): Promise<Subscription> {
    const existing = this.byTarget(sub.platform, sub.workspace, sub.channel);
    const id = existing?.id ?? (sub.id || newSubscriptionId());
    if (!existing && this.s.subscriptions.has(id)) {
      throw new WirewatchError('store_conflict', `store: subscription id ${id} is taken by another channel`);
    }
    const stored = { ...copy(sub), id };
    this.s.subscriptions.set(id, stored);
    return copy(stored);
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const sub = this.s.subscriptions.get(id);
    return sub ? copy(sub) : null;
  }

  async findSubscription(platform: string, workspace: string, channel: string): Promise<Subscription | null> {
    const sub = this.byTarget(platform, workspace, channel);
    return sub ? copy(sub) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return [...this.s.subscriptions.values()].sort((a, b) => byString(a.id, b.id)).map(copy);
  }

  async updateSubscription(id: string, patch: Partial<Omit<Subscription, 'id'>>): Promise<void> {
    const sub = this.s.subscriptions.get(id);
    if (!sub) throw notFound(`subscription ${id}`);
    const { id: _id, ...rest } = definedOnly(copy(patch)) as Partial<Subscription>;
    const next: Subscription = { ...sub, ...rest };
    const other = this.byTarget(next.platform, next.workspace, next.channel);
    if (other && other.id !== id) {
      throw new WirewatchError('store_conflict', `store: subscription ${other.id} already posts to ${next.platform}/${next.workspace}/${next.channel}`);
    }
    this.s.subscriptions.set(id, next);
  }

  async removeSubscription(id: string): Promise<boolean> {
    if (!this.s.subscriptions.delete(id)) return false;
    for (const d of [...this.s.deliveries.values()]) if (d.subscriptionId === id) this.s.deliveries.delete(d.id);
    return true;
  }
}

class MemoryDeliveries implements DeliveryStore {
  constructor(private readonly s: State) {}

  private row(id: number): Delivery {
    const d = this.s.deliveries.get(id);
    if (!d) throw notFound(`delivery ${id}`);
    return d;
  }

  async beginDelivery(input: { subscriptionId: string; kind: Delivery['kind']; subject: string; now: Date; windowEnd?: Date }): Promise<Delivery> {
    const sub = this.s.subscriptions.get(input.subscriptionId);
    const existing = [...this.s.deliveries.values()].find((d) => d.subscriptionId === input.subscriptionId && d.kind === input.kind && d.subject === input.subject);
    if (sub && input.kind === 'digest' && input.windowEnd && existing?.state !== 'failed' && (!sub.lastWindowEnd || sub.lastWindowEnd < input.windowEnd)) {
      this.s.subscriptions.set(sub.id, { ...sub, lastWindowEnd: new Date(input.windowEnd) });
    }
    if (existing) return copy(existing);
    if (!sub) throw notFound(`subscription ${input.subscriptionId}`);
    const id = this.s.nextDeliveryId++;
    const d: Delivery = {
      id,
      subscriptionId: input.subscriptionId,
      kind: input.kind,
      subject: input.subject,
      idempotencyKey: idempotencyKey(id),
      state: 'pending',
      messageIds: [],
      attempts: 0,
      lastError: null,
      createdAt: new Date(input.now),
      updatedAt: new Date(input.now),
    };
    this.s.deliveries.set(id, d);
    return copy(d);
  }

  async markSent(id: number, messageIds: string[], now: Date): Promise<void> {
    const d = this.row(id);
    d.state = 'sent';
    d.messageIds = [...messageIds];
    d.attempts++;
    d.updatedAt = new Date(now);
  }

  async markFailed(id: number, error: string, now: Date, final: boolean, effects: FailureEffects = {}): Promise<void> {
    const d = this.row(id);
    if (d.state !== 'pending') throw new WirewatchError('store_conflict', `store: delivery ${id} is ${d.state}, not pending`);
    d.attempts++;
    d.lastError = error;
    d.updatedAt = new Date(now);
    if (!final) return;
    d.state = 'failed';
    const sub = this.s.subscriptions.get(d.subscriptionId);
    if (!sub) return;
    const next = { ...sub };
    if (effects.pausedReason !== undefined) Object.assign(next, { paused: true, pausedReason: effects.pausedReason });
    const w = effects.releaseWindow;
    if (w && next.lastWindowEnd?.getTime() === w.end.getTime()) next.lastWindowEnd = new Date(w.start);
    this.s.subscriptions.set(sub.id, next);
  }

  async pendingDeliveries(): Promise<Delivery[]> {
    return [...this.s.deliveries.values()].filter((d) => d.state === 'pending').sort((a, b) => a.id - b.id).map(copy);
  }

  async listDeliveries(subscriptionId: string): Promise<Delivery[]> {
    return [...this.s.deliveries.values()].filter((d) => d.subscriptionId === subscriptionId).sort((a, b) => a.id - b.id).map(copy);
  }

  async getDelivery(id: number): Promise<Delivery | null> {
    const d = this.s.deliveries.get(id);
    return d ? copy(d) : null;
  }

  async pruneDeliveries(before: Date): Promise<number> {
    let n = 0;
    for (const d of [...this.s.deliveries.values()]) {
      if (d.state === 'pending' || d.updatedAt.getTime() >= before.getTime()) continue;
      if (d.kind === 'item' && this.s.items.has(Number(d.subject)) && String(Number(d.subject)) === d.subject) continue;
      this.s.deliveries.delete(d.id);
      n++;
    }
    return n;
  }
}

function memorySpeakerPort(s: State): SpeakerPort {
  return {
    bySpelling: (spelling) => s.spellings.get(spelling) ?? null,
    inBucket: (bucket) => [...s.speakers.values()].filter((x) => x.bucket === bucket).map((x) => ({ id: x.id, spellings: [...x.spellings] })),
    create: (name, bucket) => {
      const id = s.speakers.size + 1;
      s.speakers.set(id, { id, name, bucket, spellings: [] });
      return id;
    },
    addSpelling: (id, spelling, name) => {
      const x = s.speakers.get(id)!;
      x.spellings.push(spelling);
      x.name = name;
      s.spellings.set(spelling, id);
    },
  };
}

class MemorySpeakers implements SpeakerStore {
  constructor(
    private readonly s: State,
    private readonly feeds: MemoryFeeds,
  ) {}

  private record(id: number): SpeakerRecord | null {
    const x = this.s.speakers.get(id);
    return x ? { id: String(x.id), name: x.name, spellings: [...x.spellings] } : null;
  }

  async getSpeaker(id: string): Promise<SpeakerRecord | null> {
    return /^[1-9][0-9]*$/.test(id) ? this.record(Number(id)) : null;
  }

  async findSpeakers(name: string): Promise<SpeakerRecord[]> {
    const bucket = speakerBucket(name);
    if (!bucket) return [];
    return memorySpeakerPort(this.s)
      .inBucket(bucket)
      .filter((c) => entityFit(name, c.spellings) > 0)
      .map((c) => this.record(c.id)!);
  }

  async suggestSpeakers(typed: string, limit: number, tenant?: string | null): Promise<SpeakerRecord[]> {
    const counts = new Map<number, number>();
    for (const it of this.s.items.values()) {
      if (!this.feeds.visible(it.feedUrl, tenant)) continue;
      for (const id of it.speakerIds) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const first = foldName(typed).slice(0, 3);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([id]) => this.record(id)!)
      .filter((r) => (!first || r.spellings.some((x) => foldName(x).includes(first))) && r.spellings.some((x) => spellingStartsWith(x, typed)))
      .slice(0, limit);
  }

  async listOutlets(tenant?: string | null): Promise<string[]> {
    const out = new Set<string>();
    for (const it of this.s.items.values()) if (it.a.outlet !== null && this.feeds.visible(it.feedUrl, tenant)) out.add(it.a.outlet);
    return [...out].sort(byString);
  }

  async searchQuotes(query: QuoteQuery): Promise<{ total: number; hits: QuoteHit[] }> {
    const speakerIds = query.speakerIds ? new Set(query.speakerIds.map(Number)) : null;
    const outlets = query.outlets ? new Set(query.outlets) : null;
    const rows: { it: StoredItem; t: number; position: number }[] = [];
    for (const it of this.s.items.values()) {
      if (!this.feeds.visible(it.feedUrl, query.tenant)) continue;
      const t = itemTime(it.a).getTime();
      if (query.since && t < query.since.getTime()) continue;
      if (outlets && (it.a.outlet === null || !outlets.has(it.a.outlet))) continue;
      if (query.topicId !== undefined && !it.a.matches.some((m) => m.topicId === query.topicId)) continue;
      it.a.quotes.forEach((_q, position) => {
        const sid = it.speakerIds[position];
        if (speakerIds && (sid === null || !speakerIds.has(sid))) return;
        rows.push({ it, t, position });
      });
    }
    rows.sort((x, y) => y.t - x.t || y.it.id - x.it.id || x.position - y.position);
    const limit = Math.max(0, Math.min(100, Math.trunc(query.limit)));
    const offset = Math.max(0, Math.trunc(query.offset));
    const hits = rows.slice(offset, offset + limit).map(({ it, t, position }): QuoteHit => {
      const sid = it.speakerIds[position];
      return {
        itemId: String(it.id),
        quote: copy(it.a.quotes[position]),
        speakerId: sid === null ? null : String(sid),
        speakerName: sid === null ? null : (this.s.speakers.get(sid)?.name ?? null),
        outlet: it.a.outlet,
        title: it.a.item.title,
        link: it.a.item.canonicalLink ?? it.a.item.link,
        time: new Date(t),
      };
    });
    return { total: rows.length, hits };
  }
}

/**
 * Creates an empty in-memory store.
 * @param opts.clock supplies `nextCheckAt` for feeds added without one (default: the system clock)
 */
export function createMemoryStore(opts: { clock?: Clock } = {}): Store {
  const s: State = {
    feeds: new Map(),
    items: new Map(),
    itemIds: new Map(),
    nextItemId: 1,
    topics: new Map(),
    subscriptions: new Map(),
    deliveries: new Map(),
    nextDeliveryId: 1,
    speakers: new Map(),
    spellings: new Map(),
  };
  const feeds = new MemoryFeeds(s, opts.clock ?? systemClock);
  return {
    feeds,
    items: new MemoryItems(s, feeds),
    watchlists: new MemoryWatchlists(s),
    subscriptions: new MemorySubscriptions(s),
    deliveries: new MemoryDeliveries(s),
    speakers: new MemorySpeakers(s, feeds),
    close: async () => {},
  };
}
