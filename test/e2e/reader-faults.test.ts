/**
 * The reader against a hostile network: every fault of issue 3 in one poll round, next to healthy
 * feeds. Each fault must give its code, its feed must be rescheduled, and the healthy feeds must
 * still be read (with full text for the Atom feed's teasers). All servers listen on 127.0.0.1.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/model/clock.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { Fetcher } from '../../src/reader/fetcher/fetcher.js';
import { parseFeed } from '../../src/reader/parser/index.js';
import { articleFromItem } from '../../src/reader/article/index.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { Poller, type PollReport } from '../../src/scheduler/poller.js';
import {
  body,
  gzipBomb,
  oversize,
  redirect,
  resetMidBody,
  slowBody,
  slowHeaders,
  startFaultServer,
  status,
  type FaultServer,
} from '../fixtures/fault-server.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The newsroom feeds, as the demo ships them. */
const newsroom = resolve(here, '../../config/demo');
const NOW = '2026-11-27T12:00:00Z';

const SERBIAN_TITLE = 'Čačak: izgradnja mosta počinje u četvrtak, kaže Đorđević';
const utf8Feed = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Vesti Čačak</title><link>https://cacak.example/</link>
<item><guid>https://cacak.example/?p=1</guid><title>${SERBIAN_TITLE}</title><link>https://cacak.example/most</link>
<pubDate>Fri, 27 Nov 2026 08:00:00 +0100</pubDate>
<description>${'Radovi na novom mostu preko Zapadne Morave počinju u četvrtak, rekao je gradonačelnik. '.repeat(6)}</description></item>
</channel></rss>`;

/** path → [route, expected code] */
const faults = {
  '/slow-headers.rss': [slowHeaders(60_000), 'timeout'],
  '/slow-body.rss': [slowBody(100), 'timeout'],
  '/reset.rss': [resetMidBody(50_000, 2_000), 'reset'],
  '/500.rss': [status(502), 'http_status'],
  '/429.rss': [status(429, { 'retry-after': '7200' }), 'http_status'],
  '/loop-a.rss': [redirect(301, '/loop-b.rss'), 'redirect_loop'],
  '/bomb.rss': [gzipBomb(500 * 1024 * 1024), 'too_large'],
  '/huge.rss': [oversize(8 * 1024 * 1024, false), 'too_large'],
  '/page.html': [
    body('<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Welcome</h1><p>Not a feed.</p></body></html>', {
      'content-type': 'text/html; charset=utf-8',
    }),
    'not_a_feed',
  ],
  '/to-metadata.rss': [redirect(302, 'http://169.254.169.254/latest/meta-data/'), 'blocked_address'],
} as const;

describe('reader faults (e2e): one poll round over faulty and healthy feeds', () => {
  let faultServer: FaultServer;
  let fixtures: FixtureServer;
  let store: Store;
  let fetcher: Fetcher;
  let clock: ManualClock;
  let report: PollReport;
  let poller: Poller;
  const healthy: string[] = [];
  let wrongCharsetUrl = '';
  const privateUrl = 'http://10.11.12.13/feed.rss';

  beforeAll(async () => {
    faultServer = await startFaultServer();
    for (const [path, [route]] of Object.entries(faults)) faultServer.route(path, route);
    faultServer.route('/loop-b.rss', redirect(301, '/loop-a.rss'));
    // UTF-8 bytes under a header that claims windows-1251 (a common server mistake).
    faultServer.route('/wrong-charset.rss', body(Buffer.from(utf8Feed, 'utf8'), { 'content-type': 'application/rss+xml; charset=windows-1251' }));
    wrongCharsetUrl = faultServer.url('/wrong-charset.rss');
    fixtures = await startFixtureServer(newsroom);
    healthy.push(...['wire-en.atom', 'kossev-en.rss', 'vesti-sr.rss', 'vesti-cyr.rss', 'lajme-sq.rss'].map((f) => `${fixtures.origin}/${f}`), wrongCharsetUrl);

    clock = new ManualClock(NOW);
    store = createMemoryStore({ clock });
    for (const path of Object.keys(faults)) await store.feeds.upsertFeed({ url: faultServer.url(path) });
    for (const url of [...healthy, privateUrl]) await store.feeds.upsertFeed({ url });

    fetcher = new Fetcher({ allowCidrs: ['127.0.0.1/32'], timeoutMs: 6_000, connectTimeoutMs: 3_000, maxBytes: 2 * 1024 * 1024, clock });
    poller = new Poller({
      feeds: store.feeds,
      items: store.items,
      fetcher,
      parse: parseFeed,
      analyze: (feedUrl, outlet, item, article, firstSeen) => ({
        id: '',
        feedUrl,
        outlet,
        item,
        article: article ?? articleFromItem(item),
        firstSeen,
        matches: [],
        quotes: [],
      }),
      clock,
      random: () => 0.5,
      config: { maxConcurrent: 16, perHost: 16 },
    });
    report = await poller.pollDue();
  });

  afterAll(async () => {
    await fetcher?.close();
    await faultServer?.close();
    await fixtures?.close();
  });

  it('polls every feed once', () => {
    expect(report.polled).toBe(Object.keys(faults).length + healthy.length + 1);
  });

  it.each(Object.entries(faults).map(([path, [, code]]) => [path, code]))('%s fails with %s and is rescheduled', async (path, code) => {
    const url = faultServer.url(path);
    expect(report.failed.find((f) => f.url === url)).toMatchObject({ code });
    const feed = (await store.feeds.getFeed(url))!;
    expect(feed.errorCount).toBe(1);
    expect(feed.lastError?.startsWith(`${code}: fetcher: `) || feed.lastError?.startsWith(`${code}: parser: `)).toBe(true);
    expect(feed.failingSince?.toISOString()).toBe(clock.now().toISOString());
    expect(feed.nextCheckAt.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('honours Retry-After on the 429 feed', async () => {
    const feed = (await store.feeds.getFeed(faultServer.url('/429.rss')))!;
    expect(feed.nextCheckAt.getTime() - clock.now().getTime()).toBe(7_200_000);
  });

  it('refuses the private address without sending anything to it', async () => {
    expect(report.failed.find((f) => f.url === privateUrl)).toMatchObject({ code: 'blocked_address' });
    expect((await store.feeds.getFeed(privateUrl))!.nextCheckAt.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('reads the healthy feeds in the same round', async () => {
    for (const url of healthy) {
      const feed = (await store.feeds.getFeed(url))!;
      expect(feed.errorCount, url).toBe(0);
      expect(feed.lastSuccessAt?.toISOString(), url).toBe(clock.now().toISOString());
      expect(
        report.newItems.some((a) => a.feedUrl === url),
        url,
      ).toBe(true);
    }
  });

  it('keeps UTF-8 text intact under a wrong charset header', () => {
    const item = report.newItems.find((a) => a.feedUrl === wrongCharsetUrl)!;
    expect(item.item.title).toBe(SERBIAN_TITLE);
    expect(item.outlet).toBe('Vesti Čačak');
    expect(iconv.encode(item.item.title, 'utf8').toString('utf8')).toBe(SERBIAN_TITLE);
  });

  it("fetches full text for the Atom feed's teasers through the same fetcher", () => {
    const wire = report.newItems.filter((a) => a.feedUrl === `${fixtures.origin}/wire-en.atom`);
    expect(wire.length).toBeGreaterThan(0);
    for (const a of wire) {
      expect(a.article.source, a.item.title).toBe(a.item.link);
      expect(a.article.paragraphs.length, a.item.title).toBeGreaterThan(3);
    }
    expect(fixtures.requests.filter((r) => r.startsWith('GET /pages/')).length).toBe(wire.length);
    // Items with full text in the feed (kossev's content:encoded, the Serbian and Albanian feeds) fetch nothing.
    expect(fixtures.requests.filter((r) => !r.startsWith('GET /pages/') && !/\.(rss|atom)$/.test(r))).toEqual([]);
  });

  it('next round: nothing is lost or repeated, validators give a 304, failing feeds fail again with a longer backoff', async () => {
    const kossev = `${fixtures.origin}/kossev-en.rss`;
    const firstDelay = (await store.feeds.getFeed(faultServer.url('/500.rss')))!.nextCheckAt.getTime() - clock.now().getTime();
    const latest = Math.max(...(await store.feeds.listFeeds()).filter((f) => f.url !== faultServer.url('/429.rss')).map((f) => f.nextCheckAt.getTime()));
    clock.set(new Date(latest));
    const second = await poller.pollDue();
    expect(second.newItems).toEqual([]);
    expect(second.notModified).toBeGreaterThanOrEqual(1);
    expect(fixtures.requests.filter((r) => r === 'GET /kossev-en.rss')).toHaveLength(2);
    expect((await store.feeds.getFeed(kossev))!.etag).toBe('"ks-1"');
    expect(second.failed.map((f) => f.url)).not.toContain(faultServer.url('/429.rss'));
    const again = (await store.feeds.getFeed(faultServer.url('/500.rss')))!;
    expect(again.errorCount).toBe(2);
    expect(again.nextCheckAt.getTime() - clock.now().getTime()).toBe(2 * firstDelay);
    for (const url of healthy) expect((await store.feeds.getFeed(url))!.errorCount, url).toBe(0);
  });
});
