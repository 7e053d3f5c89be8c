/**
 * Start-up benchmark (issue 23): `wirewatch run` (the built CLI, `dist/cli/main.js`) from spawn to
 * the first 200 from `/readyz`, against a bare `node:http` server from spawn to its first 200, in
 * the same run, rounds interleaved. The service runs on a minimal config (SQLite on a temp file, no
 * feeds, no platform tokens: the console adapter only), which is the start-up every deployment pays.
 *
 * Two figures per side: wall time, and the child's CPU time (user + system from `/proc/PID/stat`,
 * read when the 200 arrives; 10 ms resolution) — CPU is what a shared box distorts least. Needs
 * `npm run build` first (the bench measures what `wirewatch run` runs, not tsx).
 *
 * Run alone: `npx tsx bench/startup.ts`. Env: `WIREWATCH_BENCH_STARTUP_ROUNDS` (default 3), `WIREWATCH_BENCH_CLI` (another build's
 * `dist/cli/main.js`, e.g. a copy of the previous one for a before/after pair).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = process.env.WIREWATCH_BENCH_CLI ?? path.join(repo, 'dist/cli/main.js');
const BARE = `require('node:http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1',function(){process.stderr.write('"port":'+this.address().port+',"msg":"http: listening"\\n')})`;

/** CPU seconds (user + system) of a live process, from /proc (Linux); NaN elsewhere. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** Spawns `args`, waits for its `http: listening` log line, then polls `path` until 200. */
async function timeToOk(args: string[], urlPath: string, env: NodeJS.ProcessEnv): Promise<{ wallMs: number; cpuMs: number }> {
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    let err = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /"port":(\d+)[^\n]*http: listening/.exec(err);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`startup bench: child exited ${code} before listening:\n${err.slice(-2000)}`)));
    });
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}${urlPath}`).catch(() => null);
      if (res) await res.arrayBuffer();
      if (res?.status === 200) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    return { wallMs: performance.now() - t0, cpuMs: cpuOf(child.pid!) * 1000 };
  } finally {
    child.kill('SIGKILL');
  }
}

/**
 * @returns `startup.run_readyz.{cpu,wall}` (median and min over the rounds) with the median and min of
 * the per-round ratios to the bare server's; throws when `dist/` is not built.
 */
export async function benchStartup(rounds = Number(process.env.WIREWATCH_BENCH_STARTUP_ROUNDS ?? 3)): Promise<BenchResult[]> {
  if (!existsSync(CLI)) throw new Error('startup bench: run `npm run build` first (it measures dist/cli/main.js)');
  const dir = mkdtempSync(path.join(tmpdir(), 'ww-bench-startup-'));
  try {
    const cfg = path.join(dir, 'w.yaml');
    const env = { PATH: process.env.PATH ?? '', HOME: dir };
    const ours = { wall: [] as number[], cpu: [] as number[] };
    const bare = { wall: [] as number[], cpu: [] as number[] };
    for (let i = 0; i <= rounds; i++) {
      const b = await timeToOk(['-e', BARE], '/', env);
      const db = path.join(dir, `w${i}.db`); // a first start: migrations included
      writeFileSync(
        cfg,
        `store: { path: ${JSON.stringify(db)} }\nhttp: { host: 127.0.0.1, port: 0 }\nconsole: { dir: ${JSON.stringify(path.join(dir, 'console'))} }\n`,
      );
      const o = await timeToOk([CLI, 'run', '--config', cfg], '/readyz', env);
      if (i === 0) continue; // warm-up: file cache
      bare.wall.push(b.wallMs);
      bare.cpu.push(b.cpuMs);
      ours.wall.push(o.wallMs);
      ours.cpu.push(o.cpuMs);
    }
    const rows: BenchResult[] = [];
    for (const k of ['cpu', 'wall'] as const) {
      const s = summarise(ours[k]);
      const base = summarise(bare[k]);
      rows.push({ name: `startup.bare_http.${k}`, value: base.median, unit: `ms (min ${base.min.toFixed(0)})` });
      rows.push({
        name: `startup.run_readyz.${k}`,
        value: s.median,
        unit: `ms (min ${s.min.toFixed(0)})`,
        baseline: `startup.bare_http.${k}`,
        ...pairedRatio(ours[k], bare[k]),
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchStartup().then((rs) => {
    for (const r of rs) process.stdout.write(JSON.stringify(r) + '\n');
  });
}
