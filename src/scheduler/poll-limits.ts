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

/** A binary min-heap of task indices (the next task of each host that has a free slot). */
class IndexHeap {
  private readonly a: number[] = [];
  get size(): number {
    return this.a.length;
  }
  push(v: number): void {
    const a = this.a;
    let i = a.push(v) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= v) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && a[l + 1] < a[l] ? l + 1 : l;
        if (a[c] >= last) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

/** A host's waiting tasks (input order) and how many of its tasks run. */
interface HostQueue {
  waiting: number[];
  head: number;
  active: number;
  /** Whether the host's next waiting task is in the heap. */
  queued: boolean;
}

/**
 * Runs every task under both limits and resolves with their settled results in input order.
 * A task that throws does not stop the others (its result is `{ status: 'rejected' }`).
 * Tasks start in input order, skipping those whose host is at its limit (a free slot goes to the
 * earliest waiting task that may run). Each host keeps its own queue and only the next task of a host
 * with a free slot is a candidate, so starting a task costs O(log hosts), not a scan of everything
 * waiting (10,000 feeds on one host were quadratic: issue 23).
 * @param maxConcurrent ≥ 1; @param perHost ≥ 1
 */
export async function runLimited<T>(tasks: LimitedTask<T>[], maxConcurrent: number, perHost: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  const hosts = new Map<string, HostQueue>();
  tasks.forEach((task, i) => {
    let q = hosts.get(task.host);
    if (!q) hosts.set(task.host, (q = { waiting: [], head: 0, active: 0, queued: false }));
    q.waiting.push(i);
  });
  const ready = new IndexHeap();
  let running = 0;
  const globalLimit = Math.max(1, Math.floor(maxConcurrent));
  const hostLimit = Math.max(1, Math.floor(perHost));
  /** Puts the host's next waiting task among the candidates when the host has a free slot. */
  const offer = (q: HostQueue) => {
    if (!q.queued && q.head < q.waiting.length && q.active < hostLimit) {
      q.queued = true;
      ready.push(q.waiting[q.head]);
    }
  };
  for (const q of hosts.values()) offer(q);
  return new Promise((resolve) => {
    let done = 0;
    if (tasks.length === 0) return resolve(results);
    const pump = () => {
      while (running < globalLimit && ready.size > 0) {
        const i = ready.pop();
        const task = tasks[i];
        const q = hosts.get(task.host)!;
        q.queued = false;
        q.head++;
        q.active++;
        running++;
        offer(q);
        Promise.resolve()
          .then(task.run)
          .then(
            (value) => (results[i] = { status: 'fulfilled', value }),
            (reason: unknown) => (results[i] = { status: 'rejected', reason }),
          )
          .finally(() => {
            running--;
            q.active--;
            offer(q);
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
