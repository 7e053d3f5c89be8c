/** The SQLite side of the dialect-neutral store code (`../kysely/`): epoch-ms times, 0/1 flags, JSON text. */
import { CompiledQuery, sql, type Kysely, type SqliteDatabase } from 'kysely';
import type { Db as NeutralDb, StoreDialect } from '../kysely/dialect.js';
import type { DB } from './schema.js';
import { writeTx, type Db } from './util.js';

/** This store's Kysely seen through the neutral schema (the same tables; see `../kysely/schema.ts`). */
export const neutral = (db: Kysely<DB>): NeutralDb => db as unknown as NeutralDb;

/** `UPDATE feeds SET … WHERE url = ?` by column list (ADR 0232): the driver's statement cache prepares each text once. */
const updateByUrlSql = new Map<string, string>();
function updateByUrl(columns: string[]): string {
  const key = columns.join(',');
  let text = updateByUrlSql.get(key);
  if (text === undefined) {
    text = `update "feeds" set ${columns.map((c) => `"${c}" = ?`).join(', ')} where "url" = ?`;
    updateByUrlSql.set(key, text);
  }
  return text;
}

export const sqliteDialect: StoreDialect = {
  // BEGIN IMMEDIATE on the single connection (util.ts): every read in it is under the write lock.
  write: (db, fn) => writeTx(db as unknown as Db, (trx) => fn(neutral(trx))),
  locked: (q) => q,
  date: (d) => d.getTime(),
  readDate: (v) => new Date(v as number),
  bool: (b) => (b ? 1 : 0),
  readJson: <T>(v: unknown) => JSON.parse(v as string) as T,
  byteOrder: (column) => sql`${sql.ref(column)}`,
  // The write lock is held (BEGIN IMMEDIATE), so max(id) + 1 is ours.
  nextDeliveryId: async (trx) =>
    (
      await trx
        .selectFrom('deliveries')
        .select(sql<number>`coalesce(max(id), 0) + 1`.as('next'))
        .executeTakeFirstOrThrow()
    ).next,
  // Numeric affinity compares the integer id with the text subject (and keeps the rowid lookup).
  itemIsSubject: () => sql<boolean>`items.id = deliveries.subject`,
  isUniqueViolation: (e) => /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test((e as { code?: string }).code ?? ''),
  // A poll round's validator updates skip Kysely's query building and compiling (ADR 0232); a store
  // with its connection at hand skips Kysely altogether (`withDirectFeedUpdates`, ADR 0279).
  updateFeedByUrl: async (trx, cols, url) => {
    const names = Object.keys(cols);
    const r = await trx.executeQuery(CompiledQuery.raw(updateByUrl(names), [...names.map((n) => cols[n]), url]));
    return Number(r.numAffectedRows ?? 0n);
  },
  // Under SQLite's variable limit.
  idsPerQuery: 500,
  rowsPerInsert: 200,
};

/**
 * The SQLite dialect with the poll round's validator updates run straight on the connection (ADR 0279):
 * the statement from `connection`'s cache (the one Kysely uses, so the same prepared statement), run
 * synchronously. Only inside `write`: the connection is the store's single one, so the statement runs
 * in the write transaction that `write` opened (BEGIN IMMEDIATE … COMMIT) like any Kysely query there.
 * The per-feed `executeQuery` (connection mutex, plugins, result mapping, two promises) was the largest
 * part of an all-304 round's store time.
 */
export function withDirectFeedUpdates(connection: SqliteDatabase): StoreDialect {
  return {
    ...sqliteDialect,
    updateFeedByUrl: (_trx, cols, url) => {
      const names = Object.keys(cols);
      const params: unknown[] = new Array(names.length + 1);
      for (let i = 0; i < names.length; i++) params[i] = cols[names[i]];
      params[names.length] = url;
      return Number(connection.prepare(updateByUrl(names)).run(params).changes);
    },
  };
}
