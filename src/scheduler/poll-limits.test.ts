import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runLimited, type LimitedTask } from './poll-limits.js';

/**
 * The start order the former scan gave (the earliest waiting task whose host has a free slot), for
 * a given completion schedule: the reference the per-host queues must reproduce.
 */
function referenceOrder(hosts: string[], maxConcurrent: number, perHost: number, finishPicks: number[]): number[] {
  const waiting = hosts.map((_, i) => i);
  const active = new Map<string, number>();
  const running: number[] = [];
  const started: number[] = [];
  const pump = () => {
    for (let w = 0; w < waiting.length && running.length < maxConcurrent;) {
      const i = waiting[w];
      if ((active.get(hosts[i]) ?? 0) >= perHost) {
        w++;
        continue;
      }
      waiting.splice(w, 1);
      running.push(i);
      started.push(i);
      active.set(hosts[i], (active.get(hosts[i]) ?? 0) + 1);
    }
  };
  pump();
  let k = 0;
  while (running.length > 0) {
    const [i] = running.splice(finishPicks[k++ % finishPicks.length] % running.length, 1);
    active.set(hosts[i], active.get(hosts[i])! - 1);
    pump();
  }
  return started;
}

const flush = () => new Promise<void>((r) => setImmediate(r));

async function observedOrder(hosts: string[], maxConcurrent: number, perHost: number, finishPicks: number[]) {
  const running: { i: number; finish: () => void }[] = [];
  const started: number[] = [];
  let peak = 0;
  const peakPerHost = new Map<string, number>();
  const tasks: LimitedTask<number>[] = hosts.map((host, i) => ({
    host,
    run: () =>
      new Promise<number>((resolve, reject) => {
        started.push(i);
        running.push({ i, finish: () => (i % 7 === 3 ? reject(new Error(`task ${i}`)) : resolve(i)) });
        peak = Math.max(peak, running.length);
        const same = running.filter((r) => hosts[r.i] === host).length;
        peakPerHost.set(host, Math.max(peakPerHost.get(host) ?? 0, same));
      }),
  }));
  const all = runLimited(tasks, maxConcurrent, perHost);
  await flush();
  let k = 0;
  while (running.length > 0) {
    const [r] = running.splice(finishPicks[k++ % finishPicks.length] % running.length, 1);
    r.finish();
    await flush();
  }
  return { results: await all, started, peak, peakPerHost };
}

describe('runLimited', () => {
  it('starts tasks in the same order as a scan of everything waiting, within both limits, results in input order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 0, maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(10), { minLength: 1, maxLength: 10 }),
        async (hosts, maxConcurrent, perHost, picks) => {
          const seen = await observedOrder(hosts, maxConcurrent, perHost, picks);
          expect(seen.started).toEqual(referenceOrder(hosts, maxConcurrent, perHost, picks));
          expect(seen.peak).toBeLessThanOrEqual(maxConcurrent);
          for (const n of seen.peakPerHost.values()) expect(n).toBeLessThanOrEqual(perHost);
          expect(seen.results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(
            hosts.map((_, i) => (i % 7 === 3 ? `task ${i}` : i)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps a slow host from holding global slots: other hosts run while it is at its limit', async () => {
    const hosts = ['slow', 'slow', 'slow', 'fast', 'fast'];
    const seen = await observedOrder(hosts, 3, 1, [0]);
    expect(seen.started.slice(0, 2)).toEqual([0, 3]);
  });
});
