/**
 * Queue metrics for /metrics (prom-client, on the service's registry): depth per queue and state
 * (read from pg-boss when scraped), job wait and run time, and failures per queue.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { JobQueue } from './queue.js';

export class QueueMetrics {
  private readonly wait: Histogram;
  private readonly run: Histogram;
  private readonly failures: Counter;

  constructor(registry: Registry, queue: Pick<JobQueue, 'health'>) {
    new Gauge({
      name: 'wirewatch_queue_jobs',
      help: 'Jobs in the job queue by queue and state (queued, active, failed), read from pg-boss at scrape time.',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        for (const h of await queue.health()) {
          this.set({ queue: h.queue, state: 'queued' }, h.queued);
          this.set({ queue: h.queue, state: 'active' }, h.active);
          this.set({ queue: h.queue, state: 'failed' }, h.failed);
        }
      },
    });
    this.wait = new Histogram({
      name: 'wirewatch_queue_job_wait_seconds',
      help: 'Time a job waited in the queue before a worker started it.',
      labelNames: ['queue'],
      buckets: [0.05, 0.1, 0.5, 1, 2, 5, 15, 60, 300],
      registers: [registry],
    });
    this.run = new Histogram({
      name: 'wirewatch_queue_job_run_seconds',
      help: 'Time a worker spent on a job (fetch, analysis, store writes; or the post).',
      labelNames: ['queue'],
      buckets: [0.05, 0.1, 0.5, 1, 2, 5, 15, 60, 300],
      registers: [registry],
    });
    this.failures = new Counter({
      name: 'wirewatch_queue_job_failures_total',
      help: 'Jobs that failed in this process (retried with backoff).',
      labelNames: ['queue'],
      registers: [registry],
    });
  }

  /** Records one finished job of `queue` (wait and run in seconds). */
  job(queue: string, waitSeconds: number, runSeconds: number, failed: boolean): void {
    this.wait.observe({ queue }, waitSeconds);
    this.run.observe({ queue }, runSeconds);
    if (failed) this.failures.inc({ queue });
  }
}
