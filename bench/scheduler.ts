/**
 * Scheduler benchmark (issue 21): a subscription is added while 1,000 others exist, every one on the
 * fastest schedule (`* * * * *`, the worst case for a calendar that scans), in the in-memory store.
 * Figures:
 * - the digest tick that first sees the new subscription (1,001 schedules evaluated: each one's latest
 *   occurrence, the new one's first window), wall ms, against the same tick with the calendar work
 *   stubbed out (store reads, ledger hand-off), so the ratio is what the calendar adds;
 * - the longest event-loop delay during that tick (ms; `perf_hooks.monitorEventLoopDelay`), which is
 *   what would have expired a Discord interaction (3 s) before this change;
 * - one first-window computation (`previous` over an 8-day lookback) in µs, against the former
 *   forward scan over the same 8 days (11,520 occurrences), measured here as the baseline.
 * Run alone: `npx tsx bench/run.ts scheduler`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Cron } from 'croner';
import { ManualClock } from '../src/model/clock.js';
import type { PlatformName, Subscription } from '../src/model/subscription.js';
import { CronCalendar } from '../src/scheduler/calendar.js';
import { DigestScheduler } from '../src/scheduler/digest-scheduler.js';
import { createMemoryStore } from '../src/store/memory/memory-store.js';
import { sampleSubscription } from '../src/store/testdata/samples.js';
import type { BenchResult } from './types.js';

const EXISTING = Number(process.env.WIREWATCH_BENCH_SUBSCRIPTIONS ?? 1000);
const NOW = new Date('2026-11-27T12:00:30Z');

async function tickWithNewSubscription(stubCalendar: boolean): Promise<{ ms: number; maxDelayMs: number; handed: number }> {
  const clock = new ManualClock(NOW);
  const store = createMemoryStore({ clock });
  for (let i = 0; i < EXISTING; i++) {
    const sub: Subscription = {
      ...sampleSubscription({ id: `s${i}`, channel: `c${i}`, cron: '* * * * *', timezone: 'Europe/Belgrade' }),
      lastWindowEnd: new Date(NOW.getTime() - 90_000),
    };
    await store.subscriptions.upsertSubscription(sub);
  }
  await store.subscriptions.upsertSubscription(sampleSubscription({ id: 'new', channel: 'new', cron: '* * * * *', timezone: 'Europe/Belgrade' }));
  const scheduler = new DigestScheduler({
    subscriptions: store.subscriptions,
    dispatcher: { deliver: async () => ({ status: 'sent' }) },
    clock,
    graceMs: 3_600_000,
    platforms: () => new Set<PlatformName>([sampleSubscription().platform]),
  });
  if (stubCalendar) {
    const at = new Date(NOW.getTime() - 30_000);
    const stub = { next: () => null, latest: () => at, previous: () => at, between: () => [] } as unknown as CronCalendar;
    (scheduler as unknown as { calendar: () => CronCalendar }).calendar = () => stub;
  }
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const t0 = performance.now();
  const handed = await scheduler.tick(NOW);
  const ms = performance.now() - t0;
  h.disable();
  return { ms, maxDelayMs: h.max / 1e6, handed };
}

/** The former first-window computation: every occurrence from eight days back, forward, one at a time. */
function scanForward(cron: Cron, at: Date): Date | null {
  let last: Date | null = null;
  let t: Date | null = new Date(at.getTime() - 8 * 86_400_000);
  for (;;) {
    t = cron.nextRun(t);
    if (!t || t.getTime() >= at.getTime()) return last;
    last = t;
  }
}

export async function benchScheduler(): Promise<BenchResult[]> {
  await tickWithNewSubscription(false); // warm-up (JIT)
  const base = await tickWithNewSubscription(true);
  const real = await tickWithNewSubscription(false);
  if (real.handed !== EXISTING + 0 && real.handed !== EXISTING + 1) throw new Error(`bench: expected ${EXISTING} digests handed, got ${real.handed}`);

  const cal = new CronCalendar('* * * * *', 'Europe/Belgrade');
  const cron = new Cron('* * * * *', { timezone: 'Europe/Belgrade', paused: true });
  const reps = 200;
  let t0 = performance.now();
  for (let i = 0; i < reps; i++) cal.previous(new Date(NOW.getTime() + i * 60_000));
  const stepUs = ((performance.now() - t0) * 1000) / reps;
  const scans = 3;
  t0 = performance.now();
  for (let i = 0; i < scans; i++) scanForward(cron, new Date(NOW.getTime() + i * 60_000));
  const scanUs = ((performance.now() - t0) * 1000) / scans;
  if (cal.previous(NOW)?.getTime() !== scanForward(cron, NOW)?.getTime()) throw new Error('bench: backward step and forward scan disagree');

  return [
    {
      name: `tick adding 1 subscription to ${EXISTING} (* * * * *)`,
      value: real.ms,
      unit: 'ms',
      baseline: 'same tick, calendar stubbed',
      ratio: real.ms / base.ms,
    },
    {
      name: 'longest event-loop delay during that tick',
      value: real.maxDelayMs,
      unit: 'ms',
      baseline: 'calendar stubbed',
      ratio: real.maxDelayMs / Math.max(base.maxDelayMs, 1e-3),
    },
    { name: 'first window of a * * * * * subscription', value: stepUs, unit: 'µs', baseline: 'forward scan over 8 days', ratio: stepUs / scanUs },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchScheduler()
    .then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'))
    .catch((e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exitCode = 1;
    });
}
