/**
 * Concurrency limits for polling: at most `maxConcurrent` tasks at once overall and at most `perHost`
 * per host. Tasks for a busy host wait without holding a global slot, so one slow host never delays
 * the feeds of other hosts.
 */

export interface LimitedTask<T> {
  /** The key the per-host limit counts by (the URL's host). */
  host: string;
  run: () => Promise<T>;
}

/**
 * Runs every task under both limits and resolves with their settled results in input order.
 * A task that throws does not stop the others (its result is `{ status: 'rejected' }`).
 * @param maxConcurrent ≥ 1; @param perHost ≥ 1
 */
export async function runLimited<T>(
  tasks: LimitedTask<T>[],
  maxConcurrent: number,
  perHost: number,
): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  const waiting = tasks.map((_, i) => i);
  const active = new Map<string, number>();
  let running = 0;
  const globalLimit = Math.max(1, Math.floor(maxConcurrent));
  const hostLimit = Math.max(1, Math.floor(perHost));
  return new Promise((resolve) => {
    let done = 0;
    if (tasks.length === 0) return resolve(results);
    const pump = () => {
      for (let w = 0; w < waiting.length && running < globalLimit; ) {
        const i = waiting[w];
        const task = tasks[i];
        if ((active.get(task.host) ?? 0) >= hostLimit) {
          w++;
          continue;
        }
        waiting.splice(w, 1);
        running++;
        active.set(task.host, (active.get(task.host) ?? 0) + 1);
        Promise.resolve()
          .then(task.run)
          .then(
            (value) => (results[i] = { status: 'fulfilled', value }),
            (reason: unknown) => (results[i] = { status: 'rejected', reason }),
          )
          .finally(() => {
            running--;
            active.set(task.host, (active.get(task.host) ?? 1) - 1);
            done++;
            if (done === tasks.length) resolve(results);
            else pump();
          });
      }
    };
    pump();
  });
}

/** The host a URL's requests go to (`host:port` as in the URL), or the whole string when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
