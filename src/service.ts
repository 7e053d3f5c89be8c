/**
 * The long-running service, wired from its parts (the composition root's core; `main.ts` adds the
 * process: signals, config file, concrete store and adapters). One `tick(now)` does everything due at
 * `now`: poll due feeds → record metrics → instant alerts for new items → delivery retries → digests
 * whose cron time has come → daily retention. Live, a timer calls `tick` every `polling.tick` and
 * node-cron jobs call it at each subscription's digest time; tests call it with an injected clock.
 */
import type { Digest } from './model/digest.js';
import type { Subscription, PlatformName } from './model/subscription.js';
import type { Topic } from './model/watchlist.js';
import type { AnalyzedItem } from './model/story.js';
import { pruneStore } from './store/retention.js';
import { createServiceCommands } from './service-commands.js';
import { createServicePoller } from './service-poller.js';
import { silentLogger, type Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';
import { Dispatcher, type DeliveryPlatform } from './delivery/dispatcher.js';
import { DigestScheduler } from './scheduler/digest-scheduler.js';
import { InstantAlerts } from './scheduler/instant.js';
import { SpikeAlerts } from './scheduler/spikes.js';
import { Poller, type PollReport } from './scheduler/poller.js';
import type { FetchRequest, FetchResponse } from './reader/fetcher/fetcher.js';
import { Fetcher } from './reader/fetcher/index.js';
import { DigestFanout } from './digest/fanout.js';
import { noticeSubject } from './notices/notices.js';
import { ServiceMetrics } from './http/metrics.js';
import { startOpsServer, type OpsServer, type ReadinessCheck } from './http/server.js';
import { WorkerPool } from './worker/pool.js';
import { createPanel } from './ui/app.js';
import type { ServiceState } from './ui/deps.js';
import type { ServiceDeps, TickReport } from './service-types.js';
import { renderFor, ServiceDigests } from './service-digests.js';
import { ServiceWatchlist } from './service-watchlist.js';
import { feedNotice } from './service-notices.js';
import { liveness, pausedDetail, pollFresh } from './service-health.js';

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
  /** Parsing, page extraction and analysis off the event loop (null: inline). */
  readonly workers: WorkerPool | null;
  private readonly ownsWorkers: boolean;
  private ops: OpsServer | null = null;
  /** The feed fetcher (SSRF guard, size cap); also fetches OPML for `feed import <url>`. */
  private readonly fetcher: { fetch(req: FetchRequest): Promise<FetchResponse> };
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<TickReport> | null = null;
  /** A live trigger came while a tick ran: the tick that follows it. */
  private retick: Promise<void> | null = null;
  private lastPollOk: Date | null = null;
  private lastPrune: Date | null = null;
  private startedAt: Date | null = null;
  private stopping = false;
  private storeOpen = true;
  /** Why the service stopped working (the store is no longer itself), or null. */
  fatal: string | null = null;
  /** The last failed store write, until a later write succeeds (fails /readyz). */
  private storeFault: { at: Date; message: string } | null = null;
  /** When the tick in progress started (the service clock, ms), for liveness. */
  private tickStartedMs: number | null = null;
  /**
   * The fan-out of the round in progress (its alerts and digests): digests composed once per tenant,
   * topic set and window, rendered once per platform, locale and time zone (digest/fanout.ts).
   */
  private fanout: DigestFanout | null = null;
  /** The last finished tick, for the panel's overview. */
  private lastTick: ServiceState['lastTick'] = null;

  constructor(private readonly deps: ServiceDeps) {
    const { config, store, clock } = deps;
    this.log = deps.logger ?? silentLogger;
    this.metrics = deps.metrics ?? new ServiceMetrics();
    for (const p of deps.platforms) this.platforms.set(p.name, p);
    this.dispatcher = new Dispatcher({
      deliveries: store.deliveries,
      subscriptions: store.subscriptions,
      platforms: this.platforms as Map<PlatformName, DeliveryPlatform>,
      payloads: (sub, kind, subject) => this.digests.payloads(sub, kind, subject),
      clock,
      logger: this.log,
      metrics: this.metrics,
      retries: config.digests.retries,
      retryBaseMs: config.digests.retryBase,
      sharedLedger: deps.cluster !== undefined,
      onPaused: async (sub, deliveryId) => {
        await this.dispatcher.deliver(sub, 'notice', noticeSubject({ kind: 'subscription_paused', deliveryId }));
      },
    });
    // A scaled-out process hands deliveries to the job queue; a single process posts them itself.
    const handOff = deps.cluster?.handOff ?? this.dispatcher;
    this.scheduler = new DigestScheduler({
      subscriptions: store.subscriptions,
      deliveries: store.deliveries,
      dispatcher: handOff,
      clock,
      graceMs: config.digests.grace,
      platforms: () => this.connected,
      onDue: () => void this.triggerTick(),
      logger: this.log,
    });
    this.alerts = new InstantAlerts({
      subscriptions: store.subscriptions,
      watchlists: store.watchlists,
      feeds: store.feeds,
      dispatcher: handOff,
      ledger: { deliveries: store.deliveries, items: store.items },
      clock,
      perHour: config.digests.instantPerHour,
      cap: deps.cluster?.alertCap,
      logger: this.log,
    });
    // Scaled out, spikes are looked for by the leader's sweep (sweepInstantAlerts) and handed to the queue.
    this.spikes = new SpikeAlerts({ store, dispatcher: handOff, clock, perHour: config.digests.instantPerHour, logger: this.log });
    this.watchlist = new ServiceWatchlist({ store }, this.log);
    this.digests = new ServiceDigests({ store, clock, config }, this.log, this.spikes, () => this.fanout);
    this.ownsWorkers = deps.workers === undefined;
    this.workers = deps.workers === 'inline' ? null : (deps.workers ?? new WorkerPool({ logger: this.log }));
    const pool = this.workers;
    const fetcher = (this.fetcher =
      deps.fetcher ??
      new Fetcher({ timeoutMs: config.fetch.timeout, maxBytes: config.fetch.maxBytes, allowCidrs: config.fetch.allowCidrs, userAgent: config.fetch.userAgent, clock, logger: this.log }));
    this.poller = createServicePoller(deps, this.log, fetcher, pool, this.watchlist);
  }

  /**
   * Composes the digest of `sub` for a window (no delivery recorded): only items of feeds its tenant
   * sees, only matches of topics its tenant sees (model/tenant.ts).
   */
  async composeFor(sub: Subscription, window: { start: Date; end: Date }, items?: AnalyzedItem[], topicFilter?: (t: Topic) => boolean): Promise<Digest> {
    return this.digests.compose(sub, window, null, items, topicFilter);
  }

  /**
   * Starts the adapters (a failing one is logged and left out), reconciles deliveries left pending by a
   * crash, runs the first tick (catch-up of missed digests within the grace window), then the timers,
   * node-cron jobs and the HTTP server.
   */
  async start(): Promise<void> {
    const { config, clock, store } = this.deps;
    this.startedAt = clock.now();
    const handlers = createServiceCommands(this.deps, this.log, this.fetcher, {
      composeFor: (sub, window) => this.composeFor(sub, window),
      ticking: () => this.ticking,
      deliver: (sub, kind, subject) => this.dispatcher.deliver(sub, kind, subject),
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
      const panel =
        config.ui.enabled && this.deps.ui
          ? createPanel({
              store,
              clock,
              commands: handlers.handle,
              composeFor: (sub, window) => this.composeFor(sub, window),
              render: renderFor,
              token: this.deps.ui.token,
              backtestDays: config.ui.backtestDays,
              sessionTtlMs: config.ui.sessionTtl,
              state: async () => ({ ticking: this.ticking !== null, lastTick: this.lastTick, connected: [...this.connected], pendingDeliveries: (await store.deliveries.pendingDeliveries()).length }),
              logger: this.log,
            })
          : null;
      await this.startOps(
        [{ name: 'poll', check: async () => ((await store.feeds.listFeeds()).length === 0 ? { ok: true, detail: 'no feeds' } : pollFresh({ nowMs: clock.now().getTime(), staleMs: config.polling.staleAfter, lastPollOk: this.lastPollOk, startedAt: this.startedAt })) }],
        panel ? { fetch: panel.fetch, host: config.ui.host } : undefined,
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

  /** The slash-command handler every adapter is given (set by `start`). */
  private commandHandler: Parameters<ChatPlatform['onCommand']>[0] | null = null;

  /**
   * Starts the adapters not started yet (`names`: only those; default all); one that fails to start is
   * logged and left out (its subscriptions wait). Called by `start`, or by a cluster node.
   */
  async startAdapters(names?: readonly PlatformName[]): Promise<void> {
    for (const p of this.platforms.values()) {
      if (this.connected.has(p.name) || (names && !names.includes(p.name))) continue;
      try {
        if (this.commandHandler) p.onCommand(this.commandHandler);
        await p.start();
        this.connected.add(p.name);
        this.log.info({ platform: p.name }, 'service: adapter started');
      } catch (e) {
        this.log.error({ platform: p.name, err_message: (e as Error).message }, 'service: adapter failed to start; its subscriptions wait');
      }
    }
  }

  /** The platforms whose adapters are connected in this process. */
  get connectedPlatforms(): PlatformName[] {
    return [...this.connected];
  }

  /** The ops server: store and adapter readiness, the paused subscriptions, plus `extra` checks (and the web panel, when given). */
  private async startOps(extra: ReadinessCheck[], ui?: Parameters<typeof startOpsServer>[0]['ui']): Promise<void> {
    const { config } = this.deps;
    this.ops = await startOpsServer({
      host: config.http.host,
      port: config.http.port,
      logger: this.log,
      ui,
      metrics: () => this.metrics.render(),
      liveness: () => liveness({ stopping: this.stopping, tickStartedMs: this.tickStartedMs, nowMs: this.deps.clock.now().getTime(), tickMs: this.deps.config.polling.tick }),
      checks: [
        { name: 'store', check: async () => this.storeReady() },
        { name: 'adapters', check: () => ({ ok: [...this.platforms.keys()].every((n) => this.connected.has(n)) || !!this.deps.cluster, detail: [...this.connected].join(',') }) },
        ...extra,
        // Informational: paused subscriptions need an admin, not a restart, so they never fail readiness.
        { name: 'subscriptions', check: async () => this.pausedDetail() },
      ],
    });
  }

  /**
   * A poll job of a scaled-out worker: polls `url` if it is still due, stores its new items, hands
   * instant alerts and feed notices to the queue, records metrics.
   * @returns the feed's poll report (empty when it was not due)
   * @throws WirewatchError `store` when the store cannot be read (the job is retried)
   */
  async pollFeed(url: string): Promise<PollReport> {
    await this.watchlist.refreshAnalyzer();
    const poll = await this.poller.pollOne(url);
    this.metrics.pollRound(poll, this.deps.clock.now());
    // A feed whose items could not be written keeps its validators and stays due: the scheduler queues it again.
    if (poll.storeErrors.length) this.noteStoreFault('poll', poll.storeErrors[0].message, poll.storeErrors.length);
    if (poll.polled > poll.failed.length) this.storeFault = null;
    await this.alerts.handle(poll.newItems);
    for (const f of poll.failing) await feedNotice(this.deps, this.connected, this.dispatcher, { kind: 'feed_failing', url: f.url, since: f.since });
    for (const f of poll.recovered) await feedNotice(this.deps, this.connected, this.dispatcher, { kind: 'feed_recovered', url: f.url, since: f.since });
    return poll;
  }

  /**
   * Scaled out, the leader's sweep: hands the instant alerts of items first seen in `[from, to)` to the
   * queue again. A worker killed after its poll stored new items but before it handed their alerts off
   * leaves them unsent, and the poll job's retry finds the feed no longer due; alerts already begun are
   * skipped (the ledger: same item, or the same story from another feed), so the sweep only adds the
   * missing ones. Items held back by the hourly cap or quiet hours are tried again by each sweep that
   * covers them (they go out if the cap allows by then).
   * @returns how many alerts were handed off
   * @throws WirewatchError `store` when the store cannot be read
   */
  async sweepInstantAlerts(from: Date, to: Date): Promise<number> {
    const items = await this.deps.store.items.itemsFirstSeen(from, to);
    if (items.length === 0) return 0;
    await this.watchlist.refreshAnalyzer();
    return (await this.alerts.handle(items, { late: true })).sent;
  }

  /**
   * Scaled out, the leader's spike check (`--role all` runs it after each poll round): the topics of
   * the items first seen in `[from, to)` are checked for a spike, and a spike is handed to the queue
   * (once per topic and local day: the ledger subject). One leader at a time, so the spikes' hourly
   * cap, counted in its memory, holds for the deployment.
   * @returns how many spike alerts were handed off
   * @throws WirewatchError `store` when the store cannot be read
   */
  async sweepSpikes(from: Date, to: Date): Promise<number> {
    const items = await this.deps.store.items.itemsFirstSeen(from, to);
    if (items.length === 0) return 0;
    return (await this.spikes.handle(items)).sent;
  }

  /** Readiness of the store: open, still the database it opened, answering. */
  private async storeReady(): Promise<{ ok: boolean; detail?: string }> {
    if (this.fatal) return { ok: false, detail: this.fatal };
    if (!this.storeOpen) return { ok: false, detail: 'closed' };
    if (this.storeFault) return { ok: false, detail: `write failed at ${this.storeFault.at.toISOString()}: ${this.storeFault.message}` };
    const lost = (await this.deps.store.verifyIdentity?.()) ?? null;
    if (lost) {
      this.fail(lost);
      return { ok: false, detail: lost };
    }
    await this.deps.store.subscriptions.listSubscriptions();
    return { ok: true };
  }

  /** Stops all work for good: nothing more is polled, posted or written; `onFatal` tells the process. */
  private fail(reason: string): void {
    if (this.fatal) return;
    this.fatal = reason;
    this.log.fatal({ reason }, 'service: cannot go on; stopping');
    this.deps.onFatal?.(reason);
  }

  /** The `/readyz` detail of paused subscriptions: always ok; lists each with its reason. */
  async pausedDetail(): Promise<{ ok: true; detail: string }> {
    return pausedDetail(this.deps.store);
  }

  /** The port the ops server listens on, or null. */
  get httpPort(): number | null {
    return this.ops?.port ?? null;
  }

  /** Records a failed store write: logged at error, counted, and /readyz fails until a write succeeds. */
  private noteStoreFault(operation: string, message: string, n = 1): void {
    this.storeFault = { at: this.deps.clock.now(), message };
    this.metrics.storeWriteFailed(operation, n);
  }

  /** Does everything due at `now`; concurrent calls share one run. */
  tick(now: Date): Promise<TickReport> {
    if (this.ticking) return this.ticking;
    this.tickStartedMs = this.deps.clock.now().getTime();
    this.ticking = this.runTick(now)
      .then((r) => {
        this.lastTick = { at: this.deps.clock.now(), polled: r.poll.polled, failed: r.poll.failed.length, newItems: r.poll.newItems, digests: r.digests, retried: r.retried };
        return r;
      })
      .finally(() => {
      this.ticking = null;
      this.tickStartedMs = null;
    });
    return this.ticking;
  }

  /**
   * A live cron job's trigger: a tick now, or, when one is running (a long poll round), one more tick
   * right after it, so a digest due meanwhile goes out as soon as the round's items are all stored
   * (composing it during the round would miss items first seen before its window end but stored after).
   * @returns when the triggered tick has run (the cron job does not wait; tests do)
   */
  triggerTick(): Promise<void> {
    const log = (e: unknown) => this.log.error({ err_message: (e as Error).message }, 'service: tick failed');
    if (!this.ticking) return this.tick(this.deps.clock.now()).then(() => undefined, log);
    this.retick ??= this.ticking
      .catch(() => undefined)
      .then(() => {
        this.retick = null;
        if (!this.stopping && !this.fatal) return this.tick(this.deps.clock.now());
      })
      .then(() => undefined, log);
    return this.retick;
  }

  private async runTick(now: Date): Promise<TickReport> {
    const report: TickReport = { poll: { polled: 0, notModified: 0, failed: [], newItems: 0 }, alerts: { sent: 0, capped: 0, quiet: 0 }, retried: 0, digests: 0 };
    if (this.stopping || this.fatal) return report;
    // A database deleted or replaced under us: stop before anything is polled, posted or written.
    const lost = (await this.deps.store.verifyIdentity?.()) ?? null;
    if (lost) {
      this.fail(lost);
      return report;
    }
    this.fanout = new DigestFanout(renderFor);
    try {
      await this.pollRound(now, report);
      if (this.stopping) return report;
      await this.deliverAndPrune(now, report);
      if (this.timer) await this.scheduler.startLive();
      return report;
    } finally {
      this.fanout = null;
    }
  }

  /** The poll step of a tick: poll due feeds, note store health, send instant alerts and feed notices into `report`. */
  private async pollRound(now: Date, report: TickReport): Promise<void> {
    try {
      await this.watchlist.refreshAnalyzer();
      const poll = await this.poller.pollDue();
      this.metrics.pollRound(poll, now);
      if (poll.storeErrors.length) {
        this.noteStoreFault('poll', poll.storeErrors[0].message, poll.storeErrors.length);
      } else if (poll.polled > poll.failed.length) {
        this.storeFault = null; // a feed's items and validators were written: the store takes writes again
        this.metrics.storeHealthy.set(1);
      }
      // Every stored feed failing past polling.failingAfter, not only those polled this round (a feed in
      // a long backoff is still failing); `poll.failing` holds just the newly failing ones.
      this.metrics.feedsFailing.set((await this.poller.failingFeeds()).length);
      if (poll.polled > poll.failed.length) this.lastPollOk = now;
      report.poll = { polled: poll.polled, notModified: poll.notModified, failed: poll.failed, newItems: poll.newItems.length };
      if (poll.polled > 0) this.log.info({ polled: poll.polled, not_modified: poll.notModified, failed: poll.failed.length, new_items: poll.newItems.length }, 'service: poll round');
      if (!this.stopping) report.alerts = await this.alerts.handle(poll.newItems);
      if (!this.stopping) {
        const spikes = await this.spikes.handle(poll.newItems);
        if (spikes.sent + spikes.capped + spikes.quiet > 0) this.log.info(spikes, 'service: spike alerts');
      }
      // Admin notices: a feed past polling.failingAfter (each polled round; the ledger keeps it to one
      // message per failure run) and a failing feed read again.
      for (const f of poll.failing) if (!this.stopping) await feedNotice(this.deps, this.connected, this.dispatcher, { kind: 'feed_failing', url: f.url, since: f.since });
      for (const f of poll.recovered) if (!this.stopping) await feedNotice(this.deps, this.connected, this.dispatcher, { kind: 'feed_recovered', url: f.url, since: f.since });
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code.startsWith('store')) this.noteStoreFault('poll', (e as Error).message);
      this.log.error({ code, err_message: (e as Error).message }, 'service: poll round failed');
    }
  }

  /**
   * The delivery step of a tick: retries due, due digests, and retention once a day, into `report`.
   * @throws what is not a store fault (a store write failing here is retried on the next tick)
   */
  private async deliverAndPrune(now: Date, report: TickReport): Promise<void> {
    try {
      report.retried = (await this.dispatcher.retryDue(now)).length;
      report.digests = await this.scheduler.tick(now);
      if (!this.lastPrune || now.getTime() - this.lastPrune.getTime() >= 86_400_000) {
        // Items first, then the finished ledger rows no stored item needs (pending rows are never pruned).
        const pruned = await pruneStore(this.deps.store, now, this.deps.config.retention.days);
        this.lastPrune = now;
        if (pruned.items > 0 || pruned.deliveries > 0) this.log.info({ pruned_items: pruned.items, pruned_deliveries: pruned.deliveries, before: pruned.before.toISOString() }, 'service: retention pruned');
      }
    } catch (e) {
      // A store write failing here (disk full) is retried on the next tick: digests are keyed by window.
      // Anything else is not ours to swallow.
      const code = (e as { code?: string }).code ?? '';
      if (!code.startsWith('store')) throw e;
      this.noteStoreFault('tick', (e as Error).message);
      this.log.error({ code, err_message: (e as Error).message }, 'service: digest or retention step failed; retried next tick');
    }
  }

  /**
   * Graceful shutdown within `config.digests.shutdownTimeout`: stop the timers and cron jobs (no new
   * polls or digests) and abort the polls in flight (fetches cancelled, nothing more written: those
   * feeds keep their old validators and are polled at the next start) and end the worker threads (they
   * only serve polls); wait for the running tick and in-flight deliveries for up to 80 % of the timeout,
   * then for the tick to settle for the rest of it; stop the adapters and the HTTP server; close the
   * store. The poller is aborted before anything else, so no poll writes to a closed store.
   * @returns true when the tick and the deliveries in flight finished within 80 % of the timeout
   */
  async stop(): Promise<boolean> {
    if (this.stopping) return false;
    this.stopping = true;
    const started = Date.now();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.scheduler.stop();
    // Polls in flight stop now (fetches cancelled, nothing more written: their feeds keep their
    // validators and are polled at the next start, so nothing is lost) and the round starts no further
    // feed; a stopping tick runs no digests, so only deliveries in flight are worth waiting for.
    this.poller.abort();
    // The workers only parse and analyse for polls: end them now, so a poll waiting on a long parse settles at once.
    const workersClosed = this.ownsWorkers && this.workers ? this.workers.close() : Promise.resolve();
    const timeout = this.deps.config.digests.shutdownTimeout;
    const within = <T>(p: Promise<T>, ms: number, fallback: T): Promise<T> => {
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([p, new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), Math.max(0, ms))))]).finally(() => clearTimeout(timer));
    };
    const drained = (async () => {
      await this.ticking?.catch(() => undefined);
      return this.dispatcher.drain(Math.max(0, timeout * 0.8 - (Date.now() - started)));
    })();
    const inTime = await within(drained, timeout * 0.8 - (Date.now() - started), false);
    if (!inTime) this.log.warn({ shutdown_timeout_ms: timeout }, 'service: shutdown deadline near; deliveries still in flight are left to reconciliation at the next start');
    await within(workersClosed, Math.max(500, timeout - (Date.now() - started)), undefined);
    if (this.ticking) await within(this.ticking.then(() => undefined, () => undefined), timeout - (Date.now() - started), undefined);
    for (const p of this.platforms.values()) await within(p.stop().catch((e: unknown) => this.log.warn({ platform: p.name, err_message: (e as Error).message }, 'service: adapter stop failed')), 2000, undefined);
    await this.ops?.close();
    this.storeOpen = false;
    await this.deps.store.close();
    this.log.info({ in_time: inTime, took_ms: Date.now() - started }, 'service: stopped');
    return inTime;
  }
}
