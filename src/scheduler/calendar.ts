/**
 * The cron calendar: occurrences of a subscription's five-field cron expression in its IANA time zone,
 * computed from any given instant (croner), so catch-up after downtime and injected-clock tests need
 * no timers. Daylight saving time (croner's rules, which are Vixie cron's):
 * - in a spring-forward gap a fixed-time job runs at the first valid minute after the gap
 *   (02:30 Europe/Belgrade on 2026-03-29 runs at 03:00 CEST);
 * - in a fall-back overlap a fixed-time job runs once, at the first of the two instants
 *   (02:30 on 2026-10-25 runs at 02:30 CEST, not again at 02:30 CET);
 * - jobs with a wildcard hour (`*\/30 * * * *`) follow elapsed time and run through the overlap.
 */
import { Cron } from 'croner';
import { WirewatchError } from '../model/errors.js';
import { cronProblem } from '../model/cron.js';

/** Occurrences of one cron expression in one time zone. */
export class CronCalendar {
  private readonly cron: Cron;

  /**
   * @param expression five-field cron (minute hour day-of-month month day-of-week)
   * @param timezone IANA zone, e.g. `Europe/Belgrade`
   * @throws WirewatchError `invalid_schedule` when either is invalid
   */
  constructor(
    readonly expression: string,
    readonly timezone: string,
  ) {
    const problem = cronProblem(expression);
    if (problem) throw new WirewatchError('invalid_schedule', `scheduler: the schedule "${expression}" ${problem}`);
    try {
      this.cron = new Cron(expression, { timezone, paused: true });
      this.cron.nextRun(new Date(0));
    } catch (e) {
      throw new WirewatchError('invalid_schedule', `scheduler: invalid schedule "${expression}" in ${timezone}: ${(e as Error).message}`);
    }
  }

  /** The first occurrence strictly after `from`, or null when there is none. */
  next(from: Date): Date | null {
    return this.cron.nextRun(from);
  }

  /**
   * Occurrences in the half-open interval (from, to], oldest first, at most `limit` (default 1000).
   */
  between(from: Date, to: Date, limit = 1000): Date[] {
    const out: Date[] = [];
    let at: Date | null = from;
    while (out.length < limit) {
      at = this.cron.nextRun(at);
      if (!at || at.getTime() > to.getTime()) break;
      out.push(at);
    }
    return out;
  }

  /** One-entry caches: a tick asks every subscription sharing this calendar about the same instant. */
  private lastAt: { at: number; run: Date | null } | null = null;
  private prevAt: { at: number; run: Date | null } | null = null;

  /** The last occurrence at or before `at` (one backward step of croner's `previousRuns`), memoised for the last `at`. */
  private lastAtOrBefore(at: Date): Date | null {
    if (this.lastAt?.at !== at.getTime()) {
      // previousRuns is strict ("before the reference"); +1 ms lets a run exactly at `at` count.
      const [run] = this.cron.previousRuns(1, new Date(at.getTime() + 1));
      this.lastAt = { at: at.getTime(), run: run && run.getTime() <= at.getTime() ? run : null };
    }
    return this.lastAt.run;
  }

  /**
   * The latest occurrence in (after, atOrBefore], or null. One backward step of the calendar
   * (croner's `previousRuns`), whatever the distance: never a scan over the occurrences in between
   * (a `* * * * *` schedule has 11,520 in eight days).
   */
  latest(after: Date, atOrBefore: Date): Date | null {
    if (atOrBefore.getTime() <= after.getTime()) return null;
    const last = this.lastAtOrBefore(atOrBefore);
    return last && last.getTime() > after.getTime() ? last : null;
  }

  /**
   * The occurrence before `at` (strictly), looking back at most `lookbackMs` (default 8 days), or null.
   * Used for the start of a subscription's first window. One backward step, like `latest`.
   */
  previous(at: Date, lookbackMs = 8 * 86_400_000): Date | null {
    if (this.prevAt?.at !== at.getTime()) {
      const [run] = this.cron.previousRuns(1, at);
      this.prevAt = { at: at.getTime(), run: run && run.getTime() < at.getTime() ? run : null };
    }
    const last = this.prevAt.run;
    return last && last.getTime() >= at.getTime() - lookbackMs ? last : null;
  }
}
