/**
 * Service benchmark (issue 10): one poll cycle of many feeds (default 10,000) through the real
 * `Poller` + `Fetcher` + SQLite store (a temp file), against a loopback `node:http` server that
 * answers mostly 304 Not Modified and, for one feed in `WIREWATCH_BENCH_CHANGED_EVERY` (default 20),
 * 200 with a small real RSS body (`config/demo/vesti-sr.rss`, 12.7 kB, 5 items, windows-1250).
 * Measured on the client side only: CPU time per feed (`process.cpuUsage`, user + system, over the
 * cycle) and peak RSS (`process.resourceUsage().maxRSS`), each as a ratio against a bare undici
 * `request` loop over the same URLs, with the same headers and the same concurrency, in the same run.
 *
 * Process layout, so that neither side pollutes the other's figures:
 * - the server runs in a child process (its CPU is not ours);
 * - every measured client (the poller, the bare loop) runs in a fresh child process of its own, so
 *   peak RSS (a per-process high-water mark) belongs to that client alone.
 * Both clients first warm up on extra feeds (JIT, connection pool) that are not part of the cycle.
 * Two variants (issue 23): every feed unchanged (all 304: no feed changed at all, ADR 0232) and one
 * feed in `WIREWATCH_BENCH_CHANGED_EVERY` changed. Each runs `WIREWATCH_BENCH_ROUNDS` paired rounds (default 3: the bare loop, then the poller);
 * ratios are per round, reported as median and min.
 *
 * The poller runs as the service configures it except: `perHost` = `maxConcurrent` (every URL here is
 * on one host, standing in for 10,000 publishers), `batchSize` = the feed count (one cycle takes every
 * due feed) and `fullText: false` (no article pages: the baseline fetches feeds only).
 *
 * Env: `WIREWATCH_BENCH_FEEDS` (feeds per cycle, default 10000), `WIREWATCH_BENCH_CONCURRENCY`
 * (default 16, the config default of `polling.concurrency`), `WIREWATCH_BENCH_CHANGED_EVERY`,
 * `WIREWATCH_BENCH_ROUNDS`, `WIREWATCH_BENCH_SERVICE_VARIANTS` (`all_304,changed`), `WIREWATCH_BENCH_CPU_PROF` (see `startProfile`). Run alone: `npx tsx bench/service.ts`. Traffic goes to 127.0.0.1 only.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

export type { BenchResult } from './types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const THIS_FILE = fileURLToPath(import.meta.url);
const ROLE_FLAG = '--wirewatch-bench-role';
const FEED_FILE = path.join(repo, 'config/demo/vesti-sr.rss');
const WATCHLIST_FILE = path.join(repo, 'config/demo/watchlist.yaml');
/** The pinned time of the cycle; the warm-up polls a minute before. */
const CYCLE_AT = new Date('2026-11-27T12:00:00Z');
const WARMUP_AT = new Date(CYCLE_AT.getTime() - 60_000);

/** What the parent tells a client child. */
interface ClientJob {
  mode: 'poller' | 'undici';
  origin: string;
  feeds: number;
  warmup: number;
  concurrency: number;
  dbDir: string | null;
}

/** What a client child reports back. */
interface ClientReport {
  mode: ClientJob['mode'];
  /** CPU time of the cycle, user + system, µs. */
  cpuUs: number;
  wallMs: number;
  /** Peak resident set size of the process up to the end of the cycle, bytes. */
  maxRssBytes: number;
  /** RSS just before the cycle, bytes. */
  rssBeforeBytes: number;
  polled: number;
  notModified: number;
  failed: number;
  newItems: number;
}

/** The URL of feed `n` (feeds `0…feeds-1` are the cycle, the next `warmup` ones the warm-up). */
function feedUrl(origin: string, n: number): string {
  return `${origin}/feed/${n}`;
}

/** The ETag the store (and the baseline) hold for feed `n`: what the server had at the last poll. */
function storedEtag(n: number): string {
  return `"v1-${n}"`;
}

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`bench/service: ${name}=${raw} is not an integer ≥ ${min}`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Server child: 304 when If-None-Match matches the feed's current ETag, else 200 with the body.

async function serverMain(): Promise<void> {
  // 0: no feed changed (the all-304 variant; `n % k === 0` would still change feed 0).
  const changedEvery = envInt('WIREWATCH_BENCH_CHANGED_EVERY', 20, 0);
  const raw = readFileSync(FEED_FILE);
  const contentType = /^content-type:\s*(.+)$/im.exec(readFileSync(`${FEED_FILE}.headers`, 'utf8'))?.[1].trim() ?? 'application/rss+xml';
  let body = raw;
  const server = createServer((req, res) => {
    const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const n = Number(m[1]);
    // A changed feed has a new version since the stored ETag; the others are unchanged.
    const etag = changedEvery > 0 && n % changedEvery === 0 ? `"v2-${n}"` : storedEtag(n);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(body.length), etag });
    res.end(body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The feed's own URLs point at this server, as the demo's fixture server does ({{BASE}}).
    body = Buffer.from(raw.toString('latin1').replaceAll('{{BASE}}', origin), 'latin1');
    process.send!({ origin });
  });
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

// ---------------------------------------------------------------------------------------------
// Client children.

function measureAround<T>(run: () => Promise<T>): Promise<{ result: T; cpuUs: number; wallMs: number; rssBeforeBytes: number; maxRssBytes: number }> {
  const rssBeforeBytes = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  return run().then((result) => {
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // maxRSS is in kibibytes (getrusage ru_maxrss on Linux).
    return { result, cpuUs: cpu.user + cpu.system, wallMs, rssBeforeBytes, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  });
}

/**
 * With `WIREWATCH_BENCH_CPU_PROF=DIR`, a V8 CPU profile of each client's cycle (warm-up excluded) is
 * written to `DIR/poll-cycle-PID.cpuprofile` or `DIR/undici-loop-PID.cpuprofile` (open it in Chrome
 * DevTools), so the two can be compared function by function. With `WIREWATCH_BENCH_PROF_KIND=heap` it is
 * an allocation sampling profile instead (`.heapprofile`, collected objects included): what the cycle
 * allocates, by function. The profiler adds CPU
 * time: figures of a profiled run are not comparable.
 */
async function startProfile(name: string): Promise<{ stop(): Promise<void> } | null> {
  const dir = process.env.WIREWATCH_BENCH_CPU_PROF;
  if (!dir) return null;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  if (process.env.WIREWATCH_BENCH_PROF_KIND === 'heap') {
    // Allocation sampling, garbage included: where the cycle allocates (`.heapprofile`).
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    return {
      async stop() {
        const { profile } = await session.post('HeapProfiler.stopSampling');
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `${name}-${process.pid}.heapprofile`), JSON.stringify(profile));
        session.disconnect();
      },
    };
  }
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function pollerClient(job: ClientJob): Promise<ClientReport> {
  const { openSqliteStore } = await import('../src/store/sqlite/index.js');
  const { Fetcher } = await import('../src/reader/fetcher/index.js');
  const { parseFeed } = await import('../src/reader/parser/index.js');
  const { createAnalyzer } = await import('../src/pipeline/analyze.js');
  const { loadWatchlist } = await import('../src/pipeline/matcher/index.js');
  const { Poller } = await import('../src/scheduler/poller.js');
  const { ManualClock } = await import('../src/model/clock.js');

  const clock = new ManualClock(WARMUP_AT);
  const store = await openSqliteStore(path.join(job.dbDir!, DB_NAME), { clock, lock: false });
  try {
    const analyzer = createAnalyzer(await loadWatchlist(WATCHLIST_FILE));
    const fetcher = new Fetcher({ allowCidrs: ['127.0.0.1/32'], clock });
    const poller = new Poller({
      feeds: store.feeds,
      items: store.items,
      fetcher,
      parse: (bytes, opts) => parseFeed(bytes, opts),
      analyze: (feedUrl, outlet, item, article, firstSeen) => analyzer.analyze({ feedUrl, outlet, item, article, firstSeen }),
      clock,
      config: { maxConcurrent: job.concurrency, perHost: job.concurrency, batchSize: job.feeds, fullText: false },
    });
    const warm = await poller.pollDue();
    if (warm.polled !== job.warmup || warm.failed.length)
      throw new Error(`bench/service: warm-up polled ${warm.polled}/${job.warmup}, failed ${JSON.stringify(warm.failed[0])}`);
    clock.set(CYCLE_AT);
    const profile = await startProfile('poll-cycle');
    const m = await measureAround(() => poller.pollDue());
    await profile?.stop();
    await fetcher.close();
    return {
      mode: 'poller',
      cpuUs: m.cpuUs,
      wallMs: m.wallMs,
      maxRssBytes: m.maxRssBytes,
      rssBeforeBytes: m.rssBeforeBytes,
      polled: m.result.polled,
      notModified: m.result.notModified,
      failed: m.result.failed.length,
      newItems: m.result.newItems.length,
    };
  } finally {
    await store.close();
  }
}

async function undiciClient(job: ClientJob): Promise<ClientReport> {
  const { Agent, request } = await import('undici');
  const agent = new Agent();
  // The headers the Fetcher sends for a feed (Accept, Accept-Encoding, User-Agent, If-None-Match).
  const { ACCEPT_FEED, DEFAULT_USER_AGENT } = await import('../src/reader/fetcher/fetcher.js');
  const loop = async (from: number, to: number) => {
    let next = from;
    const counts = { polled: 0, notModified: 0, failed: 0 };
    const worker = async () => {
      while (next < to) {
        const n = next++;
        const res = await request(feedUrl(job.origin, n), {
          dispatcher: agent,
          headers: { accept: ACCEPT_FEED, 'accept-encoding': 'gzip, br, deflate', 'user-agent': DEFAULT_USER_AGENT, 'if-none-match': storedEtag(n) },
        });
        counts.polled++;
        if (res.statusCode === 304) {
          counts.notModified++;
          await res.body.dump();
        } else if (res.statusCode === 200) {
          await res.body.arrayBuffer();
        } else {
          counts.failed++;
          await res.body.dump();
        }
      }
    };
    await Promise.all(Array.from({ length: job.concurrency }, worker));
    return counts;
  };
  const warm = await loop(job.feeds, job.feeds + job.warmup);
  if (warm.failed) throw new Error(`bench/service: baseline warm-up failed ${warm.failed} requests`);
  const profile = await startProfile('undici-loop');
  const m = await measureAround(() => loop(0, job.feeds));
  await profile?.stop();
  await agent.close();
  return { mode: 'undici', cpuUs: m.cpuUs, wallMs: m.wallMs, maxRssBytes: m.maxRssBytes, rssBeforeBytes: m.rssBeforeBytes, ...m.result, newItems: 0 };
}

async function clientMain(): Promise<void> {
  const [job] = (await once(process, 'message')) as [ClientJob];
  const report = job.mode === 'poller' ? await pollerClient(job) : await undiciClient(job);
  process.send!(report, () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------
// Parent.

const DB_NAME = 'bench.db';

/**
 * Writes the store every poller round starts from (copied per round: seeding 10,000 feeds one
 * transaction each takes longer than the cycle): the cycle's feeds due at CYCLE_AT, the warm-up
 * feeds at WARMUP_AT (rescheduled past CYCLE_AT by their poll), all holding the ETag of the
 * version the server had at the last poll.
 */
async function seedTemplate(dir: string, origin: string, feeds: number, warmup: number): Promise<void> {
  const { openSqliteStore } = await import('../src/store/sqlite/index.js');
  const store = await openSqliteStore(path.join(dir, DB_NAME), { lock: false });
  try {
    for (let n = 0; n < feeds + warmup; n++) {
      const nextCheckAt = n < feeds ? CYCLE_AT : WARMUP_AT;
      await store.feeds.upsertFeed({ url: feedUrl(origin, n), etag: storedEtag(n), nextCheckAt, intervalSeconds: 600 });
    }
  } finally {
    await store.close();
  }
}

/** Forks this module in `role`; the child inherits the tsx loader through `process.execArgv`. */
function forkRole(role: 'server' | 'client', env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return fork(THIS_FILE, [ROLE_FLAG, role], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
}

async function runClient(job: ClientJob): Promise<ClientReport> {
  const child = forkRole('client');
  const exited = once(child, 'exit');
  const reported = once(child, 'message') as Promise<[ClientReport]>;
  child.send(job);
  const winner = await Promise.race([reported.then(([r]) => r), exited.then(([code]) => code as number | null)]);
  if (typeof winner !== 'object' || winner === null) throw new Error(`bench/service: the ${job.mode} client exited with ${winner} before reporting`);
  await exited;
  return winner;
}

/** One variant's paired rounds: every client report of each round. */
async function runVariant(
  feeds: number,
  concurrency: number,
  rounds: number,
  changedEvery: number,
): Promise<{ poller: ClientReport[]; undici: ClientReport[] }> {
  const warmup = Math.min(2000, Math.max(500, Math.floor(feeds / 5)));
  const server = forkRole('server', { ...process.env, WIREWATCH_BENCH_CHANGED_EVERY: String(changedEvery) });
  const dirs: string[] = [];
  try {
    const [{ origin }] = (await once(server, 'message')) as [{ origin: string }];
    const template = mkdtempSync(path.join(tmpdir(), 'wirewatch-bench-'));
    dirs.push(template);
    await seedTemplate(template, origin, feeds, warmup);
    const out: { poller: ClientReport[]; undici: ClientReport[] } = { poller: [], undici: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of ['undici', 'poller'] as const) {
        const dbDir = mode === 'poller' ? mkdtempSync(path.join(tmpdir(), 'wirewatch-bench-')) : null;
        if (dbDir) {
          dirs.push(dbDir);
          for (const suffix of ['', '-wal', '-shm']) {
            const from = path.join(template, DB_NAME + suffix);
            if (existsSync(from)) copyFileSync(from, path.join(dbDir, DB_NAME + suffix));
          }
        }
        const report = await runClient({ mode, origin, feeds, warmup, concurrency, dbDir });
        if (report.polled !== feeds || report.failed > 0)
          throw new Error(`bench/service: the ${mode} client polled ${report.polled}/${feeds} feeds, ${report.failed} failed`);
        out[mode].push(report);
        if (dbDir) rmSync(dbDir, { recursive: true, force: true });
      }
    }
    return out;
  } finally {
    server.disconnect();
    await once(server, 'exit').catch(() => undefined);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

/**
 * Runs the service benchmark (see the module comment): two variants, every feed unchanged (`all_304`)
 * and one in `WIREWATCH_BENCH_CHANGED_EVERY` changed (`changed`, default 20: 5 %), each over
 * `WIREWATCH_BENCH_ROUNDS` paired rounds (default 3; the bare loop, then the poller, in fresh
 * processes).
 * @returns per variant: `service.<variant>.cpu_per_feed` (µs of client CPU per feed, median) with the
 *   median and min of the per-round ratios to the bare undici loop; `peak_rss` (MiB, median) likewise;
 *   for `changed`, CPU per new item (the cycle's CPU above the all-304 cycle's, per new item); the
 *   bare loop's own figures; the counts that show the cycle did what it should
 * @throws Error when a client fails, or when a cycle did not poll every feed without failure
 */
export async function benchService(): Promise<BenchResult[]> {
  const feeds = envInt('WIREWATCH_BENCH_FEEDS', 10_000, 1);
  const concurrency = envInt('WIREWATCH_BENCH_CONCURRENCY', 16, 1);
  const rounds = envInt('WIREWATCH_BENCH_ROUNDS', 3, 1);
  const changedEvery = envInt('WIREWATCH_BENCH_CHANGED_EVERY', 20, 1);
  const MiB = 1024 * 1024;
  const base = 'bare undici loop';
  const out: BenchResult[] = [];
  let allCpuUs = NaN;
  const variants = (process.env.WIREWATCH_BENCH_SERVICE_VARIANTS ?? 'all_304,changed').split(',');
  for (const [variant, every] of [
    ['all_304', 0],
    ['changed', changedEvery],
  ] as const) {
    if (!variants.includes(variant)) continue;
    const v = await runVariant(feeds, concurrency, rounds, every);
    const cpu = v.poller.map((r) => r.cpuUs);
    const rss = v.poller.map((r) => r.maxRssBytes / MiB);
    const p = v.poller[0];
    out.push(
      {
        name: `service.${variant}.cpu_per_feed`,
        value: summarise(cpu).median / feeds,
        unit: 'µs CPU/feed',
        baseline: base,
        ...pairedRatio(
          cpu,
          v.undici.map((r) => r.cpuUs),
        ),
      },
      {
        name: `service.${variant}.peak_rss`,
        value: summarise(rss).median,
        unit: 'MiB',
        baseline: base,
        ...pairedRatio(
          rss,
          v.undici.map((r) => r.maxRssBytes / MiB),
        ),
      },
      { name: `service.${variant}.undici_cpu_per_feed`, value: summarise(v.undici.map((r) => r.cpuUs)).median / feeds, unit: 'µs CPU/feed (bare loop)' },
      {
        name: `service.${variant}.feeds`,
        value: p.polled,
        unit: `feeds (${p.notModified} × 304, ${p.polled - p.notModified} × 200, ${p.newItems} new items, concurrency ${concurrency})`,
      },
    );
    if (variant === 'all_304') allCpuUs = summarise(cpu).median;
    else if (p.newItems > 0 && Number.isFinite(allCpuUs)) {
      out.push({
        name: 'service.changed.cpu_per_new_item',
        value: (summarise(cpu).median - allCpuUs) / p.newItems / 1000,
        unit: `ms CPU per new item (the cycle's CPU above the all-304 cycle's)`,
      });
    }
  }
  return out;
}

const role = process.argv.indexOf(ROLE_FLAG) >= 0 ? process.argv[process.argv.indexOf(ROLE_FLAG) + 1] : null;
if (role === 'server') {
  await serverMain();
} else if (role === 'client') {
  await clientMain();
} else if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  for (const r of await benchService()) {
    const ratio = r.ratio === undefined ? '' : `  ${r.ratio.toFixed(2)}× ${r.baseline}`;
    console.log(`${r.name.padEnd(36)} ${r.value.toFixed(r.value >= 100 ? 0 : 2).padStart(10)} ${r.unit}${ratio}`);
  }
}
