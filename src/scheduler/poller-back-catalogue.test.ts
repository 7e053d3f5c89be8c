/**
 * A new feed's back catalogue (ADR 0164): in the feed's first read (never read completely), an item
 * dated more than a day before the read is stored first seen at its date, so the digest windows have
 * passed it; recent and undated items are delivered as before, and so are the late items of a feed
 * already read.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { Item, ParsedFeed } from '../model/feed.js';
import type { AnalyzedItem } from '../model/story.js';
import { BACK_CATALOGUE_AGE_MS } from '../model/story.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Store } from '../store/store.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import { articleFromItem } from '../reader/article/index.js';
import { sniffDecompress } from '../reader/parser/sniff.js';
import { Poller, revivePendingItem, type PendingItem, type PollerConfig } from './poller.js';

const T0 = '2026-11-27T12:00:00Z';
const URL = 'https://archive.example/feed';
const HOUR = 3_600_000;
const TEXT = 'The harbour authority published its annual report on shipping traffic and the new quay, staff said. '.repeat(3).trim();

/** An item published `hoursAgo` hours before T0 (null: undated). */
function item(key: string, hoursAgo: number | null): Item {
  return {
    guid: key,
    key,
    title: `Story ${key}`,
    link: `https://archive.example/${key}`,
    canonicalLink: `https://archive.example/${key}`,
    published: hoursAgo === null ? null : new Date(new Date(T0).getTime() - hoursAgo * HOUR),
    author: null,
    categories: [],
    summary: null,
    contentHtml: null,
    text: TEXT,
    enclosures: [],
  };
}

/** A store, a clock and a feed server whose document the test sets; `poller()` builds a poller on them (again after a "restart"). */
function harness() {
  const clock = new ManualClock(T0);
  const store: Store = createMemoryStore({ clock });
  let doc: { items: Item[] } = { items: [] };
  let etag = '"v1"';
  const fetcher = {
    fetch: async (req: FetchRequest): Promise<FetchResponse> => ({
      url: req.url,
      status: req.etag === etag ? 304 : 200,
      permanentUrl: null,
      headers: {},
      body: req.etag === etag ? new Uint8Array(0) : new Uint8Array(Buffer.from(JSON.stringify(doc))),
      contentType: 'application/json',
      etag,
      lastModified: null,
      notBefore: null,
    }),
  };
  const poller = (config: Partial<PollerConfig> = {}, handOffItems?: (url: string, items: PendingItem[]) => Promise<void>) =>
    new Poller({
      feeds: store.feeds,
      items: store.items,
      fetcher,
      parse: async (bytes): Promise<ParsedFeed> => {
        const d = JSON.parse(Buffer.from(sniffDecompress(bytes).bytes).toString('utf8')) as { items: Item[] }; // a kept backlog is gzipped
        const items = d.items.map((i) => ({ ...i, published: i.published ? new Date(i.published) : null }));
        return { feed: { title: 'Archive', link: null, language: 'en', ttlMinutes: null }, items, encoding: 'utf-8', recovered: false };
      },
      analyze: (feedUrl, outlet, it, page, firstSeen): AnalyzedItem => ({
        id: `${feedUrl}#${it.key}`,
        feedUrl,
        outlet,
        item: it,
        article: page ?? articleFromItem(it),
        firstSeen,
        matches: [],
        quotes: [],
      }),
      handOffItems,
      clock,
      random: () => 0.5,
      config: { fullText: false, ...config },
    });
  const setFeed = (items: Item[], tag: string) => {
    doc = { items };
    etag = tag;
  };
  /** Keys of the stored items first seen in the last day before the clock's now (what a daily digest selects). */
  const windowed = async () =>
    (await store.items.itemsFirstSeen(new Date(clock.now().getTime() - BACK_CATALOGUE_AGE_MS), new Date(clock.now().getTime() + 1)))
      .map((a) => a.item.key)
      .sort();
  /** The stored item's first-seen time. */
  const firstSeen = async (key: string) =>
    (await store.items.itemsFirstSeen(new Date(0), new Date(clock.now().getTime() + 1))).find((a) => a.item.key === key)?.firstSeen;
  return { clock, store, poller, setFeed, windowed, firstSeen };
}

/** An archive: `n` items one hour apart, the newest `newestHoursAgo` hours old. */
const archive = (n: number, newestHoursAgo = 0) => Array.from({ length: n }, (_, i) => item(`a${String(i).padStart(3, '0')}`, newestHoursAgo + i));

describe('a new feed with a back catalogue (ADR 0164)', () => {
  it('stores every item, but only the last day’s and the undated ones are first seen now; the older are first seen at their date', async () => {
    const h = harness();
    await h.store.feeds.upsertFeed({ url: URL });
    h.setFeed([item('new', 2), item('undated', null), item('day-old', 23), item('old', 30), item('older', 16 * 24)], '"v1"');
    const report = await h.poller().pollDue();
    expect(report.newItems.map((a) => a.item.key).sort()).toEqual(['day-old', 'new', 'old', 'older', 'undated']);
    expect(await h.windowed()).toEqual(['day-old', 'new', 'undated']);
    expect(await h.firstSeen('new')).toEqual(new Date(T0));
    expect(await h.firstSeen('old')).toEqual(new Date('2026-11-26T06:00:00Z'));
    expect(await h.firstSeen('older')).toEqual(new Date('2026-11-11T12:00:00Z'));
    expect((await h.store.feeds.getFeed(URL))!.lastSuccessAt).toEqual(new Date(T0));
  });

  it('keeps the back catalogue out of every turn of a backlog, and counts the feed as read only with the last turn', async () => {
    const h = harness();
    await h.store.feeds.upsertFeed({ url: URL });
    h.setFeed(archive(100), '"v1"'); // a00…a23 are of the last day, a24…a99 older
    const poller = h.poller({ maxNewItemsPerPoll: 20 });
    for (let turn = 0; turn < 5; turn++) {
      expect((await h.store.feeds.getFeed(URL))!.lastSuccessAt).toBeNull();
      expect((await poller.pollDue()).newItems).toHaveLength(20);
    }
    expect((await h.store.feeds.getFeed(URL))!.lastSuccessAt).not.toBeNull();
    expect((await h.store.items.itemsFirstSeen(new Date(0), new Date(h.clock.now().getTime() + 1))).length).toBe(100);
    expect(await h.windowed()).toEqual(archive(25).map((i) => i.key)); // a24 is 24 h old: not more than a day
  });

  it('after a restart in the middle of the backlog the feed is fetched whole again, and its back catalogue still stays out', async () => {
    const h = harness();
    await h.store.feeds.upsertFeed({ url: URL });
    h.setFeed(archive(100, 30), '"v1"'); // all older than a day
    const first = h.poller({ maxNewItemsPerPoll: 20 });
    await first.pollDue();
    await first.pollDue();
    h.clock.advance(60_000);
    const restarted = h.poller({ maxNewItemsPerPoll: 20 }); // the kept backlog is gone with the process
    for (let turn = 0; turn < 3; turn++) await restarted.pollDue();
    expect((await h.store.items.itemsFirstSeen(new Date(0), new Date(h.clock.now().getTime() + 1))).length).toBe(100);
    expect(await h.windowed()).toEqual([]);
  });

  it('a feed already read delivers a new item however old its date (a late item), first seen now', async () => {
    const h = harness();
    await h.store.feeds.upsertFeed({ url: URL });
    h.setFeed([item('new', 2)], '"v1"');
    await h.poller().pollDue();
    h.clock.advance(HOUR);
    h.setFeed([item('late', 72), item('new', 2)], '"v2"');
    const report = await h.poller().pollDue();
    expect(report.newItems.map((a) => a.item.key)).toEqual(['late']);
    expect(await h.firstSeen('late')).toEqual(h.clock.now());
  });

  it('an item dated before the retention horizon is never new, even in a feed already read (retention may have pruned it while the feed still carries it)', async () => {
    const h = harness();
    await h.store.feeds.upsertFeed({ url: URL });
    h.setFeed([item('new', 2)], '"v1"');
    await h.poller().pollDue();
    h.clock.advance(HOUR);
    const old = item('pruned', 31 * 24);
    h.setFeed([old, item('new', 2)], '"v2"');
    await h.poller().pollDue();
    expect(await h.firstSeen('pruned')).toEqual(old.published);
  });

  it('scaled out, the analyse job stores a back-catalogue item at its date (the date travels in the job’s JSON)', async () => {
    const h = harness();
    await h.store.feeds.upsertFeed({ url: URL });
    h.setFeed([item('new', 2), item('old', 48)], '"v1"');
    const jobs: PendingItem[] = [];
    const poller = h.poller({}, async (_url, items) => void jobs.push(...items.map((p) => JSON.parse(JSON.stringify(p)) as PendingItem)));
    await poller.pollDue();
    h.clock.advance(5_000);
    for (const j of jobs) await poller.analyseOne(revivePendingItem(j));
    expect(await h.firstSeen('old')).toEqual(new Date('2026-11-25T12:00:00Z'));
    expect(await h.firstSeen('new')).toEqual(h.clock.now());
    expect(await h.windowed()).toEqual(['new']);
  });
});
