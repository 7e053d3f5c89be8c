/**
 * `npm run soak -- --minutes 8 --feeds 200 [--dist]`: runs `wirewatch run` (a child process, the real CLI;
 * `--dist` runs the built `dist/` as the Docker image does, else the sources under tsx)
 * against a loopback feed server of ordinary feeds that publish a new item every minute, with hostile
 * feeds mixed in (entity blow-up, 100k nested elements, 100k items, a 14 MiB feed, a 14 MiB item,
 * a server that never answers, garbage). Probes /healthz every 250 ms, samples the child's RSS, sends
 * SIGTERM at the end, then compares what the feed server served with what the database holds.
 *
 * Prints (stdout): peak RSS, max and p99 /healthz latency (and the same for an idle control server,
 * the machine's own scheduling noise, with the load average), failed probes, items served / stored /
 * lost, shutdown time and exit code, and each hostile feed's recorded error. Exit code 1 when a
 * target is missed (healthz > 100 ms, RSS > 512 MiB, an item lost, exit ≠ 0 or shutdown over the timeout).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { billionLaughs, deepNesting, manyItems, quadraticBlowup } from '../src/reader/parser/testdata/hostile.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '8' },
    feeds: { type: 'string', default: '200' },
    'shutdown-timeout': { type: 'string', default: '10' },
    'cpu-prof': { type: 'string' },
    dist: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
const feedCount = Number(values.feeds);
const shutdownTimeoutS = Number(values['shutdown-timeout']);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (m: string) => process.stderr.write(`soak: ${m}\n`);

// ---- the feed server -------------------------------------------------------------------------
const started = Date.now();
const minuteNow = () => Math.floor((Date.now() - started) / 60_000);
const HOSTILE_KINDS = ['blowup', 'laughs', 'deep', 'many', 'bigfeed', 'bigitem', 'hang', 'garbage'] as const;
type Kind = 'ok' | (typeof HOSTILE_KINDS)[number];
const kindOf = (i: number): Kind => (i % 20 === 7 ? HOSTILE_KINDS[Math.floor(i / 20) % HOSTILE_KINDS.length] : 'ok');
const served = new Map<string, Set<string>>(); // feed path → guids served in a 200

const para = (i: number, m: number) =>
  `<p>Officials in Niš said on day ${m} that the plan for district ${i} would go ahead, according to a statement. ` +
  `"We are ready to start the work next week," the mayor said. The council will meet again on Friday.</p>`;

function okFeed(i: number): { body: string; etag: string; guids: string[] } {
  const m = minuteNow();
  const guids: string[] = [];
  const items: string[] = [];
  for (let k = m; k >= Math.max(0, m - 19); k--) {
    const guid = `feed${i}-m${k}`;
    guids.push(guid);
    items.push(
      `<item><title>District ${i} story of minute ${k}</title><link>http://127.0.0.1/${i}/${k}</link><guid isPermaLink="false">${guid}</guid>` +
        `<pubDate>${new Date(started + k * 60_000).toUTCString()}</pubDate><description><![CDATA[${para(i, k).repeat(4)}]]></description></item>`,
    );
  }
  return {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${i}</title><link>http://127.0.0.1/</link>${items.join('')}</channel></rss>`,
    etag: `"f${i}-m${m}"`,
    guids,
  };
}

const cache = new Map<Kind, string>();
function hostileBody(kind: Kind): string {
  let b = cache.get(kind);
  if (b) return b;
  const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
  if (kind === 'blowup') b = quadraticBlowup();
  else if (kind === 'laughs') b = billionLaughs().replace('&lol9;', '&lol9;'.repeat(5000));
  else if (kind === 'deep') b = deepNesting(100_000);
  else if (kind === 'many') b = manyItems(100_000);
  else if (kind === 'bigfeed') {
    const items: string[] = [];
    for (let n = 0; n < 4000; n++)
      items.push(
        `<item><title>Archive ${n}</title><link>http://127.0.0.1/a/${n}</link><guid>arch-${n}</guid><description><![CDATA[${para(n, 0).repeat(18)}]]></description></item>`,
      );
    b = rss(items.join(''));
  } else if (kind === 'bigitem')
    b = rss(
      `<item><title>Huge</title><link>http://127.0.0.1/huge</link><guid>huge</guid><description><![CDATA[${para(0, 0).repeat(Math.floor((14 * 1024 * 1024) / para(0, 0).length))}]]></description></item>`,
    );
  else b = 'garbage \u0000\u0001 not a feed <<<<'.repeat(1000);
  cache.set(kind, b);
  return b;
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
  if (!m) return void res.writeHead(404).end();
  const i = Number(m[1]);
  const kind = kindOf(i);
  if (kind === 'hang') return; // never answers (the fetcher's timeout ends it)
  if (kind !== 'ok') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(hostileBody(kind));
  const f = okFeed(i);
  if (req.headers['if-none-match'] === f.etag) return void res.writeHead(304, { etag: f.etag }).end();
  const set = served.get(req.url!) ?? new Set<string>();
  for (const g of f.guids) set.add(g);
  served.set(req.url!, set);
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: f.etag }).end(f.body);
});
// Built before the service starts: building a 14 MiB string inside a request would stall this
// process's own loop and show up as /healthz latency that is not the service's.
for (const k of HOSTILE_KINDS) hostileBody(k);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const feedPort = (server.address() as AddressInfo).port;

// ---- the service -------------------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-soak-'));
const dbFile = join(dir, 'soak.db');
const cfg = join(dir, 'soak.yaml');
writeFileSync(
  cfg,
  [
    `store: { path: ${dbFile} }`,
    'http: { host: 127.0.0.1, port: 0 }',
    'log: { level: info }',
    'fetch: { allowCidrs: [ "127.0.0.1/32" ], timeout: 20s }',
    'polling: { interval: 1m, tick: 5s }',
    `digests: { shutdownTimeout: ${shutdownTimeoutS}s }`,
    'topics:',
    '  - { id: nis, name: Niš, terms: [ "Niš" ] }',
    'feeds:',
    ...Array.from({ length: feedCount }, (_, i) => `  - http://127.0.0.1:${feedPort}/feed/${i}.xml`),
    '',
  ].join('\n'),
);
// --cpu-prof DIR: the service writes V8 CPU profiles (one per thread) there, for finding what blocks the loop.
const profArgs = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])] : [];
// --dist: the compiled service (`npm run build` first), as the Docker image runs it; without it the
// sources run under tsx, whose loader and compiled modules add about 30 MiB to each thread's RSS.
const entry = values.dist ? [join(root, 'dist/cli/main.js')] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];
const child = spawn(process.execPath, [...profArgs, ...entry, 'run', '--config', cfg], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, WIREWATCH_LOG_LEVEL: 'info' },
});
let stderr = '';
let httpPort = 0;
const childLog = join(tmpdir(), `wirewatch-soak-${process.pid}.log`);
const logStream = createWriteStream(childLog);
child.stderr.on('data', (d: Buffer) => {
  logStream.write(d);
  stderr += d.toString();
  if (stderr.length > 4_000_000) stderr = stderr.slice(-1_000_000);
  const m = /"port":(\d+)[^\n]*http: listening/.exec(stderr);
  if (!httpPort && m) httpPort = Number(m[1]);
});
const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
let exitedEarly = false;
void exited.then(() => (exitedEarly = true));

function rssMiB(): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

// The machine's own noise: an idle Node process answering the same request. On a shared machine its
// latency is what scheduling alone costs; the service's /healthz above it is the service's own.
const control = spawn(
  process.execPath,
  ['-e', "require('http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })"],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const controlPort = await new Promise<number>((r) => control.stdout.once('data', (d: Buffer) => r(Number(d.toString().trim()))));

/**
 * The service's main-thread heap and external (Buffer) memory from /metrics, in MiB (for finding what
 * holds RSS). `heap` is what V8 has reserved (live objects plus garbage not yet collected), `used` the
 * objects at the sample — under load most of the gap is garbage awaiting a collection, not retained data.
 */
const mainPeak = { heap: 0, used: 0, external: 0 };
/** The service's own worst event-loop delay (prom-client's `monitorEventLoopDelay`, reset at each scrape), ms, and when. */
const loopLag = { max: 0, atS: 0 };
function sampleMetrics(): Promise<void> {
  return new Promise((r) => {
    const req = request({ host: '127.0.0.1', port: httpPort, path: '/metrics', timeout: 5000 }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => {
        const mib = (name: string) => Number(new RegExp(`^wirewatch_${name} (\\S+)`, 'm').exec(text)?.[1] ?? 0) / 1048576;
        mainPeak.heap = Math.max(mainPeak.heap, mib('nodejs_heap_size_total_bytes'));
        mainPeak.used = Math.max(mainPeak.used, mib('nodejs_heap_size_used_bytes'));
        mainPeak.external = Math.max(mainPeak.external, mib('nodejs_external_memory_bytes'));
        const lagMs = Number(/^wirewatch_nodejs_eventloop_lag_max_seconds (\S+)/m.exec(text)?.[1] ?? 0) * 1000;
        if (lagMs > loopLag.max) Object.assign(loopLag, { max: lagMs, atS: (Date.now() - started) / 1000 });
        r();
      });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => r());
    req.end();
  });
}

function probe(port = httpPort): Promise<number | null> {
  const t0 = performance.now();
  return new Promise((r) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => r(res.statusCode === 200 ? performance.now() - t0 : null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => r(null));
    req.end();
  });
}

while (!httpPort && !exitedEarly) await new Promise((r) => setTimeout(r, 100));
log(`service up on :${httpPort}; ${feedCount} feeds (${[...Array(feedCount).keys()].filter((i) => kindOf(i) !== 'ok').length} hostile) for ${minutes} min`);
const latencies: number[] = [];
const controlLatencies: number[] = [];
let failedProbes = 0;
let peakRss = 0;
const end = Date.now() + minutes * 60_000;
let lastReport = Date.now();
while (Date.now() < end && !exitedEarly) {
  const ms = await probe();
  const controlMs = await probe(controlPort);
  if (controlMs !== null) controlLatencies.push(controlMs);
  if (ms === null) failedProbes++;
  else latencies.push(ms);
  if (ms !== null && ms > 100) log(`${((Date.now() - started) / 1000).toFixed(1)} s: /healthz took ${ms.toFixed(0)} ms (control ${controlMs?.toFixed(0)} ms)`);
  peakRss = Math.max(peakRss, rssMiB());
  if (latencies.length % 8 === 0) await sampleMetrics();
  if (Date.now() - lastReport > 60_000) {
    lastReport = Date.now();
    log(`${Math.round((Date.now() - started) / 1000)} s: max healthz ${Math.max(...latencies).toFixed(1)} ms, peak RSS ${peakRss.toFixed(0)} MiB`);
  }
  await new Promise((r) => setTimeout(r, 250));
}
const diedDuringRun = exitedEarly;
const t0 = performance.now();
child.kill('SIGTERM');
const exit = await exited;
const shutdownMs = performance.now() - t0;
peakRss = Math.max(peakRss, rssMiB());
server.closeAllConnections();
server.close();

// ---- what was lost -------------------------------------------------------------------------------
const db = new Database(dbFile, { readonly: true });
const stored = new Set(
  (db.prepare('SELECT f.url AS url, i.key AS key FROM items i JOIN feeds f ON f.id = i.feed_id').all() as { url: string; key: string }[]).map(
    (r) => `${new URL(r.url).pathname}\u0000${r.key}`,
  ),
);
// An item not stored counts as lost only when the feed's stored validator already covers it (the next
// poll would get a 304 and never see it). One newer than the validator is fetched again next start.
const etags = new Map(
  (db.prepare('SELECT url, etag FROM feeds').all() as { url: string; etag: string | null }[]).map((r) => [
    new URL(r.url).pathname,
    Number(/-m(\d+)"/.exec(r.etag ?? '')?.[1] ?? -1),
  ]),
);
let servedCount = 0;
let lost = 0;
let pending = 0;
const lostExamples: string[] = [];
for (const [path, guids] of served) {
  for (const g of guids) {
    servedCount++;
    if (stored.has(`${path}\u0000${g}`)) continue;
    if (Number(/-m(\d+)$/.exec(g)?.[1]) > (etags.get(path) ?? -1)) {
      pending++;
      continue;
    }
    lost++;
    if (lostExamples.length < 5) lostExamples.push(`${path} ${g}`);
  }
}
const hostile = (
  db.prepare('SELECT url, last_error AS e, error_count AS n FROM feeds WHERE last_error IS NOT NULL').all() as { url: string; e: string; n: number }[]
).map((r) => `${kindOf(Number(/(\d+)\.xml/.exec(r.url)?.[1]))} → ${r.e.slice(0, 90)} (×${r.n})`);
db.close();
rmSync(dir, { recursive: true, force: true });

control.kill();
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { p99: sorted[Math.floor(sorted.length * 0.99)] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
};
const { p99, max } = stats(latencies);
const ctl = stats(controlLatencies);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const out = [
  `soak: ${minutes} min, ${feedCount} feeds (${hostile.length} with errors recorded), shutdownTimeout ${shutdownTimeoutS} s`,
  `service event-loop delay (in-process, between /metrics scrapes every 2 s): max ${loopLag.max.toFixed(1)} ms at ${loopLag.atS.toFixed(0)} s`,
  `peak RSS: ${peakRss.toFixed(0)} MiB (main thread at most: V8 heap ${mainPeak.heap.toFixed(0)} MiB reserved, ${mainPeak.used.toFixed(0)} MiB used, Buffers ${mainPeak.external.toFixed(0)} MiB)`,
  `/healthz: ${latencies.length} ok, ${failedProbes} failed, max ${max.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
  `control (an idle Node server on this machine, the scheduling noise): max ${ctl.max.toFixed(1)} ms, p99 ${ctl.p99.toFixed(1)} ms; load average at the end ${load}`,
  `items: ${servedCount} served, ${servedCount - lost - pending} stored, ${pending} in flight at SIGTERM (validators kept: fetched again at the next start), ${lost} lost${lostExamples.length ? ` (e.g. ${lostExamples.join('; ')})` : ''}`,
  `service log: ${childLog}`,
  `exit: ${diedDuringRun ? 'DIED DURING THE RUN, ' : ''}code ${exit.code ?? exit.signal} after SIGTERM in ${(shutdownMs / 1000).toFixed(1)} s`,
  ...[...new Set(hostile)].sort().map((h) => `  ${h}`),
];
process.stdout.write(out.join('\n') + '\n');
const ok =
  !diedDuringRun && max <= 100 && failedProbes === 0 && peakRss <= 512 && lost === 0 && exit.code === 0 && shutdownMs <= shutdownTimeoutS * 1000 + 2000;
process.exitCode = ok ? 0 : 1;
