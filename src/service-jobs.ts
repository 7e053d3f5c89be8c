/**
 * The jobs a scaled-out process runs for the cluster (src/cluster/): a worker's poll and analyse jobs,
 * and the leader's sweeps for instant alerts left unsent and for spikes. What they post is handed to
 * the job queue (`ServiceDeps.cluster.handOff`).
 */
import type { Clock } from './model/clock.js';
import { revivePendingItem, type PendingItem, type PollReport } from './scheduler/poller.js';
import type { RoundParts } from './service-round.js';

/** The parts the cluster's jobs run: a tick's parts (service-round.ts) less the digest side, plus the clock. */
export type JobParts = Pick<RoundParts, 'store' | 'log' | 'metrics' | 'health' | 'watchlist' | 'poller' | 'alerts' | 'spikes' | 'feedNotice'> & {
  clock: Clock;
};

/** The cluster's jobs as the service runs them (`Service.pollFeed`, `analyseItem`, `sweepInstantAlerts`, `sweepSpikes`). */
export class ClusterJobs {
  constructor(private readonly p: JobParts) {}

  /**
   * A poll job of a scaled-out worker: polls `url` if it is still due, stores its new items, hands
   * instant alerts and feed notices to the queue, records metrics.
   * @returns the feed's poll report (empty when it was not due)
   * @throws WirewatchError `store` when the store cannot be read (the job is retried)
   */
  async pollFeed(url: string): Promise<PollReport> {
    await this.p.watchlist.refresh();
    const poll = await this.p.poller.pollOne(url);
    this.p.metrics.pollRound(poll, this.p.clock.now());
    // A feed whose items could not be written keeps its validators and stays due: the scheduler queues it again.
    if (poll.storeErrors.length) this.p.health.noteFault('poll', poll.storeErrors[0].message, poll.storeErrors.length);
    if (poll.polled > poll.failed.length) this.p.health.clearFault();
    await this.p.alerts.handle(poll.newItems);
    if (poll.retopiced?.length) await this.p.alerts.handleEdits(poll.retopiced);
    for (const f of poll.failing) await this.p.feedNotice({ kind: 'feed_failing', url: f.url, since: f.since });
    for (const f of poll.recovered) await this.p.feedNotice({ kind: 'feed_recovered', url: f.url, since: f.since });
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
    await this.p.watchlist.refresh();
    const item = await this.p.poller.analyseOne(revivePendingItem(job));
    if (!item) return false;
    this.p.log.debug({ feed_url: item.feedUrl, item_key: item.item.key }, 'analyse: item stored');
    // The item, mention and quote counters (a scaled-out poll's report has no items).
    this.p.metrics.pollRound({ polled: 0, notModified: 0, failed: [], newItems: [item] }, this.p.clock.now());
    await this.p.alerts.handle([item]);
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
    const items = await this.p.store.items.itemsFirstSeen(from, to);
    if (items.length === 0) return 0;
    await this.p.watchlist.refresh();
    return (await this.p.alerts.handle(items, { late: true })).sent;
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
    const items = await this.p.store.items.itemsFirstSeen(from, to);
    if (items.length === 0) return 0;
    return (await this.p.spikes.handle(items)).sent;
  }
}
