/**
 * Per-host limit benchmark (issue 23): the poller's scheduling (`runLimited`, `src/scheduler/poll-limits.ts`)
 * of N feeds all on one host against the same N feeds on N distinct hosts, in the same run, for
 * N = 2,500 and 10,000 (`polling.concurrency` 16, `polling.perHost` 2, the config defaults). Linear
 * growth shows as a 10,000 / 2,500 ratio near 4 and a one-host/distinct ratio that stays flat; the
 * former scan of everything waiting was quadratic (≈ 16× for 4× the feeds).
 *
 * What is timed is the scheduler (ADR 0293): each task stands in for a fetch that completes at once
 * (its promise settles on the next microtask), so a pass is the scheduler's own work — heap, host
 * queues, one promise chain per task — and no turns of the event loop (which a task that waits a turn
 * adds: 8× as many on one host, where only `perHost` run at a time, as on distinct hosts).
 *
 * A pass of 2,500 feeds is a few ms of CPU, which a busy box's scheduling noise swamps (the session-8 row
 * printed 13× for what instruction counts showed was 3.93×). So one sample is `TASKS_PER_SAMPLE` feeds
 * scheduled (80 passes of 2,500, 20 of 10,000: ≈ 0.1–0.5 s of CPU) after a full GC; a figure is the CPU
 * of one pass in that sample (sample ÷ passes), the least of `PASSES` samples in a round (other
 * processes only add time), over `WIREWATCH_BENCH_LIMIT_ROUNDS` paired rounds (default 5): median and
 * min. Run alone: `npx tsx bench/poll-limits.ts`.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runLimited, type LimitedTask } from '../src/scheduler/poll-limits.js';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

/** Samples per figure in a round; the least counts. */
const PASSES = 3;
/** Feeds scheduled in one measured sample, whatever the size of a pass. */
const TASKS_PER_SAMPLE = 200_000;

/**
 * A full garbage collection before each sample, so that it does not pay for the garbage of what ran
 * before it (the service suite's, in `npm run bench`).
 */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** `n` tasks on one host or on `n` hosts, each completing on the next microtask. */
function tasksOf(n: number, oneHost: boolean): LimitedTask<number>[] {
  return Array.from({ length: n }, (_, i) => ({ host: oneHost ? 'news.example' : `h${i}.example`, run: async () => i }));
}

/** CPU ms of one pass of `tasks`: a sample of `TASKS_PER_SAMPLE` feeds scheduled, divided by its passes. */
async function cpuMsPerPass(tasks: LimitedTask<number>[]): Promise<number> {
  const passes = Math.max(1, Math.round(TASKS_PER_SAMPLE / tasks.length));
  collect();
  const c = process.cpuUsage();
  for (let p = 0; p < passes; p++) await runLimited(tasks, 16, 2);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000 / passes;
}

/** @returns per N: one host vs distinct hosts (ratio), and the 10,000 / 2,500 growth on one host. */
export async function benchPollLimits(): Promise<BenchResult[]> {
  const rounds = Math.max(3, Number(process.env.WIREWATCH_BENCH_LIMIT_ROUNDS ?? 5));
  const sizes = [2_500, 10_000];
  const work = sizes.map((n) => ({ one: tasksOf(n, true), distinct: tasksOf(n, false) }));
  // Warm-up (JIT) of both paths, at the larger size.
  await cpuMsPerPass(work[1].one);
  await cpuMsPerPass(work[1].distinct);
  /** The least CPU per pass of `PASSES` samples: interference from other processes only ever adds time. */
  const best = async (tasks: LimitedTask<number>[]) => {
    let min = Infinity;
    for (let p = 0; p < PASSES; p++) min = Math.min(min, await cpuMsPerPass(tasks));
    return min;
  };
  const one: number[][] = sizes.map(() => []);
  const distinct: number[][] = sizes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [k, w] of work.entries()) {
      distinct[k].push(await best(w.distinct));
      one[k].push(await best(w.one));
    }
  }
  const out: BenchResult[] = [];
  for (const [k, n] of sizes.entries()) {
    out.push({
      name: `limits.one_host.${n}`,
      value: summarise(one[k]).median,
      unit: `ms CPU to schedule ${n} feeds on one host (per pass; ${TASKS_PER_SAMPLE} feeds a sample)`,
      baseline: `limits.distinct_hosts.${n}`,
      ...pairedRatio(one[k], distinct[k]),
    });
    out.push({ name: `limits.distinct_hosts.${n}`, value: summarise(distinct[k]).median, unit: `ms CPU, ${n} feeds on ${n} hosts (per pass)` });
  }
  out.push({
    name: 'limits.one_host.growth_10000_vs_2500',
    value: summarise(one[1]).median,
    unit: 'ms CPU per pass (4× the feeds; linear ≈ 4×)',
    baseline: 'limits.one_host.2500',
    ...pairedRatio(one[1], one[0]),
  });
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchPollLimits()) process.stdout.write(JSON.stringify(r) + '\n');
}
