/**
 * The long-running service, wired from its parts (the composition root's core; `main.ts` adds the
 * process: signals, config file, concrete store and adapters). One `tick(now)` does everything due at
 * `now`: poll due feeds → record metrics → instant alerts for new items → delivery retries → digests
 * whose cron time has come → daily retention. Live, a timer calls `tick` every `polling.tick` and
 * node-cron jobs call it at each subscription's digest time; tests call it with an injected clock.
 */
import type { Config } from './config/schema.js';
import { subscriptionFromConfig } from './config/subscription.js';
import type { Clock } from './model/clock.js';
import type { AdminNotice, Digest } from './model/digest.js';
import type { Subscription, PlatformName } from './model/subscription.js';
import type { Topic } from './model/watchlist.js';
import type { AnalyzedItem } from './model/story.js';
import { windowTime } from './model/story.js';
import { qualifyTopic, tenantOf, visibleMatches } from './model/tenant.js';
import type { Store } from './store/store.js';
import { pruneStore } from './store/retention.js';
import { silentLogger, type Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';
import { Dispatcher, type DeliveryPlatform } from './delivery/dispatcher.js';
import { DigestScheduler, FIRST_WINDOW_MS } from './scheduler/digest-scheduler.js';
import { parseWindowSubject, windowSubject } from './model/delivery.js';
import { InstantAlerts, type AlertCap } from './scheduler/instant.js';
import { SpikeAlerts } from './scheduler/spikes.js';
import { topicsTrend } from './trends/trend.js';
import { chartPart, DIGEST_CHART_DAYS } from './trends/digest-chart.js';
import { Poller, revivePendingItem, type PendingItem, type PollReport } from './scheduler/poller.js';
import { hostOf } from './scheduler/poll-limits.js';
import type { FetchRequest, FetchResponse } from './reader/fetcher/fetcher.js';
import { discoverFeed } from './reader/discover/index.js';
import { Fetcher } from './reader/fetcher/index.js';
import { parseFeed } from './reader/parser/index.js';
import { createAnalyzer, type Analyzer } from './pipeline/analyze.js';
import { compileWatchlist, validateTerm } from './pipeline/matcher/index.js';
import { composeDigest } from './digest/compose.js';
import { deliveredItems, repeatedItems } from './digest/repeats.js';
import { DigestFanout } from './digest/fanout.js';
import { renderText } from './digest/render/text.js';
import { renderDiscord } from './digest/render/discord/index.js';
import { renderSlack } from './digest/render/slack/index.js';
import { noticeEscaper, renderNotice } from './digest/render/notice.js';
import { noticeSubject, noticeText, parseNoticeSubject, type NoticeEvent } from './notices/notices.js';
import { createCommands } from './commands/index.js';
import { ServiceMetrics } from './http/metrics.js';
import { startOpsServer, type OpsServer, type ReadinessCheck } from './http/server.js';
import { WorkerPool } from './worker/pool.js';
import { movable } from './worker/tasks.js';
import { createPanel } from './ui/app.js';
import type { ServiceState } from './ui/deps.js';
import type { UiToken } from './ui/auth/token.js';
import { createHash } from 'node:crypto';

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

/**
 * Seeds feeds, global topics and subscriptions from the config on first start (an empty store), or
 * always with `reset` (`--reset-from-config`: config entries replace stored ones, global topics no
 * longer in the config are removed; subscriptions keep their delivery progress). Afterwards the database is the source of truth that admins edit.
 * @returns whether it seeded and how many of each
 */
export async function seedFromConfig(
  store: Store,
  config: Config,
  now: Date,
  opts: { reset?: boolean } = {},
): Promise<{ seeded: boolean; feeds: number; topics: number; subscriptions: number }> {
  const empty =
    (await store.feeds.listFeeds()).length === 0 &&
    (await store.watchlists.listTopics(null)).length === 0 &&
    (await store.subscriptions.listSubscriptions()).length === 0;
  if (!empty && !opts.reset) return { seeded: false, feeds: 0, topics: 0, subscriptions: 0 };
  for (const f of config.feeds) {
    const url = typeof f === 'string' ? f : f.url;
    const interval = typeof f === 'string' ? config.polling.interval : (f.interval ?? config.polling.interval);
    const existing = await store.feeds.getFeed(url);
    if (existing) await store.feeds.updateFeed(url, { intervalSeconds: Math.round(interval / 1000) });
    else await store.feeds.upsertFeed({ url, workspace: null, intervalSeconds: Math.round(interval / 1000), nextCheckAt: now });
  }
  for (const t of config.topics) await store.watchlists.upsertTopic({ ...t, workspace: null });
  if (opts.reset) {
    // The config is the whole global scope: a global topic taken out of it goes (so a server can take
    // its id over with `watch add`; see commands/watch.ts refuseGlobal). Workspace topics stay.
    const wanted = new Set(config.topics.map((t) => t.id));
    for (const t of await store.watchlists.listTopics(null)) if (!wanted.has(t.id)) await store.watchlists.removeTopic(null, t.id);
  }
  for (const s of config.subscriptions) {
    const sub = subscriptionFromConfig(s, config);
    const existing = await store.subscriptions.findSubscription(sub.platform, sub.workspace, sub.channel);
    await store.subscriptions.upsertSubscription(
      existing ? { ...sub, id: existing.id, lastWindowEnd: existing.lastWindowEnd, paused: existing.paused, pausedReason: existing.pausedReason } : sub,
    );
  }
  return { seeded: true, feeds: config.feeds.length, topics: config.topics.length, subscriptions: config.subscriptions.length };
}

/** Renders a digest for a platform: plain text for the console, embeds for Discord, Block Kit for Slack. */
export function renderFor(platform: PlatformName, digest: Digest): unknown[] {
  if (platform === 'discord') return renderDiscord(digest);
  if (platform === 'slack') return renderSlack(digest);
  return [renderText(digest)];
}

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
  private analyzer: { key: string; topics: Topic[]; analyzer: Analyzer | null } | null = null;
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
      payloads: (sub, kind, subject) => this.payloads(sub, kind, subject),
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
    this.ownsWorkers = deps.workers === undefined;
    this.workers = deps.workers === 'inline' ? null : (deps.workers ?? new WorkerPool({ logger: this.log }));
    const pool = this.workers;
    const fetcher = (this.fetcher =
      deps.fetcher ??
      new Fetcher({
        timeoutMs: config.fetch.timeout,
        maxBytes: config.fetch.maxBytes,
        allowCidrs: config.fetch.allowCidrs,
        userAgent: config.fetch.userAgent,
        clock,
        logger: this.log,
      }));
    const gate = deps.cluster?.hostGate;
    this.poller = new Poller({
      feeds: store.feeds,
      items: store.items,
      fetcher: gate
        ? {
            // Scaled out: the per-host limit is counted across processes, per request.
            fetch: async (req: FetchRequest) => {
              const release = await gate.acquire(hostOf(req.url), req.signal);
              try {
                return await fetcher.fetch(req);
              } finally {
                await release();
              }
            },
          }
        : fetcher,
      // Bodies are moved to the worker, not copied (a 15 MiB feed was in memory twice, on both threads);
      // a parse that cut its list hands them back (`bytes`) for the backlog's next turn.
      parse: (body, opts) => {
        if (!pool) return parseFeed(body, opts);
        const { bytes, transfer } = movable(body);
        return pool.run(
          {
            kind: 'parse',
            bytes,
            contentType: opts?.contentType ?? null,
            url: opts?.url ?? null,
            skipKeys: opts?.skipKeys,
            skipTitles: opts?.skipTitles,
            maxItems: opts?.maxItems,
          },
          transfer,
        );
      },
      extractPage: pool
        ? (body, contentType, url) => {
            const { bytes, transfer } = movable(body);
            return pool.run({ kind: 'extract', bytes, contentType, url }, transfer);
          }
        : undefined,
      ...(deps.cluster?.handOffItems ? { handOffItems: deps.cluster.handOffItems } : {}),
      analyze: (feedUrl, outlet, item, article, firstSeen) => {
        const a = this.currentAnalyzer();
        const input = { feedUrl, outlet, item, article, firstSeen };
        return pool ? pool.run({ kind: 'analyze', topicsKey: a.key, topics: a.topics, input }) : a.inline().analyze(input);
      },
      clock,
      logger: this.log,
      config: {
        defaultIntervalSeconds: Math.round(config.polling.interval / 1000),
        maxConcurrent: config.polling.concurrency,
        perHost: config.polling.perHost,
        failingAfterSeconds: Math.round(config.polling.failingAfter / 1000),
        backoffMaxSeconds: Math.round(config.polling.backoffMax / 1000),
      },
    });
  }

  /**
   * Every topic the service matches: the global ones and each subscribed workspace's, ids qualified
   * by workspace (model/tenant.ts) so that two tenants' topics of the same id stay apart in the store.
   */
  private async allTopics(): Promise<Topic[]> {
    const { store } = this.deps;
    const workspaces = new Set((await store.subscriptions.listSubscriptions()).map((s) => s.workspace).filter((w) => w !== 'console'));
    const byKey = new Map<string, Topic>();
    for (const t of await store.watchlists.listTopics(null)) byKey.set(`\u0000${t.id}`, t);
    for (const ws of workspaces) for (const t of await store.watchlists.listTopics(ws)) byKey.set(`${t.workspace ?? ''}\u0000${t.id}`, t);
    return [...byKey.values()].map(qualifyTopic);
  }

  /** The watchlist in force: its key (a hash the workers cache their compiled matcher by), topics, and an in-thread analyzer. */
  private currentAnalyzer(): { key: string; topics: Topic[]; inline: () => Analyzer } {
    const a = this.analyzer;
    if (!a) throw new Error('service: analyzer used before the first poll round');
    return { key: a.key, topics: a.topics, inline: () => (a.analyzer ??= createAnalyzer(a.topics)) };
  }

  private async refreshAnalyzer(): Promise<void> {
    const topics = await this.allTopics();
    const key = createHash('sha256').update(JSON.stringify(topics)).digest('hex');
    if (this.analyzer?.key === key) return;
    // Compiled here once to surface an invalid term now (the workers compile their own copy).
    this.analyzer = { key, topics, analyzer: createAnalyzer(topics) };
    this.log.debug({ topics: topics.length }, 'service: watchlist compiled');
  }

  private async topicsFor(sub: Subscription): Promise<Topic[]> {
    return this.deps.store.watchlists.listTopics(tenantOf(sub));
  }

  /**
   * Sends the admin notice of a feed event once to every notice destination that sees the feed: per
   * tenant that reads it (every tenant for a global feed), one message per distinct notice channel
   * (the platform default counts as one), through the ledger (kind `notice`, subject = the event).
   */
  private async feedNotice(event: Extract<NoticeEvent, { url: string }>): Promise<void> {
    const { store } = this.deps;
    const feed = await store.feeds.getFeed(event.url);
    if (!feed) return;
    const subject = noticeSubject(event);
    const seen = new Set<string>();
    for (const sub of await store.subscriptions.listSubscriptions()) {
      const tenant = tenantOf(sub);
      // Handed to the queue, a notice goes out from whichever process has the platform connected.
      if (!this.deps.cluster && !this.connected.has(sub.platform)) continue;
      if (feed.workspace !== null && (tenant === null || !feed.tenants.includes(tenant))) continue;
      const destination = `${sub.platform}\u0000${sub.workspace}\u0000${sub.noticeChannel ?? (sub.platform === 'console' ? sub.channel : '')}`;
      if (seen.has(destination)) continue;
      seen.add(destination);
      await (this.deps.cluster?.handOff ?? this.dispatcher).deliver(sub, 'notice', subject);
    }
  }

  /** The notice's payloads for `sub`'s platform, rebuilt from the ledger subject (retries, reconciliation). */
  private async noticePayloads(sub: Subscription, subject: string): Promise<unknown[] | null> {
    const event = parseNoticeSubject(subject);
    const now = this.deps.clock.now();
    const safe = noticeEscaper(sub.platform);
    if (event.kind === 'subscription_paused') {
      const current = (await this.deps.store.subscriptions.getSubscription(sub.id)) ?? sub;
      if (!current.paused) return null; // resumed before the notice could go out: nothing to say
      return renderNotice(sub.platform, 'Digests paused', noticeText(event, { platform: sub.platform, subscription: current, now }, safe));
    }
    const feed = await this.deps.store.feeds.getFeed(event.url);
    const title = event.kind === 'feed_failing' ? 'Feed failing' : 'Feed recovered';
    return renderNotice(sub.platform, title, noticeText(event, { platform: sub.platform, subscription: sub, feed, now }, safe));
  }

  /**
   * Composes the digest of `sub` for a window (no delivery recorded): only items of feeds its tenant
   * sees, only matches of topics its tenant sees (model/tenant.ts).
   */
  async composeFor(sub: Subscription, window: { start: Date; end: Date }, items?: AnalyzedItem[], topicFilter?: (t: Topic) => boolean): Promise<Digest> {
    return this.compose(sub, window, null, items, topicFilter);
  }

  /**
   * `composeFor`, through `fanout` when given: the tenant's topics and window items are read once per
   * round, and subscriptions with the same tenant, topics and window share one composed digest.
   * `filterName` names `topicFilter` in the fan-out's key (one name per distinct filter).
   */
  private async compose(
    sub: Subscription,
    window: { start: Date; end: Date },
    fanout: DigestFanout | null,
    items?: AnalyzedItem[],
    topicFilter?: (t: Topic) => boolean,
    filterName = 'all',
  ): Promise<Digest> {
    const tenant = tenantOf(sub);
    const store = this.deps.store;
    const read = <T>(key: string, fn: () => Promise<T>): Promise<T> => (fanout ? fanout.shared(JSON.stringify([key, tenant]), fn) : fn());
    const visible = await read('topics', () => this.topicsFor(sub));
    const topics = visible.filter(topicFilter ?? (() => true));
    const chosen =
      items ??
      (await read(`items ${window.start.getTime()} ${window.end.getTime()}`, async () =>
        (await store.items.itemsFirstSeen(window.start, window.end, tenant)).map((i) => visibleMatches(i, visible)),
      ));
    const input = {
      subscription: sub,
      topics,
      items: items ? chosen.map((i) => visibleMatches(i, visible)) : chosen,
      window,
      maxQuotesPerEntry: this.deps.config.digests.maxQuotes,
      maxEntries: this.deps.config.digests.maxEntries,
      quoteWords: this.deps.config.digests.quoteWords,
      entryQuoteWords: this.deps.config.digests.entryQuoteWords,
      // Admin notices are messages of their own, sent once per event (feedNotice, onPaused), not repeated in every digest.
      notices: [] as AdminNotice[],
    };
    // Explicit items (an alert's one item) are the caller's: not shared by key.
    if (!fanout || items) return composeDigest(input);
    return fanout.compose(JSON.stringify([tenant, filterName]), input);
  }

  /**
   * `digest` without the stories `sub` already received — in a digest sent in the last 48 h, or as an
   * instant alert (`digest/repeats.ts`): composed again from the window's items less those, when any
   * repeat; else `digest` itself (still shared by the fan-out).
   */
  private async withoutRepeats(sub: Subscription, subject: string, digest: Digest, fanout: DigestFanout | null): Promise<Digest> {
    if (digest.sections.length === 0) return digest;
    const { store, clock } = this.deps;
    const tenant = tenantOf(sub);
    const visible = await this.topicsFor(sub);
    const subscribed = (id: string) => sub.topics.length === 0 || sub.topics.includes(id);
    const relevant = (a: AnalyzedItem) => visibleMatches(a, visible).matches.some((m) => subscribed(m.topicId) && m.mentions.length > 0);
    const source = {
      listDeliveries: (id: string) => store.deliveries.listDeliveries(id),
      getItem: (id: string) => store.items.getItem(id),
      itemsFirstSeen: (f: Date, t: Date, w?: string | null) => {
        // Subscriptions of one round ask for the same earlier windows: read once per round.
        const readOld = () => store.items.itemsFirstSeen(f, t, w);
        return fanout ? fanout.shared(JSON.stringify([`raw items ${f.getTime()} ${t.getTime()}`, w ?? null]), readOld) : readOld();
      },
    };
    const delivered = await deliveredItems({ id: sub.id, tenant }, subject, clock.now(), source, relevant);
    if (delivered.length === 0) return digest;
    const window = parseWindowSubject(subject);
    const read = () => store.items.itemsFirstSeen(window.start, window.end, tenant);
    const items = await (fanout ? fanout.shared(JSON.stringify([`raw items ${window.start.getTime()} ${window.end.getTime()}`, tenant]), read) : read());
    const repeats = repeatedItems(digest, items, delivered);
    if (repeats.size === 0) return digest;
    this.log.info({ subscription_id: sub.id, window: subject, items_left_out: repeats.size }, 'service: stories already delivered left out of the digest');
    return this.compose(
      sub,
      window,
      null,
      items.filter((a) => !repeats.has(a.id)),
    );
  }

  private async payloads(sub: Subscription, kind: 'digest' | 'item' | 'notice' | 'spike', subject: string): Promise<unknown[] | null> {
    if (kind === 'notice') return this.noticePayloads(sub, subject);
    const fanout = this.fanout;
    const render = (digest: Digest) => (fanout ? fanout.payloads(sub.platform, digest) : renderFor(sub.platform, digest));
    if (kind === 'spike') return this.spikes.payloads(sub, subject);
    if (kind === 'digest') {
      const digest = await this.withoutRepeats(sub, subject, await this.compose(sub, parseWindowSubject(subject), fanout), fanout);
      const empty = digest.sections.every((s) => s.entries.length === 0) && digest.notices.length === 0;
      if (empty && !sub.postEmpty) return null;
      // a copy: the fan-out may share rendered payloads between subscriptions
      const parts = [...render(digest)];
      if (sub.trendChart && !empty) {
        const chart = await this.digestChart(sub);
        if (chart) parts.push(chart);
      }
      return parts;
    }
    const item = await this.deps.store.items.getItem(subject);
    if (!item) return null;
    const tenant = tenantOf(sub);
    const listFeeds = () => this.deps.store.feeds.listFeeds(tenant).then((fs) => new Set(fs.map((f) => f.url)));
    const feeds = await (fanout ? fanout.shared(JSON.stringify(['feeds', tenant]), listFeeds) : listFeeds());
    if (!feeds.has(item.feedUrl)) return null;
    const at = windowTime(item);
    const digest = await this.compose(sub, { start: at, end: new Date(at.getTime() + 1) }, fanout, [item], (t) => t.priority === 'instant', 'instant');
    if (digest.sections.every((s) => s.entries.length === 0)) return null;
    return renderFor(sub.platform, { ...digest, kind: 'alert', notices: [] });
  }

  /**
   * The trend picture of a digest (subscriptions with `trendChart`): the followed topics' mentions per
   * day over the last week, as a payload part for the platform; null when there is nothing to draw or
   * drawing fails (logged: the digest goes out without it).
   */
  private async digestChart(sub: Subscription): Promise<unknown | null> {
    try {
      const topics = (await this.topicsFor(sub)).filter((t) => sub.topics.length === 0 || sub.topics.includes(t.id));
      const pic = await topicsTrend(this.deps.store, {
        topics,
        tenant: tenantOf(sub),
        days: DIGEST_CHART_DAYS,
        now: this.deps.clock.now(),
        timezone: sub.timezone,
        locale: sub.locale,
      });
      return pic ? chartPart(sub.platform, pic) : null;
    } catch (e) {
      this.log.warn({ subscription_id: sub.id, err_message: (e as Error).message }, 'service: trend chart failed; digest sent without it');
      return null;
    }
  }

  /**
   * Starts the adapters (a failing one is logged and left out), reconciles deliveries left pending by a
   * crash, runs the first tick (catch-up of missed digests within the grace window), then the timers,
   * node-cron jobs and the HTTP server.
   */
  async start(): Promise<void> {
    const { config, clock, store } = this.deps;
    this.startedAt = clock.now();
    const handlers = createCommands({
      store,
      clock,
      logger: this.log,
      preview: (sub) => this.composeFor(sub, { start: sub.lastWindowEnd ?? new Date(clock.now().getTime() - FIRST_WINDOW_MS), end: clock.now() }),
      // `/digest now` counts as a delivery: the window [lastWindowEnd, now) through the ledger (which
      // moves lastWindowEnd to now), so the next scheduled digest starts where it ended.
      deliverNow: async (sub) => {
        // A poll round in progress may still store items first seen before now: wait for it, or they
        // would fall into the window this digest uses up.
        await this.ticking?.catch(() => undefined);
        const now = clock.now();
        const windowStart = sub.lastWindowEnd ?? new Date(now.getTime() - FIRST_WINDOW_MS);
        const subject = windowSubject(windowStart, now);
        // The ledger's beginDelivery moves lastWindowEnd to `now` in its own transaction, and a final
        // failure hands the window back there too: nothing to move here.
        const outcome = await this.dispatcher.deliver(sub, 'digest', subject);
        return { status: outcome.status, windowStart, reason: 'reason' in outcome ? outcome.reason : undefined };
      },
      validateTerm,
      // `feed import <OPML URL>` (Slack's only way; Discord's `url:` option): through the guarded fetcher
      fetchOpml: async (url) => new TextDecoder('utf-8').decode((await this.fetcher.fetch({ url, accept: 'feed' })).body),
      // `feed add <site URL>`: autodiscovery, every request through the same guarded fetcher
      discoverFeed: (url) => discoverFeed(url, this.fetcher),
      matchTopics: (topics) => {
        const m = compileWatchlist(topics);
        return (item) => m.match(item.article).map((t) => t.topicId);
      },
      defaults: {
        cron: config.digests.cron,
        timezone: config.digests.timezone,
        locale: config.digests.locale,
        feedIntervalSeconds: Math.round(config.polling.interval / 1000),
      },
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
              state: async () => ({
                ticking: this.ticking !== null,
                lastTick: this.lastTick,
                connected: [...this.connected],
                pendingDeliveries: (await store.deliveries.pendingDeliveries()).length,
              }),
              logger: this.log,
            })
          : null;
      await this.startOps(
        [{ name: 'poll', check: async () => ((await store.feeds.listFeeds()).length === 0 ? { ok: true, detail: 'no feeds' } : this.pollFresh()) }],
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
      liveness: () => this.liveness(),
      checks: [
        { name: 'store', check: async () => this.storeReady() },
        {
          name: 'adapters',
          check: () => ({ ok: [...this.platforms.keys()].every((n) => this.connected.has(n)) || !!this.deps.cluster, detail: [...this.connected].join(',') }),
        },
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
    await this.refreshAnalyzer();
    const poll = await this.poller.pollOne(url);
    this.metrics.pollRound(poll, this.deps.clock.now());
    // A feed whose items could not be written keeps its validators and stays due: the scheduler queues it again.
    if (poll.storeErrors.length) this.noteStoreFault('poll', poll.storeErrors[0].message, poll.storeErrors.length);
    if (poll.polled > poll.failed.length) this.storeFault = null;
    await this.alerts.handle(poll.newItems);
    for (const f of poll.failing) await this.feedNotice({ kind: 'feed_failing', url: f.url, since: f.since });
    for (const f of poll.recovered) await this.feedNotice({ kind: 'feed_recovered', url: f.url, since: f.since });
    return poll;
  }

  /**
   * An analyse job of a scaled-out worker: analyses and stores one item a poll handed off
   * (`Poller.analyseOne`: idempotent by item key), then hands its instant alerts to the queue. A worker
   * killed between the store and the hand-off leaves the alerts to the leader's sweep
   * (`sweepInstantAlerts`): the retried job finds the item stored and does nothing.
   * @param job the job's payload as JSON (dates as strings)
   * @returns whether this call stored the item
   * @throws WirewatchError `store` when the store cannot be read or written (the job is retried)
   */
  async analyseItem(job: PendingItem): Promise<boolean> {
    await this.refreshAnalyzer();
    const item = await this.poller.analyseOne(revivePendingItem(job));
    if (!item) return false;
    this.log.debug({ feed_url: item.feedUrl, item_key: item.item.key }, 'analyse: item stored');
    // The item, mention and quote counters (a scaled-out poll's report has no items).
    this.metrics.pollRound({ polled: 0, notModified: 0, failed: [], newItems: [item] }, this.deps.clock.now());
    await this.alerts.handle([item]);
    return true;
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
    await this.refreshAnalyzer();
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
    const paused = (await this.deps.store.subscriptions.listSubscriptions()).filter((s) => s.paused);
    if (paused.length === 0) return { ok: true, detail: 'none paused' };
    const list = paused.slice(0, 20).map((s) => `${s.id} (${s.platform} ${s.workspace}/${s.channel}): ${s.pausedReason ?? 'no reason recorded'}`);
    return { ok: true, detail: `${paused.length} paused: ${list.join('; ')}${paused.length > 20 ? '; …' : ''}` };
  }

  /** The port the ops server listens on, or null. */
  get httpPort(): number | null {
    return this.ops?.port ?? null;
  }

  /**
   * Liveness for `/healthz`: not live while shutting down, or when one tick has been running far
   * longer than any poll round can (10 × polling.tick and at least 15 minutes: its loop is stuck).
   */
  private liveness(): { ok: boolean; detail?: string } {
    if (this.stopping) return { ok: false, detail: 'shutting down' };
    const stuckAfter = Math.max(15 * 60_000, 10 * this.deps.config.polling.tick);
    const now = this.deps.clock.now().getTime();
    if (this.tickStartedMs !== null && now - this.tickStartedMs > stuckAfter) {
      return { ok: false, detail: `one tick has been running for ${Math.round((now - this.tickStartedMs) / 1000)} s` };
    }
    return { ok: true };
  }

  /** Records a failed store write: logged at error, counted, and /readyz fails until a write succeeds. */
  private noteStoreFault(operation: string, message: string, n = 1): void {
    this.storeFault = { at: this.deps.clock.now(), message };
    this.metrics.storeWriteFailed(operation, n);
  }

  private pollFresh(): { ok: boolean; detail?: string } {
    const now = this.deps.clock.now().getTime();
    const stale = this.deps.config.polling.staleAfter;
    if (this.lastPollOk && now - this.lastPollOk.getTime() <= stale) return { ok: true, detail: this.lastPollOk.toISOString() };
    if (this.startedAt && now - this.startedAt.getTime() <= stale) return { ok: true, detail: 'starting' };
    return { ok: false, detail: this.lastPollOk ? `last successful poll ${this.lastPollOk.toISOString()}` : 'no successful poll yet' };
  }

  /** Does everything due at `now`; concurrent calls share one run. */
  tick(now: Date): Promise<TickReport> {
    if (this.ticking) return this.ticking;
    this.tickStartedMs = this.deps.clock.now().getTime();
    this.ticking = this.runTick(now)
      .then((r) => {
        this.lastTick = {
          at: this.deps.clock.now(),
          polled: r.poll.polled,
          failed: r.poll.failed.length,
          newItems: r.poll.newItems,
          digests: r.digests,
          retried: r.retried,
        };
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
    const report: TickReport = {
      poll: { polled: 0, notModified: 0, failed: [], newItems: 0 },
      alerts: { sent: 0, capped: 0, quiet: 0 },
      retried: 0,
      digests: 0,
    };
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
      await this.refreshAnalyzer();
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
      if (poll.polled > 0)
        this.log.info(
          { polled: poll.polled, not_modified: poll.notModified, failed: poll.failed.length, new_items: poll.newItems.length },
          'service: poll round',
        );
      if (!this.stopping) report.alerts = await this.alerts.handle(poll.newItems);
      if (!this.stopping) {
        const spikes = await this.spikes.handle(poll.newItems);
        if (spikes.sent + spikes.capped + spikes.quiet > 0) this.log.info(spikes, 'service: spike alerts');
      }
      // Admin notices: a feed past polling.failingAfter (each polled round; the ledger keeps it to one
      // message per failure run) and a failing feed read again.
      for (const f of poll.failing) if (!this.stopping) await this.feedNotice({ kind: 'feed_failing', url: f.url, since: f.since });
      for (const f of poll.recovered) if (!this.stopping) await this.feedNotice({ kind: 'feed_recovered', url: f.url, since: f.since });
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
        if (pruned.items > 0 || pruned.deliveries > 0)
          this.log.info({ pruned_items: pruned.items, pruned_deliveries: pruned.deliveries, before: pruned.before.toISOString() }, 'service: retention pruned');
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
    if (!inTime)
      this.log.warn(
        { shutdown_timeout_ms: timeout },
        'service: shutdown deadline near; deliveries still in flight are left to reconciliation at the next start',
      );
    await within(workersClosed, Math.max(500, timeout - (Date.now() - started)), undefined);
    if (this.ticking)
      await within(
        this.ticking.then(
          () => undefined,
          () => undefined,
        ),
        timeout - (Date.now() - started),
        undefined,
      );
    for (const p of this.platforms.values())
      await within(
        p.stop().catch((e: unknown) => this.log.warn({ platform: p.name, err_message: (e as Error).message }, 'service: adapter stop failed')),
        2000,
        undefined,
      );
    await this.ops?.close();
    this.storeOpen = false;
    await this.deps.store.close();
    this.log.info({ in_time: inTime, took_ms: Date.now() - started }, 'service: stopped');
    return inTime;
  }
}
