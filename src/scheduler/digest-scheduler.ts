/**
 * Digest schedules. `tick(now)` does everything due at `now`: for each active subscription it finds the
 * latest occurrence of its cron (in its time zone, `CronCalendar`) not yet delivered and hands that
 * window to the dispatcher. The same call serves three callers:
 * - live: node-cron fires one job per subscription in its time zone (`startLive`), which calls `tick`;
 * - catch-up on start: occurrences missed while the service was down are sent once if at most `graceMs`
 *   old (an older one is skipped; its stories roll into the next window, which starts at the last one sent);
 *   a new subscription's first window starts at `min(occurrence before it was first seen, first seen − 24 h)`,
 *   so its first digest covers at least the last 24 h;
 * - tests: an injected clock is moved and `tick` called, so a day passes in milliseconds.
 * A window is `[lastWindowEnd ?? previous occurrence, occurrence)`; its ledger subject is the ISO
 * interval `start/end`, the same after a crash, so a restarted service resumes the same delivery row.
 */
import type NodeCron from 'node-cron';
import type { Clock } from '../model/clock.js';
import { windowSubject } from '../model/delivery.js';
import type { Subscription, PlatformName } from '../model/subscription.js';
import type { DeliveryStore, SubscriptionStore } from '../store/store.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { CronCalendar } from './calendar.js';

/** A new subscription's first digest covers at least this much (ms): the last 24 h (README, issue 7). */
export const FIRST_WINDOW_MS = 86_400_000;

/** The part of the dispatcher the scheduler uses. */
export interface DigestDeliverer {
  deliver(sub: Subscription, kind: 'digest', subject: string): Promise<{ status: string }>;
}

/** Subscriptions evaluated between two yields to the event loop. */
const YIELD_EVERY = 50;

export interface DigestSchedulerOptions {
  subscriptions: SubscriptionStore;
  /**
   * The ledger: a subscription whose last digest is still `pending` (being retried, or waiting for its
   * adapter) gets no new window until it is resolved; stories seen meanwhile go into the next one.
   */
  deliveries?: Pick<DeliveryStore, 'pendingDeliveries'>;
  dispatcher: DigestDeliverer;
  clock: Clock;
  /** Missed digests at most this old (ms) are sent on start. */
  graceMs: number;
  /** Platforms with a running adapter; subscriptions on others wait. */
  platforms: () => Set<PlatformName>;
  /**
   * What a live cron job fires (default: this scheduler's own `tick`). The service passes its whole
   * tick, so a digest is never composed while a poll round is still storing items first seen before
   * the digest's window end (those items would otherwise land in a window already sent).
   */
  onDue?: () => void;
  logger?: Logger;
}

export class DigestScheduler {
  private readonly log: Logger;
  private startedAt: Date | null = null;
  private readonly calendars = new Map<string, CronCalendar>();
  private readonly live = new Map<string, { key: string; task: { stop(): void | Promise<void> } }>();
  private running: Promise<number> | null = null;
  /**
   * For subscriptions first seen by this process: the occurrence before they were seen. Their first
   * window starts up to 24 h earlier, but an occurrence before they existed is not sent on start.
   * (Not persisted: after a restart before the first digest, an occurrence within grace may be sent.)
   */
  private readonly firstDueAfter = new Map<string, Date>();

  constructor(private readonly opts: DigestSchedulerOptions) {
    this.log = opts.logger ?? silentLogger;
  }

  private calendar(sub: Subscription): CronCalendar {
    const key = `${sub.cron}\u0000${sub.timezone}`;
    let cal = this.calendars.get(key);
    if (!cal) {
      cal = new CronCalendar(sub.cron, sub.timezone);
      this.calendars.set(key, cal);
    }
    return cal;
  }

  /**
   * Runs every digest due at `now`; concurrent calls share one run.
   * @returns how many digests were handed to the dispatcher
   */
  tick(now: Date): Promise<number> {
    if (this.running) return this.running;
    this.running = this.runDue(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The earliest next occurrence over all subscriptions after `now` (for tests and logs), or null. */
  async nextDue(now: Date): Promise<Date | null> {
    let best: Date | null = null;
    for (const sub of await this.opts.subscriptions.listSubscriptions()) {
      if (sub.paused) continue;
      const at = this.safeCalendar(sub)?.next(now) ?? null;
      if (at && (!best || at < best)) best = at;
    }
    return best;
  }

  private safeCalendar(sub: Subscription): CronCalendar | null {
    try {
      return this.calendar(sub);
    } catch (e) {
      this.log.warn(
        { subscription_id: sub.id, cron: sub.cron, timezone: sub.timezone, err_message: (e as Error).message },
        'scheduler: bad schedule; subscription skipped',
      );
      return null;
    }
  }

  private async runDue(now: Date): Promise<number> {
    if (!this.startedAt) this.startedAt = now;
    const floor = new Date(this.startedAt.getTime() - this.opts.graceMs);
    const platforms = this.opts.platforms();
    const waiting = new Set((await this.opts.deliveries?.pendingDeliveries())?.filter((d) => d.kind === 'digest').map((d) => d.subscriptionId) ?? []);
    let handed = 0;
    let seen = 0;
    for (const sub of await this.opts.subscriptions.listSubscriptions()) {
      // Thousands of subscriptions never hold the event loop: interactions and health checks answer between batches.
      if (++seen % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if (sub.paused || !platforms.has(sub.platform) || waiting.has(sub.id)) continue;
      const cal = this.safeCalendar(sub);
      if (!cal) continue;
      if (!sub.lastWindowEnd) {
        // A new subscription: its first window starts at the occurrence before now or 24 h ago, whichever
        // is earlier, so the first digest covers at least the last 24 h (README; issue 7) and stories
        // published before the service started (or held back by the instant-alert cap) are not lost.
        // Persisted, so a crash before its first digest still finds that digest on restart (within grace).
        const dayAgo = now.getTime() - FIRST_WINDOW_MS;
        const previous = cal.previous(now);
        const baseline = new Date(previous ? Math.min(previous.getTime(), dayAgo) : dayAgo);
        await this.opts.subscriptions.updateSubscription(sub.id, { lastWindowEnd: baseline });
        sub.lastWindowEnd = baseline;
        // Occurrences before it was first seen are not its digests: the first one due is after `previous`.
        if (previous) this.firstDueAfter.set(sub.id, previous);
      }
      const notBefore = this.firstDueAfter.get(sub.id)?.getTime() ?? 0;
      const after = new Date(Math.max(sub.lastWindowEnd.getTime(), floor.getTime(), notBefore));
      const occurrence = cal.latest(after, now);
      if (!occurrence) continue;
      const start = sub.lastWindowEnd;
      const subject = windowSubject(start, occurrence);
      const late = now.getTime() - occurrence.getTime();
      this.log.info({ subscription_id: sub.id, window: subject, late_ms: late }, 'scheduler: digest due');
      const outcome = await this.opts.dispatcher.deliver(sub, 'digest', subject);
      // Skipped: no row, the window stays. Failed: the row handed its window back (ADR 0162).
      if (outcome.status === 'skipped' || outcome.status === 'failed') continue;
      if (outcome.status === 'already_sent') this.log.info({ subscription_id: sub.id, window: subject }, 'scheduler: digest already delivered');
      // Handed to the ledger: the dispatcher owns retries from here; the next window starts here. The
      // ledger's beginDelivery already moved the window in its own transaction; this is a no-op for it
      // and keeps deliverers that are not the dispatcher (tests) working.
      await this.opts.subscriptions.updateSubscription(sub.id, { lastWindowEnd: occurrence });
      this.firstDueAfter.delete(sub.id);
      handed++;
    }
    return handed;
  }

  /**
   * Starts (or re-syncs) one node-cron job per active subscription, in its time zone; each fires
   * `tick(clock.now())`. Call again after subscriptions change; jobs of removed or changed
   * subscriptions are stopped.
   */
  async startLive(): Promise<void> {
    const subs = (await this.opts.subscriptions.listSubscriptions()).filter((s) => !s.paused);
    const wanted = new Map(subs.map((s) => [s.id, `${s.cron}\u0000${s.timezone}`]));
    for (const [id, job] of this.live) {
      if (wanted.get(id) !== job.key) {
        await job.task.stop();
        this.live.delete(id);
      }
    }
    // node-cron is loaded by the first job to start, after the service's first tick: not by the start (ADR 0278).
    let cron: typeof NodeCron | null = null;
    for (const sub of subs) {
      if (this.live.has(sub.id) || !this.safeCalendar(sub)) continue;
      cron ??= (await import('node-cron')).default;
      const task = cron.schedule(
        sub.cron,
        () => {
          if (this.opts.onDue) return this.opts.onDue();
          this.tick(this.opts.clock.now()).catch((e: unknown) => this.log.error({ err_message: (e as Error).message }, 'scheduler: digest tick failed'));
        },
        { timezone: sub.timezone, name: `digest:${sub.id}` },
      );
      this.live.set(sub.id, { key: wanted.get(sub.id)!, task });
    }
  }

  /** Stops every live job. A tick in progress runs on; the caller bounds the wait for it (shutdown timeout). */
  async stop(): Promise<void> {
    for (const job of this.live.values()) await job.task.stop();
    this.live.clear();
  }
}
