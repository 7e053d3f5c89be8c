/**
 * Issue 17 end to end: a scaled-out deployment — 1 scheduler and 3 worker processes (`wirewatch run
 * --role …`, the TypeScript CLI through tsx) on one PostgreSQL schema, 100 feeds on a loopback
 * server, instant alerts posted to a console file channel. Polls hand their new items to analyse jobs
 * (`ww-analyse-item`), which the workers share. A worker is SIGKILLed as soon as it has analysed and
 * stored its first item (its other analyse jobs in flight) and the scheduler is SIGKILLed once (a new one takes over, as a supervisor would
 * restart it). Every matched story must be posted exactly once, none lost, and no feed may be fetched
 * by two workers at once (the server counts requests in flight per feed). `WW_DEBUG_DIR=/some/dir`
 * keeps each process's log there (for a failure that needs more than the tail the error shows).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rss, storyText, type FeedItemSpec } from '../fixtures/story-service.js';
import pg from 'pg';
import { PG_TEST_URL, freshSchema, needsPostgres, type FreshSchema } from '../support/postgres.js';

const PG = await needsPostgres();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'src/cli/main.ts');

const FEEDS = 100;
/** Stories per feed; odd-numbered ones mention the watched term. */
const PER_FEED = 2;

interface Proc {
  name: string;
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
  waitFor: (re: RegExp, ms?: number) => Promise<void>;
}

const procs: Proc[] = [];
let server: Server | null = null;
let dir = '';
let schema: FreshSchema | null = null;
afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await Promise.all(procs.map((p) => p.exited));
  if (server) await new Promise((r) => server!.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
  await schema?.drop();
});

function start(name: string, config: string, role: 'scheduler' | 'worker'): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'run', '--config', config, '--role', role], {
    cwd: root,
    // Workers at debug: each analyse job that stores an item says so ('analyse: item stored').
    env: { ...process.env, WIREWATCH_LOG_LEVEL: role === 'worker' ? 'debug' : 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const waiters: { re: RegExp; done: () => void }[] = [];
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    if (process.env.WW_DEBUG_DIR) writeFileSync(join(process.env.WW_DEBUG_DIR, `${name}.log`), err);
    for (const w of [...waiters]) {
      if (!w.re.test(err)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.done();
    }
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  const p: Proc = {
    name,
    child,
    stderr: () => err,
    exited,
    waitFor: (re, ms = 240_000) =>
      new Promise<void>((ok, fail) => {
        if (re.test(err)) return ok();
        const t = setTimeout(() => fail(new Error(`${name}: timed out waiting for ${re}; stderr:\n${err.slice(-4000)}`)), ms);
        waiters.push({ re, done: () => (clearTimeout(t), ok()) });
      }),
  };
  procs.push(p);
  return p;
}

const until = async (what: string, ok: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; the processes said:\n${procs.map((p) => `--- ${p.name}\n${p.stderr().slice(-2500)}`).join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe.skipIf(!PG)('scale-out on PostgreSQL (issue 17)', () => {
  it('3 workers and a scheduler deliver every matched story exactly once through a worker kill and a scheduler kill', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-scale-'));
    schema = await freshSchema('scale');
    // The feeds: story n of feed f; the odd ones mention "Grid" (the instant topic).
    const stories = new Map<string, FeedItemSpec[]>();
    const matched: string[] = [];
    for (let f = 0; f < FEEDS; f++) {
      const items: FeedItemSpec[] = [];
      for (let k = 0; k < PER_FEED; k++) {
        const n = f * PER_FEED + k;
        const { title, text } = storyText(n, k % 2 === 1 ? 'Grid' : 'Harbour');
        // Dated an hour before the run (a real clock): new stories, not the back catalogue of a new feed (ADR 0164).
        items.push({ guid: `g-${n}`, title, link: `{{BASE}}/a/${n}`, text, pubDate: new Date(Date.now() - 3_600_000).toISOString() });
        if (k % 2 === 1) matched.push(title);
      }
      stories.set(`/f/${f}.xml`, items);
    }
    const inFlight = new Map<string, number>();
    let overlaps = 0;
    let fetches = 0;
    server = createServer((req, res) => {
      const path = req.url ?? '';
      const items = stories.get(path);
      if (!items) return void res.writeHead(404).end();
      fetches++;
      const now = (inFlight.get(path) ?? 0) + 1;
      inFlight.set(path, now);
      if (now > 1) overlaps++;
      // Slow enough that two fetches of one feed would overlap if the queue let them.
      setTimeout(() => {
        inFlight.set(path, inFlight.get(path)! - 1);
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(`Feed ${path}`, items).replaceAll('{{BASE}}', base));
      }, 150);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const config = join(dir, 'w.yaml');
    writeFileSync(
      config,
      [
        `store: { url: "${schema.url}" }`,
        'http: { host: 127.0.0.1, port: 0 }',
        'fetch: { allowCidrs: [ "127.0.0.1/32" ], timeout: 10s }',
        'polling: { tick: 1s, interval: 1h, perHost: 8 }',
        'cluster: { heartbeat: 10s, leaderRetry: 1s, concurrency: 3 }',
        'digests: { instantPerHour: 100000, shutdownTimeout: 3s, retryBase: 1s }',
        `console: { dir: ${join(dir, 'out')}, ledger: ledger.jsonl }`,
        'topics:',
        '  - { id: grid, name: Grid, terms: [Grid], priority: instant }',
        'subscriptions:',
        '  - { platform: console, channel: alerts, mode: alerts, cron: "0 0 1 1 *", timezone: UTC }',
        'feeds:',
        ...[...stories.keys()].map((p) => `  - "${base}${p}"`),
        '',
      ].join('\n'),
    );
    const channel = join(dir, 'out', 'alerts.txt');
    const posted = () => (existsSync(channel) ? readFileSync(channel, 'utf8') : '');
    // A story is known by a made-up word of its headline (the rendered alert may wrap the headline).
    const count = (title: string) => posted().split(title.split(' ')[2]).length - 1;

    const scheduler = start('scheduler-1', config, 'scheduler');
    await scheduler.waitFor(/leader: elected/);
    const workers = [1, 2, 3].map((i) => start(`worker-${i}`, config, 'worker'));
    await Promise.all(workers.map((w) => w.waitFor(/worker taking jobs/)));

    const db = new pg.Client({ connectionString: PG_TEST_URL });
    await db.connect();
    const q = async (text: string) => Number((await db.query<{ n: number }>(text)).rows[0].n);
    const itemCount = () => q(`SELECT count(*)::int AS n FROM ${schema!.name}.items`);
    // A worker dies mid-analysis: right after its first analyse job stored an item, while its other
    // analyse jobs run (pg-boss retries them on another worker after the missed heartbeats).
    await workers[0].waitFor(/analyse: item stored/, 120_000);
    workers[0].child.kill('SIGKILL');
    const storedAtKill = await itemCount();
    // The scheduler dies once; its replacement takes over the lock.
    scheduler.child.kill('SIGKILL');
    const again = start('scheduler-2', config, 'scheduler');
    await again.waitFor(/leader: elected/);

    await until(`all ${matched.length} alerts`, () => matched.every((t) => count(t) > 0), 150_000);
    // Time for a duplicate to show up, were one coming (a retried job of the killed worker).
    await new Promise((r) => setTimeout(r, 12_000));

    const missing = matched.filter((t) => count(t) === 0);
    const twice = matched.filter((t) => count(t) > 1);
    expect({ missing, twice }).toEqual({ missing: [], twice: [] });
    const unmatched = [...stories.values()].flat().filter((i) => !matched.includes(i.title));
    expect(unmatched.filter((i) => count(i.title) > 0)).toEqual([]);
    expect(overlaps).toBe(0);
    expect(fetches).toBeGreaterThanOrEqual(FEEDS);

    // The items were analysed by analyse jobs, on more than one worker, each stored once; the kill came
    // before all were stored, and the killed worker's analyse jobs were retried elsewhere.
    const analysedBy = workers.map((w) => w.stderr().split('analyse: item stored').length - 1);
    expect(analysedBy[0]).toBeGreaterThan(0);
    expect(analysedBy.slice(1).filter((n) => n > 0).length).toBeGreaterThanOrEqual(1);
    expect(await itemCount()).toBe(FEEDS * PER_FEED);
    expect(storedAtKill).toBeLessThan(FEEDS * PER_FEED);
    const boss = `${schema.name}_boss`;
    expect(await q(`SELECT count(DISTINCT data->'item'->>'key')::int AS n FROM ${boss}.job WHERE name = 'ww-analyse-item' AND state = 'completed'`)).toBe(
      FEEDS * PER_FEED,
    );
    const retried = await q(`SELECT count(*)::int AS n FROM ${boss}.job WHERE name = 'ww-analyse-item' AND retry_count > 0`);
    console.log(
      `scale-out e2e: items stored at the kill ${storedAtKill}/${FEEDS * PER_FEED}; analysed per worker ${analysedBy.join(', ')}; analyse jobs retried ${retried}`,
    );
    expect(retried).toBeGreaterThan(0);
    await db.end();

    for (const p of [again, workers[1], workers[2]]) p.child.kill('SIGTERM');
    expect(await Promise.all([again.exited, workers[1].exited, workers[2].exited])).toEqual([0, 0, 0]);
  }, 600_000);
});
