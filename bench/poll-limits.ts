/**
 * Per-host limit benchmark (issue 23): the poller's scheduling (`runLimited`, `src/scheduler/poll-limits.ts`)
 * of N feeds all on one host against the same N feeds on N distinct hosts, in the same run, for
 * N = 2,500 and 10,000 (`polling.concurrency` 16, `polling.perHost` 2, the config defaults). Each task
 * stands in for a fetch: it completes on the next turn of the event loop, so what is measured is the
 * scheduling itself. Linear growth shows as a one-host/distinct ratio that stays flat from 2,500 to
 * 10,000 and a 10,000/2,500 ratio near 4 (the former scan of everything waiting was quadratic: 14.7×).
 *
 * Figures: CPU ms per pass, `WIREWATCH_BENCH_LIMIT_ROUNDS` paired rounds (default 3), median and min.
 * Run alone: `npx tsx bench/poll-limits.ts`.
 */
import { pathToFileURL } from 'node:url';
import { runLimited, type LimitedTask } from '../src/scheduler/poll-limits.js';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

const turn = () => new Promise<void>((r) => setImmediate(r));

async function cpuMsOf(n: number, oneHost: boolean): Promise<number> {
  const tasks: LimitedTask<number>[] = Array.from({ length: n }, (_, i) => ({
    host: oneHost ? 'news.example' : `h${i}.example`,
    run: async () => (await turn(), i),
  }));
  const c = process.cpuUsage();
  await runLimited(tasks, 16, 2);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

/** @returns per N: one host vs distinct hosts (ratio), and the 10,000 / 2,500 growth on one host. */
export async function benchPollLimits(): Promise<BenchResult[]> {
  const rounds = Math.max(3, Number(process.env.WIREWATCH_BENCH_LIMIT_ROUNDS ?? 3));
  await cpuMsOf(2_000, true); // warm-up
  const sizes = [2_500, 10_000];
  const one: number[][] = sizes.map(() => []);
  const distinct: number[][] = sizes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [k, n] of sizes.entries()) {
      distinct[k].push(await cpuMsOf(n, false));
      one[k].push(await cpuMsOf(n, true));
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
