/**
 * The service's ops server (`/healthz`, `/readyz`, `/metrics`) and the web control panel it mounts
 * under `/ui/` when `ui.enabled` and a sign-in token is given.
 */
import type { CommandHandler } from './commands/command.js';
import type { Digest } from './model/digest.js';
import type { PlatformName, Subscription } from './model/subscription.js';
import type { Logger } from './log/logger.js';
import type { ServiceMetrics } from './http/metrics.js';
import { startOpsServer, type OpsServer, type OpsServerOptions, type ReadinessCheck } from './http/server.js';
import type { ServiceState } from './ui/deps.js';
import type { ServiceDeps } from './service-types.js';
import { renderFor } from './service-digests.js';
import type { Health } from './service-health.js';

/** The panel as the ops server mounts it. */
export type PanelMount = NonNullable<OpsServerOptions['ui']>;

/** The service's readiness and liveness, as the ops server asks for them. */
export interface OpsChecks {
  log: Logger;
  metrics: ServiceMetrics;
  liveness: () => Health;
  /** The store's readiness (`StoreHealth.ready`). */
  store: () => Promise<Health>;
  /** Every adapter connected (or scaled out, where the cluster node starts them), with the connected ones. */
  adapters: () => Health;
  /** The paused subscriptions: informational, always ok. */
  paused: () => Promise<Health>;
}

/**
 * Starts the ops server on `config.http`: store and adapter readiness, the paused subscriptions, plus
 * `extra` checks (and the web panel, when given).
 * @throws when the port cannot be listened on
 */
export function startServiceOps(deps: ServiceDeps, c: OpsChecks, extra: ReadinessCheck[], ui?: PanelMount): Promise<OpsServer> {
  const { config } = deps;
  return startOpsServer({
    host: config.http.host,
    port: config.http.port,
    logger: c.log,
    ui,
    metrics: () => c.metrics.render(),
    liveness: c.liveness,
    checks: [
      { name: 'store', check: c.store },
      { name: 'adapters', check: c.adapters },
      ...extra,
      // Informational: paused subscriptions need an admin, not a restart, so they never fail readiness.
      { name: 'subscriptions', check: c.paused },
    ],
  });
}

/** What the panel is given from the running service. */
export interface PanelWiring {
  commands: CommandHandler;
  composeFor: (sub: Subscription, window: { start: Date; end: Date }, sentAt?: Date) => Promise<Digest>;
  state: () => Promise<ServiceState>;
  log: Logger;
}

/**
 * The web panel to mount (`config.ui.enabled` and a token given), or undefined. The panel's code (its
 * pages, JSX and the backtest's matcher) is loaded only then, not by every start (ADR 0278).
 */
export async function servicePanel(deps: ServiceDeps, w: PanelWiring): Promise<PanelMount | undefined> {
  const { config, store, clock } = deps;
  const panel =
    config.ui.enabled && deps.ui
      ? (await import('./ui/app.js')).createPanel({
          store,
          clock,
          commands: w.commands,
          composeFor: w.composeFor,
          render: renderFor,
          token: deps.ui.token,
          backtestDays: config.ui.backtestDays,
          sessionTtlMs: config.ui.sessionTtl,
          state: w.state,
          logger: w.log,
        })
      : null;
  return panel ? { fetch: panel.fetch, host: config.ui.host } : undefined;
}

/**
 * The `/readyz` adapters check: ok when every adapter in `names` is connected (always, scaled out:
 * the cluster node starts them), with the connected ones as its detail.
 */
export function adaptersReady(names: Iterable<PlatformName>, connected: ReadonlySet<PlatformName>, scaledOut: boolean): Health {
  return { ok: [...names].every((n) => connected.has(n)) || scaledOut, detail: [...connected].join(',') };
}
