/**
 * Per-host limit benchmark (issue 23): the poller's scheduling (`runLimited`, `src/scheduler/poll-limits.ts`)
 * of N feeds all on one host against the same N feeds on N distinct hosts, in the same run, for
 * N = 2,500 and 10,000 (`polling.concurrency` 16, `polling.perHost` 2, the config defaults). Each task
 * stands in for a fetch: it completes on the next turn of the event loop, so what is measured is the
 * scheduling itself. Linear growth shows as a one-host/distinct ratio that stays flat from 2,500 to
 * 10,000 and a 10,000/2,500 ratio near 4 (the former scan of everything waiting was quadratic: 14.7×).
 *
 * On one host only `perHost` (2) tasks are in flight, against 16 on distinct hosts: the one-host pass
 * takes 8× the turns of the event loop, so its ratio to distinct hosts is the scheduler plus those
 * turns, not the scheduler alone. Its growth from 2,500 to 10,000 is the figure that tells linear from
 * quadratic; instruction counts (callgrind, docs/benchmarks.md) confirm it where CPU time is noisy.
 *
 * Figures: CPU ms of a pass after a full GC, the least of 3 passes per round (other processes only add
 * time), `WIREWATCH_BENCH_LIMIT_ROUNDS` paired rounds (default 5), median and min. Run alone: `npx tsx bench/poll-limits.ts`.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runLimited, type LimitedTask } from '../src/scheduler/poll-limits.js';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

const turn = () => new Promise<void>((r) => setImmediate(r));
/** Passes per figure in a round; the least CPU counts. */
const PASSES = 3;

/**
 * A full garbage collection, so that a pass does not pay for the garbage of what ran before it (the
 * service suite's, in `npm run bench`): a pass is 10–130 ms of CPU, and one major GC inside it moved the
 * 10,000 / 2,500 ratio between 2.3× and 5.6× for the same code.
 */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

async function cpuMsOf(n: number, oneHost: boolean): Promise<number> {
  const tasks: LimitedTask<number>[] = Array.from({ length: n }, (_, i) => ({
    host: oneHost ? 'news.example' : `h${i}.example`,
    run: async () => (await turn(), i),
  }));
  collect();
  const c = process.cpuUsage();
  await runLimited(tasks, 16, 2);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

/** @returns per N: one host vs distinct hosts (ratio), and the 10,000 / 2,500 growth on one host. */
export async function benchPollLimits(): Promise<BenchResult[]> {
  const rounds = Math.max(3, Number(process.env.WIREWATCH_BENCH_LIMIT_ROUNDS ?? 5));
  // Warm-up (JIT) of both paths, at the larger size.
  for (let w = 0; w < 2; w++) {
    await cpuMsOf(10_000, true);
    await cpuMsOf(10_000, false);
  }
  /** The least CPU of `PASSES` passes: interference from other processes only ever adds time. */
  const best = async (n: number, oneHost: boolean) => {
    let min = Infinity;
    for (let p = 0; p < PASSES; p++) min = Math.min(min, await cpuMsOf(n, oneHost));
    return min;
  };
  const sizes = [2_500, 10_000];
  const one: number[][] = sizes.map(() => []);
  const distinct: number[][] = sizes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [k, n] of sizes.entries()) {
      distinct[k].push(await best(n, false));
      one[k].push(await best(n, true));
    }
  }
  const out: BenchResult[] = [];
  for (const [k, n] of sizes.entries()) {
    out.push({
      name: `limits.one_host.${n}`,
      value: summarise(one[k]).median,
      unit: `ms CPU to schedule ${n} feeds on one host`,
      baseline: `limits.distinct_hosts.${n}`,
      ...pairedRatio(one[k], distinct[k]),
    });
    out.push({ name: `limits.distinct_hosts.${n}`, value: summarise(distinct[k]).median, unit: `ms CPU, ${n} feeds on ${n} hosts` });
  }
  out.push({
    name: 'limits.one_host.growth_10000_vs_2500',
    value: summarise(one[1]).median,
    unit: 'ms CPU (4× the feeds; linear ≈ 4×)',
    baseline: 'limits.one_host.2500',
    ...pairedRatio(one[1], one[0]),
  });
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchPollLimits()) process.stdout.write(JSON.stringify(r) + '\n');
}
