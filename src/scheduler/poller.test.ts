import { describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { Article } from '../model/article.js';
import type { Item, ParsedFeed } from '../model/feed.js';
import type { AnalyzedItem } from '../model/story.js';
import { WirewatchError } from '../model/errors.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Store } from '../store/store.js';
import { FetchError, type FetchRequest, type FetchResponse } from '../reader/fetcher/fetcher.js';
import { BACKLOG_MAX_BYTES, DEFAULT_POLLER_CONFIG, LONG_ROUND, Poller, type PollerConfig, type PollerDeps } from './poller.js';
import { pino } from 'pino';
import { nextCheckAfterFailure } from './poll-schedule.js';
import { parseFeed } from '../reader/parser/index.js';
import { sniffDecompress } from '../reader/parser/sniff.js';
import { articleFromItem } from '../reader/article/index.js';
import { quadraticBlowup } from '../reader/parser/testdata/hostile.js';

const T0 = '2026-11-27T12:00:00Z';
const LONG = 'The assembly adopted the resolution after a debate that lasted well into the night, officials said. '.repeat(5).trim();

function item(key: string, over: Partial<Item> = {}): Item {
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
    text: LONG,
    enclosures: [],
    ...over,
  };
}

/** The fake parser reads a JSON body `{ title, ttl, items }` (so tests need no XML), gzipped or not (as parseFeed, sniff.ts). */
async function fakeParse(bytes: Uint8Array): Promise<ParsedFeed> {
  let doc: { title?: string; ttl?: number; items: Item[] };
  try {
    doc = JSON.parse(Buffer.from(sniffDecompress(bytes).bytes).toString('utf8')) as typeof doc;
  } catch {
    throw new WirewatchError('not_a_feed', 'parser: not a feed');
  }
  const items = doc.items.map((i) => ({ ...i, published: i.published ? new Date(i.published) : null }));
  return { feed: { title: doc.title ?? null, link: null, language: 'en', ttlMinutes: doc.ttl ?? null }, items, encoding: 'utf-8', recovered: false };
}

function ok(url: string, doc: { title?: string; ttl?: number; items: Item[] }, over: Partial<FetchResponse> = {}): FetchResponse {
  return {
    url,
    status: 200,
    permanentUrl: null,
    headers: {},
    body: new Uint8Array(Buffer.from(JSON.stringify(doc))),
    contentType: 'application/json',
    etag: null,
    lastModified: null,
    notBefore: null,
    ...over,
  };
}

type Handler = (req: FetchRequest) => Promise<FetchResponse>;

class FakeFetcher {
  readonly requests: FetchRequest[] = [];
  handlers = new Map<string, Handler>();
  async fetch(req: FetchRequest): Promise<FetchResponse> {
    this.requests.push(req);
    const h = this.handlers.get(req.url);
    if (!h) throw new FetchError('http_status', `fetcher: ${req.url} answered HTTP 404`, { url: req.url, status: 404 });
    return h(req);
  }
}

interface Harness {
  store: Store;
  clock: ManualClock;
  fetcher: FakeFetcher;
  poller: Poller;
  analyzed: { feedUrl: string; item: Item; article: Article }[];
}

function harness(config: Partial<PollerConfig> = {}, over: Partial<PollerDeps> = {}): Harness {
  const clock = new ManualClock(T0);
  const store = createMemoryStore({ clock });
  const fetcher = new FakeFetcher();
  const analyzed: Harness['analyzed'] = [];
  const poller = new Poller({
    feeds: store.feeds,
    items: store.items,
    fetcher,
    parse: fakeParse,
    analyze: (feedUrl, outlet, it, page, firstSeen): AnalyzedItem => {
      const article = page ?? articleFromItem(it); // as the real analyzer does
      analyzed.push({ feedUrl, item: it, article });
      return { id: `${feedUrl}#${it.key}`, feedUrl, outlet, item: it, article, firstSeen, matches: [], quotes: [] };
    },
    clock,
    random: () => 0.5,
    config: { fullText: false, ...config },
    ...over,
  });
  return { store, clock, fetcher, poller, analyzed };
}

const secondsAfter = (base: Date, d: Date) => (d.getTime() - base.getTime()) / 1000;

describe('Poller: a feed polled over time', () => {
  it('saves new items once, sends validators back, treats 304 as not modified, and reschedules after the interval', async () => {
    const h = harness();
    const url = 'https://a.example/feed';
    const feed = await h.store.feeds.upsertFeed({ url });
    h.fetcher.handlers.set(url, async () =>
      ok(url, { title: 'A News', items: [item('1'), item('2')] }, { etag: '"v1"', lastModified: 'Fri, 27 Nov 2026 11:00:00 GMT' }),
    );

    const r1 = await h.poller.pollDue();
    expect(r1).toMatchObject({ polled: 1, notModified: 0, failed: [] });
    expect(r1.newItems.map((a) => a.item.key)).toEqual(['1', '2']);
    expect(r1.newItems.every((a) => a.outlet === 'A News' && a.firstSeen.toISOString() === h.clock.now().toISOString())).toBe(true);
    for (const a of r1.newItems) expect(await h.store.items.getItem(a.id)).not.toBeNull();
    let stored = (await h.store.feeds.getFeed(url))!;
    expect(stored).toMatchObject({ etag: '"v1"', lastModified: 'Fri, 27 Nov 2026 11:00:00 GMT', title: 'A News', errorCount: 0 });
    expect(secondsAfter(h.clock.now(), stored.nextCheckAt)).toBe(feed.intervalSeconds);

    // Not due yet: nothing is fetched.
    h.clock.advance(feed.intervalSeconds * 1000 - 1);
    expect((await h.poller.pollDue()).polled).toBe(0);
    expect(h.fetcher.requests).toHaveLength(1);

    // Due: the same items again (one with a bumped date) and a new one → only the new one is saved and analysed.
    h.clock.advance(1);
    const bumped = item('2', { published: new Date('2026-11-27T11:59:00Z') });
    h.fetcher.handlers.set(url, async () => ok(url, { title: 'A News', items: [item('3'), item('1'), bumped] }, { etag: '"v2"' }));
    h.analyzed.length = 0;
    const r2 = await h.poller.pollDue();
    expect(h.fetcher.requests[1]).toMatchObject({ url, etag: '"v1"', lastModified: 'Fri, 27 Nov 2026 11:00:00 GMT', accept: 'feed' });
    expect(r2.newItems.map((a) => a.item.key)).toEqual(['3']);
    expect(h.analyzed.map((a) => a.item.key)).toEqual(['3']);

    // 304: not modified, nothing parsed, validators kept, rescheduled.
    h.clock.advance(feed.intervalSeconds * 1000);
    h.fetcher.handlers.set(url, async (req) => ({
      ...ok(url, { items: [] }),
      status: 304,
      body: new Uint8Array(0),
      etag: req.etag ?? null,
      lastModified: req.lastModified ?? null,
    }));
    const r3 = await h.poller.pollDue();
    expect(r3).toMatchObject({ polled: 1, notModified: 1, newItems: [], failed: [] });
    stored = (await h.store.feeds.getFeed(url))!;
    expect(stored.etag).toBe('"v2"');
    expect(stored.lastSuccessAt?.toISOString()).toBe(h.clock.now().toISOString());
    expect(secondsAfter(h.clock.now(), stored.nextCheckAt)).toBe(feed.intervalSeconds);
  });
});

describe('Poller: a guid reused for another story', () => {
  const TRADE = 'The trade minister said exports grew by ten percent this year, mostly fruit and furniture sold abroad.';
  const FOG = 'Fog closed the airport for the night; no flights will land until morning, a spokesman for the airport said.';

  it('takes the new story as a new item, once, and leaves the stored one as it was', async () => {
    const h = harness();
    const url = 'https://a.example/feed';
    const feed = await h.store.feeds.upsertFeed({ url });
    const trade = item('story-1', {
      title: 'Minister speaks on trade',
      link: 'https://a.example/trade',
      canonicalLink: 'https://a.example/trade',
      text: TRADE,
    });
    h.fetcher.handlers.set(url, async () => ok(url, { items: [trade] }));
    const r1 = await h.poller.pollDue();
    expect(r1.newItems).toHaveLength(1);

    const fog = item('story-1', { title: 'Airport closed by fog', link: 'https://a.example/fog', canonicalLink: 'https://a.example/fog', text: FOG });
    h.fetcher.handlers.set(url, async () => ok(url, { items: [fog] }));
    h.clock.advance(feed.intervalSeconds * 1000);
    const r2 = await h.poller.pollDue();
    expect(r2.newItems.map((a) => [a.item.title, a.item.link])).toEqual([['Airport closed by fog', 'https://a.example/fog']]);
    const old = await h.store.items.getItem(r1.newItems[0].id);
    expect(old?.item).toMatchObject({ title: 'Minister speaks on trade', link: 'https://a.example/trade', text: TRADE });

    // Served again: known, not analysed again, not new.
    h.clock.advance(feed.intervalSeconds * 1000);
    h.analyzed.length = 0;
    expect((await h.poller.pollDue()).newItems).toEqual([]);
    expect(h.analyzed).toEqual([]);
  });

  it('still reads the same guid with the same link and a new headline as an edit, not a new story', async () => {
    const h = harness();
    const url = 'https://a.example/feed';
    const feed = await h.store.feeds.upsertFeed({ url });
    const first = item('story-2', { title: 'Two hurt in fire', text: TRADE });
    h.fetcher.handlers.set(url, async () => ok(url, { items: [first] }));
    const r1 = await h.poller.pollDue();
    h.fetcher.handlers.set(url, async () => ok(url, { items: [{ ...first, title: 'Five hurt in fire on Main Street', text: FOG }] }));
    h.clock.advance(feed.intervalSeconds * 1000);
    expect((await h.poller.pollDue()).newItems).toEqual([]);
    expect((await h.store.items.getItem(r1.newItems[0].id))?.item.title).toBe('Five hurt in fire on Main Street');
  });
});

describe('Poller: floors on the next poll (never faster)', () => {
  const cases: { name: string; ttl?: number; notBeforeSeconds?: number; expected: (interval: number, cfg: PollerConfig) => number }[] = [
    { name: 'RSS ttl above the interval', ttl: 120, expected: () => 120 * 60 },
    { name: 'RSS ttl below the interval', ttl: 1, expected: (i) => i },
    { name: 'Cache-Control/Expires above the interval', notBeforeSeconds: 7200, expected: () => 7200 },
    { name: 'Cache-Control below the interval', notBeforeSeconds: 30, expected: (i) => i },
    { name: 'a year of max-age, capped', notBeforeSeconds: 365 * 86400, expected: (_i, c) => c.backoffMaxSeconds },
  ];
  it.each(cases)('$name', async ({ ttl, notBeforeSeconds, expected }) => {
    const h = harness();
    const url = 'https://b.example/feed';
    const feed = await h.store.feeds.upsertFeed({ url });
    const notBefore = notBeforeSeconds === undefined ? null : new Date(h.clock.now().getTime() + notBeforeSeconds * 1000);
    h.fetcher.handlers.set(url, async () => ok(url, { ttl, items: [] }, { notBefore }));
    await h.poller.pollDue();
    const stored = (await h.store.feeds.getFeed(url))!;
    expect(secondsAfter(h.clock.now(), stored.nextCheckAt)).toBe(expected(feed.intervalSeconds, DEFAULT_POLLER_CONFIG));
  });

  it('uses defaultIntervalSeconds for a feed without an interval', async () => {
    const h = harness({ defaultIntervalSeconds: 420 });
    const url = 'https://b.example/no-interval';
    await h.store.feeds.upsertFeed({ url, intervalSeconds: 0 });
    h.fetcher.handlers.set(url, async () => ok(url, { items: [] }));
    await h.poller.pollDue();
    expect(secondsAfter(h.clock.now(), (await h.store.feeds.getFeed(url))!.nextCheckAt)).toBe(420);
  });
});

describe('Poller: failures', () => {
  it('backs off exponentially with jitter, honours Retry-After, marks a long failure once, and recovers', async () => {
    const cfg = { failingAfterSeconds: 1500, backoffBaseSeconds: 300, backoffMaxSeconds: 86_400 };
    const h = harness(cfg);
    const url = 'https://c.example/feed';
    await h.store.feeds.upsertFeed({ url });
    const t0 = h.clock.now();
    h.fetcher.handlers.set(url, async () => {
      throw new FetchError('http_status', `fetcher: ${url} answered HTTP 500`, { url, status: 500 });
    });
    const full = { ...DEFAULT_POLLER_CONFIG, ...cfg };
    const delays: number[] = [];
    for (let n = 1; n <= 4; n++) {
      const r = await h.poller.pollDue();
      expect(r.failed).toEqual([{ url, code: 'http_status', message: `fetcher: ${url} answered HTTP 500` }]);
      const stored = (await h.store.feeds.getFeed(url))!;
      expect(stored.errorCount).toBe(n);
      expect(stored.failingSince?.toISOString()).toBe(t0.toISOString());
      expect(stored.lastError).toBe(`http_status: fetcher: ${url} answered HTTP 500`);
      const delay = secondsAfter(h.clock.now(), stored.nextCheckAt);
      expect(delay).toBe(nextCheckAfterFailure(h.clock.now(), full, n, () => 0.5).delaySeconds);
      delays.push(delay);
      const failingFor = (h.clock.now().getTime() - t0.getTime()) / 1000;
      expect(r.failing.map((f) => f.newlyFailing)).toEqual(failingFor >= 1500 ? [n === 4] : []);
      if (n === 4) expect(r.failing).toHaveLength(1); // 0 + 225 + 450 + 900 s ≥ 1500 s
      h.clock.set(stored.nextCheckAt);
    }
    // Each delay doubles (same jitter draw): 225, 450, 900, 1800 s.
    expect(delays.slice(1).map((d, i) => d / delays[i])).toEqual([2, 2, 2]);

    // 429 with Retry-After two hours away: the floor wins over the backoff.
    const retryAt = new Date(h.clock.now().getTime() + 7200_000);
    h.fetcher.handlers.set(url, async () => {
      throw new FetchError('http_status', 'fetcher: 429', { url, status: 429, retryAt });
    });
    const r5 = await h.poller.pollDue();
    expect(r5.failing[0]).toMatchObject({ url, newlyFailing: false });
    expect((await h.store.feeds.getFeed(url))!.nextCheckAt.toISOString()).toBe(retryAt.toISOString());

    // While it waits out the Retry-After it is not polled, but still listed as failing.
    h.clock.advance(60_000);
    expect((await h.poller.pollDue()).polled).toBe(0);
    expect((await h.poller.failingFeeds()).map((f) => [f.url, f.since.toISOString()])).toEqual([[url, t0.toISOString()]]);

    // Success clears the failure state.
    h.clock.set(retryAt);
    h.fetcher.handlers.set(url, async () => ok(url, { items: [item('x')] }));
    const r6 = await h.poller.pollDue();
    expect(r6.failed).toEqual([]);
    expect(await h.store.feeds.getFeed(url)).toMatchObject({ errorCount: 0, lastError: null, failingSince: null });
    expect(await h.poller.failingFeeds()).toEqual([]);
  });

  it('jitter spreads retries between half and all of the backoff', () => {
    const cfg = DEFAULT_POLLER_CONFIG;
    const at = new Date(T0);
    expect(nextCheckAfterFailure(at, cfg, 3, () => 0).delaySeconds).toBe(600);
    expect(nextCheckAfterFailure(at, cfg, 3, () => 0.999999).delaySeconds).toBeCloseTo(1200, 2);
    expect(nextCheckAfterFailure(at, cfg, 30, () => 1).delaySeconds).toBe(cfg.backoffMaxSeconds);
  });

  it('records a parse failure with the parser code and keeps going with other feeds', async () => {
    const h = harness();
    const bad = 'https://d.example/not-a-feed';
    const good = 'https://e.example/feed';
    await h.store.feeds.upsertFeed({ url: bad });
    await h.store.feeds.upsertFeed({ url: good });
    h.fetcher.handlers.set(bad, async () => ({ ...ok(bad, { items: [] }), body: new Uint8Array(Buffer.from('<html>')) }));
    h.fetcher.handlers.set(good, async () => ok(good, { items: [item('g')] }));
    const r = await h.poller.pollDue();
    expect(r.failed.map((f) => [f.url, f.code])).toEqual([[bad, 'not_a_feed']]);
    expect(r.newItems.map((a) => a.feedUrl)).toEqual([good]);
    expect((await h.store.feeds.getFeed(bad))!.nextCheckAt.getTime()).toBeGreaterThan(h.clock.now().getTime());
  });

  it('refuses a feed over a parser limit with feed_limit and backs it off; the other feeds are polled (issue 24)', async () => {
    const hostile = 'https://h.example/laughs';
    const good = 'https://e.example/feed';
    const h = harness(
      {},
      {
        parse: (bytes, opts) => (opts?.url === hostile ? parseFeed(bytes, opts) : fakeParse(bytes)),
      },
    );
    await h.store.feeds.upsertFeed({ url: hostile });
    await h.store.feeds.upsertFeed({ url: good });
    h.fetcher.handlers.set(hostile, async () => ({
      ...ok(hostile, { items: [] }),
      body: new TextEncoder().encode(quadraticBlowup()),
      contentType: 'application/rss+xml',
    }));
    h.fetcher.handlers.set(good, async () => ok(good, { items: [item('g')] }));
    const r = await h.poller.pollDue();
    expect(r.failed.map((f) => [f.url, f.code])).toEqual([[hostile, 'feed_limit']]);
    expect(r.newItems.map((a) => a.feedUrl)).toEqual([good]);
    const stored = (await h.store.feeds.getFeed(hostile))!;
    expect(stored.errorCount).toBe(1);
    expect(stored.lastError).toMatch(/^feed_limit: /);
    // Backed off (at least half the base backoff with jitter), not retried on the next round.
    expect(secondsAfter(h.clock.now(), stored.nextCheckAt)).toBeGreaterThanOrEqual(DEFAULT_POLLER_CONFIG.backoffBaseSeconds / 2);
    h.clock.advance(60_000);
    expect((await h.poller.pollDue()).polled).toBe(0);
  });

  it('takes a response with more new items than maxNewItemsPerPoll in turns, advancing validators only with the last turn', async () => {
    const h = harness({ maxNewItemsPerPoll: 2 });
    const url = 'https://big.example/feed';
    await h.store.feeds.upsertFeed({ url });
    h.fetcher.handlers.set(url, async () => ok(url, { items: ['1', '2', '3', '4', '5'].map((k) => item(k)) }, { etag: '"big"' }));
    const turns: string[][] = [];
    for (let i = 0; i < 3; i++) {
      const r = await h.poller.pollDue();
      turns.push(r.newItems.map((a) => a.item.key));
      const f = (await h.store.feeds.getFeed(url))!;
      expect(f.etag).toBe(i < 2 ? null : '"big"');
      if (i < 2) expect(f.nextCheckAt.getTime()).toBe(h.clock.now().getTime()); // due again at once
    }
    expect(turns).toEqual([['1', '2'], ['3', '4'], ['5']]);
  });

  it('with a parser that leaves known items out and cuts the list (the worker pool), still takes every item in turns', async () => {
    const sent: number[] = [];
    const h = harness(
      { maxNewItemsPerPoll: 2 },
      {
        parse: async (bytes, opts) => {
          const p = await fakeParse(bytes);
          const unknown = p.items.filter((i) => !(opts?.skipKeys ?? []).includes(i.key));
          const max = opts?.maxItems ?? Infinity;
          sent.push(Math.min(unknown.length, max));
          return { ...p, items: unknown.slice(0, max), truncated: unknown.length > max };
        },
      },
    );
    const url = 'https://big.example/feed';
    await h.store.feeds.upsertFeed({ url });
    h.fetcher.handlers.set(url, async () => ok(url, { items: ['1', '2', '3', '4', '5', '6', '7'].map((k) => item(k)) }, { etag: '"big"' }));
    const turns: string[][] = [];
    for (let i = 0; i < 4; i++) turns.push((await h.poller.pollDue()).newItems.map((a) => a.item.key));
    expect(turns).toEqual([['1', '2'], ['3', '4'], ['5', '6'], ['7']]);
    expect(sent.every((n) => n <= 3)).toBe(true);
    expect((await h.store.feeds.getFeed(url))!.etag).toBe('"big"');
  });

  it('skips an item whose analysis throws and saves the others', async () => {
    const h = harness({}, {});
    const url = 'https://f.example/feed';
    await h.store.feeds.upsertFeed({ url });
    h.fetcher.handlers.set(url, async () => ok(url, { items: [item('boom'), item('fine')] }));
    const poller = new Poller({
      feeds: h.store.feeds,
      items: h.store.items,
      fetcher: h.fetcher,
      parse: fakeParse,
      clock: h.clock,
      config: { fullText: false },
      analyze: (feedUrl, outlet, it, article, firstSeen) => {
        if (it.key === 'boom') throw new Error('analyser bug');
        return { id: '', feedUrl, outlet, item: it, article: article ?? articleFromItem(it), firstSeen, matches: [], quotes: [] };
      },
    });
    const r = await poller.pollDue();
    expect(r.newItems.map((a) => a.item.key)).toEqual(['fine']);
    expect(r.failed).toEqual([]);
  });
});

describe('Poller: permanent redirects', () => {
  it('renames the feed to the permanent URL and files its items there', async () => {
    const h = harness();
    const old = 'https://g.example/rss';
    const moved = 'https://g.example/feed.xml';
    await h.store.feeds.upsertFeed({ url: old, title: 'G' });
    h.fetcher.handlers.set(old, async () => ok(moved, { items: [item('m')] }, { permanentUrl: moved }));
    const r = await h.poller.pollDue();
    expect(r.renamed).toEqual([{ from: old, to: moved }]);
    expect(await h.store.feeds.getFeed(old)).toBeNull();
    expect(await h.store.feeds.getFeed(moved)).toMatchObject({ title: 'G', errorCount: 0 });
    expect(r.newItems[0].feedUrl).toBe(moved);
    expect(await h.store.items.hasItem(moved, 'm')).toBe(true);
  });

  it('does not rename onto a feed that exists already', async () => {
    const h = harness();
    const old = 'https://h.example/a';
    const other = 'https://h.example/b';
    await h.store.feeds.upsertFeed({ url: old });
    await h.store.feeds.upsertFeed({ url: other, nextCheckAt: new Date('2027-01-01T00:00:00Z') });
    h.fetcher.handlers.set(old, async () => ok(other, { items: [] }, { permanentUrl: other }));
    const r = await h.poller.pollDue();
    expect(r.renamed).toEqual([]);
    expect(await h.store.feeds.getFeed(old)).not.toBeNull();
  });
});

describe('Poller: concurrency', () => {
  it('keeps to the per-host and global limits, and a slow host does not hold up other hosts', async () => {
    const h = harness({ perHost: 2, maxConcurrent: 3 });
    const slow = ['https://slow.example/1', 'https://slow.example/2', 'https://slow.example/3', 'https://slow.example/4'];
    const fast = ['https://fast.example/1', 'https://fast.example/2', 'https://other.example/1'];
    for (const url of [...slow, ...fast]) await h.store.feeds.upsertFeed({ url });
    const active = new Map<string, number>();
    let total = 0;
    let maxTotal = 0;
    const maxPerHost = new Map<string, number>();
    const releases: (() => void)[] = [];
    const track =
      (url: string, run: () => Promise<FetchResponse>): Handler =>
      async () => {
        const host = new URL(url).host;
        active.set(host, (active.get(host) ?? 0) + 1);
        total++;
        maxTotal = Math.max(maxTotal, total);
        maxPerHost.set(host, Math.max(maxPerHost.get(host) ?? 0, active.get(host)!));
        try {
          return await run();
        } finally {
          active.set(host, active.get(host)! - 1);
          total--;
        }
      };
    for (const url of slow)
      h.fetcher.handlers.set(
        url,
        track(url, () => new Promise((resolve) => releases.push(() => resolve(ok(url, { items: [] }))))),
      );
    for (const url of fast)
      h.fetcher.handlers.set(
        url,
        track(url, async () => ok(url, { items: [item(url)] })),
      );

    const round = h.poller.pollDue();
    // The fast feeds finish while the slow host's first two requests are still hanging.
    for (let i = 0; i < 200 && (await Promise.all(fast.map((u) => h.store.feeds.getFeed(u)))).some((f) => !f!.lastSuccessAt); i++) {
      await new Promise((r) => setImmediate(r));
    }
    for (const u of fast) expect((await h.store.feeds.getFeed(u))!.lastSuccessAt).not.toBeNull();
    expect(releases.length).toBe(2);
    let settled = false;
    void round.finally(() => (settled = true));
    while (!settled) {
      for (const release of releases.splice(0)) release();
      await new Promise((r) => setImmediate(r));
    }
    const report = await round;
    expect(report.polled).toBe(slow.length + fast.length);
    expect(report.failed).toEqual([]);
    expect(maxPerHost.get('slow.example')).toBe(2);
    expect(maxTotal).toBe(3);
  });

  it('does not poll a feed twice when rounds overlap', async () => {
    const h = harness();
    const url = 'https://i.example/feed';
    await h.store.feeds.upsertFeed({ url });
    let release: () => void = () => undefined;
    h.fetcher.handlers.set(url, () => new Promise((resolve) => (release = () => resolve(ok(url, { items: [] })))));
    const first = h.poller.pollDue();
    await new Promise((r) => setImmediate(r));
    expect((await h.poller.pollDue()).polled).toBe(0);
    release();
    expect((await first).polled).toBe(1);
  });
});

describe('Poller: full text for teasers', () => {
  it('fetches the linked page of a teaser with the same fetcher and analyses the page text', async () => {
    const h = harness({ fullText: true });
    const url = 'https://j.example/feed';
    await h.store.feeds.upsertFeed({ url });
    const page = `<html><head><meta property="og:title" content="Page title"></head><body><nav>Home</nav><article><h1>Page title</h1>
      <p>${LONG}</p><p>Second paragraph of the full story, with the quote that matters most to readers.</p></article></body></html>`;
    const teaser = item('t', { link: 'https://j.example/story', canonicalLink: 'https://j.example/story', text: 'The assembly adopted […]' });
    const full = item('f');
    h.fetcher.handlers.set(url, async () => ok(url, { items: [teaser, full] }));
    h.fetcher.handlers.set('https://j.example/story', async () => ({
      ...ok('https://j.example/story', { items: [] }),
      body: new Uint8Array(Buffer.from(page)),
      contentType: 'text/html; charset=utf-8',
    }));
    await h.poller.pollDue();
    expect(h.fetcher.requests.map((r) => [r.url, r.accept])).toEqual([
      [url, 'feed'],
      ['https://j.example/story', 'html'],
    ]);
    const byKey = new Map(h.analyzed.map((a) => [a.item.key, a.article.paragraphs]));
    expect(byKey.get('t')).toEqual(['Story t', LONG, 'Second paragraph of the full story, with the quote that matters most to readers.']);
    expect(byKey.get('f')).toEqual(['Story f', LONG]);
  });

  it('fetches at most maxFullTextPerFeed pages per feed per round; the rest keep their teaser', async () => {
    const h = harness({ fullText: true, maxFullTextPerFeed: 2 });
    const url = 'https://k.example/feed';
    await h.store.feeds.upsertFeed({ url });
    const teasers = ['a', 'b', 'c', 'd'].map((k) => item(k, { link: `https://k.example/${k}`, canonicalLink: `https://k.example/${k}`, text: 'Short […]' }));
    h.fetcher.handlers.set(url, async () => ok(url, { items: teasers }));
    const r = await h.poller.pollDue();
    expect(r.newItems).toHaveLength(4);
    // The pages 404 in this fake, so each fetched teaser falls back; only two were tried.
    expect(h.fetcher.requests.filter((q) => q.accept === 'html').map((q) => q.url)).toEqual(['https://k.example/a', 'https://k.example/b']);
  });
});

describe('Poller: start and stop', () => {
  it('runs rounds on its timer until stopped, and stop waits for the round in progress', async () => {
    const h = harness();
    const url = 'https://l.example/feed';
    await h.store.feeds.upsertFeed({ url });
    let release: () => void = () => undefined;
    h.fetcher.handlers.set(url, () => new Promise((resolve) => (release = () => resolve(ok(url, { items: [item('s')] })))));
    h.poller.start(5);
    while (h.fetcher.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    const stopped = h.poller.stop();
    release();
    await stopped;
    // The round finished (the item is saved) before stop() resolved …
    expect(await h.store.items.hasItem(url, 's')).toBe(true);
    // … and no further round runs, even with the feed due again.
    h.clock.advance(86_400_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(h.fetcher.requests).toHaveLength(1);
  });
});

describe('Poller: logging', () => {
  function logged() {
    const lines: { level: number; msg: string; done?: number; due?: number }[] = [];
    return { lines, logger: pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as { level: number; msg: string }) }) };
  }

  it('logs "poll round done" at info when items arrive or feeds fail, at debug on an idle tick', async () => {
    const log = logged();
    const h = harness({}, { logger: log.logger });
    const url = 'https://a.example/feed';
    await h.store.feeds.upsertFeed({ url });
    h.fetcher.handlers.set(url, async () => ok(url, { items: [item('1')] }));
    await h.poller.pollDue(); // new item
    await h.poller.pollDue(); // nothing due
    const done = log.lines.filter((l) => l.msg === 'poll round done').map((l) => l.level);
    expect(done).toEqual([30, 20]);
  });

  it('reports the progress of a long round (a first poll of many feeds) every tenth, at info', async () => {
    const log = logged();
    const h = harness({ batchSize: 500 }, { logger: log.logger });
    for (let i = 0; i < LONG_ROUND * 2; i++) {
      const url = `https://f${i}.example/feed`;
      await h.store.feeds.upsertFeed({ url });
      h.fetcher.handlers.set(url, async () => ok(url, { items: [] }));
    }
    await h.poller.pollDue();
    const progress = log.lines.filter((l) => l.msg === 'poll round progress');
    expect(progress.map((l) => l.done)).toEqual([20, 40, 60, 80, 100, 120, 140, 160, 180]);
    expect(progress.every((l) => l.level === 30 && l.due === LONG_ROUND * 2)).toBe(true);
  });
});

describe('Poller: the warning about a feed with more items than the parser reads', () => {
  it('is logged once per feed while the feed stays over the limit (not on each backlog turn or poll), and again after it cleared', async () => {
    const lines: { level: number; msg: string; feed_url?: string }[] = [];
    const logger = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as (typeof lines)[number]) });
    let over = true; // whether the parser drops items past its limit
    const h = harness({ maxNewItemsPerPoll: 2 }, { logger, parse: async (bytes) => ({ ...(await fakeParse(bytes)), ...(over ? { itemsDropped: 3 } : {}) }) });
    const [a, b] = ['https://huge-a.example/feed', 'https://huge-b.example/feed'];
    let version = 1;
    for (const url of [a, b]) {
      await h.store.feeds.upsertFeed({ url });
      h.fetcher.handlers.set(url, async () => ok(url, { items: ['1', '2', '3', '4', '5'].map((k) => item(`${k}-v${version}`)) }, { etag: `"v${version}"` }));
    }
    const warned = () => lines.filter((l) => l.level === 40 && /more items than the parser reads/.test(l.msg)).map((l) => l.feed_url);
    for (let turn = 0; turn < 3; turn++) await h.poller.pollDue(); // five new items each, in turns of two
    expect(warned()).toEqual([a, b]);
    expect(lines.filter((l) => l.level === 20 && /more items than the parser reads/.test(l.msg))).toHaveLength(4); // the later turns, at debug
    version = 2; // a new version of the documents, still over the limit
    h.clock.advance(86_400_000);
    await h.poller.pollDue();
    expect(warned()).toEqual([a, b]);
    over = false; // the outlet trimmed its feed…
    version = 3;
    h.clock.advance(86_400_000);
    await h.poller.pollDue();
    over = true; // …and it grew again: told once more
    version = 4;
    h.clock.advance(86_400_000);
    await h.poller.pollDue();
    expect(warned()).toEqual([a, b, a, b]);
  });
});

describe('Poller: shutdown', () => {
  it('wind() starts no further feed of the round in progress; those feeds stay due with nothing recorded', async () => {
    const h = harness({ maxConcurrent: 1 });
    const a = 'https://a.example/feed';
    const b = 'https://b.example/feed';
    await h.store.feeds.upsertFeed({ url: a });
    await h.store.feeds.upsertFeed({ url: b });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    h.fetcher.handlers.set(a, async () => (await held, ok(a, { items: [item('a1')] })));
    h.fetcher.handlers.set(b, async () => (await held, ok(b, { items: [item('b1')] })));
    const round = h.poller.pollDue();
    while (h.fetcher.requests.length === 0) await new Promise((r) => setImmediate(r));
    h.poller.wind();
    release();
    const report = await round;
    expect(h.fetcher.requests).toHaveLength(1);
    expect(report.polled).toBe(1);
    const other = h.fetcher.requests[0].url === a ? b : a;
    const stored = (await h.store.feeds.getFeed(other))!;
    expect([stored.lastSuccessAt, stored.errorCount, stored.nextCheckAt.getTime() <= h.clock.now().getTime()]).toEqual([null, 0, true]);
  });

  it('abort() cancels a fetch that would never answer, so the round settles; the feed keeps its validators and records nothing', async () => {
    const h = harness();
    const url = 'https://slow.example/feed';
    await h.store.feeds.upsertFeed({ url });
    await h.store.feeds.updateFeed(url, { etag: '"old"' });
    h.fetcher.handlers.set(
      url,
      (req) =>
        new Promise((_, reject) => {
          // Never answers; only the caller's signal ends it (as the real fetcher does).
          req.signal?.addEventListener('abort', () => reject(new FetchError('aborted', `fetcher: fetching ${url} was cancelled`, { url })));
        }),
    );
    const round = h.poller.pollDue();
    while (h.fetcher.requests.length === 0) await new Promise((r) => setImmediate(r));
    expect(h.fetcher.requests[0].signal).toBeDefined();
    h.poller.abort();
    const report = await round;
    expect(report.failed).toEqual([]);
    const stored = (await h.store.feeds.getFeed(url))!;
    expect([stored.etag, stored.errorCount, stored.lastError]).toEqual(['"old"', 0, null]);
  });
});

describe('Poller: feed updates of a round (issue 23)', () => {
  it('writes the updates of feeds without new items in one store call per round, a removed feed skipped, and fails them together', async () => {
    const h = harness({ maxConcurrent: 4, perHost: 4 });
    const batches: number[] = [];
    const updateFeeds = h.store.feeds.updateFeeds!.bind(h.store.feeds);
    let failNext = false;
    h.store.feeds.updateFeeds = async (updates) => {
      batches.push(updates.length);
      if (failNext) throw new WirewatchError('store', 'store: disk full');
      return updateFeeds(updates);
    };
    const urls = ['a', 'b', 'c', 'd', 'e'].map((x) => `https://${x}.example/feed`);
    for (const url of urls) {
      await h.store.feeds.upsertFeed({ url });
      h.fetcher.handlers.set(url, async (req) => {
        if (url.startsWith('https://e.')) await h.store.feeds.removeFeed(url); // removed while polled
        return { ...ok(url, { items: [] }), status: 304, body: new Uint8Array(0), etag: '"v2"', lastModified: req.lastModified ?? null };
      });
    }
    const r = await h.poller.pollDue();
    expect(r).toMatchObject({ polled: 5, notModified: 5, failed: [], storeErrors: [] });
    expect(batches).toEqual([5]);
    for (const url of urls.slice(0, 4)) expect(await h.store.feeds.getFeed(url)).toMatchObject({ etag: '"v2"', errorCount: 0, lastSuccessAt: h.clock.now() });

    h.clock.advance(24 * 3600_000);
    failNext = true;
    const r2 = await h.poller.pollDue();
    expect(batches).toEqual([5, 4]);
    expect(r2.storeErrors.map((e) => [e.url, e.code])).toEqual(urls.slice(0, 4).map((u) => [u, 'store']));
    expect(r2.failed).toHaveLength(4);
    // Nothing of the failed batch was written: the feeds are due again, and polled again (not stuck in flight).
    failNext = false;
    const r3 = await h.poller.pollDue();
    expect(r3.polled).toBe(4);
  });
});

describe('Poller: a backlog of new items (a 1,000-item first fetch, issue 24)', () => {
  const url = 'https://archive.example/feed';
  const keys = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `a${from + i}`);

  /** A server with validators: `version` names the document; a request with its ETag gets a 304. */
  function server(h: Harness, docs: () => { etag: string; keys: string[] }) {
    const full: string[] = [];
    h.fetcher.handlers.set(url, async (req) => {
      const d = docs();
      if (req.etag === d.etag) return { ...ok(url, { items: [] }), status: 304, body: new Uint8Array(0), etag: d.etag };
      full.push(d.etag);
      return ok(url, { items: d.keys.map((k) => item(k)) }, { etag: d.etag });
    });
    return full;
  }

  /** Parses as the worker pool does: the input is moved away (detached), the list cut, the bytes handed back when cut. */
  const workerLikeParse: PollerDeps['parse'] = async (input, opts) => {
    const moved = structuredClone(input, { transfer: [input.buffer as ArrayBuffer] });
    const p = await fakeParse(moved);
    const skip = new Set(opts?.skipKeys ?? []);
    const unknown = p.items.filter((i) => !skip.has(i.key));
    const max = opts?.maxItems ?? Infinity;
    const truncated = unknown.length > max;
    return { ...p, items: unknown.slice(0, max), truncated, ...(truncated ? { bytes: moved } : {}) };
  };

  async function storedKeys(h: Harness): Promise<Set<string>> {
    const out = new Set<string>();
    for (const k of keys(1001)) if (await h.store.items.hasItem(url, k)) out.add(k);
    return out;
  }

  it('stores all 1,000 items in turns of 200 from ONE full fetch; validators advance only with the last turn; the 304 after it hides nothing', async () => {
    for (const parse of [fakeParse, workerLikeParse]) {
      const h = harness({}, { parse });
      await h.store.feeds.upsertFeed({ url });
      const full = server(h, () => ({ etag: '"v1"', keys: keys(1000) }));
      const perTurn: number[] = [];
      for (let turn = 0; turn < 5; turn++) {
        const r = await h.poller.pollDue();
        perTurn.push(r.newItems.length);
        const f = (await h.store.feeds.getFeed(url))!;
        // Until the last turn the stored validators stay as they were: a restart fetches the feed whole.
        expect(f.etag).toBe(turn < 4 ? null : '"v1"');
        if (turn < 4) expect(f.nextCheckAt.getTime()).toBe(h.clock.now().getTime());
      }
      expect(perTurn).toEqual([200, 200, 200, 200, 200]);
      expect(full).toEqual(['"v1"']); // the old code fetched the whole feed on each of the five turns
      expect(h.fetcher.requests).toHaveLength(1);
      expect(h.poller.keptBacklogBytes).toBe(0);
      expect((await storedKeys(h)).size).toBe(1000);
      // The next poll sends the validators and gets a 304: nothing of v1 was left unstored behind it.
      h.clock.advance(3600_000);
      const after = await h.poller.pollDue();
      expect(after).toMatchObject({ polled: 1, notModified: 1 });
      expect(h.fetcher.requests.at(-1)?.etag).toBe('"v1"');
    }
  });

  it('after a restart in the middle of the backlog (the kept body is gone), fetches the feed whole again and still stores every item', async () => {
    const h = harness({}, { parse: workerLikeParse });
    await h.store.feeds.upsertFeed({ url });
    const full = server(h, () => ({ etag: '"v1"', keys: keys(1000) }));
    await h.poller.pollDue();
    await h.poller.pollDue();
    const restarted = new Poller({
      feeds: h.store.feeds,
      items: h.store.items,
      fetcher: h.fetcher,
      parse: workerLikeParse,
      analyze: (f, o, it, page, first) => ({
        id: '',
        feedUrl: f,
        outlet: o,
        item: it,
        article: page ?? articleFromItem(it),
        firstSeen: first,
        matches: [],
        quotes: [],
      }),
      clock: h.clock,
      config: { fullText: false },
    });
    for (let turn = 0; turn < 3; turn++) await restarted.pollDue();
    expect(full).toEqual(['"v1"', '"v1"']);
    expect(h.fetcher.requests[1].etag).toBeNull(); // the validators had not advanced past the backlog
    expect((await storedKeys(h)).size).toBe(1000);
    expect((await h.store.feeds.getFeed(url))!.etag).toBe('"v1"');
  });

  it('an item published while the backlog is read is fetched after it (the validators are those of the response read)', async () => {
    const h = harness({}, { parse: workerLikeParse });
    await h.store.feeds.upsertFeed({ url });
    let doc = { etag: '"v1"', keys: keys(1000) };
    const full = server(h, () => doc);
    await h.poller.pollDue();
    doc = { etag: '"v2"', keys: ['a1000', ...keys(999)] }; // a new item on top, the oldest one gone
    for (let turn = 0; turn < 4; turn++) await h.poller.pollDue();
    expect((await h.store.feeds.getFeed(url))!.etag).toBe('"v1"');
    h.clock.advance(3600_000);
    const r = await h.poller.pollDue();
    expect(r.newItems.map((a) => a.item.key)).toEqual(['a1000']);
    expect(full).toEqual(['"v1"', '"v2"']);
    expect((await storedKeys(h)).size).toBe(1001);
    expect((await h.store.feeds.getFeed(url))!.etag).toBe('"v2"');
  });

  it('keeps the body gzipped, within the byte budget', async () => {
    const h = harness({}, { parse: workerLikeParse });
    await h.store.feeds.upsertFeed({ url });
    server(h, () => ({ etag: '"v1"', keys: keys(1000) }));
    await h.poller.pollDue();
    const size = ok(url, { items: keys(1000).map((k) => item(k)) }).body.byteLength;
    expect(h.poller.keptBacklogBytes).toBeGreaterThan(0);
    expect(h.poller.keptBacklogBytes).toBeLessThan(size / 5);
    expect(BACKLOG_MAX_BYTES).toBe(32 * 1024 * 1024);
  });

  it('keeps no body over the byte budget: that feed is fetched again for each turn, and still loses nothing', async () => {
    const h = harness({ maxNewItemsPerPoll: 400, backlogMaxBytes: 1000 }, { parse: workerLikeParse });
    await h.store.feeds.upsertFeed({ url });
    server(h, () => ({ etag: '"v1"', keys: keys(1000) }));
    for (let turn = 0; turn < 3; turn++) await h.poller.pollDue();
    expect(h.poller.keptBacklogBytes).toBe(0);
    expect(h.fetcher.requests).toHaveLength(3);
    expect((await storedKeys(h)).size).toBe(1000);
    expect((await h.store.feeds.getFeed(url))!.etag).toBe('"v1"');
  });
});
