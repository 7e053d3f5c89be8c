/**
 * Handing deliveries to the job queue (scaled-out deployments). The ledger stays the truth: a
 * delivery is begun in the store first (the row, and for a digest its window, in one transaction;
 * ADR 0162), then a job is queued for it. A process dying between the two leaves a `pending` row with
 * no job; the leader's sweep (`requeuePending`) queues a job for every pending row, so nothing is lost,
 * and the queue's singleton key plus the ledger's unique key keep it from being posted twice.
 */
import type { Clock } from '../model/clock.js';
import type { Subscription } from '../model/subscription.js';
import type { Delivery } from '../model/delivery.js';
import type { Store } from '../store/store.js';
import { parseWindowSubject } from '../model/delivery.js';
import type { JobQueue } from './queue.js';
import type { AlertCap } from '../scheduler/instant.js';

/** The end of a digest window subject, or undefined when it is not one. */
function windowEndOf(subject: string): Date | undefined {
  try {
    return parseWindowSubject(subject).end;
  } catch {
    return undefined;
  }
}

/** Counts the channel's alerts of the last hour and begins the alert's ledger row in one transaction (store/postgres/alert-cap.ts). */
export type BeginCappedAlert = (input: {
  subscriptionId: string;
  subject: string;
  perHour: number;
  now: Date;
}) => Promise<{ capped: true } | { capped: false; delivery: Delivery }>;

export class QueueHandOff implements AlertCap {
  constructor(
    private readonly deps: {
      store: Pick<Store, 'deliveries' | 'subscriptions'>;
      queue: Pick<JobQueue, 'enqueueDelivery'>;
      clock: Clock;
      /** The database's cap (PostgreSQL); without it `deliverCapped` is not offered to the service. */
      beginCappedAlert?: BeginCappedAlert;
    },
  ) {}

  /**
   * An instant alert under the hourly cap counted across all processes: the ledger row is begun only
   * when the channel (one subscription) had fewer than `perHour` alerts in the last hour, in the same
   * transaction as the count; then a job is queued for it — unless `isCopy` says another process began
   * an alert of the same story first, when the new row is taken back and nothing is queued (ADR 0297).
   * @returns `capped`, `copy`, `queued`, `already_sent` or `failed`
   * @throws Error when no `beginCappedAlert` was given; WirewatchError from the store; an Error from the queue
   */
  async deliverCapped(
    sub: Subscription,
    _channel: string,
    subject: string,
    perHour: number,
    now: Date,
    isCopy?: (row: Delivery) => Promise<boolean>,
  ): Promise<{ status: 'capped' | 'copy' | 'queued' | 'already_sent' | 'failed' }> {
    if (!this.deps.beginCappedAlert) throw new Error('hand-off: no database cap (PostgreSQL store only)');
    const r = await this.deps.beginCappedAlert({ subscriptionId: sub.id, subject, perHour, now });
    if (r.capped) return { status: 'capped' };
    if (r.delivery.state === 'sent') return { status: 'already_sent' };
    if (r.delivery.state === 'failed') return { status: 'failed' };
    // The row is committed, so a process that begins a copy's row after it sees it; of two rows of one
    // story begun at the same moment the later one yields (ids come from one sequence under the
    // subscription's row lock, so "earlier" is the same for both processes).
    if (isCopy && r.delivery.attempts === 0 && (await isCopy(r.delivery)) && (await this.deps.store.deliveries.abandonDelivery(r.delivery.id))) {
      return { status: 'copy' };
    }
    await this.deps.queue.enqueueDelivery(sub.platform, { subscriptionId: sub.id, kind: 'item', subject });
    return { status: 'queued' };
  }

  /**
   * Begins the delivery in the ledger and queues a job for it.
   * @returns `queued` (a job waits or runs), `already_sent`, or `failed` (a final failure: the
   *   DigestScheduler then leaves the window, which the ledger handed back)
   * @throws WirewatchError from the store or an Error from the queue (the caller's tick retries)
   */
  async deliver(sub: Subscription, kind: Delivery['kind'], subject: string): Promise<{ status: 'queued' | 'already_sent' | 'failed'; delivery: Delivery }> {
    const windowEnd = kind === 'digest' ? windowEndOf(subject) : undefined;
    const row = await this.deps.store.deliveries.beginDelivery({ subscriptionId: sub.id, kind, subject, now: this.deps.clock.now(), windowEnd });
    if (row.state === 'sent') return { status: 'already_sent', delivery: row };
    if (row.state === 'failed') return { status: 'failed', delivery: row };
    await this.deps.queue.enqueueDelivery(sub.platform, { subscriptionId: sub.id, kind, subject });
    return { status: 'queued', delivery: row };
  }

  /**
   * Queues a job for every `pending` ledger row last touched at least `minAgeMs` ago (a retryable
   * failure waiting for its retry, or a hand-off whose job was never queued), except digests and
   * alerts of paused subscriptions (they wait for a resume; notices still go). Rows with a job queued
   * or running are left alone by the singleton key.
   * @returns how many jobs were added
   */
  async requeuePending(minAgeMs: number): Promise<number> {
    const now = this.deps.clock.now().getTime();
    let added = 0;
    const subs = new Map<string, Subscription | null>();
    for (const row of await this.deps.store.deliveries.pendingDeliveries()) {
      if (now - row.updatedAt.getTime() < minAgeMs) continue;
      if (!subs.has(row.subscriptionId)) subs.set(row.subscriptionId, await this.deps.store.subscriptions.getSubscription(row.subscriptionId));
      const sub = subs.get(row.subscriptionId);
      if (!sub || (sub.paused && row.kind !== 'notice')) continue;
      if (await this.deps.queue.enqueueDelivery(sub.platform, { subscriptionId: sub.id, kind: row.kind, subject: row.subject })) added++;
    }
    return added;
  }
}
