/**
 * The service's tick loop: one tick at a time (concurrent calls share the running one), a live
 * trigger during a tick runs one more right after it, and what the last tick did is kept for the
 * panel and the tick's start for liveness.
 */
import type { Clock } from './model/clock.js';
import type { Logger } from './log/logger.js';
import type { ServiceState } from './ui/deps.js';
import type { TickReport } from './service-types.js';

/** Runs a service's ticks one at a time. */
export class TickLoop {
  /** The tick in progress, or null. */
  running: Promise<TickReport> | null = null;
  /** A live trigger came while a tick ran: the tick that follows it. */
  private retick: Promise<void> | null = null;
  /** When the tick in progress started (the service clock, ms), for liveness. */
  startedMs: number | null = null;
  /** The last finished tick, for the panel's overview. */
  last: ServiceState['lastTick'] = null;

  /**
   * @param run one tick's work at `now`
   * @param mayRetick whether a triggered tick may still run (not stopping, not failed)
   */
  constructor(
    private readonly run: (now: Date) => Promise<TickReport>,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly mayRetick: () => boolean,
  ) {}

  /** Does everything due at `now`; concurrent calls share one run. */
  tick(now: Date): Promise<TickReport> {
    if (this.running) return this.running;
    this.startedMs = this.clock.now().getTime();
    this.running = this.run(now)
      .then((r) => {
        this.last = {
          at: this.clock.now(),
          polled: r.poll.polled,
          failed: r.poll.failed.length,
          newItems: r.poll.newItems,
          digests: r.digests,
          retried: r.retried,
        };
        return r;
      })
      .finally(() => {
        this.running = null;
        this.startedMs = null;
      });
    return this.running;
  }

  /**
   * A live cron job's trigger: a tick now, or, when one is running (a long poll round), one more tick
   * right after it, so a digest due meanwhile goes out as soon as the round's items are all stored
   * (composing it during the round would miss items first seen before its window end but stored after).
   * @returns when the triggered tick has run (the cron job does not wait; tests do)
   */
  trigger(): Promise<void> {
    const log = (e: unknown) => this.log.error({ err_message: (e as Error).message }, 'service: tick failed');
    if (!this.running) return this.tick(this.clock.now()).then(() => undefined, log);
    this.retick ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.retick = null;
        if (this.mayRetick()) return this.tick(this.clock.now());
      })
      .then(() => undefined, log);
    return this.retick;
  }
}
