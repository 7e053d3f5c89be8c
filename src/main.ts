/**
 * Composition root: config file + environment → logger → ports checked free → store (SQLite, or
 * PostgreSQL for a `postgres://` store.url) → seed on
 * first start (later: one warning when the file lists what the database lacks) →
 * adapters (console always; Discord/Slack when their secrets are present) → `Service` → signals.
 * SIGTERM/SIGINT drain gracefully (stop polling, finish in-flight deliveries within
 * `digests.shutdownTimeout`, close the store); a second signal exits at once.
 */
import { loadConfig, defaultConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { loadSecrets, platformsEnabled, type Secrets } from './config/secrets.js';
import { defaultPlatforms } from './main-platforms.js';
export { defaultPlatforms, discordOptions, slackOptions } from './main-platforms.js';
import { resolveUiToken } from './ui/auth/token.js';
import { createLogger, type Logger } from './log/logger.js';
import { systemClock, type Clock } from './model/clock.js';
import { WirewatchError } from './model/errors.js';
import type { ChatPlatform } from './platforms/platform.js';
import { describeTarget, openStore, storeTarget } from './store/open-store.js';
import type { Store } from './store/store.js';
import { Service, seedFromConfig } from './service.js';
import { seedDrift, seedDriftMessage } from './seed-drift.js';
import { assertPortsFree, type PlannedPort } from './http/port-check.js';
import type { ClusterNode, ClusterRole } from './cluster/node.js';
import { markPhase, reportPhases } from './log/startup-phases.js';

/**
 * The clock: the system clock, or with `WIREWATCH_NOW=ISO` one that starts at that instant and runs at
 * real speed (demos, end-to-end tests and rehearsing a schedule).
 * @throws WirewatchError `config` for an unparseable `WIREWATCH_NOW`
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const pinned = env.WIREWATCH_NOW;
  if (!pinned) return systemClock;
  const start = Date.parse(pinned);
  if (Number.isNaN(start)) throw new WirewatchError('config', `config: WIREWATCH_NOW is not an ISO 8601 time: ${pinned}`);
  const offset = start - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export interface RunOptions {
  /** Config file; without it, the defaults plus `WIREWATCH_…` overrides. */
  configFile?: string;
  env: NodeJS.ProcessEnv;
  /** Re-seed feeds, topics and subscriptions from the config even when the store is not empty. */
  resetFromConfig?: boolean;
  clock?: Clock;
  logger?: Logger;
  /** Install SIGTERM/SIGINT handlers (default true). */
  signals?: boolean;
  /**
   * `all` (default): today's single process. `scheduler` / `worker`: one process of a scaled-out
   * deployment on a PostgreSQL store (src/cluster/node.ts, docs/scaling.md).
   */
  role?: 'all' | ClusterRole;
  /** Replace the built-in adapters (tests). `mode.restOnly`: a worker's (no gateway, no Socket Mode). */
  platforms?: (config: Config, secrets: Secrets, logger: Logger, clock: Clock, mode?: { restOnly?: boolean }) => Promise<ChatPlatform[]>;
}

/**
 * The ports `runService` will listen on: the ops server (`http.port`, unless the caller brings its own
 * platforms and an http option says otherwise) and Slack's HTTP mode (`slack.port`) when Slack is enabled.
 */
export function plannedPorts(config: Config, secrets: Secrets, opts: Pick<RunOptions, 'platforms' | 'role'> = {}): PlannedPort[] {
  const ports: PlannedPort[] = [{ setting: 'http.port (WIREWATCH_HTTP_PORT)', host: config.http.host, port: config.http.port }];
  // A worker posts through Slack's Web API only: it never listens on slack.port.
  if (!opts.platforms && opts.role !== 'worker' && config.slack.mode === 'http' && platformsEnabled(secrets, config.slack.mode).slack) {
    ports.push({ setting: 'slack.port (WIREWATCH_SLACK_PORT)', host: config.slack.host, port: config.slack.port });
  }
  return ports;
}

/** A running service and how to stop it. */
export interface Running {
  service: Service;
  config: Config;
  /** Resolves with the exit code once the service has stopped (by a signal or `stop()`). */
  done: Promise<number>;
  stop(): Promise<number>;
}

/** What a start needs before anything is opened: the config, secrets, logger, clock, store target, role and panel token. */
interface StartPlan {
  config: Config;
  secrets: Secrets;
  logger: Logger;
  clock: Clock;
  target: ReturnType<typeof storeTarget>;
  role: NonNullable<RunOptions['role']>;
  uiToken: Awaited<ReturnType<typeof resolveUiToken>> | null;
}

/**
 * Reads the config and secrets and checks what can fail before the store is opened: the ports (a
 * clash is reported before the database is created or seeded), a role that needs PostgreSQL, the
 * panel's token (a bad WIREWATCH_UI_TOKEN stops the start with nothing opened).
 * @throws ConfigError, WirewatchError `config`
 */
async function planStart(opts: RunOptions): Promise<StartPlan> {
  const config = opts.configFile ? await loadConfig(opts.configFile, opts.env) : defaultConfig(opts.env);
  const secrets = await loadSecrets(opts.env);
  const logger = opts.logger ?? createLogger({ level: config.log.level });
  const clock = opts.clock ?? clockFromEnv(opts.env);
  await assertPortsFree(plannedPorts(config, secrets, opts));
  const target = storeTarget(config.store);
  const role = opts.role ?? 'all';
  if (role !== 'all' && target.kind !== 'postgres') {
    throw new WirewatchError(
      'config',
      `config: wirewatch run --role ${role} needs a PostgreSQL store (store.url: postgres://… or WIREWATCH_STORE_URL); a SQLite store serves one process (--role all)`,
    );
  }
  const uiToken = config.ui.enabled && role === 'all' ? await resolveUiToken(opts.env, config.store.path) : null;
  if (uiToken?.generated) {
    // Printed once, now, and never again (only its hash is kept): not through the logger, whose
    // lines may be shipped and stored elsewhere.
    process.stderr.write(`wirewatch: web panel token (shown once; keep it, or delete ${config.store.path}.ui-token for a new one): ${uiToken.generated}\n`);
  }
  return { config, secrets, logger, clock, target, role, uiToken };
}

/** Seeds the store from the config on first start (or with --reset-from-config), else reports config edits it no longer follows. */
async function seedOrReportDrift(store: Store, plan: StartPlan, opts: RunOptions): Promise<void> {
  const { config, clock, logger } = plan;
  const seeded = await seedFromConfig(store, config, clock.now(), { reset: opts.resetFromConfig });
  if (seeded.seeded) logger.info(seeded, 'main: seeded from config');
  else {
    const drift = seedDriftMessage(await seedDrift(store, config), opts.configFile);
    if (drift) logger.warn({ hint: '--reset-from-config' }, drift);
  }
}

/**
 * The service this process runs for its role: the whole service (`all`), or a cluster node (scheduler
 * or worker) whose service it returns with the node.
 */
async function startRole(
  store: Store,
  plan: StartPlan,
  opts: RunOptions,
  onFatal: (reason: string) => void,
): Promise<{ service: Service; node: ClusterNode | null }> {
  const { config, secrets, logger, clock, role, uiToken } = plan;
  if (role === 'all') {
    const platforms = await (opts.platforms ?? defaultPlatforms)(config, secrets, logger, clock);
    return { service: new Service({ config, store, clock, logger, platforms, onFatal, ...(uiToken ? { ui: { token: uiToken } } : {}) }), node: null };
  }
  // A worker opens no chat gateway (one per deployment, in the leader): it posts to Discord and
  // Slack through their REST / Web APIs, and to file channels.
  const platforms = await (opts.platforms ?? defaultPlatforms)(config, secrets, logger, clock, { restOnly: role === 'worker' });
  // Imported here: pg-boss and pg (≈ 0.2 s of CPU to load) only for a cluster node (ADR 0233).
  const { startClusterNode } = await import('./cluster/node.js');
  const node = await startClusterNode({ role, config, store, storeUrl: (plan.target as { url: string }).url, clock, logger, platforms, onFatal });
  return { service: node.service, node };
}

/**
 * SIGTERM/SIGINT drain through `stop`; a second signal while stopping exits at once (130). The
 * handlers are removed once `done` resolves.
 */
function handleSignals(logger: Logger, stop: () => Promise<number>, isStopping: () => boolean, done: Promise<number>): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (isStopping()) {
      logger.warn({ signal }, 'main: second signal; exiting now');
      process.exit(130);
    }
    logger.info({ signal }, 'main: shutting down');
    void stop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  void done.then(() => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  });
}

/**
 * Starts the service (see the module comment).
 * @throws ConfigError for an invalid config, WirewatchError `config` for a bad secret, `store…` when the database cannot be opened
 */
export async function runService(opts: RunOptions): Promise<Running> {
  markPhase('load modules');
  const plan = await planStart(opts);
  markPhase('config');
  const { config, logger, target, role } = plan;
  const store: Store = (await openStore(target, { clock: plan.clock, logger, createDir: true })).store;
  markPhase('store');
  let service: Service;
  let node: ClusterNode | null;
  try {
    // Workers never seed: the scheduler (or the single process) does, once.
    if (role !== 'worker') await seedOrReportDrift(store, plan, opts);
    markPhase('seed');
    ({ service, node } = await startRole(store, plan, opts, (reason) => onFatal(reason)));
    markPhase('service built');
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  const svc = service;

  // Set below; the service calls it only from a tick, after start.
  let onFatal: (reason: string) => void = () => undefined;
  let fatalExit = false;
  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((r) => (resolveDone = r));
  let stopping: Promise<number> | null = null;
  const stop = (): Promise<number> => {
    // Exit 0 for a shutdown that completed within digests.shutdownTimeout, also when polls were
    // aborted at the deadline (their feeds keep their old validators and are fetched again; pending
    // deliveries are reconciled at the next start): nothing is lost. 1 when shutdown itself failed,
    // or when the service stopped itself because the store is no longer the database it opened.
    stopping ??= (node ? node.stop() : svc.stop()).then(
      () => (fatalExit ? 1 : 0),
      (e: unknown) => {
        logger.error({ err_message: (e as Error).message }, 'main: shutdown failed');
        return 1;
      },
    );
    void stopping.then(resolveDone);
    return stopping;
  };
  onFatal = (reason) => {
    logger.fatal({ reason }, node ? 'main: stopping' : 'main: stopping: the store is no longer the database wirewatch opened');
    fatalExit = true;
    void stop();
  };
  // Signals are handled from before the first tick (which can be a long first poll round), so a
  // SIGTERM during start drains like any other.
  if (opts.signals ?? true) handleSignals(logger, stop, () => stopping !== null, done);
  // A signal during start resolves `done` without waiting for the first tick (stop() bounds it).
  const started = await Promise.race([
    (node ? Promise.resolve() : svc.start()).then(
      () => ({ error: null }),
      (e: unknown) => ({ error: e }),
    ),
    done.then(() => ({ error: null })),
  ]);
  if (started.error && !stopping) {
    // Tear down whatever started (HTTP server, adapters, workers), so a failed start never leaves a
    // process answering /healthz 200 that does nothing (issue 24); the caller exits non-zero.
    await (node ? node.stop() : svc.stop()).catch(() => undefined);
    await store.close().catch(() => undefined);
    resolveDone(1);
    throw started.error;
  }
  markPhase('started');
  reportPhases();
  if (!stopping) logger.info({ http_port: svc.httpPort, store: describeTarget(target), role }, 'main: wirewatch running');
  return { service: svc, config, done, stop };
}
