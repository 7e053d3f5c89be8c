/**
 * The service's graceful shutdown, after `Service.stop` has stopped its timer: the order in which its
 * parts are stopped, and the deadline (`digests.shutdownTimeout`) each wait is held to.
 */
import type { Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';
import type { Dispatcher } from './delivery/dispatcher.js';
import type { DigestScheduler } from './scheduler/digest-scheduler.js';
import type { Poller } from './scheduler/poller.js';
import type { OpsServer } from './http/server.js';
import type { WorkerPool } from './worker/pool.js';
import type { Store } from './store/store.js';
import type { StoreHealth } from './service-health.js';

/** The parts a shutdown stops, in the order it stops them. */
export interface StopParts {
  log: Logger;
  /** `digests.shutdownTimeout`, ms. */
  timeoutMs: number;
  scheduler: DigestScheduler;
  poller: Poller;
  /** The worker pool to close (one the service made itself), or null. */
  ownWorkers: WorkerPool | null;
  /** The tick in progress, or null (read when waited for). */
  ticking: () => Promise<unknown> | null;
  dispatcher: Dispatcher;
  platforms: Iterable<ChatPlatform>;
  ops: () => OpsServer | null;
  health: StoreHealth;
  store: Store;
}

/** `p`, or `fallback` once `ms` have passed (the timer cleared either way). */
function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), Math.max(0, ms))))]).finally(() => clearTimeout(timer));
}

/**
 * Graceful shutdown within `timeoutMs` of `started` (wall clock, ms): stop the cron jobs and abort
 * the polls in flight (fetches cancelled, nothing more written: those feeds keep their old validators
 * and are polled at the next start) and end the worker threads (they only serve polls); wait for the
 * running tick and in-flight deliveries for up to 80 % of the timeout, then for the tick to settle
 * for the rest of it; stop the adapters and the HTTP server; close the store. The poller is aborted
 * before anything else, so no poll writes to a closed store.
 * @returns true when the tick and the deliveries in flight finished within 80 % of the timeout
 */
export async function shutdown(s: StopParts, started: number): Promise<boolean> {
  await s.scheduler.stop();
  // Polls in flight stop now (fetches cancelled, nothing more written: their feeds keep their
  // validators and are polled at the next start, so nothing is lost) and the round starts no further
  // feed; a stopping tick runs no digests, so only deliveries in flight are worth waiting for.
  s.poller.abort();
  // The workers only parse and analyse for polls: end them now, so a poll waiting on a long parse settles at once.
  const workersClosed = s.ownWorkers ? s.ownWorkers.close() : Promise.resolve();
  const timeout = s.timeoutMs;
  const drained = (async () => {
    await s.ticking()?.catch(() => undefined);
    return s.dispatcher.drain(Math.max(0, timeout * 0.8 - (Date.now() - started)));
  })();
  const inTime = await within(drained, timeout * 0.8 - (Date.now() - started), false);
  if (!inTime)
    s.log.warn({ shutdown_timeout_ms: timeout }, 'service: shutdown deadline near; deliveries still in flight are left to reconciliation at the next start');
  await within(workersClosed, Math.max(500, timeout - (Date.now() - started)), undefined);
  const ticking = s.ticking();
  if (ticking)
    await within(
      ticking.then(
        () => undefined,
        () => undefined,
      ),
      timeout - (Date.now() - started),
      undefined,
    );
  for (const p of s.platforms)
    await within(
      p.stop().catch((e: unknown) => s.log.warn({ platform: p.name, err_message: (e as Error).message }, 'service: adapter stop failed')),
      2000,
      undefined,
    );
  await s.ops()?.close();
  s.health.markClosed();
  await s.store.close();
  s.log.info({ in_time: inTime, took_ms: Date.now() - started }, 'service: stopped');
  return inTime;
}
