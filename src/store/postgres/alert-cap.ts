/**
 * The instant-alert hourly cap (`digests.instantPerHour`) counted in the database, so it holds across
 * every worker of a scaled-out deployment (docs/scaling.md). The count is the ledger itself: a
 * channel is one subscription (`subscriptions` is unique on platform, workspace and channel), and its
 * alerts of the last hour are its `item` rows created in that hour. Counting and beginning the new
 * row happen in one transaction that first locks the subscription row (`FOR UPDATE`, as
 * `beginDelivery` does), so two workers alerting one channel at once are counted one after the other
 * and never both take the last alert of the hour.
 */
import { sql, type Selectable } from 'kysely';
import type { Delivery } from '../../model/delivery.js';
import { WirewatchError } from '../../model/errors.js';
import { idempotencyKey } from '../keys.js';
import { toDelivery } from '../kysely/deliveries.js';
import { notFound } from '../kysely/dialect.js';
import type { DeliveriesTable } from '../kysely/schema.js';
import { pgDialect } from './dialect.js';
import { pgFault, type Db } from './util.js';

/** Migration 2 (PG_MIGRATIONS): the cap's count reads one subscription's item rows by time. */
export const ALERT_CAP_MIGRATION_SQL = `CREATE INDEX deliveries_sub_kind_created ON deliveries (subscription_id, kind, created_at);`;

const HOUR_MS = 3_600_000;

/**
 * Begins the ledger row of an instant alert (kind `item`, subject = the item id) unless the
 * subscription had `perHour` alerts created in the hour before `now`. A row already in the ledger for
 * this item is returned as it is and costs nothing of the cap.
 * @returns `{ capped: true }`, or the row (new and `pending`, or the existing one in any state)
 * @throws WirewatchError `store_not_found` (no such subscription) or `store` (naming the database)
 */
export async function beginCappedAlert(
  db: Db,
  where: string,
  input: { subscriptionId: string; subject: string; perHour: number; now: Date },
): Promise<{ capped: true } | { capped: false; delivery: Delivery }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const sub = await trx.selectFrom('subscriptions').select('id').where('id', '=', input.subscriptionId).forUpdate().executeTakeFirst();
      if (!sub) throw notFound(`subscription ${input.subscriptionId}`);
      const existing = await trx
        .selectFrom('deliveries')
        .selectAll()
        .where('subscription_id', '=', input.subscriptionId)
        .where('kind', '=', 'item')
        .where('subject', '=', input.subject)
        .executeTakeFirst();
      if (existing) return { capped: false as const, delivery: toDelivery(pgDialect, existing as unknown as Selectable<DeliveriesTable>) };
      const { n } = await trx
        .selectFrom('deliveries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('subscription_id', '=', input.subscriptionId)
        .where('kind', '=', 'item')
        .where('created_at', '>', new Date(input.now.getTime() - HOUR_MS))
        .executeTakeFirstOrThrow();
      if (Number(n) >= input.perHour) return { capped: true as const };
      // As beginDelivery: the id from the identity's sequence first, so the key can embed it.
      const { rows } = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('deliveries', 'id')) AS id`.execute(trx);
      const id = Number(rows[0].id);
      const stored = await trx
        .insertInto('deliveries')
        .values({
          id,
          subscription_id: input.subscriptionId,
          kind: 'item',
          subject: input.subject,
          idempotency_key: idempotencyKey(id),
          state: 'pending',
          message_ids: '[]',
          attempts: 0,
          last_error: null,
          created_at: input.now,
          updated_at: input.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { capped: false as const, delivery: toDelivery(pgDialect, stored as unknown as Selectable<DeliveriesTable>) };
    });
  } catch (e) {
    if (e instanceof WirewatchError) throw e;
    throw pgFault(where, 'beginCappedAlert', e);
  }
}
