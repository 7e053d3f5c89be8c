/**
 * Issue 24: store write failures while running are logged at error, counted in /metrics, fail
 * /readyz (with the cause), and are retried — the items arrive once the store takes writes again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseConfig } from './config/load.js';
import { ManualClock } from './model/clock.js';
import { openSqliteStore } from './store/sqlite/index.js';
import { Service, seedFromConfig } from './service.js';
import type { FetchRequest, FetchResponse } from './reader/fetcher/fetcher.js';
import type { ChatPlatform } from './platforms/platform.js';
import { pino } from 'pino';
import { Writable } from 'node:stream';

const FEED = 'http://127.0.0.1:9/feed.xml';
const rss = `<rss version="2.0"><channel><title>T</title>${['a', 'b']
  .map(
    (k) =>
      `<item><title>Story ${k}</title><link>http://127.0.0.1:9/${k}</link><guid>${k}</guid><description>${'Officials said the plan would go ahead on Friday. '.repeat(20)}</description></item>`,
  )
  .join('')}</channel></rss>`;

const quiet: ChatPlatform = {
  name: 'console',
  start: async () => undefined,
  stop: async () => undefined,
  onCommand: () => undefined,
  post: async () => [{ id: 'x' }],
  findPosted: async () => null,
};

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function get(port: number, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

describe('store write failures while running (issue 24)', () => {
  it('are logged at error, counted in /metrics, fail /readyz until a write succeeds, and the feed is retried', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-svc-faults-'));
    const file = join(dir, 'w.db');
    const config = parseConfig(`http: { host: 127.0.0.1, port: 0 }\nfeeds: [ "${FEED}" ]\npolling: { staleAfter: 1d }\n`, 'test.yaml');
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    const store = await openSqliteStore(file, { clock });
    await seedFromConfig(store, config, clock.now());
    const fetcher = {
      fetch: async (req: FetchRequest): Promise<FetchResponse> => ({
        url: req.url,
        status: 200,
        permanentUrl: null,
        headers: {},
        body: new TextEncoder().encode(rss),
        contentType: 'application/rss+xml',
        etag: '"v1"',
        lastModified: null,
        notBefore: null,
      }),
    };
    const lines: { level: number; msg: string }[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _e, cb) {
          for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l) as { level: number; msg: string });
          cb();
        },
      }),
    );

    const raw = new Database(file);
    raw.exec(`CREATE TRIGGER disk_full BEFORE INSERT ON items BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`);
    const service = new Service({ config, store, clock, logger, platforms: [quiet], fetcher, live: false, workers: 'inline' });
    await service.start(); // the first tick polls and fails to write
    const port = service.httpPort!;
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatch(/write failed .*disk is full/);
    expect((await get(port, '/healthz')).status).toBe(200); // alive: the process itself is fine
    expect((await get(port, '/metrics')).body).toMatch(/wirewatch_store_write_failures_total\{operation="poll"\} 1/);
    expect(lines.some((l) => l.level >= 50 && /could not store the items/.test(l.msg))).toBe(true);

    raw.exec('DROP TRIGGER disk_full');
    raw.close();
    clock.advance(2 * 86_400_000);
    const r = await service.tick(clock.now());
    expect(r.poll.newItems).toBe(2);
    expect((await get(port, '/readyz')).status).toBe(200);
    await service.stop();
  });
});
