/**
 * DeliveryStore on PostgreSQL: the delivery ledger. One row per (subscription, kind, subject), state
 * `pending → sent | failed`, an idempotency key fixed at insert (see `keys.ts`).
 *
 * Exactly-once across processes: `beginDelivery` locks the subscription row (`FOR UPDATE`) before it
 * looks for the (subscription, kind, subject) row, so two workers beginning the same delivery run one
 * after the other and the second gets the first one's row; the unique key backs this up. State
 * transitions lock the ledger row. Nothing here depends on memory shared between processes.
 */
import { sql, type Selectable } from 'kysely';
import type { Delivery } from '../../model/delivery.js';
import { WirewatchError } from '../../model/errors.js';
import type { DeliveryStore, FailureEffects } from '../store.js';
import { idempotencyKey } from '../keys.js';
import type { DeliveriesTable } from './schema.js';
import { notFound, type Db } from './util.js';

/** A ledger row as a Delivery. */
export function toDelivery(r: Selectable<DeliveriesTable>): Delivery {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    kind: r.kind,
    subject: r.subject,
    idempotencyKey: r.idempotency_key,
    state: r.state,
    messageIds: r.message_ids,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class PgDeliveries implements DeliveryStore {
  constructor(private readonly db: Db) {}

  async beginDelivery(input: { subscriptionId: string; kind: Delivery['kind']; subject: string; now: Date; windowEnd?: Date }): Promise<Delivery> {
    return this.db.transaction().execute(async (trx) => {
      const sub = await trx.selectFrom('subscriptions').select('id').where('id', '=', input.subscriptionId).forUpdate().executeTakeFirst();
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
        const end = input.windowEnd;
        await trx
          .updateTable('subscriptions')
          .set({ last_window_end: end })
          .where('id', '=', input.subscriptionId)
          .where((eb) => eb.or([eb('last_window_end', 'is', null), eb('last_window_end', '<', end)]))
          .execute();
      }
      if (existing) return toDelivery(existing);
      // The id comes from the identity's sequence first, so the key can embed it (unique per database).
      const { rows } = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('deliveries', 'id')) AS id`.execute(trx);
      const id = Number(rows[0].id);
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
        created_at: input.now,
        updated_at: input.now,
      };
      const stored = await trx.insertInto('deliveries').values(row).returningAll().executeTakeFirstOrThrow();
      return toDelivery(stored);
    });
  }

  async markSent(id: number, messageIds: string[], now: Date): Promise<void> {
    const r = await this.db
      .updateTable('deliveries')
      .set((eb) => ({ state: 'sent', message_ids: JSON.stringify(messageIds), attempts: eb('attempts', '+', 1), updated_at: now }))
      .where('id', '=', id)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw notFound(`delivery ${id}`);
  }

  async markFailed(id: number, error: string, now: Date, final: boolean, effects: FailureEffects = {}): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('deliveries').select(['state', 'subscription_id']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!r) throw notFound(`delivery ${id}`);
      if (r.state !== 'pending') throw new WirewatchError('store_conflict', `store: delivery ${id} is ${r.state}, not pending`);
      await trx
        .updateTable('deliveries')
        .set((eb) => ({ state: final ? 'failed' : 'pending', last_error: error, attempts: eb('attempts', '+', 1), updated_at: now }))
        .where('id', '=', id)
        .execute();
      if (!final) return;
      if (effects.pausedReason !== undefined) {
        await trx.updateTable('subscriptions').set({ paused: true, paused_reason: effects.pausedReason }).where('id', '=', r.subscription_id).execute();
      }
      const w = effects.releaseWindow;
      if (w) {
        await trx.updateTable('subscriptions').set({ last_window_end: w.start }).where('id', '=', r.subscription_id).where('last_window_end', '=', w.end).execute();
      }
    });
  }

  async pendingDeliveries(): Promise<Delivery[]> {
    return (await this.db.selectFrom('deliveries').selectAll().where('state', '=', 'pending').orderBy('id').execute()).map(toDelivery);
  }

  async listDeliveries(subscriptionId: string): Promise<Delivery[]> {
    return (await this.db.selectFrom('deliveries').selectAll().where('subscription_id', '=', subscriptionId).orderBy('id').execute()).map(toDelivery);
  }

  async getDelivery(id: number): Promise<Delivery | null> {
    if (!Number.isSafeInteger(id)) return null;
    const r = await this.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toDelivery(r) : null;
  }

  async pruneDeliveries(before: Date): Promise<number> {
    const r = await this.db
      .deleteFrom('deliveries')
      .where('state', '<>', 'pending')
      .where('updated_at', '<', before)
      .where((eb) => eb.or([eb('kind', '<>', 'item'), eb.not(eb.exists(eb.selectFrom('items').select('items.id').where(sql<boolean>`items.id::text = deliveries.subject`)))]))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
