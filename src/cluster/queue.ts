/**
 * The job queue of a scaled-out deployment: pg-boss in the store's own PostgreSQL database (schema
 * `<store schema>_boss`, or `pgboss` beside `public`), so a deployment needs nothing but PostgreSQL.
 * See docs/adr/0143-job-queue-pg-boss.md and docs/scaling.md.
 *
 * Queues (both `exclusive`: at most one job queued or active per singleton key):
 * - `ww-poll-feed`, key = the feed URL: no feed is fetched twice at once, by any two workers.
 * - `ww-analyse-item`, key = `feed URL|item key`: one job per new item a poll found (the parsed item
 *   rides in the job); any worker analyses and stores it (`Poller.analyseOne`, idempotent by item key)
 *   and hands its alerts off, so one feed's backlog spreads over all workers (docs/adr/0145).
 * - `ww-deliver-<platform>`, key = `subscription|kind|subject` (the ledger's unique key): one job per
 *   subscription and delivery key. A process works the delivery queues of the platforms it has
 *   connected (workers: the console, and Discord and Slack through REST; the leader: the chat platforms).
 * A worker killed mid-job stops sending heartbeats; pg-boss fails the job after `heartbeatSeconds`
 * and another worker retries it (the ledger and `findPosted` keep that retry from posting twice).
 */
import { PgBoss, type JobResult, type JobWithMetadata } from 'pg-boss';
import { parsePgUrl } from '../store/postgres/index.js';
import type { Delivery } from '../model/delivery.js';
import type { PendingItem } from '../scheduler/poller.js';
import type { PlatformName } from '../model/subscription.js';
import type { Logger } from '../log/logger.js';
import { silentLogger } from '../log/logger.js';

export const POLL_QUEUE = 'ww-poll-feed';
export const ANALYSE_QUEUE = 'ww-analyse-item';
export const deliverQueue = (platform: PlatformName | string) => `ww-deliver-${platform}`;
export const PLATFORM_QUEUES: readonly PlatformName[] = ['console', 'discord', 'slack'];

/** Every queue wirewatch creates and reports on. */
export const ALL_QUEUES: readonly string[] = [POLL_QUEUE, ANALYSE_QUEUE, ...PLATFORM_QUEUES.map(deliverQueue)];

export interface PollJob {
  url: string;
}
/** An analyse job's payload: a `PendingItem` (scheduler/poller.ts) as JSON. */
export type AnalyseJob = PendingItem;
export interface DeliverJob {
  subscriptionId: string;
  kind: Delivery['kind'];
  subject: string;
}

export interface JobQueueOptions {
  logger?: Logger;
  /** Seconds without a heartbeat after which a job of a dead worker is retried (≥ 10; default 30). */
  heartbeatSeconds?: number;
  /** How often workers look for jobs when no NOTIFY woke them, in seconds (default 2). */
  pollingIntervalSeconds?: number;
  /** pg-boss supervision (expiry, heartbeats) interval in seconds (default 5). */
  superviseIntervalSeconds?: number;
}

/** One queue's counts for /metrics and /readyz. */
export interface QueueHealth {
  queue: string;
  queued: number;
  active: number;
  failed: number;
  /** Seconds the oldest ready job has waited (null when none is ready or not yet measured). */
  oldestReadySeconds: number | null;
}

/** A started pg-boss instance with wirewatch's queues. */
export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    readonly schema: string,
    private readonly opts: Required<Omit<JobQueueOptions, 'logger'>> & { logger: Logger },
  ) {}

  /**
   * Starts pg-boss on the store URL (installing or migrating its schema under its own advisory lock)
   * and creates the queues.
   * @throws Error from pg-boss when the database cannot be reached
   */
  static async open(storeUrl: string, options: JobQueueOptions = {}): Promise<JobQueue> {
    const { connectionString, schema, options: pgOptions } = parsePgUrl(storeUrl);
    const opts = {
      logger: options.logger ?? silentLogger,
      heartbeatSeconds: Math.max(10, Math.round(options.heartbeatSeconds ?? 30)),
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      superviseIntervalSeconds: options.superviseIntervalSeconds ?? 5,
    };
    const bossSchema = schema === 'public' ? 'pgboss' : `${schema}_boss`;
    const boss = new PgBoss({
      connectionString,
      ...(pgOptions ? { options: pgOptions } : {}),
      schema: bossSchema,
      application_name: 'wirewatch-queue',
      max: 4,
      // Expiry and missed heartbeats are checked by the monitor pass: as often as supervision, so a
      // dead worker's job is retried about heartbeatSeconds + superviseIntervalSeconds after it died.
      superviseIntervalSeconds: opts.superviseIntervalSeconds,
      monitorIntervalSeconds: opts.superviseIntervalSeconds,
      schedule: false,
    });
    boss.on('error', (e: Error) => opts.logger.error({ err_message: e.message }, 'queue: pg-boss error'));
    await boss.start();
    const q = new JobQueue(boss, bossSchema, opts);
    const common = {
      policy: 'exclusive' as const,
      heartbeatSeconds: opts.heartbeatSeconds,
      retryLimit: 1_000_000,
      retryDelay: 5,
      retryBackoff: true,
      retryDelayMax: 300,
    };
    for (const name of ALL_QUEUES) {
      if (!(await boss.getQueue(name))) {
        await boss.createQueue(name, common).catch(async (e: unknown) => {
          // Another process created it between the check and here.
          if (!(await boss.getQueue(name))) throw e;
        });
      }
    }
    return q;
  }

  /** Queues a poll of `url` unless one is queued or running (the singleton key). @returns whether a job was added */
  async enqueuePoll(url: string): Promise<boolean> {
    return (await this.boss.send(POLL_QUEUE, { url } satisfies PollJob, { singletonKey: url })) !== null;
  }

  /**
   * Queues one analyse job per item (one batch insert), each unless one for the same feed URL and item
   * key is queued or running (the singleton key).
   * @throws Error from pg-boss (the poll fails and is retried with the feed's old validators)
   */
  async enqueueAnalyses(items: readonly AnalyseJob[]): Promise<void> {
    if (items.length === 0) return;
    await this.boss.insert(
      ANALYSE_QUEUE,
      items.map((data) => ({ data, singletonKey: `${data.feedUrl}|${data.item.key}` })),
    );
  }

  /** Queues a delivery unless one for the same ledger key is queued or running. @returns whether a job was added */
  async enqueueDelivery(platform: string, job: DeliverJob): Promise<boolean> {
    const key = `${job.subscriptionId}|${job.kind}|${job.subject}`;
    return (await this.boss.send(deliverQueue(platform), job, { singletonKey: key })) !== null;
  }

  /**
   * Works `queue`: fetches up to `concurrency` jobs at a time and runs them concurrently; a handler
   * throwing fails its job alone (retried with backoff). Heartbeats are sent while jobs run.
   * (Batched: pg-boss fetches again only after its polling interval, so one job per fetch capped a
   * worker at concurrency / interval jobs per second: 16/s in docs/adr/0143's measurement.)
   * @param onDone called per job with its queue wait (created → started) and run time in seconds, and whether it failed
   */
  async work<T extends object>(
    queue: string,
    concurrency: number,
    handler: (data: T) => Promise<void>,
    onDone?: (waitSeconds: number, runSeconds: number, failed: boolean) => void,
  ): Promise<void> {
    // Up to 4 fetch loops of concurrency/4 jobs each: a batch waits for its slowest job before the
    // next fetch, so one loop of `concurrency` jobs idled behind every slow feed. burstWhenBatchFull:
    // while fetches come back full, fetch again at once instead of after the polling interval.
    const loops = Math.min(4, concurrency);
    await this.boss.work(
      queue,
      {
        batchSize: Math.ceil(concurrency / loops),
        localConcurrency: loops,
        pollingIntervalSeconds: this.opts.pollingIntervalSeconds,
        includeMetadata: true,
        perJobResults: true,
        burstWhenBatchFull: true,
      } as const,
      async (jobs: JobWithMetadata<T>[]) =>
        Promise.all(
          jobs.map(async (job): Promise<JobResult> => {
            const started = Date.now();
            const wait = Math.max(0, started - job.createdOn.getTime()) / 1000;
            try {
              await handler(job.data);
              onDone?.(wait, (Date.now() - started) / 1000, false);
              return { id: job.id, status: 'completed' };
            } catch (e) {
              onDone?.(wait, (Date.now() - started) / 1000, true);
              this.opts.logger.warn(
                { queue, job_id: job.id, retry: job.retryCount, err_message: (e as Error).message },
                'queue: job failed; retried with backoff',
              );
              return { id: job.id, status: 'failed', output: { message: (e as Error).message } };
            }
          }),
        ),
    );
  }

  /** Counts per queue (one query per queue through pg-boss). */
  async health(): Promise<QueueHealth[]> {
    const queues = await this.boss.getQueues([...ALL_QUEUES]);
    return queues.map((q) => ({
      queue: q.name,
      queued: q.queuedCount,
      active: q.activeCount,
      failed: q.failedCount,
      oldestReadySeconds: (q as { readyOldestSeconds?: number | null }).readyOldestSeconds ?? null,
    }));
  }

  /** Stops taking jobs and waits up to `timeoutMs` for those running. */
  async stop(timeoutMs = 10_000): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: timeoutMs });
  }
}
