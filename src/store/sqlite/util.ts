/** Helpers shared by the SQLite sub-stores: write transactions, date and JSON columns, errors. */
import { sql, type Kysely } from 'kysely';
import { WirewatchError } from '../../model/errors.js';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction on the store's single connection: the write lock is
 * taken up front (waiting up to the busy timeout), so a read-then-write never fails with
 * SQLITE_BUSY_SNAPSHOT when another process wrote in between. Rolls back when `fn` throws.
 * `fn` must use the `trx` it is given, never the outer `db` (that would wait for itself).
 */
export async function writeTx<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw e;
    }
  });
}

/** Date → epoch ms column value. */
export const ms = (d: Date): number => d.getTime();
/** Nullable Date → nullable epoch ms. */
export const msOrNull = (d: Date | null | undefined): number | null => (d ? d.getTime() : null);
/** Nullable epoch ms → nullable Date. */
export const dateOrNull = (v: number | null): Date | null => (v === null ? null : new Date(v));

export const notFound = (what: string) => new WirewatchError('store_not_found', `store: ${what} is not stored`);

/** Splits `rows` into chunks of `size` (multi-row INSERTs stay under SQLite's variable limit). */
export function chunks<T>(rows: T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Wraps every method of a sub-store so that SQLite errors come out as `WirewatchError('store', ...)`
 * naming the file and the operation; `WirewatchError`s pass through unchanged.
 */
export function guarded<T extends object>(target: T, file: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
        } catch (e) {
          if (e instanceof WirewatchError) throw e;
          const code = (e as { code?: string }).code;
          throw new WirewatchError('store', `store: ${file}: ${String(prop)} failed: ${code ? code + ': ' : ''}${(e as Error).message}`, { cause: e });
        }
      };
    },
  });
}
