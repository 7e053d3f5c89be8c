/**
 * What the dialect-neutral store code (`src/store/kysely/`) needs from a database: the few places
 * where SQLite (ADR 0140) and PostgreSQL (ADR 0142) differ — write transactions, row locks, how times,
 * flags and JSON are stored, byte-order sorting, the ledger's next id, unique-key errors. Each store
 * implements it once (`sqlite/dialect.ts`, `postgres/dialect.ts`); the queries themselves are shared.
 */
import type { Expression, Kysely, RawBuilder, SqlBool } from 'kysely';
import { WirewatchError } from '../../model/errors.js';
import type { BoolValue, DateValue, DB } from './schema.js';

/** The neutral query handle (a store's `Kysely` seen through `schema.ts`). */
export type Db = Kysely<DB>;

/** A select that can take `FOR UPDATE`. */
export interface Lockable<Q> {
  forUpdate(): Q;
}

export interface StoreDialect {
  /**
   * Runs `fn` in a write transaction and returns its result; rolls back when it throws. `fn` must use
   * the `trx` it is given. SQLite: `BEGIN IMMEDIATE` (the whole database's write lock, taken up front);
   * PostgreSQL: a transaction whose reads that decide a write take row locks (`locked`).
   */
  write<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T>;
  /** A read inside `write` that decides a write: `FOR UPDATE` on PostgreSQL, as is on SQLite (already locked). */
  locked<Q extends Lockable<Q>>(query: Q): Q;
  /** Date → the time column's value. */
  date(d: Date): DateValue;
  /** A time column's value → Date. */
  readDate(v: DateValue): Date;
  /** boolean → the flag column's value. */
  bool(b: boolean): BoolValue;
  /** A JSON column's value as read → the value it holds. */
  readJson<T>(v: unknown): T;
  /** ORDER BY expression for a text column in byte order (as the memory store compares strings). */
  byteOrder(column: string): RawBuilder<unknown>;
  /** The ledger's id for a new row, inside `write` (the idempotency key embeds it). */
  nextDeliveryId(trx: Db): Promise<number>;
  /** Condition (inside a select on `items`) that `items.id` is the ledger row's `deliveries.subject`. */
  itemIsSubject(): Expression<SqlBool>;
  /** Whether `e` is the database refusing a duplicate of a unique key. */
  isUniqueViolation(e: unknown): boolean;
  /**
   * Optional fast path for a poll round's validator updates, inside `write`: `UPDATE feeds SET <cols>
   * WHERE url = ?` as a statement prepared once per column list instead of a query built and compiled
   * per feed (ADR 0232). Column names come from the store's own column mapping, never from input.
   * SQLite runs it synchronously on the write transaction's connection (ADR 0279): a number, not a promise.
   * @returns the number of rows updated (0: no such feed)
   */
  updateFeedByUrl?(trx: Db, cols: Record<string, unknown>, url: string): Promise<number> | number;
  /** Ids per `IN (…)` list, and rows per multi-row INSERT (under the database's parameter limit). */
  readonly idsPerQuery: number;
  readonly rowsPerInsert: number;
}

/** Nullable Date → nullable column value. */
export const dateOrNull = (d: StoreDialect, v: Date | null | undefined): DateValue | null => (v ? d.date(v) : null);
/** Nullable column value → nullable Date. */
export const readDateOrNull = (d: StoreDialect, v: DateValue | null): Date | null => (v === null ? null : d.readDate(v));
/** A flag column's value → boolean (0/1 or boolean). */
export const readBool = (v: BoolValue): boolean => v === true || v === 1;

export const notFound = (what: string) => new WirewatchError('store_not_found', `store: ${what} is not stored`);

/** Splits `rows` into chunks of `size`. */
export function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
