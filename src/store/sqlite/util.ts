/** Helpers shared by the SQLite store: write transactions, errors, retries on a busy database, the statement cache. */
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type SqliteDatabase } from 'kysely';
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

/**
 * What to do about a SQLite error, by its code (https://www.sqlite.org/rescode.html), naming the file;
 * null when there is no specific advice.
 */
export function storeFaultAdvice(code: string | undefined, file: string): string | null {
  const c = code ?? '';
  if (c.startsWith('SQLITE_READONLY') || c === 'EACCES' || c === 'EROFS') {
    return `the database or its directory is not writable: check the permissions of ${file} and its directory (the service needs to create ${file}-wal and ${file}-shm beside it), or remount the filesystem read-write`;
  }
  if (c.startsWith('SQLITE_FULL') || c === 'ENOSPC') return `the disk holding ${file} is full: free space there (or move store.path), then start again`;
  if (c.startsWith('SQLITE_CANTOPEN')) return `SQLite cannot open ${file}: check that its directory exists and is writable`;
  if (c.startsWith('SQLITE_NOTADB'))
    return notWirewatchAdvice(file, 'SQLite does not recognise it as a database: another kind of file, or a database whose first page was overwritten');
  if (c.startsWith('SQLITE_CORRUPT')) {
    return `the database file is damaged: run \`wirewatch db check --db ${file}\` to see the problems, then restore the last backup (\`wirewatch db backup\` writes one) or move the file aside to start empty`;
  }
  if (c.startsWith('SQLITE_IOERR')) return `the disk reported an I/O error on ${file}: check the device (dmesg) and free space`;
  return null;
}

/**
 * What to do about a file that is not a wirewatch database (`why` says what it is instead): `db check`
 * cannot help there, so the advice is to restore a backup or point the store elsewhere.
 */
export function notWirewatchAdvice(file: string, why: string): string {
  return (
    `${file} is not a wirewatch database (${why}). If it held wirewatch's stories, restore the last backup ` +
    `to that path (\`wirewatch db backup OUT\` writes one); otherwise point store.path (or --db, WIREWATCH_STORE_PATH) ` +
    `at the wirewatch database, or at a path that does not exist yet to start with an empty one`
  );
}

/** A `store` error naming the file, the operation, SQLite's code and message, and what to do (when known). */
export function storeFault(file: string, doing: string, e: unknown): WirewatchError {
  const code = (e as { code?: string }).code;
  const advice = storeFaultAdvice(code, file);
  const kind = /^SQLITE_NOTADB/.test(code ?? '') ? 'store_foreign' : /^SQLITE_CORRUPT/.test(code ?? '') ? 'store_corrupt' : 'store';
  // Not a database: that is the news, not which step of opening noticed it.
  if (kind === 'store_foreign' && advice) return new WirewatchError(kind, `store: ${advice} (SQLite: ${code})`, { cause: e });
  return new WirewatchError(kind, `store: ${file}: ${doing} failed: ${code ? code + ': ' : ''}${(e as Error).message}${advice ? ` — ${advice}` : ''}`, {
    cause: e,
  });
}

/**
 * How long one SQLite call may wait synchronously for another process's lock (better-sqlite3's
 * `timeout`, a busy wait that holds the event loop): kept tiny; longer waits are asynchronous retries.
 */
export const SYNC_BUSY_MS = 20;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Wraps every method of a sub-store so that SQLite errors come out as `WirewatchError('store', ...)`
 * naming the file, the operation and what to do; `WirewatchError`s pass through unchanged. A call that
 * finds the database locked by another process (SQLITE_BUSY: nothing was applied) is retried after an
 * asynchronous pause (10 ms doubling to 250 ms) for up to `busyBudgetMs`, so the event loop keeps
 * serving /healthz and the other feeds while another writer holds the lock (issue 24: a synchronous
 * busy timeout stalled /healthz for 4.8 s).
 */
export function guarded<T extends object>(target: T, file: string, busyBudgetMs = 5000): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const started = Date.now();
        for (let pause = 10; ; pause = Math.min(250, pause * 2)) {
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
          } catch (e) {
            if (e instanceof WirewatchError) throw e;
            const code = (e as { code?: string }).code ?? '';
            if (code.startsWith('SQLITE_BUSY') && Date.now() - started + pause <= busyBudgetMs) {
              await sleep(pause);
              continue;
            }
            throw storeFault(file, String(prop), e);
          }
        }
      };
    },
  });
}

/**
 * The better-sqlite3 connection as Kysely's SqliteDialect sees it, with prepared statements kept by
 * their SQL text (at most `max`, least recently used dropped). Kysely prepares every query afresh,
 * and preparing cost more main-thread time than running the per-item lookups and inserts of a poll
 * (soak profile, issue 24). A statement is only ever used by one synchronous call at a time (the
 * store never streams), so sharing one per SQL text is safe; SQLite re-prepares it after a migration.
 */
export function withStatementCache(db: BetterSqlite3.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => void db.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt) cache.delete(text);
      else stmt = db.prepare(text);
      cache.set(text, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}
