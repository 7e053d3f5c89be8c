/**
 * Prometheus metrics (prom-client) on a registry of their own (no global default registry), served
 * at `/metrics` in the text exposition format. Names follow Prometheus conventions: `_total` for
 * counters, base units (seconds). What each one means: docs/running.md.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DeliveryMetrics } from '../delivery/dispatcher.js';

export interface PollRoundStats {
  polled: number;
  notModified: number;
  failed: { code: string }[];
  newItems: { matches: { mentions: unknown[] }[]; quotes: unknown[] }[];
}

export class ServiceMetrics implements DeliveryMetrics {
  readonly registry = new Registry();
  private readonly feedsPolled = new Counter({
    name: 'wirewatch_feeds_polled_total',
    help: 'Feed fetches by result (ok, not_modified, failed).',
    labelNames: ['result'],
    registers: [this.registry],
  });
  private readonly feedsFailed = new Counter({
    name: 'wirewatch_feed_failures_total',
    help: 'Failed feed polls by error code (timeout, connect, http_status, not_a_feed, blocked_address, ...); an HTTP error is http_status whatever its number.',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly items = new Counter({ name: 'wirewatch_items_total', help: 'New items read and stored.', registers: [this.registry] });
  private readonly mentions = new Counter({ name: 'wirewatch_mentions_total', help: 'Topic mentions found in new items.', registers: [this.registry] });
  private readonly quotes = new Counter({ name: 'wirewatch_quotes_total', help: 'Quotes extracted from new items.', registers: [this.registry] });
  private readonly digests = new Counter({
    name: 'wirewatch_deliveries_sent_total',
    help: 'Digests (kind=digest) and instant alerts (kind=item) posted, by platform.',
    labelNames: ['platform', 'kind'],
    registers: [this.registry],
  });
  private readonly deliveryFailures = new Counter({
    name: 'wirewatch_delivery_failures_total',
    help: 'Failed delivery attempts by platform, error code and whether it was final.',
    labelNames: ['platform', 'code', 'final'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'wirewatch_delivery_latency_seconds',
    help: 'Time from starting a delivery (compose + render + post) to the platform accepting it.',
    labelNames: ['platform'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  private readonly queue = new Gauge({
    name: 'wirewatch_delivery_queue_depth',
    help: 'Deliveries in flight or waiting for a retry.',
    registers: [this.registry],
  });
  private readonly lastPoll = new Gauge({
    name: 'wirewatch_last_successful_poll_timestamp_seconds',
    help: 'Unix time of the last poll round in which at least one feed answered.',
    registers: [this.registry],
  });
  private readonly storeWriteFailures = new Counter({
    name: 'wirewatch_store_write_failures_total',
    help: 'Store writes that failed (disk full, read-only file, lock held too long), by what was being written; each is retried.',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  readonly storeHealthy = new Gauge({
    name: 'wirewatch_store_writable',
    help: '1 while the last store write succeeded, 0 after a failed write until the next success.',
    registers: [this.registry],
  });
  readonly feedsFailing = new Gauge({
    name: 'wirewatch_feeds_failing',
    help: 'Feeds failing for longer than polling.failingAfter.',
    registers: [this.registry],
  });

  /** @param processMetrics also collect prom-client's default process metrics (CPU, RSS, event loop lag) */
  constructor(processMetrics = true) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'wirewatch_' });
  }

  /** Records one poll round (the Poller's report). */
  pollRound(report: PollRoundStats, at: Date): void {
    const failed = report.failed.length;
    this.feedsPolled.inc({ result: 'ok' }, Math.max(0, report.polled - report.notModified - failed));
    this.feedsPolled.inc({ result: 'not_modified' }, report.notModified);
    this.feedsPolled.inc({ result: 'failed' }, failed);
    for (const f of report.failed) this.feedsFailed.inc({ code: f.code });
    this.items.inc(report.newItems.length);
    for (const item of report.newItems) {
      this.mentions.inc(item.matches.reduce((n, m) => n + m.mentions.length, 0));
      this.quotes.inc(item.quotes.length);
    }
    if (report.polled > failed) this.lastPoll.set(at.getTime() / 1000);
  }

  /** Counts failed store writes of one kind (`poll`, `tick`). */
  storeWriteFailed(operation: string, n = 1): void {
    this.storeWriteFailures.inc({ operation }, n);
    this.storeHealthy.set(0);
  }

  sent(platform: string, kind: string, latencySeconds: number): void {
    this.digests.inc({ platform, kind });
    this.latency.observe({ platform }, latencySeconds);
  }

  failed(platform: string, code: string, final: boolean): void {
    this.deliveryFailures.inc({ platform, code, final: String(final) });
  }

  queueDepth(n: number): void {
    this.queue.set(n);
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
