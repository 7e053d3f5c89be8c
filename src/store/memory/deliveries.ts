/** The in-memory store's the delivery ledger (see memory-store.ts). */
import type { FailureEffects } from '../store.js';
import type { Delivery } from '../../model/delivery.js';
import { WirewatchError } from '../../model/errors.js';
import { idempotencyKey } from '../keys.js';
import type { DeliveryStore } from '../store.js';
import { copy, type State, notFound } from './state.js';

export class MemoryDeliveries implements DeliveryStore {
  constructor(private readonly s: State) {}

  private row(id: number): Delivery {
    const d = this.s.deliveries.get(id);
    if (!d) throw notFound(`delivery ${id}`);
    return d;
  }

  async beginDelivery(input: { subscriptionId: string; kind: Delivery['kind']; subject: string; now: Date; windowEnd?: Date }): Promise<Delivery> {
    const sub = this.s.subscriptions.get(input.subscriptionId);
    const existing = [...this.s.deliveries.values()].find(
      (d) => d.subscriptionId === input.subscriptionId && d.kind === input.kind && d.subject === input.subject,
    );
    if (sub && input.kind === 'digest' && input.windowEnd && existing?.state !== 'failed' && (!sub.lastWindowEnd || sub.lastWindowEnd < input.windowEnd)) {
      this.s.subscriptions.set(sub.id, { ...sub, lastWindowEnd: new Date(input.windowEnd) });
    }
    if (existing) return copy(existing);
    if (!sub) throw notFound(`subscription ${input.subscriptionId}`);
    const id = this.s.nextDeliveryId++;
    const d: Delivery = {
      id,
      subscriptionId: input.subscriptionId,
      kind: input.kind,
      subject: input.subject,
      idempotencyKey: idempotencyKey(id),
      state: 'pending',
      messageIds: [],
      attempts: 0,
      lastError: null,
      createdAt: new Date(input.now),
      updatedAt: new Date(input.now),
    };
    this.s.deliveries.set(id, d);
    return copy(d);
  }

  async markSent(id: number, messageIds: string[], now: Date): Promise<void> {
    const d = this.row(id);
    d.state = 'sent';
    d.messageIds = [...messageIds];
    d.attempts++;
    d.updatedAt = new Date(now);
  }

  async markFailed(id: number, error: string, now: Date, final: boolean, effects: FailureEffects = {}): Promise<void> {
    const d = this.row(id);
    if (d.state !== 'pending') throw new WirewatchError('store_conflict', `store: delivery ${id} is ${d.state}, not pending`);
    d.attempts++;
    d.lastError = error;
    d.updatedAt = new Date(now);
    if (!final) return;
    d.state = 'failed';
    const sub = this.s.subscriptions.get(d.subscriptionId);
    if (!sub) return;
    const next = { ...sub };
    if (effects.pausedReason !== undefined) Object.assign(next, { paused: true, pausedReason: effects.pausedReason });
    const w = effects.releaseWindow;
    if (w && next.lastWindowEnd?.getTime() === w.end.getTime()) next.lastWindowEnd = new Date(w.start);
    this.s.subscriptions.set(sub.id, next);
  }

  async abandonDelivery(id: number): Promise<boolean> {
    const d = this.s.deliveries.get(id);
    if (!d || d.state !== 'pending' || d.attempts !== 0) return false;
    return this.s.deliveries.delete(id);
  }

  async pendingDeliveries(): Promise<Delivery[]> {
    return [...this.s.deliveries.values()]
      .filter((d) => d.state === 'pending')
      .sort((a, b) => a.id - b.id)
      .map(copy);
  }

  async listDeliveries(subscriptionId: string): Promise<Delivery[]> {
    return [...this.s.deliveries.values()]
      .filter((d) => d.subscriptionId === subscriptionId)
      .sort((a, b) => a.id - b.id)
      .map(copy);
  }

  async getDelivery(id: number): Promise<Delivery | null> {
    const d = this.s.deliveries.get(id);
    return d ? copy(d) : null;
  }

  async pruneDeliveries(before: Date): Promise<number> {
    let n = 0;
    for (const d of [...this.s.deliveries.values()]) {
      if (d.state === 'pending' || d.updatedAt.getTime() >= before.getTime()) continue;
      if (d.kind === 'item' && this.s.items.has(Number(d.subject)) && String(Number(d.subject)) === d.subject) continue;
      this.s.deliveries.delete(d.id);
      n++;
    }
    return n;
  }
}
