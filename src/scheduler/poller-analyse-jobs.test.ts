/**
 * Scaled out (issue 17): a poll hands its new items to analyse jobs (`PollerDeps.handOffItems`) and
 * `Poller.analyseOne` is the job's work — analysis and store, idempotent by item key.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { Item, ParsedFeed } from '../model/feed.js';
import type { AnalyzedItem } from '../model/story.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import { articleFromItem } from '../reader/article/index.js';
import { Poller, revivePendingItem, type PendingItem } from './poller.js';

const T0 = '2026-11-27T12:00:00Z';
const URL_A = 'https://a.example/feed';
const TEXT = 'The council voted on the new harbour plan late on Tuesday after a long and noisy session, members said. '.repeat(3).trim();

function item(key: string): Item {
  return {
    guid: key,
    key,
    title: `Story ${key}`,
    link: `https://news.example/${key}`,
    canonicalLink: `https://news.example/${key}`,
    published: new Date('2026-11-27T09:00:00Z'),
    author: null,
    categories: [],
    summary: null,
    contentHtml: null,
    text: TEXT,
    enclosures: [],
  };
}

function harness(handOff?: (url: string, items: PendingItem[]) => Promise<void>) {
  const clock = new ManualClock(T0);
  const store = createMemoryStore({ clock });
  let doc: { title: string; items: Item[] } = { title: 'A News', items: [] };
  let etag = '"v1"';
  const analysed: string[] = [];
  const fetcher = {
    fetch: async (req: FetchRequest): Promise<FetchResponse> => ({
      url: req.url,
      status: 200,
      permanentUrl: null,
      headers: {},
      body: new Uint8Array(Buffer.from(JSON.stringify(doc))),
      contentType: 'application/json',
      etag,
      lastModified: null,
      notBefore: null,
    }),
  };
  const poller = new Poller({
    feeds: store.feeds,
    items: store.items,
    fetcher,
    parse: async (bytes): Promise<ParsedFeed> => {
      const d = JSON.parse(Buffer.from(bytes).toString('utf8')) as { title: string; items: Item[] };
      return {
        feed: { title: d.title, link: null, language: 'en', ttlMinutes: null },
        items: d.items.map((i) => ({ ...i, published: i.published ? new Date(i.published) : null })),
        encoding: 'utf-8',
        recovered: false,
      };
    },
    analyze: (feedUrl, outlet, it, page, firstSeen): AnalyzedItem => {
      analysed.push(it.key);
      return { id: `${feedUrl}#${it.key}`, feedUrl, outlet, item: it, article: page ?? articleFromItem(it), firstSeen, matches: [], quotes: [] };
    },
    handOffItems: handOff,
    clock,
    random: () => 0.5,
    config: { fullText: false },
  });
  return {
    clock,
    store,
    poller,
    analysed,
    setFeed: (items: Item[], tag: string) => {
      doc = { title: 'A News', items };
      etag = tag;
    },
  };
}

/** What a job carries: the payload through JSON, as pg-boss stores it. */
const asJob = (p: PendingItem) => JSON.parse(JSON.stringify(p)) as PendingItem;

describe('Poller with analyse jobs', () => {
  it('hands the new items off unanalysed and unstored, then advances the validators', async () => {
    const handed: PendingItem[] = [];
    const h = harness(async (_url, items) => void handed.push(...items));
    await h.store.feeds.upsertFeed({ url: URL_A });
    h.setFeed([item('1'), item('2')], '"v1"');

    const r = await h.poller.pollDue();
    expect(r).toMatchObject({ polled: 1, newItems: [], failed: [], handedOff: 2 });
    expect(handed.map((p) => [p.feedUrl, p.outlet, p.item.key])).toEqual([
      [URL_A, 'A News', '1'],
      [URL_A, 'A News', '2'],
    ]);
    expect(h.analysed).toEqual([]);
    expect(await h.store.items.hasItem(URL_A, '1')).toBe(false);
    expect((await h.store.feeds.getFeed(URL_A))!.etag).toBe('"v1"');
  });

  it('keeps the old validators when the hand-off fails, so the next poll fetches the items again', async () => {
    const h = harness(async () => {
      throw new Error('queue down');
    });
    await h.store.feeds.upsertFeed({ url: URL_A });
    h.setFeed([item('1')], '"v1"');
    const r = await h.poller.pollDue();
    expect(r.failed.map((f) => f.message)).toEqual(['queue down']);
    const feed = (await h.store.feeds.getFeed(URL_A))!;
    expect(feed.etag).toBeNull();
    expect(feed.errorCount).toBe(1);
  });

  it('analyseOne analyses and stores a handed-off item once: a retried job neither analyses nor stores it again', async () => {
    const handed: PendingItem[] = [];
    const h = harness(async (_url, items) => void handed.push(...items));
    await h.store.feeds.upsertFeed({ url: URL_A });
    h.setFeed([item('1')], '"v1"');
    await h.poller.pollDue();
    h.clock.advance(5_000);

    const job = revivePendingItem(asJob(handed[0]));
    expect(job.item.published).toEqual(new Date('2026-11-27T09:00:00Z'));
    const stored = await h.poller.analyseOne(job);
    expect(stored).toMatchObject({ feedUrl: URL_A, outlet: 'A News', item: { key: '1' } });
    expect(stored!.firstSeen).toEqual(h.clock.now());
    expect(await h.store.items.getItem(stored!.id)).not.toBeNull();
    expect(h.analysed).toEqual(['1']);

    // The same job again (its worker died after the store; pg-boss retried it).
    expect(await h.poller.analyseOne(job)).toBeNull();
    expect(h.analysed).toEqual(['1']);
    expect(await h.store.items.itemsFirstSeen(new Date(0), new Date('2100-01-01T00:00:00Z'))).toHaveLength(1);
  });

  it('analyseOne drops the item of a feed removed since the poll', async () => {
    const handed: PendingItem[] = [];
    const h = harness(async (_url, items) => void handed.push(...items));
    await h.store.feeds.upsertFeed({ url: URL_A });
    h.setFeed([item('1')], '"v1"');
    await h.poller.pollDue();
    await h.store.feeds.removeFeed(URL_A);
    expect(await h.poller.analyseOne(revivePendingItem(asJob(handed[0])))).toBeNull();
    expect(h.analysed).toEqual([]);
  });

  it('revivePendingItem refuses a payload whose date does not parse', () => {
    const p = asJob({ feedUrl: URL_A, outlet: null, item: item('1'), fullText: false });
    expect(() => revivePendingItem({ ...p, item: { ...p.item, published: 'not a date' as unknown as Date } })).toThrow(TypeError);
    expect(revivePendingItem({ ...p, item: { ...p.item, published: null } }).item.published).toBeNull();
  });
});
