/** Defaults the stores apply, in one place so both implementations agree. */

/**
 * Poll interval for a feed stored without one: 10 minutes, in seconds (issue 3: "default interval
 * 10 min"; the same as the config's `polling.interval` default, which the service passes explicitly).
 */
export const DEFAULT_INTERVAL_SECONDS = 600;

/** Items older than this many days are pruned (issue 4: "default 30 days"). */
export const DEFAULT_RETENTION_DAYS = 30;

/**
 * The cut-off date for retention: `now` minus `days` days.
 * @param now current time (from the injected clock)
 * @param days retention in days (> 0)
 * @throws RangeError when days is not a positive finite number
 */
export function retentionCutoff(now: Date, days: number = DEFAULT_RETENTION_DAYS): Date {
  if (!Number.isFinite(days) || days <= 0) throw new RangeError(`store: retention must be a positive number of days, got ${days}`);
  return new Date(now.getTime() - days * 86_400_000);
}
