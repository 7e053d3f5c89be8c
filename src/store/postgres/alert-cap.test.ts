import { afterAll, describe, expect, it } from 'vitest';
import { sampleSubscription } from '../contract.js';
import { freshSchema, needsPostgres, type FreshSchema } from '../../../test/support/postgres.js';
import { openPostgresStore, type PgStore } from './open.js';
import { beginCappedAlert } from './alert-cap.js';

const PG = await needsPostgres();

describe.skipIf(!PG)('instant-alert hourly cap in PostgreSQL', () => {
  let schema: FreshSchema | null = null;
  const stores: PgStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    await schema?.drop();
  });

  it('lets two store instances (two processes) begin perHour alerts of one channel in all, however they race', async () => {
    schema = await freshSchema('alertcap');
    const [one, two] = await Promise.all([openPostgresStore(schema.url, { poolSize: 4 }), openPostgresStore(schema.url, { poolSize: 4 })]);
    stores.push(one, two);
    const sub = sampleSubscription({ id: 'cap', mode: 'alerts' });
    await one.subscriptions.upsertSubscription(sub);
    const other = sampleSubscription({ id: 'other', channel: 'elsewhere', mode: 'alerts' });
    await one.subscriptions.upsertSubscription(other);
    const now = new Date('2026-12-07T10:00:00Z');
    const begin = (st: PgStore, subject: string, subscriptionId = sub.id, at = now) =>
      beginCappedAlert(st.db, st.url, { subscriptionId, subject, perHour: 3, now: at });

    // Ten items, each alerted by both processes at once.
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => [begin(one, `item-${i}`), begin(two, `item-${i}`)]).flat());
    const begun = results.filter((r) => !r.capped);
    const subjects = new Set(begun.map((r) => (r.capped ? '' : r.delivery.subject)));
    expect(subjects.size).toBe(3); // the cap, across both processes
    // The two processes that raced on one item got the same ledger row.
    const rows = await one.deliveries.listDeliveries(sub.id);
    expect(rows).toHaveLength(3);
    for (const r of begun) expect(rows.map((x) => x.id)).toContain(r.capped ? -1 : r.delivery.id);

    // An item already begun is handed back without counting again, even at the cap.
    const again = await begin(two, rows[0].subject);
    expect(again).toEqual({ capped: false, delivery: rows[0] });
    // Another channel has its own count.
    expect((await begin(two, 'item-0', other.id)).capped).toBe(false);
    // An hour after the three, the channel may be alerted again.
    const later = await begin(one, 'item-9', sub.id, new Date(now.getTime() + 3_600_001));
    expect(later.capped).toBe(false);
  });
});
