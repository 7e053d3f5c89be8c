/**
 * One service tick's work, in two steps: the poll round (due feeds, store health, instant and spike
 * alerts, feed notices) and the delivery step (retries, due digests, daily retention), with the
 * round's digest fan-out. A store fault is noted
 * (/readyz fails) and the tick goes on; the next tick tries again.
 */
import type { Config } from './config/schema.js';
import type { Logger } from './log/logger.js';
import type { Store } from './store/store.js';
import { pruneStore } from './store/retention.js';
import type { Dispatcher } from './delivery/dispatcher.js';
import type { DigestScheduler } from './scheduler/digest-scheduler.js';
import type { InstantAlerts } from './scheduler/instant.js';
import type { SpikeAlerts } from './scheduler/spikes.js';
import type { Poller } from './scheduler/poller.js';
import type { NoticeEvent } from './notices/notices.js';
import type { ServiceMetrics } from './http/metrics.js';
import { DigestFanout } from './digest/fanout.js';
import { renderFor } from './service-digests.js';
import type { TickReport } from './service-types.js';
import type { StoreHealth } from './service-health.js';
import type { ServiceWatchlist } from './service-watchlist.js';

/** The parts a tick's steps run. */
export interface RoundParts {
  store: Store;
  config: Config;
  log: Logger;
  metrics: ServiceMetrics;
  health: StoreHealth;
  watchlist: ServiceWatchlist;
  poller: Poller;
  alerts: InstantAlerts;
  spikes: SpikeAlerts;
  dispatcher: Dispatcher;
  scheduler: DigestScheduler;
  /** The service is shutting down: no more alerts or notices this round. */
  stopping: () => boolean;
  /** The live timer runs: the cron jobs are refreshed after each tick. */
  live: () => boolean;
  feedNotice: (event: Extract<NoticeEvent, { url: string }>) => Promise<void>;
}

/** A tick's steps, with what they remember between ticks (the last good poll, the last pruning). */
export class ServiceRounds {
  /** When a poll round last read a feed (for `/readyz`). */
  lastPollOk: Date | null = null;
  private lastPrune: Date | null = null;
  /**
   * The fan-out of the tick in progress (its alerts and digests): digests composed once per tenant,
   * topic set and window, rendered once per platform, locale and time zone (digest/fanout.ts); null
   * between ticks.
   */
  fanout: DigestFanout | null = null;

  constructor(private readonly p: RoundParts) {}

  /**
   * One tick's work at `now`: nothing once the service stops or has failed; a database deleted or
   * replaced under it stops the service (`StoreHealth.fail`) before anything is polled, posted or
   * written; else the poll round, then (unless stopping meanwhile) the delivery step, then the live
   * cron jobs refreshed.
   * @throws what the delivery step throws that is not a store fault
   */
  async run(now: Date): Promise<TickReport> {
    const p = this.p;
    const report: TickReport = {
      poll: { polled: 0, notModified: 0, failed: [], newItems: 0 },
      alerts: { sent: 0, capped: 0, quiet: 0 },
      retried: 0,
      digests: 0,
    };
    if (p.stopping() || p.health.fatal) return report;
    // A database deleted or replaced under us: stop before anything is polled, posted or written.
    if (!(await p.health.stillItself())) return report;
    this.fanout = new DigestFanout(renderFor);
    try {
      await this.pollRound(now, report);
      if (p.stopping()) return report;
      await this.deliverAndPrune(now, report);
      if (p.live()) await p.scheduler.startLive();
      return report;
    } finally {
      this.fanout = null;
    }
  }

  /** The poll step of a tick: poll due feeds, note store health, send instant alerts and feed notices into `report`. */
  async pollRound(now: Date, report: TickReport): Promise<void> {
    const p = this.p;
    try {
      await p.watchlist.refresh();
      const poll = await p.poller.pollDue();
      p.metrics.pollRound(poll, now);
      if (poll.storeErrors.length) {
        p.health.noteFault('poll', poll.storeErrors[0].message, poll.storeErrors.length);
      } else if (poll.polled > poll.failed.length) {
        p.health.clearFault(); // a feed's items and validators were written: the store takes writes again
        p.metrics.storeHealthy.set(1);
      }
      // Every stored feed failing past polling.failingAfter, not only those polled this round (a feed in
      // a long backoff is still failing); `poll.failing` holds just the newly failing ones.
      p.metrics.feedsFailing.set((await p.poller.failingFeeds()).length);
      if (poll.polled > poll.failed.length) this.lastPollOk = now;
      report.poll = { polled: poll.polled, notModified: poll.notModified, failed: poll.failed, newItems: poll.newItems.length };
      if (poll.polled > 0)
        p.log.info({ polled: poll.polled, not_modified: poll.notModified, failed: poll.failed.length, new_items: poll.newItems.length }, 'service: poll round');
      if (!p.stopping()) report.alerts = await p.alerts.handle(poll.newItems);
      if (!p.stopping() && poll.retopiced?.length) {
        // edits that made stored stories match a topic they never matched: that topic's channels' alerts (ADR 0281)
        const edits = await p.alerts.handleEdits(poll.retopiced);
        report.alerts = { sent: report.alerts.sent + edits.sent, capped: report.alerts.capped + edits.capped, quiet: report.alerts.quiet + edits.quiet };
      }
      if (!p.stopping()) {
        const spikes = await p.spikes.handle(poll.newItems);
        if (spikes.sent + spikes.capped + spikes.quiet > 0) p.log.info(spikes, 'service: spike alerts');
      }
      // Admin notices: a feed past polling.failingAfter (each polled round; the ledger keeps it to one
      // message per failure run) and a failing feed read again.
      for (const f of poll.failing) if (!p.stopping()) await p.feedNotice({ kind: 'feed_failing', url: f.url, since: f.since });
      for (const f of poll.recovered) if (!p.stopping()) await p.feedNotice({ kind: 'feed_recovered', url: f.url, since: f.since });
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code.startsWith('store')) p.health.noteFault('poll', (e as Error).message);
      p.log.error({ code, err_message: (e as Error).message }, 'service: poll round failed');
    }
  }

  /**
   * The delivery step of a tick: retries due, due digests, and retention once a day, into `report`.
   * @throws what is not a store fault (a store write failing here is retried on the next tick)
   */
  async deliverAndPrune(now: Date, report: TickReport): Promise<void> {
    const p = this.p;
    try {
      report.retried = (await p.dispatcher.retryDue(now)).length;
      report.digests = await p.scheduler.tick(now);
      if (!this.lastPrune || now.getTime() - this.lastPrune.getTime() >= 86_400_000) {
        // Items first, then the finished ledger rows no stored item needs (pending rows are never pruned).
        const pruned = await pruneStore(p.store, now, p.config.retention.days);
        this.lastPrune = now;
        if (pruned.items > 0 || pruned.deliveries > 0)
          p.log.info({ pruned_items: pruned.items, pruned_deliveries: pruned.deliveries, before: pruned.before.toISOString() }, 'service: retention pruned');
      }
    } catch (e) {
      // A store write failing here (disk full) is retried on the next tick: digests are keyed by window.
      // Anything else is not ours to swallow.
      const code = (e as { code?: string }).code ?? '';
      if (!code.startsWith('store')) throw e;
      p.health.noteFault('tick', (e as Error).message);
      p.log.error({ code, err_message: (e as Error).message }, 'service: digest or retention step failed; retried next tick');
    }
  }
}
