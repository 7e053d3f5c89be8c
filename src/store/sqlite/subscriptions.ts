/** SubscriptionStore on SQLite: the `subscriptions` table, one row per (platform, workspace, channel). */
import type { Insertable, Selectable } from 'kysely';
import { WirewatchError } from '../../model/errors.js';
import type { PlatformName, Subscription } from '../../model/subscription.js';
import type { SubscriptionStore } from '../store.js';
import { newSubscriptionId } from '../keys.js';
import type { SubscriptionsTable } from './schema.js';
import { dateOrNull, msOrNull, notFound, writeTx, type Db } from './util.js';

/** Reads the `quiet_hours` JSON column; a malformed value (hand-edited file) is an error naming the row. */
function quietHoursOf(r: Selectable<SubscriptionsTable>): { from: string; to: string } | null {
  if (r.quiet_hours === null) return null;
  const v = JSON.parse(r.quiet_hours) as unknown;
  if (v && typeof v === 'object' && typeof (v as { from?: unknown }).from === 'string' && typeof (v as { to?: unknown }).to === 'string') {
    const { from, to } = v as { from: string; to: string };
    return { from, to };
  }
  throw new WirewatchError('store_corrupt', `store: subscription ${r.id} has malformed quiet_hours ${r.quiet_hours}`);
}

function toSubscription(r: Selectable<SubscriptionsTable>): Subscription {
  const quietHours = quietHoursOf(r);
  return {
    id: r.id,
    platform: r.platform as PlatformName,
    workspace: r.workspace,
    channel: r.channel,
    topics: JSON.parse(r.topics) as string[],
    cron: r.cron,
    timezone: r.timezone,
    locale: r.locale,
    mode: r.mode,
    postEmpty: r.post_empty === 1,
    paused: r.paused === 1,
    pausedReason: r.paused_reason,
    createdBy: r.created_by,
    lastWindowEnd: dateOrNull(r.last_window_end),
    // Optional field: absent when none, like a subscription created without it.
    ...(quietHours ? { quietHours } : {}),
    ...(r.notice_channel ? { noticeChannel: r.notice_channel } : {}),
    ...(r.spike_alerts === 1 ? { spikeAlerts: true } : {}),
    ...(r.trend_chart === 1 ? { trendChart: true } : {}),
  };
}

function toRow(s: Subscription): Insertable<SubscriptionsTable> {
  return {
    id: s.id,
    platform: s.platform,
    workspace: s.workspace,
    channel: s.channel,
    topics: JSON.stringify(s.topics),
    cron: s.cron,
    timezone: s.timezone,
    locale: s.locale,
    mode: s.mode,
    post_empty: s.postEmpty ? 1 : 0,
    paused: s.paused ? 1 : 0,
    paused_reason: s.pausedReason,
    created_by: s.createdBy,
    last_window_end: msOrNull(s.lastWindowEnd),
    quiet_hours: s.quietHours ? JSON.stringify({ from: s.quietHours.from, to: s.quietHours.to }) : null,
    notice_channel: s.noticeChannel ?? null,
    spike_alerts: s.spikeAlerts ? 1 : 0,
    trend_chart: s.trendChart ? 1 : 0,
  };
}

const clash = (id: string, s: Pick<Subscription, 'platform' | 'workspace' | 'channel'>) =>
  new WirewatchError('store_conflict', `store: subscription ${id} already posts to ${s.platform}/${s.workspace}/${s.channel}`);

export class SqliteSubscriptions implements SubscriptionStore {
  constructor(private readonly db: Db) {}

  private byTarget(db: Db, platform: string, workspace: string, channel: string) {
    return db.selectFrom('subscriptions').selectAll().where('platform', '=', platform).where('workspace', '=', workspace).where('channel', '=', channel).executeTakeFirst();
  }

  async upsertSubscription(sub: Subscription): Promise<Subscription> {
    return writeTx(this.db, async (trx) => {
      const existing = await this.byTarget(trx, sub.platform, sub.workspace, sub.channel);
      const id = existing?.id ?? (sub.id || newSubscriptionId());
      const row = toRow({ ...sub, id });
      if (existing) {
        await trx.updateTable('subscriptions').set(row).where('id', '=', id).execute();
      } else {
        const taken = await trx.selectFrom('subscriptions').select('id').where('id', '=', id).executeTakeFirst();
        if (taken) throw new WirewatchError('store_conflict', `store: subscription id ${id} is taken by another channel`);
        await trx.insertInto('subscriptions').values(row).execute();
      }
      return toSubscription(await trx.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    });
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const r = await this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toSubscription(r) : null;
  }

  async findSubscription(platform: string, workspace: string, channel: string): Promise<Subscription | null> {
    const r = await this.byTarget(this.db, platform, workspace, channel);
    return r ? toSubscription(r) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.db.selectFrom('subscriptions').selectAll().orderBy('id').execute()).map(toSubscription);
  }

  async updateSubscription(id: string, patch: Partial<Omit<Subscription, 'id'>>): Promise<void> {
    await writeTx(this.db, async (trx) => {
      const r = await trx.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) throw notFound(`subscription ${id}`);
      const defined = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'id')) as Partial<Subscription>;
      const next: Subscription = { ...toSubscription(r), ...defined, id };
      const other = await this.byTarget(trx, next.platform, next.workspace, next.channel);
      if (other && other.id !== id) throw clash(other.id, next);
      await trx.updateTable('subscriptions').set(toRow(next)).where('id', '=', id).execute();
    });
  }

  async removeSubscription(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('subscriptions').where('id', '=', id).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
}
