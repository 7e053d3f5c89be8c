/**
 * One process of a scaled-out deployment (`wirewatch run --role scheduler|worker` on a PostgreSQL
 * store; docs/scaling.md):
 *
 * - **worker**: works the `ww-poll-feed` queue (fetch and parse a feed, queue one `ww-analyse-item` job
 *   per new item, hand feed notices to the queue), the `ww-analyse-item` queue (analyse and store one
 *   item, hand its instant alerts to the queue) and the delivery queues of the platforms it has
 *   connected: file channels, and Discord and Slack through their REST / Web APIs (REST-only adapters:
 *   no gateway, no Socket Mode; main.ts builds them). Requests to a host hold a slot of
 *   `polling.perHost` counted across all processes (`host-slots.ts`); the instant-alert cap is counted
 *   in the database (`store/postgres/alert-cap.ts`).
 * - **scheduler**: stands for election (`leader.ts`); the leader connects the chat adapters (Discord
 *   gateway, Slack Socket Mode: one connection per deployment, for slash commands), works their
 *   delivery queues too, and every
 *   `polling.tick` queues a poll job per due feed, hands due digests to the queue (`QueueHandOff`),
 *   re-queues pending ledger rows, every 30 s hands off instant alerts a killed worker left unsent
 *   (items first seen 1–15 minutes ago; the ledger skips those begun already) and checks the items
 *   first seen since the last check for spikes (`Service.sweepSpikes`), and prunes daily. A standby does nothing but wait for the lock.
 *
 * Both serve /healthz, /readyz (with `role` and `queue` checks) and /metrics (with queue metrics).
 */
import type { Config } from '../config/schema.js';
import type { Clock } from '../model/clock.js';
import type { Logger } from '../log/logger.js';
import { silentLogger } from '../log/logger.js';
import type { ChatPlatform } from '../platforms/platform.js';
import type { Store } from '../store/store.js';
import { pruneStore } from '../store/retention.js';
import { Service } from '../service.js';
import { ANALYSE_QUEUE, JobQueue, POLL_QUEUE, deliverQueue, type AnalyseJob, type DeliverJob, type PollJob } from './queue.js';
import { QueueHandOff } from './hand-off.js';
import { QueueMetrics } from './metrics.js';
import { LeaderElection } from './leader.js';
import { HostSlots } from './host-slots.js';
import { beginCappedAlert, type PgStore } from '../store/postgres/index.js';

export type ClusterRole = 'scheduler' | 'worker';

/** How often the leader sweeps for instant alerts a dead worker never handed off (ms). */
const ALERT_SWEEP_EVERY_MS = 30_000;
/** Items first seen this long ago at most are swept (ms). */
const ALERT_SWEEP_WINDOW_MS = 15 * 60_000;
/** …and at least this long ago: a live worker hands its alerts off well within it (ms). */
const ALERT_SWEEP_MIN_AGE_MS = 60_000;

export interface ClusterNodeOptions {
  role: ClusterRole;
  config: Config;
  store: Store;
  /** The store's `postgres://` URL (the queue and the leader lock live in the same database). */
  storeUrl: string;
  clock: Clock;
  logger?: Logger;
  /** The adapters this process connects (a worker: REST-only Discord and Slack adapters, no gateway). */
  platforms: ChatPlatform[];
  /** Called when the process cannot go on (a deposed leader, a lost store); main.ts exits non-zero. */
  onFatal: (reason: string) => void;
}

/** A running cluster process. */
export interface ClusterNode {
  service: Service;
  queue: JobQueue;
  /** The scheduler's election (null for a worker). */
  leader: LeaderElection | null;
  /** Stops taking jobs, gives up leadership, drains and closes everything (within digests.shutdownTimeout). */
  stop(): Promise<boolean>;
}

/**
 * Starts a worker or a scheduler.
 * @throws Error when the queue cannot be started (database unreachable), WirewatchError from the store
 */
export async function startClusterNode(opts: ClusterNodeOptions): Promise<ClusterNode> {
  const { config, store, clock, role } = opts;
  const log = (opts.logger ?? silentLogger).child({ role });
  const queue = await JobQueue.open(opts.storeUrl, { logger: log, heartbeatSeconds: config.cluster.heartbeat / 1000 });
  const pgStore = (store as Partial<PgStore>).kind === 'postgres' ? (store as PgStore) : null;
  const handOff = new QueueHandOff({
    store,
    queue,
    clock,
    beginCappedAlert: pgStore ? (input) => beginCappedAlert(pgStore.db, pgStore.url, input) : undefined,
  });
  // polling.perHost counted across every process (advisory locks in the same database).
  const hostSlots = new HostSlots({ url: opts.storeUrl, perHost: config.polling.perHost, logger: log });
  let leader: LeaderElection | null = null;
  const service = new Service({
    config,
    store,
    clock,
    logger: log,
    platforms: opts.platforms,
    live: false,
    onFatal: opts.onFatal,
    cluster: {
      handOff,
      hostGate: hostSlots,
      alertCap: pgStore ? handOff : undefined,
      // A poll's new items become analyse jobs, so one feed's backlog is analysed by every worker.
      handOffItems: (_url, items) => queue.enqueueAnalyses(items),
      checks: [
        { name: 'role', check: () => ({ ok: true, detail: role === 'worker' ? 'worker' : leader?.isLeader ? 'scheduler (leader)' : 'scheduler (standby)' }) },
        {
          name: 'queue',
          check: async () => ({
            ok: true,
            detail: (await queue.health()).map((q) => `${q.queue}: ${q.queued} queued, ${q.active} active, ${q.failed} failed`).join('; '),
          }),
        },
      ],
    },
  });
  const metrics = new QueueMetrics(service.metrics.registry, queue);
  const concurrency = config.cluster.concurrency;
  const deliver = async (job: DeliverJob) => {
    const sub = await store.subscriptions.getSubscription(job.subscriptionId);
    if (!sub) return; // removed meanwhile: its ledger rows went with it
    await service.dispatcher.deliver(sub, job.kind, job.subject);
  };
  const workDeliveries = async (platforms: string[]) => {
    for (const p of platforms)
      await queue.work<DeliverJob>(deliverQueue(p), concurrency, deliver, (w, r, failed) => metrics.job(deliverQueue(p), w, r, failed));
  };

  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  let lastPrune = 0;
  let lastSweep = 0;
  /** The leader's round: due feeds → poll jobs, due digests → hand-off, pending rows → jobs, daily retention. */
  const leaderTick = async () => {
    const now = clock.now();
    let queued = 0;
    for (const f of await store.feeds.dueFeeds(now, 10_000)) if (await queue.enqueuePoll(f.url)) queued++;
    const digests = await service.scheduler.tick(now);
    const requeued = await handOff.requeuePending(config.digests.retryBase);
    let swept = 0;
    let spikes = 0;
    if (now.getTime() - lastSweep >= ALERT_SWEEP_EVERY_MS) {
      // Alerts of items a killed worker stored but never handed off (Service.sweepInstantAlerts).
      swept = await service.sweepInstantAlerts(new Date(now.getTime() - ALERT_SWEEP_WINDOW_MS), new Date(now.getTime() - ALERT_SWEEP_MIN_AGE_MS));
      // Spike alerts: the items first seen since the last sweep (the first sweep: the last window).
      spikes = await service.sweepSpikes(new Date(lastSweep || now.getTime() - ALERT_SWEEP_WINDOW_MS), now);
      lastSweep = now.getTime();
    }
    service.metrics.feedsFailing.set((await service.poller.failingFeeds()).length);
    if (now.getTime() - lastPrune >= 86_400_000) {
      await pruneStore(store, now, config.retention.days);
      lastPrune = now.getTime();
    }
    if (queued || digests || requeued || swept || spikes) log.info({ poll_jobs: queued, digests, requeued, alerts_swept: swept, spikes }, 'scheduler: round');
  };

  await service.start();
  if (role === 'worker') {
    await service.startAdapters();
    await queue.work<PollJob>(
      POLL_QUEUE,
      concurrency,
      async (job) => void (await service.pollFeed(job.url)),
      (w, r, failed) => metrics.job(POLL_QUEUE, w, r, failed),
    );
    await queue.work<AnalyseJob>(
      ANALYSE_QUEUE,
      concurrency,
      async (job) => void (await service.analyseItem(job)),
      (w, r, failed) => metrics.job(ANALYSE_QUEUE, w, r, failed),
    );
    await workDeliveries(service.connectedPlatforms);
    log.info({ platforms: service.connectedPlatforms, concurrency }, 'cluster: worker taking jobs');
  } else {
    leader = new LeaderElection({
      url: opts.storeUrl,
      retryMs: config.cluster.leaderRetry,
      logger: log,
      onElected: async () => {
        await service.startAdapters();
        // The chat gateways live here; their deliveries are shared with the workers (which post through
        // REST). File channels are the workers' alone.
        await workDeliveries(service.connectedPlatforms.filter((p) => p !== 'console'));
        timer = setInterval(() => {
          if (ticking) return;
          ticking = leaderTick()
            .catch((e: unknown) => log.error({ err_message: (e as Error).message }, 'scheduler: round failed; retried next tick'))
            .finally(() => (ticking = null));
        }, config.polling.tick);
      },
      onDeposed: (reason) => opts.onFatal(`scheduler deposed: ${reason}`),
    });
    leader.start();
  }

  return {
    service,
    queue,
    leader,
    async stop() {
      if (timer) clearInterval(timer);
      await leader?.stop();
      await ticking;
      await queue
        .stop(Math.max(1000, config.digests.shutdownTimeout * 0.6))
        .catch((e: unknown) => log.warn({ err_message: (e as Error).message }, 'cluster: queue stop failed'));
      const stopped = await service.stop();
      await hostSlots.close();
      return stopped;
    },
  };
}
