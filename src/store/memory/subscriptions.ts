/** The in-memory store's subscriptions (see memory-store.ts). */
import type { Subscription } from '../../model/subscription.js';
import { WirewatchError } from '../../model/errors.js';
import { newSubscriptionId } from '../keys.js';
import type { SubscriptionStore } from '../store.js';
import { copy, type State, notFound, definedOnly, byString } from './state.js';

export class MemorySubscriptions implements SubscriptionStore {
  constructor(private readonly s: State) {}

  private byTarget(platform: string, workspace: string, channel: string): Subscription | undefined {
    for (const sub of this.s.subscriptions.values()) {
      if (sub.platform === platform && sub.workspace === workspace && sub.channel === channel) return sub;
    }
    return undefined;
  }

  async upsertSubscription(sub: Subscription): Promise<Subscription> {
    const existing = this.byTarget(sub.platform, sub.workspace, sub.channel);
    const id = existing?.id ?? (sub.id || newSubscriptionId());
    if (!existing && this.s.subscriptions.has(id)) {
      throw new WirewatchError('store_conflict', `store: subscription id ${id} is taken by another channel`);
    }
    const stored = { ...copy(sub), id };
    this.s.subscriptions.set(id, stored);
    return copy(stored);
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const sub = this.s.subscriptions.get(id);
    return sub ? copy(sub) : null;
  }

  async findSubscription(platform: string, workspace: string, channel: string): Promise<Subscription | null> {
    const sub = this.byTarget(platform, workspace, channel);
    return sub ? copy(sub) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return [...this.s.subscriptions.values()].sort((a, b) => byString(a.id, b.id)).map(copy);
  }

  async updateSubscription(id: string, patch: Partial<Omit<Subscription, 'id'>>): Promise<void> {
    const sub = this.s.subscriptions.get(id);
    if (!sub) throw notFound(`subscription ${id}`);
    const { id: _id, ...rest } = definedOnly(copy(patch)) as Partial<Subscription>;
    const next: Subscription = { ...sub, ...rest };
    const other = this.byTarget(next.platform, next.workspace, next.channel);
    if (other && other.id !== id) {
      throw new WirewatchError('store_conflict', `store: subscription ${other.id} already posts to ${next.platform}/${next.workspace}/${next.channel}`);
    }
    this.s.subscriptions.set(id, next);
  }

  async removeSubscription(id: string): Promise<boolean> {
    if (!this.s.subscriptions.delete(id)) return false;
    for (const d of [...this.s.deliveries.values()]) if (d.subscriptionId === id) this.s.deliveries.delete(d.id);
    return true;
  }
}
