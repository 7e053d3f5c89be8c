/**
 * Moving a SQLite deployment to PostgreSQL (`wirewatch db copy --from FILE --to postgres://…`): every
 * table is copied row for row with its ids, so item ids (the ledger's `item` subjects), delivery ids and
 * idempotency keys stay what they were and nothing is delivered again after the move. One PostgreSQL
 * transaction: either the whole store arrives or nothing does. The target must be empty.
 */
import { sql } from 'kysely';
import { WirewatchError } from '../../model/errors.js';
import type { DB } from './schema.js';
import type { PgStore } from './open.js';

/** How a SQLite column becomes a PostgreSQL one: epoch ms → timestamptz, 0/1 → boolean, else as is (JSON text goes into jsonb as text). */
type Conv = 'ms' | 'bool';

interface TableSpec {
  name: keyof DB;
  /** Converted columns; every other column of the SQLite row is copied unchanged. */
  conv: Record<string, Conv>;
  /** Has an identity `id` whose sequence must move past the copied ids. */
  identity: boolean;
}

/** Parents before children (foreign keys are checked per statement). */
const TABLES: TableSpec[] = [
  { name: 'feeds', conv: { next_check_at: 'ms', failing_since: 'ms', last_success_at: 'ms' }, identity: true },
  { name: 'feed_tenants', conv: {}, identity: false },
  { name: 'items', conv: { published: 'ms', first_seen: 'ms', item_time: 'ms' }, identity: true },
  { name: 'item_topics', conv: {}, identity: false },
  { name: 'item_topics_seen', conv: { seen_at: 'ms' }, identity: false },
  { name: 'mentions', conv: {}, identity: true },
  { name: 'speakers', conv: {}, identity: true },
  { name: 'speaker_spellings', conv: {}, identity: false },
  { name: 'quotes', conv: {}, identity: true },
  { name: 'topics', conv: {}, identity: true },
  { name: 'topic_terms', conv: { exclude: 'bool' }, identity: false },
  { name: 'subscriptions', conv: { post_empty: 'bool', paused: 'bool', last_window_end: 'ms', spike_alerts: 'bool', trend_chart: 'bool' }, identity: false },
  { name: 'deliveries', conv: { created_at: 'ms', updated_at: 'ms' }, identity: true },
];

/** Rows copied per table. */
export type CopyCounts = Record<string, number>;

function convert(row: Record<string, unknown>, conv: Record<string, Conv>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const [col, how] of Object.entries(conv)) {
    const v = row[col];
    if (v === null || v === undefined) continue;
    out[col] = how === 'ms' ? new Date(Number(v)) : Number(v) !== 0;
  }
  return out;
}

/**
 * Copies a SQLite store (its tables as `src` reads them: `store/sqlite/table-reader.ts`, at the
 * current schema) into the empty PostgreSQL store `to`.
 * @param onTable called after each table with its name and row count (progress display)
 * @returns rows copied per table
 * @throws WirewatchError `store_conflict` when the target already holds feeds, items, topics or
 *   subscriptions (nothing is written); `store` when a row is refused (the transaction rolls back)
 */
export async function copySqliteToPostgres(
  src: { rows(table: string): Iterable<Record<string, unknown>> },
  to: PgStore,
  onTable?: (table: string, rows: number) => void,
): Promise<CopyCounts> {
  const counts: CopyCounts = {};
  await to.db.transaction().execute(async (trx) => {
    // Refuse a target that is in use: a second copy, or a service that already seeded it.
    const { rows } = await sql<{
      n: number;
    }>`SELECT (SELECT count(*) FROM feeds) + (SELECT count(*) FROM topics) + (SELECT count(*) FROM subscriptions) + (SELECT count(*) FROM items) AS n`.execute(
      trx,
    );
    if (Number(rows[0].n) > 0) {
      throw new WirewatchError(
        'store_conflict',
        `store: ${to.url} is not empty (feeds, topics, subscriptions or items are stored): db copy only fills a new database, so nothing was copied`,
      );
    }
    for (const t of TABLES) {
      let n = 0;
      let batch: Record<string, unknown>[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        // Kysely's typed insert needs a literal table; the specs above name only tables of DB.
        await trx
          .insertInto(t.name as 'feeds')
          .values(batch as never)
          .execute();
        n += batch.length;
        batch = [];
      };
      for (const row of src.rows(t.name)) {
        batch.push(convert(row, t.conv));
        if (batch.length >= 400) await flush();
      }
      await flush();
      if (t.identity) {
        await sql`SELECT setval(pg_get_serial_sequence(${t.name}, 'id'), GREATEST((SELECT max(id) FROM ${sql.table(t.name)}), 1), (SELECT count(*) > 0 FROM ${sql.table(t.name)}))`.execute(
          trx,
        );
      }
      counts[t.name] = n;
      onTable?.(t.name, n);
    }
  });
  return counts;
}
