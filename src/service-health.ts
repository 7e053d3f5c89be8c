/**
 * The service's health checks for the ops server: liveness (`/healthz`), poll freshness and the
 * paused subscriptions (`/readyz`), computed from the state `Service` passes in.
 */
import type { Store } from './store/store.js';

/**
 * Liveness for `/healthz`: not live while shutting down, or when one tick has been running far
 * longer than any poll round can (10 × polling.tick and at least 15 minutes: its loop is stuck).
 * @param s.nowMs the service clock (ms); `tickStartedMs` when the tick in progress started, or null; `tickMs` = polling.tick (ms)
 */
export function liveness(s: { stopping: boolean; tickStartedMs: number | null; nowMs: number; tickMs: number }): { ok: boolean; detail?: string } {
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
export function pollFresh(s: { nowMs: number; staleMs: number; lastPollOk: Date | null; startedAt: Date | null }): { ok: boolean; detail?: string } {
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
