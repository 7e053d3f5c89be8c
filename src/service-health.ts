/**
 * The service's health: the store's state (open, still the database it opened, its last failed
 * write) and the checks the ops server answers with (`/healthz` liveness, `/readyz` poll freshness and
 * paused subscriptions).
 */
import type { Clock } from './model/clock.js';
import type { Store } from './store/store.js';
import type { Logger } from './log/logger.js';
import type { ServiceMetrics } from './http/metrics.js';

/** A check's answer, as the ops server shows it. */
export type Health = { ok: boolean; detail?: string };

/** The store's health as the service sees it; a lost database stops the service for good. */
export class StoreHealth {
  /** Why the service stopped working (the store is no longer itself), or null. */
  fatal: string | null = null;
  private open = true;
  /** The last failed store write, until a later write succeeds (fails /readyz). */
  private fault: { at: Date; message: string } | null = null;

  /** @param onFatal told once when the service cannot go on (`ServiceDeps.onFatal`) */
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly metrics: ServiceMetrics,
    private readonly onFatal?: (reason: string) => void,
  ) {}

  /** Readiness of the store: open, still the database it opened, answering. */
  async ready(): Promise<Health> {
    if (this.fatal) return { ok: false, detail: this.fatal };
    if (!this.open) return { ok: false, detail: 'closed' };
    if (this.fault) return { ok: false, detail: `write failed at ${this.fault.at.toISOString()}: ${this.fault.message}` };
    const lost = (await this.store.verifyIdentity?.()) ?? null;
    if (lost) {
      this.fail(lost);
      return { ok: false, detail: lost };
    }
    await this.store.subscriptions.listSubscriptions();
    return { ok: true };
  }

  /**
   * Checks the store is still the database it opened; when not, stops the service (`fail`).
   * @returns false when the database is lost
   */
  async stillItself(): Promise<boolean> {
    const lost = (await this.store.verifyIdentity?.()) ?? null;
    if (lost) this.fail(lost);
    return lost === null;
  }

  /** Stops all work for good: nothing more is polled, posted or written; `onFatal` tells the process. */
  fail(reason: string): void {
    if (this.fatal) return;
    this.fatal = reason;
    this.log.fatal({ reason }, 'service: cannot go on; stopping');
    this.onFatal?.(reason);
  }

  /** Records a failed store write: logged at error, counted, and /readyz fails until a write succeeds. */
  noteFault(operation: string, message: string, n = 1): void {
    this.fault = { at: this.clock.now(), message };
    this.metrics.storeWriteFailed(operation, n);
  }

  /** A write succeeded: /readyz no longer fails for the last fault. */
  clearFault(): void {
    this.fault = null;
  }

  /** The store is closed (shutdown): /readyz says so. */
  markClosed(): void {
    this.open = false;
  }
}

/**
 * Liveness for `/healthz`: not live while shutting down, or when one tick has been running far
 * longer than any poll round can (10 × polling.tick and at least 15 minutes: its loop is stuck).
 * @param s.nowMs the service clock (ms); `tickStartedMs` when the tick in progress started, or null; `tickMs` = polling.tick (ms)
 */
export function liveness(s: { stopping: boolean; tickStartedMs: number | null; nowMs: number; tickMs: number }): Health {
  if (s.stopping) return { ok: false, detail: 'shutting down' };
  const stuckAfter = Math.max(15 * 60_000, 10 * s.tickMs);
  const now = s.nowMs;
  if (s.tickStartedMs !== null && now - s.tickStartedMs > stuckAfter) {
    return { ok: false, detail: `one tick has been running for ${Math.round((now - s.tickStartedMs) / 1000)} s` };
  }
  return { ok: true };
}

/**
 * The `/readyz` poll check: ok when a poll succeeded within polling.staleAfter (`staleMs`), or the
 * service started less than that ago.
 */
export function pollFresh(s: { nowMs: number; staleMs: number; lastPollOk: Date | null; startedAt: Date | null }): Health {
  const now = s.nowMs;
  const stale = s.staleMs;
  if (s.lastPollOk && now - s.lastPollOk.getTime() <= stale) return { ok: true, detail: s.lastPollOk.toISOString() };
  if (s.startedAt && now - s.startedAt.getTime() <= stale) return { ok: true, detail: 'starting' };
  return { ok: false, detail: s.lastPollOk ? `last successful poll ${s.lastPollOk.toISOString()}` : 'no successful poll yet' };
}

/** The `/readyz` detail of paused subscriptions: always ok; lists each with its reason. */
export async function pausedDetail(store: Store): Promise<{ ok: true; detail: string }> {
  const paused = (await store.subscriptions.listSubscriptions()).filter((s) => s.paused);
  if (paused.length === 0) return { ok: true, detail: 'none paused' };
  const list = paused.slice(0, 20).map((s) => `${s.id} (${s.platform} ${s.workspace}/${s.channel}): ${s.pausedReason ?? 'no reason recorded'}`);
  return { ok: true, detail: `${paused.length} paused: ${list.join('; ')}${paused.length > 20 ? '; …' : ''}` };
}
