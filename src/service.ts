/**
 * The long-running service, wired from its parts (the composition root's core; `main.ts` adds the
 * process: signals, config file, concrete store and adapters). One `tick(now)` does everything due at
 * `now`: poll due feeds → record metrics → instant alerts for new items → delivery retries → digests
 * whose cron time has come → daily retention. Live, a timer calls `tick` every `polling.tick` and
 * node-cron jobs call it at each subscription's digest time; tests call it with an injected clock.
 *
 * The parts live beside it (`service-*.ts`): types and seeding, the delivery and poller wiring, the
 * digest payloads, the watchlist, the commands, feed notices, the adapters, health, the ops server, a
 * tick's steps, the tick loop, the cluster's jobs and the shutdown. This file holds the state that ties them together and the public API.
 */
import type { Digest } from './model/digest.js';
import type { Subscription, PlatformName } from './model/subscription.js';
import type { Topic } from './model/watchlist.js';
import type { AnalyzedItem } from './model/story.js';
import { silentLogger, type Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';
import type { Dispatcher } from './delivery/dispatcher.js';
import type { DigestScheduler } from './scheduler/digest-scheduler.js';
import type { InstantAlerts } from './scheduler/instant.js';
import type { SpikeAlerts } from './scheduler/spikes.js';
import type { Poller, PendingItem, PollReport } from './scheduler/poller.js';
import type { NoticeEvent } from './notices/notices.js';
import { ServiceMetrics } from './http/metrics.js';
import type { OpsServer, ReadinessCheck } from './http/server.js';
import { WorkerPool } from './worker/pool.js';
import type { ServiceDeps, TickReport } from './service-types.js';
import { createServiceDelivery } from './service-delivery.js';
import { createServiceFetcher, createServicePoller, type ServiceFetcher } from './service-poller.js';
import { ServiceDigests } from './service-digests.js';
import { ServiceWatchlist } from './service-watchlist.js';
import { serviceCommands } from './service-commands.js';
import { feedNotice } from './service-notices.js';
import { liveness, pausedDetail, pollFresh, StoreHealth } from './service-health.js';
import { adaptersReady, servicePanel, startServiceOps, type PanelMount } from './service-ops.js';
import { ServiceRounds } from './service-round.js';
import { shutdown } from './service-stop.js';
import { ClusterJobs } from './service-jobs.js';
import { startAdapters } from './service-adapters.js';
import { TickLoop } from './service-tick.js';

export type { ServiceDeps, TickReport } from './service-types.js';
export { seedFromConfig } from './service-seed.js';
export { renderFor } from './service-digests.js';

export class Service {
  readonly metrics: ServiceMetrics;
  readonly dispatcher: Dispatcher;
  readonly scheduler: DigestScheduler;
  readonly alerts: InstantAlerts;
  readonly spikes: SpikeAlerts;
  readonly poller: Poller;
  private readonly log: Logger;
  private readonly platforms = new Map<PlatformName, ChatPlatform>();
  private readonly connected = new Set<PlatformName>();
  private readonly watchlist: ServiceWatchlist;
  private readonly digests: ServiceDigests;
  private readonly health: StoreHealth;
  private readonly rounds: ServiceRounds;
  private readonly jobs: ClusterJobs;
  /** Parsing, page extraction and analysis off the event loop (null: inline). */
  readonly workers: WorkerPool | null;
  private readonly ownsWorkers: boolean;
  private ops: OpsServer | null = null;
  /** The feed fetcher (SSRF guard, size cap); also fetches OPML for `feed import <url>`. */
  private readonly fetcher: ServiceFetcher;
  private timer: NodeJS.Timeout | null = null;
  private readonly loop: TickLoop;
  private startedAt: Date | null = null;
  private stopping = false;
  /** The slash-command handler every adapter is given (set by `start`). */
  private commandHandler: Parameters<ChatPlatform['onCommand']>[0] | null = null;

  constructor(private readonly deps: ServiceDeps) {
    const { store, clock } = deps;
    this.log = deps.logger ?? silentLogger;
    this.metrics = deps.metrics ?? new ServiceMetrics();
    for (const p of deps.platforms) this.platforms.set(p.name, p);
    const delivery = createServiceDelivery(deps, {
      log: this.log,
      metrics: this.metrics,
      platforms: this.platforms,
      connected: this.connected,
      payloads: (sub, kind, subject) => this.digests.payloads(sub, kind, subject),
      onDue: () => void this.triggerTick(),
    });
    ({ dispatcher: this.dispatcher, scheduler: this.scheduler, alerts: this.alerts, spikes: this.spikes } = delivery);
    this.digests = new ServiceDigests(deps, this.log, this.spikes, () => this.rounds.fanout);
    this.health = new StoreHealth(store, clock, this.log, this.metrics, deps.onFatal);
    this.watchlist = new ServiceWatchlist(store, this.log);
    this.ownsWorkers = deps.workers === undefined;
    this.workers = deps.workers === 'inline' ? null : (deps.workers ?? new WorkerPool({ logger: this.log }));
    this.fetcher = createServiceFetcher(deps, this.log);
    this.poller = createServicePoller(deps, this.fetcher, this.workers, this.watchlist, this.log);
    this.loop = new TickLoop(
      (now) => this.rounds.run(now),
      clock,
      this.log,
      () => !this.stopping && !this.fatal,
    );
    const parts = {
      ...delivery,
      store,
      config: deps.config,
      log: this.log,
      metrics: this.metrics,
      health: this.health,
      watchlist: this.watchlist,
      poller: this.poller,
      stopping: () => this.stopping,
      live: () => this.timer !== null,
      feedNotice: (event: Extract<NoticeEvent, { url: string }>) => this.feedNotice(event),
    };
    this.rounds = new ServiceRounds(parts);
    this.jobs = new ClusterJobs({ ...parts, clock });
  }

  /** Why the service stopped working (the store is no longer itself), or null. */
  get fatal(): string | null {
    return this.health.fatal;
  }

  /** Sends a feed event's admin notice to every notice destination that sees the feed (service-notices.ts). */
  private feedNotice(event: Extract<NoticeEvent, { url: string }>): Promise<void> {
    const cluster = this.deps.cluster;
    return feedNotice(this.deps.store, cluster?.handOff ?? this.dispatcher, cluster ? null : this.connected, event);
  }

  /**
   * Composes the digest of `sub` for a window (no delivery recorded): only items of feeds its tenant
   * sees, only matches of topics its tenant sees (model/tenant.ts).
   */
  async composeFor(sub: Subscription, window: { start: Date; end: Date }, items?: AnalyzedItem[], topicFilter?: (t: Topic) => boolean): Promise<Digest> {
    return this.digests.composeFor(sub, window, items, topicFilter);
  }

  /**
   * The digest `sub` would get for `window` if it were posted now: {@link composeFor} less the stories
   * the channel already received (a digest of the last 48 h or an instant alert; `digest/repeats.ts`).
   * What `/digest now` counts and the panel previews; with `sentAt`, a past digest as it was posted.
   */
  async previewFor(sub: Subscription, window: { start: Date; end: Date }, sentAt?: Date): Promise<Digest> {
    return this.digests.previewFor(sub, window, sentAt);
  }

  /**
   * Starts the adapters (a failing one is logged and left out), reconciles deliveries left pending by a
   * crash, runs the first tick (catch-up of missed digests within the grace window), then the timers,
   * node-cron jobs and the HTTP server.
   */
  async start(): Promise<void> {
    const { config, clock, store } = this.deps;
    this.startedAt = clock.now();
    // Commands and the panel see digests as they would be sent now: without stories the channel already got.
    const composeFor = (sub: Subscription, window: { start: Date; end: Date }, sentAt?: Date) => this.previewFor(sub, window, sentAt);
    const handlers = serviceCommands(this.deps, {
      log: this.log,
      dispatcher: this.dispatcher,
      fetcher: this.fetcher,
      composeFor,
      ticking: () => this.loop.running,
    });
    this.commandHandler = handlers.handle;
    if (this.deps.cluster) {
      // Scaled out: the cluster node starts the adapters (the leader's chat gateways only once elected).
      if (this.deps.http ?? true) await this.startOps(this.deps.cluster.checks);
      return;
    }
    await this.startAdapters();
    const reconciled = await this.dispatcher.reconcile();
    this.log.info({ ...reconciled }, 'service: ledger reconciled');
    if (this.deps.http ?? true) {
      const panel = await servicePanel(this.deps, {
        commands: handlers.handle,
        composeFor,
        state: async () => ({
          ticking: this.loop.running !== null,
          lastTick: this.loop.last,
          connected: [...this.connected],
          pendingDeliveries: (await store.deliveries.pendingDeliveries()).length,
        }),
        log: this.log,
      });
      await this.startOps(
        [{ name: 'poll', check: async () => ((await store.feeds.listFeeds()).length === 0 ? { ok: true, detail: 'no feeds' } : this.pollFresh()) }],
        panel,
      );
    }
    await this.tick(clock.now());
    if (this.stopping) return; // stopped (a signal) during the first tick
    if (this.deps.live ?? true) {
      await this.scheduler.startLive();
      this.timer = setInterval(() => {
        this.tick(this.deps.clock.now()).catch((e: unknown) => this.log.error({ err_message: (e as Error).message }, 'service: tick failed'));
      }, config.polling.tick);
    }
  }

  /**
   * Starts the adapters not started yet (`names`: only those; default all); one that fails to start is
   * logged and left out (its subscriptions wait). Called by `start`, or by a cluster node.
   */
  startAdapters(names?: readonly PlatformName[]): Promise<void> {
    return startAdapters(this.platforms.values(), this.connected, () => this.commandHandler, this.log, names);
  }

  /** The platforms whose adapters are connected in this process. */
  get connectedPlatforms(): PlatformName[] {
    return [...this.connected];
  }

  /** The ops server: store and adapter readiness, the paused subscriptions, plus `extra` checks (and the web panel, when given). */
  private async startOps(extra: ReadinessCheck[], ui?: PanelMount): Promise<void> {
    this.ops = await startServiceOps(
      this.deps,
      {
        log: this.log,
        metrics: this.metrics,
        liveness: () => this.liveness(),
        store: async () => this.health.ready(),
        adapters: () => adaptersReady(this.platforms.keys(), this.connected, !!this.deps.cluster),
        paused: async () => this.pausedDetail(),
      },
      extra,
      ui,
    );
  }

  /** A poll job of a scaled-out worker (service-jobs.ts `ClusterJobs.pollFeed`). */
  pollFeed(url: string): Promise<PollReport> {
    return this.jobs.pollFeed(url);
  }

  /** An analyse job of a scaled-out worker (service-jobs.ts `ClusterJobs.analyseItem`). */
  analyseItem(job: PendingItem): Promise<boolean> {
    return this.jobs.analyseItem(job);
  }

  /** Scaled out, the leader's sweep of unsent instant alerts (service-jobs.ts `ClusterJobs.sweepInstantAlerts`). */
  sweepInstantAlerts(from: Date, to: Date): Promise<number> {
    return this.jobs.sweepInstantAlerts(from, to);
  }

  /** Scaled out, the leader's spike check (service-jobs.ts `ClusterJobs.sweepSpikes`). */
  sweepSpikes(from: Date, to: Date): Promise<number> {
    return this.jobs.sweepSpikes(from, to);
  }

  /** The `/readyz` detail of paused subscriptions: always ok; lists each with its reason. */
  async pausedDetail(): Promise<{ ok: true; detail: string }> {
    return pausedDetail(this.deps.store);
  }

  /** The port the ops server listens on, or null. */
  get httpPort(): number | null {
    return this.ops?.port ?? null;
  }

  /** Liveness for `/healthz` (service-health.ts `liveness`). */
  private liveness(): { ok: boolean; detail?: string } {
    const nowMs = this.deps.clock.now().getTime();
    return liveness({ stopping: this.stopping, tickStartedMs: this.loop.startedMs, nowMs, tickMs: this.deps.config.polling.tick });
  }

  /** The `/readyz` poll check (service-health.ts `pollFresh`). */
  private pollFresh(): { ok: boolean; detail?: string } {
    const nowMs = this.deps.clock.now().getTime();
    return pollFresh({ nowMs, staleMs: this.deps.config.polling.staleAfter, lastPollOk: this.rounds.lastPollOk, startedAt: this.startedAt });
  }

  /** Does everything due at `now`; concurrent calls share one run (service-tick.ts). */
  tick(now: Date): Promise<TickReport> {
    return this.loop.tick(now);
  }

  /**
   * A live cron job's trigger: a tick now, or one more right after the running one (service-tick.ts `trigger`).
   * @returns when the triggered tick has run (the cron job does not wait; tests do)
   */
  triggerTick(): Promise<void> {
    return this.loop.trigger();
  }

  /**
   * Graceful shutdown within `config.digests.shutdownTimeout`: the timer stops here, then the cron jobs,
   * polls in flight, workers, the running tick and deliveries, adapters, the HTTP server and the store,
   * in that order (service-stop.ts `shutdown`). A second call does nothing and returns false.
   * @returns true when the tick and the deliveries in flight finished within 80 % of the timeout
   */
  async stop(): Promise<boolean> {
    if (this.stopping) return false;
    this.stopping = true;
    const started = Date.now();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return shutdown(
      {
        log: this.log,
        timeoutMs: this.deps.config.digests.shutdownTimeout,
        scheduler: this.scheduler,
        poller: this.poller,
        ownWorkers: this.ownsWorkers ? this.workers : null,
        ticking: () => this.loop.running,
        dispatcher: this.dispatcher,
        platforms: this.platforms.values(),
        ops: () => this.ops,
        health: this.health,
        store: this.deps.store,
      },
      started,
    );
  }
}
