/** The in-memory store's feeds (URLs, schedules, tenants) (see memory-store.ts). */
import type { Clock } from '../../model/clock.js';
import { WirewatchError } from '../../model/errors.js';
import { DEFAULT_INTERVAL_SECONDS } from '../defaults.js';
import type { FeedRecord, FeedStore } from '../store.js';
import { copy, type State, itemKey, notFound, definedOnly, byString } from './state.js';

export class MemoryFeeds implements FeedStore {
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
