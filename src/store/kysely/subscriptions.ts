/** SubscriptionStore over Kysely, either database: the `subscriptions` table, one row per (platform, workspace, channel). */
import type { Insertable, Selectable } from 'kysely';
import { WirewatchError } from '../../model/errors.js';
import type { PlatformName, Subscription } from '../../model/subscription.js';
import type { SubscriptionStore } from '../store.js';
import { newSubscriptionId } from '../keys.js';
import { dateOrNull, notFound, readBool, readDateOrNull, type Db, type StoreDialect } from './dialect.js';
import type { SubscriptionsTable } from './schema.js';

/** Reads the `quiet_hours` column; a malformed value (hand-edited row) is an error naming the row. */
function quietHoursOf(d: StoreDialect, r: Selectable<SubscriptionsTable>): { from: string; to: string } | null {
  if (r.quiet_hours === null) return null;
  const v = d.readJson<unknown>(r.quiet_hours);
  if (v && typeof v === 'object' && typeof (v as { from?: unknown }).from === 'string' && typeof (v as { to?: unknown }).to === 'string') {
    const { from, to } = v as { from: string; to: string };
    return { from, to };
  }
  throw new WirewatchError('store_corrupt', `store: subscription ${r.id} has malformed quiet_hours ${JSON.stringify(v)}`);
}

/** A stored row as a Subscription. */
export function toSubscription(d: StoreDialect, r: Selectable<SubscriptionsTable>): Subscription {
  const quietHours = quietHoursOf(d, r);
  return {
    id: r.id,
    platform: r.platform as PlatformName,
    workspace: r.workspace,
    channel: r.channel,
    topics: d.readJson<string[]>(r.topics),
    cron: r.cron,
    timezone: r.timezone,
    locale: r.locale,
    mode: r.mode,
    postEmpty: readBool(r.post_empty),
    paused: readBool(r.paused),
    pausedReason: r.paused_reason,
    createdBy: r.created_by,
    lastWindowEnd: readDateOrNull(d, r.last_window_end),
    // Optional fields: absent when none, like a subscription created without them.
    ...(quietHours ? { quietHours } : {}),
    ...(r.notice_channel ? { noticeChannel: r.notice_channel } : {}),
    ...(readBool(r.spike_alerts) ? { spikeAlerts: true } : {}),
    ...(readBool(r.trend_chart) ? { trendChart: true } : {}),
  };
}

/** A Subscription as a row. */
export function subscriptionRow(d: StoreDialect, s: Subscription): Insertable<SubscriptionsTable> {
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
    post_empty: d.bool(s.postEmpty),
    paused: d.bool(s.paused),
    paused_reason: s.pausedReason,
    created_by: s.createdBy,
    last_window_end: dateOrNull(d, s.lastWindowEnd),
    quiet_hours: s.quietHours ? JSON.stringify({ from: s.quietHours.from, to: s.quietHours.to }) : null,
    notice_channel: s.noticeChannel ?? null,
    spike_alerts: d.bool(s.spikeAlerts ?? false),
    trend_chart: d.bool(s.trendChart ?? false),
  };
}

const clash = (id: string, s: Pick<Subscription, 'platform' | 'workspace' | 'channel'>) =>
  new WirewatchError('store_conflict', `store: subscription ${id} already posts to ${s.platform}/${s.workspace}/${s.channel}`);

export class KyselySubscriptions implements SubscriptionStore {
  constructor(
    private readonly db: Db,
    private readonly dialect: StoreDialect,
  ) {}

  private byTarget(db: Db, platform: string, workspace: string, channel: string) {
    return db
      .selectFrom('subscriptions')
      .selectAll()
      .where('platform', '=', platform)
      .where('workspace', '=', workspace)
      .where('channel', '=', channel)
      .executeTakeFirst();
  }

  private row(s: Subscription) {
    return subscriptionRow(this.dialect, s);
  }

  private read = (r: Selectable<SubscriptionsTable>) => toSubscription(this.dialect, r);

  async upsertSubscription(sub: Subscription): Promise<Subscription> {
    return this.dialect.write(this.db, async (trx) => {
      const existing = await this.byTarget(trx, sub.platform, sub.workspace, sub.channel);
      const id = existing?.id ?? (sub.id || newSubscriptionId());
      const row = this.row({ ...sub, id });
      if (existing) {
        await trx.updateTable('subscriptions').set(row).where('id', '=', id).execute();
      } else {
        const taken = await trx.selectFrom('subscriptions').select('id').where('id', '=', id).executeTakeFirst();
        if (taken) throw new WirewatchError('store_conflict', `store: subscription id ${id} is taken by another channel`);
        await trx.insertInto('subscriptions').values(row).execute();
      }
      return this.read(await trx.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    });
  }

  async getSubscription(id: string): Promise<Subscription | null> {
    const r = await this.db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? this.read(r) : null;
  }

  async findSubscription(platform: string, workspace: string, channel: string): Promise<Subscription | null> {
    const r = await this.byTarget(this.db, platform, workspace, channel);
    return r ? this.read(r) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.db.selectFrom('subscriptions').selectAll().orderBy(this.dialect.byteOrder('id')).execute()).map(this.read);
  }

  async updateSubscription(id: string, patch: Partial<Omit<Subscription, 'id'>>): Promise<void> {
    await this.dialect.write(this.db, async (trx) => {
      // Locked (PostgreSQL: FOR UPDATE): a concurrent update, or a ledger transaction moving last_window_end, waits for this one.
      const r = await this.dialect.locked(trx.selectFrom('subscriptions').selectAll().where('id', '=', id)).executeTakeFirst();
      if (!r) throw notFound(`subscription ${id}`);
      const defined = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'id')) as Partial<Subscription>;
      const next: Subscription = { ...this.read(r), ...defined, id };
      const other = await this.byTarget(trx, next.platform, next.workspace, next.channel);
      if (other && other.id !== id) throw clash(other.id, next);
      await trx.updateTable('subscriptions').set(this.row(next)).where('id', '=', id).execute();
    });
  }

  async removeSubscription(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('subscriptions').where('id', '=', id).executeTakeFirst();
    return r.numDeletedRows > 0n;
  }
}
