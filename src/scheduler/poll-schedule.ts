/**
 * When a feed is polled next: the regular interval with the publisher's floors after a success,
 * exponential backoff with jitter after a failure. Pure functions of their inputs (the random source
 * is passed in), so the poller's tests can pin them.
 */

export interface ScheduleConfig {
  /** Interval for a feed that has none of its own, in seconds. Default 600. */
  defaultIntervalSeconds: number;
  /** First retry delay after a failure, in seconds (doubles per consecutive failure). Default 300. */
  backoffBaseSeconds: number;
  /** Cap on the backoff delay, and on any publisher floor, in seconds. Default 86 400 (24 h). */
  backoffMaxSeconds: number;
}

/**
 * Next check after a successful poll (200 or 304): `now + max(interval, ttl, notBefore − now)`.
 * The publisher's hints — RSS `<ttl>` / `sy:updatePeriod` (as `ttlMinutes`) and HTTP freshness /
 * `Retry-After` (as `notBefore`, RFC 9111 §4.2.1) — are floors: they can only make the wait longer,
 * never shorter than our interval; they are capped at `backoffMaxSeconds` so a hostile or mistaken
 * header (`max-age=31536000`) cannot silence a feed for a year.
 * @param intervalSeconds the feed's own interval (≤ 0 → `defaultIntervalSeconds`)
 * @returns the next check time and the delay used, in seconds
 */
export function nextCheckAfterSuccess(
  now: Date,
  cfg: ScheduleConfig,
  hints: { intervalSeconds?: number | null; ttlMinutes?: number | null; notBefore?: Date | null },
): { at: Date; delaySeconds: number } {
  const interval = hints.intervalSeconds && hints.intervalSeconds > 0 ? hints.intervalSeconds : cfg.defaultIntervalSeconds;
  const ttl = hints.ttlMinutes && hints.ttlMinutes > 0 ? hints.ttlMinutes * 60 : 0;
  const fromHeaders = hints.notBefore ? (hints.notBefore.getTime() - now.getTime()) / 1000 : 0;
  const floor = Math.min(Math.max(ttl, fromHeaders), cfg.backoffMaxSeconds);
  const delaySeconds = Math.max(interval, floor);
  return { at: new Date(now.getTime() + delaySeconds * 1000), delaySeconds };
}

/**
 * Next check after the `errorCount`-th consecutive failure (1 = first): exponential backoff
 * `base × 2^(errorCount−1)`, capped at `backoffMaxSeconds`, with "equal jitter" (a uniform draw in
 * [delay/2, delay]) so that feeds failing together do not retry together; a `Retry-After` time
 * (`retryAt`, RFC 9110 §10.2.3) is honoured as a floor, within the same cap.
 * @param random a source of uniform numbers in [0, 1) (inject `Math.random` in production)
 */
export function nextCheckAfterFailure(
  now: Date,
  cfg: ScheduleConfig,
  errorCount: number,
  random: () => number,
  retryAt?: Date | null,
): { at: Date; delaySeconds: number } {
  const n = Math.max(1, errorCount);
  const exp = Math.min(cfg.backoffMaxSeconds, cfg.backoffBaseSeconds * 2 ** Math.min(n - 1, 40));
  const jittered = exp / 2 + (exp / 2) * Math.min(Math.max(random(), 0), 1);
  const retryFloor = retryAt ? Math.min((retryAt.getTime() - now.getTime()) / 1000, cfg.backoffMaxSeconds) : 0;
  const delaySeconds = Math.max(jittered, retryFloor);
  return { at: new Date(now.getTime() + Math.round(delaySeconds * 1000)), delaySeconds };
}
