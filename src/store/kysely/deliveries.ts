/**
 * DeliveryStore over Kysely, either database: the delivery ledger. One row per (subscription, kind,
 * subject), state `pending → sent | failed`, an idempotency key fixed at insert (see `keys.ts`).
 *
 * Exactly-once across processes: `beginDelivery` takes the subscription row (locked on PostgreSQL,
 * under the write lock on SQLite) before it looks for the (subscription, kind, subject) row, so two
 * writers beginning the same delivery run one after the other and the second gets the first one's
 * row; the unique key backs this up. State transitions lock the ledger row. The new row's id comes
 * from the dialect first, so its idempotency key can embed it.
 */
import type { Selectable } from 'kysely';
import type { Delivery } from '../../model/delivery.js';
import { WirewatchError } from '../../model/errors.js';
import type { DeliveryStore, FailureEffects } from '../store.js';
import { idempotencyKey } from '../keys.js';
import { notFound, type Db, type StoreDialect } from './dialect.js';
import type { DeliveriesTable } from './schema.js';

/** A ledger row as a Delivery. */
export function toDelivery(d: StoreDialect, r: Selectable<DeliveriesTable>): Delivery {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    kind: r.kind,
    subject: r.subject,
    idempotencyKey: r.idempotency_key,
    state: r.state,
    messageIds: d.readJson<string[]>(r.message_ids),
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: d.readDate(r.created_at),
    updatedAt: d.readDate(r.updated_at),
  };
}

export class KyselyDeliveries implements DeliveryStore {
  constructor(
    private readonly db: Db,
    private readonly dialect: StoreDialect,
  ) {}

  private read = (r: Selectable<DeliveriesTable>) => toDelivery(this.dialect, r);

  async beginDelivery(input: { subscriptionId: string; kind: Delivery['kind']; subject: string; now: Date; windowEnd?: Date }): Promise<Delivery> {
    const d = this.dialect;
    return d.write(this.db, async (trx) => {
      const sub = await d.locked(trx.selectFrom('subscriptions').select('id').where('id', '=', input.subscriptionId)).executeTakeFirst();
      if (!sub) throw notFound(`subscription ${input.subscriptionId}`);
      const existing = await trx
        .selectFrom('deliveries')
        .selectAll()
        .where('subscription_id', '=', input.subscriptionId)
        .where('kind', '=', input.kind)
        .where('subject', '=', input.subject)
        .executeTakeFirst();
      if (input.kind === 'digest' && input.windowEnd && existing?.state !== 'failed') {
        // The window belongs to this row from now on: advanced in the same transaction, never moved back.
        // (A failed row handed its window back; finding it again must not take the window away twice.)
        const end = d.date(input.windowEnd);
        await trx
          .updateTable('subscriptions')
          .set({ last_window_end: end })
          .where('id', '=', input.subscriptionId)
          .where((eb) => eb.or([eb('last_window_end', 'is', null), eb('last_window_end', '<', end)]))
          .execute();
      }
      if (existing) return this.read(existing);
      const id = await d.nextDeliveryId(trx);
      const row = {
        id,
        subscription_id: input.subscriptionId,
        kind: input.kind,
        subject: input.subject,
        idempotency_key: idempotencyKey(id),
        state: 'pending' as const,
        message_ids: '[]',
        attempts: 0,
        last_error: null,
        created_at: d.date(input.now),
        updated_at: d.date(input.now),
      };
      return this.read(await trx.insertInto('deliveries').values(row).returningAll().executeTakeFirstOrThrow());
    });
  }

  async markSent(id: number, messageIds: string[], now: Date): Promise<void> {
    const r = await this.db
      .updateTable('deliveries')
      .set((eb) => ({ state: 'sent', message_ids: JSON.stringify(messageIds), attempts: eb('attempts', '+', 1), updated_at: this.dialect.date(now) }))
      .where('id', '=', id)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw notFound(`delivery ${id}`);
  }

  async markFailed(id: number, error: string, now: Date, final: boolean, effects: FailureEffects = {}): Promise<void> {
    const d = this.dialect;
    await d.write(this.db, async (trx) => {
      const r = await d.locked(trx.selectFrom('deliveries').select(['state', 'subscription_id']).where('id', '=', id)).executeTakeFirst();
      if (!r) throw notFound(`delivery ${id}`);
      if (r.state !== 'pending') throw new WirewatchError('store_conflict', `store: delivery ${id} is ${r.state}, not pending`);
      await trx
        .updateTable('deliveries')
        .set((eb) => ({ state: final ? 'failed' : 'pending', last_error: error, attempts: eb('attempts', '+', 1), updated_at: d.date(now) }))
        .where('id', '=', id)
        .execute();
      if (!final) return;
      if (effects.pausedReason !== undefined) {
        await trx
          .updateTable('subscriptions')
          .set({ paused: d.bool(true), paused_reason: effects.pausedReason })
          .where('id', '=', r.subscription_id)
          .execute();
      }
      const w = effects.releaseWindow;
      if (w) {
        await trx
          .updateTable('subscriptions')
          .set({ last_window_end: d.date(w.start) })
          .where('id', '=', r.subscription_id)
          .where('last_window_end', '=', d.date(w.end))
          .execute();
      }
    });
  }

  async abandonDelivery(id: number): Promise<boolean> {
    if (!Number.isSafeInteger(id)) return false;
    const r = await this.db.deleteFrom('deliveries').where('id', '=', id).where('state', '=', 'pending').where('attempts', '=', 0).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async pendingDeliveries(): Promise<Delivery[]> {
    return (await this.db.selectFrom('deliveries').selectAll().where('state', '=', 'pending').orderBy('id').execute()).map(this.read);
  }

  async listDeliveries(subscriptionId: string): Promise<Delivery[]> {
    return (await this.db.selectFrom('deliveries').selectAll().where('subscription_id', '=', subscriptionId).orderBy('id').execute()).map(this.read);
  }

  async getDelivery(id: number): Promise<Delivery | null> {
    if (!Number.isSafeInteger(id)) return null;
    const r = await this.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? this.read(r) : null;
  }

  async pruneDeliveries(before: Date): Promise<number> {
    const r = await this.db
      .deleteFrom('deliveries')
      .where('state', '<>', 'pending')
      .where('updated_at', '<', this.dialect.date(before))
      .where((eb) => eb.or([eb('kind', '<>', 'item'), eb.not(eb.exists(eb.selectFrom('items').select('items.id').where(this.dialect.itemIsSubject())))]))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
