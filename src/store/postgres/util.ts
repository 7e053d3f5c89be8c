/** Helpers shared by the PostgreSQL sub-stores: errors naming the database, retries of serialisation failures. */
import { sql, type Kysely } from 'kysely';
import { WirewatchError } from '../../model/errors.js';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;

/** True for a `postgres://` or `postgresql://` URL (anything else names a SQLite file). */
export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s.trim());
}

/** A `postgres://` URL as messages show it: the password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * What to do about a PostgreSQL or connection error, by its SQLSTATE or errno
 * (https://www.postgresql.org/docs/15/errcodes-appendix.html); null when there is nothing specific.
 */
export function pgFaultAdvice(code: string | undefined, where: string): string | null {
  const c = code ?? '';
  if (c === 'ECONNREFUSED' || c === 'ENOTFOUND' || c === 'ETIMEDOUT' || c === '57P03')
    return `PostgreSQL at ${where} is not reachable: check that the server runs and store.url names it`;
  if (c === '28P01' || c === '28000') return `PostgreSQL refused the login: check the user and password in store.url`;
  if (c === '3D000') return `the database in store.url does not exist: create it (createdb) first`;
  if (c === '53100') return `the PostgreSQL server's disk is full`;
  if (c === '42501') return `the user in store.url lacks a privilege wirewatch needs (it creates its tables at start)`;
  return null;
}

/** A `store` error naming the database, the operation, the SQLSTATE and message, and what to do (when known). */
export function pgFault(where: string, doing: string, e: unknown): WirewatchError {
  const code = (e as { code?: string }).code;
  const advice = pgFaultAdvice(code, where);
  return new WirewatchError('store', `store: ${where}: ${doing} failed: ${code ? code + ': ' : ''}${(e as Error).message}${advice ? ` — ${advice}` : ''}`, {
    cause: e,
  });
}

/** SQLSTATEs after which the whole call can simply run again: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Wraps every method of a sub-store so PostgreSQL errors come out as `WirewatchError('store', …)`
 * naming the database and operation (`WirewatchError`s pass through). A call that lost a
 * serialization race or a deadlock (nothing was applied: its transaction rolled back) runs again,
 * up to 5 times with a short random pause.
 */
export function pgGuarded<T extends object>(target: T, where: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
          } catch (e) {
            if (e instanceof WirewatchError) throw e;
            if (RETRYABLE.has((e as { code?: string }).code ?? '') && attempt < 5) {
              await sleep(5 + Math.random() * 20 * attempt);
              continue;
            }
            throw pgFault(where, String(prop), e);
          }
        }
      };
    },
  });
}

/** `column COLLATE "C"` for ORDER BY: byte order (as SQLite and the memory store sort), whatever the database's collation. */
export function sqlC(column: string) {
  return sql`${sql.ref(column)} COLLATE "C"`;
}
