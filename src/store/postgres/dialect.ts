/** The PostgreSQL side of the dialect-neutral store code (`../kysely/`): timestamptz, booleans, jsonb. */
import { sql, type Kysely } from 'kysely';
import type { Db as NeutralDb, StoreDialect } from '../kysely/dialect.js';
import type { AssignSpeaker } from '../kysely/items.js';
import type { DB } from './schema.js';
import { assignPgSpeaker } from './speakers.js';
import { sqlC, type Db } from './util.js';

/** This store's Kysely seen through the neutral schema (the same tables; see `../kysely/schema.ts`). */
export const neutral = (db: Kysely<DB>): NeutralDb => db as unknown as NeutralDb;

export const pgDialect: StoreDialect = {
  // MVCC: no up-front lock; reads that decide a write lock their rows (`locked`).
  write: (db, fn) => db.transaction().execute(fn),
  locked: (q) => q.forUpdate(),
  date: (d) => d,
  readDate: (v) => v as Date,
  bool: (b) => b,
  // jsonb comes back parsed.
  readJson: <T>(v: unknown) => v as T,
  byteOrder: (column) => sqlC(column),
  // From the identity's sequence before the insert (unique per database, whatever other processes do).
  nextDeliveryId: async (trx) => Number((await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('deliveries', 'id')) AS id`.execute(trx)).rows[0].id),
  itemIsSubject: () => sql<boolean>`items.id::text = deliveries.subject`,
  isUniqueViolation: (e) => (e as { code?: string }).code === '23505',
  // Far under PostgreSQL's 65535 parameters.
  idsPerQuery: 1000,
  rowsPerInsert: 500,
};

/** Speaker assignment inside an item's transaction: after an advisory lock on the name's bucket (`speakers.ts`). */
export const pgAssignSpeaker: AssignSpeaker = (trx, spelling) => assignPgSpeaker(trx as unknown as Db, spelling);
