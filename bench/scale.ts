/**
 * Scale-out benchmark (issue 17, `npm run bench -- scale`). Two parts, every figure from this one run:
 *
 * 1. **Jobs**: the same `WIREWATCH_BENCH_SCALE_FEEDS` feeds (default 2000; one in
 *    `WIREWATCH_BENCH_CHANGED_EVERY`, default 20, answers 200 with a 5-item RSS body, the rest 304)
 *    polled once each by the single-process SQLite service (`Service.tick` until nothing is due) and by
 *    1, 2 and 4 worker processes (`startClusterNode({ role: 'worker' })`) taking poll jobs from pg-boss
 *    on a fresh PostgreSQL schema. A poll job = one feed fetched, parsed, analysed and stored (scaled
 *    out: the poll queues one `ww-analyse-item` job per new item, and a run ends when those are done too).
 *    Reported: jobs per second (wall time from the jobs being queued — for SQLite, from the first tick —
 *    until every feed is polled), client CPU per job (the service's or all workers' `process.cpuUsage`,
 *    threads included; PostgreSQL's own CPU is not in it), and machine CPU per job (busy time of all
 *    cores from /proc/stat: the PostgreSQL server too — and anything else the machine runs meanwhile),
 *    each with its ratio to the SQLite service.
 * 2. **Poll cycle**: 10,000 feeds (`WIREWATCH_BENCH_SCALE_CYCLE_FEEDS`), every one 304, one `Poller`
 *    round in one process on PostgreSQL and on SQLite: wall time and client CPU per feed, and the ratio.
 *
 * Feeds come from a loopback server in a child process (127.0.0.1 only). All URLs are on one host, so
 * the per-host limit is set to its maximum (`polling.perHost: 32`, counted across workers); each process
 * runs 16 at once (`polling.concurrency`, `cluster.concurrency`), so 4 workers are capped at 32 requests
 * in flight by the host slots. Needs PostgreSQL at `WIREWATCH_TEST_PG_URL` (default
 * `postgres://postgres@127.0.0.1:5432/test`); schemas are created per run and dropped.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { BenchResult } from './types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THIS_FILE = fileURLToPath(import.meta.url);
const ROLE_FLAG = '--wirewatch-bench-role';
const FEED_FILE = path.join(repo, 'config/demo/vesti-sr.rss');
const WATCHLIST_FILE = path.join(repo, 'config/demo/watchlist.yaml');
const PG_URL = process.env.WIREWATCH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Every feed is due at CYCLE_AT; the single service starts a minute before (nothing due). */
const CYCLE_AT = new Date('2026-11-27T12:00:00Z');
const BEFORE = new Date(CYCLE_AT.getTime() - 60_000);
const CONCURRENCY = 16;

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw ? Number(raw) : fallback;
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench/scale: ${name}=${raw} is not a positive integer`);
  return n;
}

const feedUrl = (origin: string, n: number) => `${origin}/feed/${n}`;
const storedEtag = (n: number) => `"v1-${n}"`;

/** Busy and total jiffies of all cores (/proc/stat's first line). */
function machineTicks(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}
/** Jiffies per second (USER_HZ; 100 on Linux). */
const HZ = 100;

// ---------------------------------------------------------------------------------------------
// Children.

async function serverMain(): Promise<void> {
  const all304 = Boolean(process.env.WIREWATCH_BENCH_SCALE_ALL_304);
  const changedEvery = envInt('WIREWATCH_BENCH_CHANGED_EVERY', 20);
  const raw = readFileSync(FEED_FILE);
  let body = raw;
  const server = createServer((req, res) => {
    const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
    if (!m) return void res.writeHead(404).end();
    const n = Number(m[1]);
    const etag = !all304 && n % changedEvery === 0 ? `"v2-${n}"` : storedEtag(n);
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1250', 'content-length': String(body.length), etag });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    body = Buffer.from(raw.toString('latin1').replaceAll('{{BASE}}', origin), 'latin1');
    process.send!({ origin });
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

interface ChildJob {
  role: 'sqlite-service' | 'worker' | 'cycle';
  /** SQLite file, or the PostgreSQL URL with `schema=`. */
  store: string;
  feeds: number;
  dir: string;
}

async function benchConfig(dir: string, storeUrl?: string) {
  const { parseConfig } = await import('../src/config/load.js');
  return parseConfig(
    [
      ...(storeUrl ? [`store: { url: "${storeUrl}" }`] : []),
      'fetch: { allowCidrs: [127.0.0.1/32], timeout: 30s }',
      'http: { host: 127.0.0.1, port: 0 }',
      `polling: { tick: 1m, interval: 1h, concurrency: ${CONCURRENCY}, perHost: 32 }`,
      `cluster: { heartbeat: 30s, leaderRetry: 1s, concurrency: ${CONCURRENCY} }`,
      'digests: { shutdownTimeout: 5s, retryBase: 1s }',
      `console: { dir: ${path.join(dir, 'out')}, ledger: ledger.jsonl }`,
      '',
    ].join('\n'),
    'bench-scale.yaml',
  );
}

/** The single-process SQLite service: ticks at CYCLE_AT until nothing is due. */
async function sqliteServiceMain(job: ChildJob): Promise<object> {
  const { openSqliteStore } = await import('../src/store/sqlite/index.js');
  const { Service } = await import('../src/service.js');
  const { ManualClock } = await import('../src/model/clock.js');
  const { ConsolePlatform } = await import('../src/platforms/console/console-platform.js');
  const clock = new ManualClock(BEFORE);
  const config = await benchConfig(job.dir);
  const store = await openSqliteStore(job.store, { clock, lock: false });
  const service = new Service({
    config,
    store,
    clock,
    live: false,
    http: false,
    platforms: [new ConsolePlatform({ dir: path.join(job.dir, 'out'), ledger: 'ledger.jsonl', clock })],
  });
  await service.start();
  clock.set(CYCLE_AT);
  const m0 = machineTicks();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let polled = 0;
  for (;;) {
    const r = await service.tick(CYCLE_AT);
    if (r.poll.polled === 0) break;
    polled += r.poll.polled;
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const m1 = machineTicks();
  await service.stop();
  return { polled, wallMs, cpuUs: cpu.user + cpu.system, machineBusyS: (m1.busy - m0.busy) / HZ };
}

/** A worker process: takes poll jobs until told to stop; reports its CPU since it was ready. */
async function workerMain(job: ChildJob): Promise<void> {
  const { openPostgresStore } = await import('../src/store/postgres/index.js');
  const { startClusterNode } = await import('../src/cluster/node.js');
  const { ManualClock } = await import('../src/model/clock.js');
  const { ConsolePlatform } = await import('../src/platforms/console/console-platform.js');
  const clock = new ManualClock(CYCLE_AT);
  const config = await benchConfig(job.dir, job.store);
  const store = await openPostgresStore(job.store, { clock, poolSize: 8 });
  const node = await startClusterNode({
    role: 'worker',
    config,
    store,
    storeUrl: job.store,
    clock,
    platforms: [new ConsolePlatform({ dir: path.join(job.dir, 'out'), ledger: 'ledger.jsonl', clock })],
    onFatal: (r) => process.stderr.write(`bench/scale worker: ${r}\n`),
  });
  const cpu0 = process.cpuUsage();
  process.send!({ ready: true });
  await once(process, 'message');
  const cpu = process.cpuUsage(cpu0);
  await node.stop();
  await store.close();
  process.send!({ cpuUs: cpu.user + cpu.system }, () => process.exit(0));
}

/** One all-304 poll cycle of a bare Poller on the given store. */
async function cycleMain(job: ChildJob): Promise<object> {
  const { Fetcher } = await import('../src/reader/fetcher/index.js');
  const { parseFeed } = await import('../src/reader/parser/index.js');
  const { createAnalyzer } = await import('../src/pipeline/analyze.js');
  const { loadWatchlist } = await import('../src/pipeline/matcher/index.js');
  const { Poller } = await import('../src/scheduler/poller.js');
  const { ManualClock } = await import('../src/model/clock.js');
  const clock = new ManualClock(CYCLE_AT);
  const pgStore = job.store.startsWith('postgres');
  const store = pgStore
    ? await (await import('../src/store/postgres/index.js')).openPostgresStore(job.store, { clock })
    : await (await import('../src/store/sqlite/index.js')).openSqliteStore(job.store, { clock, lock: false });
  const analyzer = createAnalyzer(await loadWatchlist(WATCHLIST_FILE));
  const fetcher = new Fetcher({ allowCidrs: ['127.0.0.1/32'], clock });
  const poller = new Poller({
    feeds: store.feeds,
    items: store.items,
    fetcher,
    parse: (bytes, opts) => parseFeed(bytes, opts),
    analyze: (feedUrl, outlet, item, article, firstSeen) => analyzer.analyze({ feedUrl, outlet, item, article, firstSeen }),
    clock,
    config: { maxConcurrent: CONCURRENCY, perHost: CONCURRENCY, batchSize: job.feeds, fullText: false },
  });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await poller.pollDue();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await fetcher.close();
  await store.close();
  return { polled: r.polled, notModified: r.notModified, failed: r.failed.length, wallMs, cpuUs: cpu.user + cpu.system };
}

// ---------------------------------------------------------------------------------------------
// Parent.

function forkRole(role: string, env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return fork(THIS_FILE, [ROLE_FLAG, role], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
}

async function runChild<T>(job: ChildJob): Promise<T> {
  const child = forkRole(job.role);
  const exited = once(child, 'exit');
  const reported = once(child, 'message') as Promise<[T]>;
  child.send(job);
  const winner = await Promise.race([reported.then(([r]) => r), exited.then(([code]) => code as number | null)]);
  if (typeof winner !== 'object' || winner === null) throw new Error(`bench/scale: the ${job.role} child exited with ${winner} before reporting`);
  await exited;
  return winner;
}

/** The demo watchlist's topics, global: what the service analyses every new item against. */
async function seedTopics(store: import('../src/store/store.js').Store): Promise<void> {
  const { loadWatchlist } = await import('../src/pipeline/matcher/index.js');
  for (const t of await loadWatchlist(WATCHLIST_FILE)) await store.watchlists.upsertTopic({ ...t, workspace: null });
}

/** A SQLite file with `feeds` feeds due at CYCLE_AT, each holding the ETag the server has (bulk insert). */
async function seedSqlite(file: string, origin: string, feeds: number): Promise<void> {
  const { openSqliteStore } = await import('../src/store/sqlite/index.js');
  const store = await openSqliteStore(file, { lock: false });
  await seedTopics(store);
  await store.close();
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(file);
  const ins = db.prepare('INSERT INTO feeds (url, etag, next_check_at, interval_seconds) VALUES (?, ?, ?, 3600)');
  db.transaction(() => {
    for (let n = 0; n < feeds; n++) ins.run(feedUrl(origin, n), storedEtag(n), CYCLE_AT.getTime());
  })();
  db.close();
}

/** A fresh PostgreSQL schema seeded like `seedSqlite`; returns its URL and how to drop it. */
async function seedPostgres(origin: string, feeds: number): Promise<{ url: string; drop: () => Promise<void> }> {
  const { openPostgresStore } = await import('../src/store/postgres/index.js');
  const { sql } = await import('kysely');
  const schema = `ww_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  const url = u.toString();
  const store = await openPostgresStore(url);
  await seedTopics(store);
  await sql`INSERT INTO feeds (url, etag, next_check_at, interval_seconds)
            SELECT ${origin} || '/feed/' || n, '"v1-' || n || '"', ${CYCLE_AT}, 3600 FROM generate_series(0, ${feeds - 1}) AS n`.execute(store.db);
  return {
    url,
    async drop() {
      await sql.raw(`DROP SCHEMA IF EXISTS ${schema}, ${schema}_boss CASCADE`).execute(store.db);
      await store.close();
    },
  };
}

interface JobsRun {
  label: string;
  jobs: number;
  wallMs: number;
  cpuUs: number;
  machineBusyS: number;
}

/** W worker processes on a fresh schema: queue a poll job per feed, wait until every feed is polled. */
async function runWorkers(origin: string, feeds: number, workers: number, dir: string): Promise<JobsRun> {
  const { JobQueue, POLL_QUEUE, ANALYSE_QUEUE } = await import('../src/cluster/queue.js');
  const pg = await seedPostgres(origin, feeds);
  const queue = await JobQueue.open(pg.url);
  const children: ChildProcess[] = [];
  try {
    const ready: Promise<unknown>[] = [];
    for (let w = 0; w < workers; w++) {
      const child = forkRole('worker');
      children.push(child);
      ready.push(once(child, 'message'));
      child.send({ role: 'worker', store: pg.url, feeds, dir } satisfies ChildJob);
    }
    await Promise.all(ready);
    const reports = children.map((c) => once(c, 'message') as Promise<[{ cpuUs: number }]>);
    const m0 = machineTicks();
    const t0 = performance.now();
    for (let i = 0; i < feeds; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, feeds - i) }, (_, k) => ({
        data: { url: feedUrl(origin, i + k) },
        singletonKey: feedUrl(origin, i + k),
      }));
      await queue.boss.insert(POLL_QUEUE, batch);
    }
    const { sql } = await import('kysely');
    const { openPostgresStore } = await import('../src/store/postgres/index.js');
    const probe = await openPostgresStore(pg.url, { poolSize: 1, migrate: false });
    const bossSchema = `${new URL(pg.url).searchParams.get('schema')}_boss`;
    const analysesLeft = async () =>
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM ${sql.table(`${bossSchema}.job`)} WHERE name = ${ANALYSE_QUEUE} AND state IN ('created', 'retry', 'active')`.execute(
          probe.db,
        )
      ).rows[0].n;
    try {
      for (;;) {
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM feeds WHERE next_check_at <= ${CYCLE_AT}`.execute(probe.db);
        // Every feed polled, then every item its poll handed to an analyse job analysed and stored.
        if (rows[0].n === 0 && (await analysesLeft()) === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await probe.close();
    }
    const wallMs = performance.now() - t0;
    const m1 = machineTicks();
    for (const c of children) c.send('stop');
    const cpuUs = (await Promise.all(reports)).reduce((a, [r]) => a + r.cpuUs, 0);
    return { label: `${workers} worker${workers > 1 ? 's' : ''} (PostgreSQL)`, jobs: feeds, wallMs, cpuUs, machineBusyS: (m1.busy - m0.busy) / HZ };
  } finally {
    for (const c of children) if (c.exitCode === null) await Promise.race([once(c, 'exit'), new Promise((r) => setTimeout(r, 15_000))]);
    await queue.stop(1000).catch(() => undefined);
    await pg.drop();
  }
}

/**
 * Runs both parts (see the module comment).
 * @returns `scale.jobs.<setup>.jobs_per_s` / `.cpu_per_job` / `.machine_cpu_per_job` with ratios to the
 *   SQLite service, `scale.cycle.<store>.wall` / `.cpu_per_feed` with PostgreSQL's ratio to SQLite, and
 *   the load average at the start
 * @throws Error when a child fails, or a run did not poll every feed
 */
export async function benchScale(): Promise<BenchResult[]> {
  const feeds = envInt('WIREWATCH_BENCH_SCALE_FEEDS', 2000);
  const cycleFeeds = envInt('WIREWATCH_BENCH_SCALE_CYCLE_FEEDS', 10_000);
  const out: BenchResult[] = [
    {
      name: 'scale.loadavg_1m_at_start',
      value: loadavg()[0],
      unit: `load average (1 min; ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} for 1/5/15 min)`,
    },
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'wirewatch-bench-scale-'));
  let server = forkRole('server');
  try {
    let [{ origin }] = (await once(server, 'message')) as [{ origin: string }];
    // Part 1: the single SQLite service, then 1, 2 and 4 workers.
    const template = path.join(dir, 'template.db');
    await seedSqlite(template, origin, feeds);
    copyFileSync(template, path.join(dir, 'run.db'));
    const single = await runChild<{ polled: number; wallMs: number; cpuUs: number; machineBusyS: number }>({
      role: 'sqlite-service',
      store: path.join(dir, 'run.db'),
      feeds,
      dir,
    });
    if (single.polled !== feeds) throw new Error(`bench/scale: the SQLite service polled ${single.polled}/${feeds}`);
    const runs: JobsRun[] = [
      { label: 'SQLite service (1 process)', jobs: feeds, wallMs: single.wallMs, cpuUs: single.cpuUs, machineBusyS: single.machineBusyS },
    ];
    for (const w of [1, 2, 4]) runs.push(await runWorkers(origin, feeds, w, dir));
    const base = runs[0];
    for (const r of runs) {
      const key = r === base ? 'sqlite_service' : `workers_${r.label[0]}`;
      const perS = (r.jobs / r.wallMs) * 1000;
      out.push(
        {
          name: `scale.jobs.${key}.jobs_per_s`,
          value: perS,
          unit: `poll jobs/s, ${r.label}`,
          baseline: 'SQLite service',
          ratio: perS / ((base.jobs / base.wallMs) * 1000),
        },
        {
          name: `scale.jobs.${key}.cpu_per_job`,
          value: r.cpuUs / r.jobs / 1000,
          unit: 'ms client CPU/job',
          baseline: 'SQLite service',
          ratio: r.cpuUs / r.jobs / (base.cpuUs / base.jobs),
        },
      );
      out.push({
        name: `scale.jobs.${key}.machine_cpu_per_job`,
        value: (r.machineBusyS / r.jobs) * 1000,
        unit: 'ms machine CPU/job (PostgreSQL and all else on the machine included)',
        baseline: 'SQLite service',
        ratio: r.machineBusyS / r.jobs / (base.machineBusyS / base.jobs),
      });
    }
    // Part 2: one all-304 cycle of cycleFeeds on each store (the server answers 304 to every feed).
    server.disconnect();
    await once(server, 'exit').catch(() => undefined);
    server = forkRole('server', { ...process.env, WIREWATCH_BENCH_SCALE_ALL_304: '1' });
    [{ origin }] = (await once(server, 'message')) as [{ origin: string }];
    const cycleDb = path.join(dir, 'cycle.db');
    await seedSqlite(cycleDb, origin, cycleFeeds);
    const lite = await runChild<{ polled: number; notModified: number; wallMs: number; cpuUs: number }>({
      role: 'cycle',
      store: cycleDb,
      feeds: cycleFeeds,
      dir,
    });
    const pg = await seedPostgres(origin, cycleFeeds);
    let post: typeof lite;
    try {
      post = await runChild<typeof lite>({ role: 'cycle', store: pg.url, feeds: cycleFeeds, dir });
    } finally {
      await pg.drop();
    }
    for (const [k, r] of [
      ['sqlite', lite],
      ['postgres', post],
    ] as const) {
      if (r.polled !== cycleFeeds || r.notModified !== cycleFeeds)
        throw new Error(`bench/scale: the ${k} cycle polled ${r.polled} (${r.notModified} × 304) of ${cycleFeeds}`);
      out.push(
        {
          name: `scale.cycle.${k}.wall`,
          value: r.wallMs / 1000,
          unit: `s for ${cycleFeeds} feeds, all 304`,
          baseline: 'SQLite',
          ratio: r.wallMs / lite.wallMs,
        },
        { name: `scale.cycle.${k}.cpu_per_feed`, value: r.cpuUs / cycleFeeds, unit: 'µs client CPU/feed', baseline: 'SQLite', ratio: r.cpuUs / lite.cpuUs },
      );
    }
    out.push({ name: 'scale.loadavg_1m_at_end', value: loadavg()[0], unit: 'load average (1 min)' });
    return out;
  } finally {
    server.disconnect();
    await once(server, 'exit').catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

const role = process.argv.indexOf(ROLE_FLAG) >= 0 ? process.argv[process.argv.indexOf(ROLE_FLAG) + 1] : null;
if (role === 'server') {
  await serverMain();
} else if (role) {
  const [job] = (await once(process, 'message')) as [ChildJob];
  if (job.role === 'worker') await workerMain(job);
  else {
    const report = job.role === 'sqlite-service' ? await sqliteServiceMain(job) : await cycleMain(job);
    process.send!(report, () => process.exit(0));
  }
} else if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  for (const r of await benchScale())
    console.log(`${r.name.padEnd(44)} ${r.value.toFixed(2).padStart(10)} ${r.unit}${r.ratio === undefined ? '' : `  ${r.ratio.toFixed(2)}×`}`);
}
