/**
 * Issue 24, "disk full": a write that fails in the middle of a response must leave the feed's
 * conditional-GET validators as they were, so the retry fetches the items again (no 304 hiding them).
 * The failure is injected in the real SQLite file with a trigger that raises on one item's insert.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ManualClock } from '../model/clock.js';
import type { AnalyzedItem } from '../model/story.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/index.js';
import type { FetchRequest, FetchResponse } from '../reader/fetcher/fetcher.js';
import { parseFeed } from '../reader/parser/index.js';
import { articleFromItem } from '../reader/article/index.js';
import { Poller } from './poller.js';

const URL_ = 'http://127.0.0.1:9/feed.xml';
const rss = (keys: string[]) =>
  `<rss version="2.0"><channel><title>T</title>${keys
    .map(
      (k) =>
        `<item><title>Story ${k}</title><link>http://127.0.0.1:9/${k}</link><guid>${k}</guid><description>${'Officials said the plan would go ahead. '.repeat(20)}</description></item>`,
    )
    .join('')}</channel></rss>`;

let dir = '';
let store: SqliteStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('validators and failed writes (issue 24)', () => {
  it('keeps ETag/Last-Modified when an item cannot be written, stores nothing of that response, and gets every item on the retry', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-faults-'));
    const file = join(dir, 'w.db');
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    store = await openSqliteStore(file, { clock });
    await store.feeds.upsertFeed({ url: URL_, nextCheckAt: clock.now() });
    const requests: FetchRequest[] = [];
    const fetcher = {
      fetch: async (req: FetchRequest): Promise<FetchResponse> => {
        requests.push(req);
        if (req.etag === '"v1"')
          return {
            url: URL_,
            status: 304,
            permanentUrl: null,
            headers: {},
            body: new Uint8Array(0),
            contentType: null,
            etag: '"v1"',
            lastModified: null,
            notBefore: null,
          };
        return {
          url: URL_,
          status: 200,
          permanentUrl: null,
          headers: {},
          body: new TextEncoder().encode(rss(['a', 'b', 'c'])),
          contentType: 'application/rss+xml',
          etag: '"v1"',
          lastModified: 'Fri, 27 Nov 2026 11:00:00 GMT',
          notBefore: null,
        };
      },
    };
    const poller = new Poller({
      feeds: store.feeds,
      items: store.items,
      fetcher,
      parse: parseFeed,
      analyze: (feedUrl, outlet, item, article, firstSeen): AnalyzedItem => ({
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
      config: { fullText: false },
    });

    // Another connection makes the insert of item b fail the way a full disk does.
    const raw = new Database(file);
    raw.exec(`CREATE TRIGGER disk_full BEFORE INSERT ON items WHEN NEW.key = 'b' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`);
    const r1 = await poller.pollDue();
    expect(r1.newItems).toEqual([]);
    expect(r1.storeErrors.map((e) => e.code)).toEqual(['store']);
    const after = (await store.feeds.getFeed(URL_))!;
    expect(after).toMatchObject({ etag: null, lastModified: null, errorCount: 1 });
    expect(after.lastError).toMatch(/^store: .*disk is full/);
    for (const k of ['a', 'b', 'c']) expect(await store.items.hasItem(URL_, k)).toBe(false);

    // Space freed: the retry (after the backoff) sends no validator, gets a 200, and stores all three.
    raw.exec('DROP TRIGGER disk_full');
    raw.close();
    clock.advance(after.nextCheckAt.getTime() - clock.now().getTime());
    const r2 = await poller.pollDue();
    expect(requests[1].etag ?? null).toBeNull();
    expect(r2.newItems.map((a) => a.item.key)).toEqual(['a', 'b', 'c']);
    expect(await store.feeds.getFeed(URL_)).toMatchObject({ etag: '"v1"', errorCount: 0, lastError: null });
  });
});
