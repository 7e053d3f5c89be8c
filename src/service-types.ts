/**
 * The shapes the service is built from and reports: what `Service` is given (`ServiceDeps`) and what
 * one tick did (`TickReport`). `service.ts` re-exports both.
 */
import type { Config } from './config/schema.js';
import type { Clock } from './model/clock.js';
import type { Subscription } from './model/subscription.js';
import type { Store } from './store/store.js';
import type { Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';
import type { AlertCap } from './scheduler/instant.js';
import type { PendingItem, PollReport } from './scheduler/poller.js';
import type { FetchRequest, FetchResponse } from './reader/fetcher/fetcher.js';
import type { ServiceMetrics } from './http/metrics.js';
import type { ReadinessCheck } from './http/server.js';
import type { WorkerPool } from './worker/pool.js';
import type { UiToken } from './ui/auth/token.js';

export interface ServiceDeps {
  config: Config;
  store: Store;
  clock: Clock;
  logger?: Logger;
  /** Adapters to run (the console adapter at least); started by `start()`. */
  platforms: ChatPlatform[];
  /** Default: a `Fetcher` built from `config.fetch`. */
  fetcher?: { fetch(req: FetchRequest): Promise<FetchResponse> };
  metrics?: ServiceMetrics;
  /** Serve /healthz, /readyz, /metrics on `config.http` (default true). */
  http?: boolean;
  /** Run the timers and node-cron jobs (default true); tests call `tick` themselves. */
  live?: boolean;
  /**
   * Called once when the service cannot go on (its database was deleted or replaced under it); the
   * service has stopped working by then. `main.ts` stops and exits non-zero.
   */
  onFatal?: (reason: string) => void;
  /**
   * Where feeds are parsed, pages extracted and items analysed: a worker pool (the default: a new
   * `WorkerPool`, closed by `stop()`), or `'inline'` on the event loop (one-shot tools only).
   */
  workers?: WorkerPool | 'inline';
  /**
   * A scaled-out process (`wirewatch run --role scheduler|worker`, src/cluster/): digests, instant
   * alerts and admin notices are handed to `handOff` (the job queue) instead of posted here; `start()`
   * serves the ops server with the extra `checks` and starts nothing else (no tick, no timers, no
   * adapters, no reconciliation: the cluster node calls `startAdapters`, `pollFeed` and the scheduler).
   */
  cluster?: {
    handOff: { deliver(sub: Subscription, kind: 'digest' | 'item' | 'notice' | 'spike', subject: string): Promise<{ status: string }> };
    checks: ReadinessCheck[];
    /**
     * Per-host slots shared by every process (cluster/host-slots.ts): each request of the poller (feeds
     * and full-text pages) holds one of its host's `polling.perHost` slots while it runs.
     */
    hostGate?: { acquire(host: string, signal?: AbortSignal): Promise<() => Promise<void>> };
    /** The instant-alert hourly cap counted in the database for all processes (scheduler/instant.ts `AlertCap`). */
    alertCap?: AlertCap;
    /**
     * Analyse jobs (cluster/queue.ts `ww-analyse-item`): a poll hands its new items here instead of
     * analysing them; `analyseItem` is the job's handler. Absent: polls analyse inline.
     */
    handOffItems?: (url: string, items: PendingItem[]) => Promise<void>;
  };
  /**
   * The web control panel's sign-in token (main.ts resolves it: ui/auth/token.ts). With
   * `config.ui.enabled` and the ops server on, the panel is served under `/ui/`; without a token it
   * is not served.
   */
  ui?: { token: UiToken };
}

/** What one tick did (for tests and logs). */
export interface TickReport {
  poll: Pick<PollReport, 'polled' | 'notModified' | 'failed'> & { newItems: number };
  alerts: { sent: number; capped: number; quiet: number };
  retried: number;
  digests: number;
}
