/**
 * Opens the SQLite store: better-sqlite3 (WAL, foreign keys, busy timeout) with queries through
 * Kysely's SqliteDialect, versioned migrations at start, an optional single-writer lock, online backup.
 * See docs/adr/0140-sqlite-store.md.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { systemClock, type Clock } from '../../model/clock.js';
import { WirewatchError } from '../../model/errors.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import type { Store } from '../store.js';
import type { DB } from './schema.js';
import { applyMigrations, assertNotTooNew, schemaVersionOf, SCHEMA_VERSION, type Migration, MIGRATIONS } from './migrations.js';
import { CHECKPOINT_INTERVAL_MS, startCheckpointer, type Checkpointer } from './checkpointer.js';
import { acquireWriterLock, lockFileFor, type WriterLock } from './lock.js';
import { guarded, notWirewatchAdvice, storeFault, SYNC_BUSY_MS, withStatementCache } from './util.js';
import { KyselyFeeds } from '../kysely/feeds.js';
import { SqliteItems } from './items.js';
import { KyselySpeakers } from '../kysely/speakers.js';
import { KyselyWatchlists } from '../kysely/watchlists.js';
import { neutral, sqliteDialect, withDirectFeedUpdates } from './dialect.js';
import { KyselySubscriptions } from '../kysely/subscriptions.js';
import { KyselyDeliveries } from '../kysely/deliveries.js';

export interface SqliteStoreOptions {
  /** Supplies defaults such as a new feed's `nextCheckAt` (default: the system clock). */
  clock?: Clock;
  /** pino logger (default: silent). */
  logger?: Logger;
  /** Open read-only: no migrations, no lock, writes fail. The file must exist and be up to date. */
  readonly?: boolean;
  /**
   * With `readonly`: accept a wirewatch database of an older schema too (`db backup`: a backup is what
   * one takes before `db migrate`). Only file-level operations (`backup`, `integrityCheck`) are meant
   * for such a store. It must still be a wirewatch database (schema ≥ 1).
   */
  anySchema?: boolean;
  /**
   * Take the single-writer lock (default true unless `readonly`): a second locked opener of the same
   * file is refused with `store_locked`. One-shot commands pass `false`.
   */
  lock?: boolean;
  /** Apply pending migrations while opening (default true unless `readonly`). */
  migrate?: boolean;
  /**
   * How long a call waits for another process's write lock, in ms (default 5000): asynchronous
   * retries, so the event loop is never held (see `guarded`).
   */
  busyTimeoutMs?: number;
  /** Migrations to apply (tests only; default: the real list). */
  migrations?: readonly Migration[];
  /**
   * Create a new database even though the lock file of an earlier one is still beside the path (the
   * database was deleted or moved away). Default false: refused with `store_lost`, so a lost database
   * is not silently replaced by a fresh one that would re-seed and post everything again.
   */
  allowFresh?: boolean;
  /**
   * Run WAL checkpoints in a worker thread instead of on the commit that crosses the threshold
   * (default: true for a locked writer, i.e. the service; see `checkpointer.ts`, ADR 0244).
   */
  checkpointWorker?: boolean;
}

/** The SQLite store: the `Store` interfaces plus file-level operations. */
export interface SqliteStore extends Store {
  /** Absolute path of the database file, or `:memory:`. */
  readonly file: string;
  /** The schema version of the file now. */
  schemaVersion(): number;
  /** Applies pending migrations in one transaction; returns the version before and after. */
  migrate(): Promise<{ from: number; to: number }>;
  /**
   * Copies the database to `toFile` with SQLite's online backup API (consistent while others write).
   * `onProgress(done, total)` is called after each step (pages), for a progress bar.
   * @throws WirewatchError `store` when `toFile` is the database itself or cannot be written
   */
  backup(toFile: string, onProgress?: (donePages: number, totalPages: number) => void): Promise<{ totalPages: number }>;
  /** `PRAGMA integrity_check`: `['ok']` for a sound file, else the problems found. */
  integrityCheck(): Promise<string[]>;
}

/** The first 16 bytes of every SQLite database file (https://www.sqlite.org/fileformat.html). */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses, before SQLite opens it, an existing non-empty file that does not start with SQLite's header:
 * SQLite itself takes a file shorter than a page for an empty database and would write one over it.
 * An empty file is a new database (SQLite's own convention); anything else is left to SQLite.
 * @throws WirewatchError `store_foreign` naming the file and what to do
 */
function assertSqliteFile(file: string): void {
  let fd: number;
  try {
    if (!statSync(file).isFile() || statSync(file).size === 0) return;
    fd = openSync(file, 'r');
  } catch {
    return; // missing or unreadable: SQLite's open says why
  }
  const head = Buffer.alloc(SQLITE_HEADER.length);
  let read: number;
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  // Another process may be creating the database this moment: the file has grown but its first page is
  // not (all) written yet. Bytes up to the first zero that agree with the header are such a file, not a
  // foreign one; SQLite's own locking then decides (two writers opening one new file at once).
  const zero = head.subarray(0, read).indexOf(0);
  const written = head.subarray(0, zero < 0 ? read : zero);
  if (written.length < SQLITE_HEADER.length - 1 && SQLITE_HEADER.subarray(0, written.length).equals(written)) return;
  if (!head.equals(SQLITE_HEADER)) {
    throw new WirewatchError('store_foreign', `store: ${notWirewatchAdvice(file, 'not an SQLite database: it does not begin with the SQLite file header')}`);
  }
}

/**
 * Refuses an open that cannot be right: a read-only open of a missing file, an existing file that is
 * not an SQLite database (`assertSqliteFile`), or a missing file whose writer lock is still there (the
 * database was deleted or moved; `checkLost`).
 * @throws WirewatchError `store_not_found`, `store_foreign`, `store_lost`
 */
function assertOpenable(file: string, readonly: boolean, checkLost: boolean): void {
  if (readonly && !existsSync(file)) throw new WirewatchError('store_not_found', `store: ${file} does not exist`);
  assertSqliteFile(file);
  if (checkLost && !existsSync(file) && existsSync(lockFileFor(file))) {
    throw new WirewatchError(
      'store_lost',
      `store: ${file} is missing but its lock file ${lockFileFor(file)} is there: the database that wirewatch used was deleted or moved. ` +
        'Restore it (or a backup) to that path; to start afresh on purpose, delete the lock file too (the last day of stories will be posted again)',
    );
  }
}

/**
 * Checks the schema is not newer than this code's and, for a writable store, sets WAL and makes one
 * real write, committed and undone, so an unwritable file, directory or full disk stops the start
 * here with its cause, not later as a half-started service (issue 24).
 * @throws WirewatchError `store_too_new`, `store_foreign` (see `assertNoForeignTables`; SQLITE_NOTADB),
 *   or `store` naming the failed write check
 */
function prepareForWrites(db: Database.Database, file: string, latest: number, readonly: boolean, inMemory: boolean): void {
  try {
    const version = schemaVersionOf(db);
    if (version === 0 && !inMemory) assertNoForeignTables(db, file);
    assertNotTooNew(version, file, latest);
    if (readonly) return;
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode; only an OS crash may lose the last commits.
    db.pragma('synchronous = NORMAL');
    if (!inMemory) db.exec('BEGIN IMMEDIATE; CREATE TABLE ww_write_probe (x); DROP TABLE ww_write_probe; COMMIT');
  } catch (e) {
    if (e instanceof WirewatchError) throw e;
    if (db.inTransaction) db.exec('ROLLBACK');
    throw storeFault(file, readonly ? 'open' : 'write check', e);
  }
}

/**
 * A file at schema 0 holds no wirewatch table yet; one with tables is another application's SQLite
 * database: migrating it would write wirewatch's tables into it (and `db migrate` is what an outdated
 * store's message advises).
 * @throws WirewatchError `store_foreign` naming a few of its tables and what to do
 */
function assertNoForeignTables(db: Database.Database, file: string): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 4").all() as { name: string }[]).map(
    (r) => r.name,
  );
  if (tables.length === 0) return;
  throw new WirewatchError(
    'store_foreign',
    `store: ${notWirewatchAdvice(file, `an SQLite database of something else, with tables ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''}`)}`,
  );
}

/**
 * A read-only store cannot migrate: its schema must be the latest (or, with `anySchema`, any
 * wirewatch schema). Schema 0 is no wirewatch database at all (an empty file or SQLite database):
 * `db migrate` would turn it into one, which is not what a read-only command was pointed at it for.
 * @throws WirewatchError `store_foreign` for schema 0, `store_outdated` naming the `wirewatch db migrate` command
 */
function assertCurrent(db: Database.Database, file: string, path: string, latest: number, anySchema: boolean): void {
  if (schemaVersionOf(db) === 0 && latest > 0) {
    throw new WirewatchError('store_foreign', `store: ${notWirewatchAdvice(file, 'an empty database: it holds no wirewatch tables')}`);
  }
  if (!anySchema && schemaVersionOf(db) < latest) {
    throw new WirewatchError('store_outdated', `store: ${file} has schema ${schemaVersionOf(db)} < ${latest}; run \`wirewatch db migrate --db ${path}\``);
  }
}

/**
 * `startCheckpointer` once its first checkpoint is due (`CHECKPOINT_INTERVAL_MS` after opening), unless
 * the options turned it off (`checkpointWorker: false`). Not at once: a worker thread is a second Node
 * environment to boot (≈ 80 M instructions, as much as the rest of the store's opening), which the
 * service's start (`/readyz`) need not wait for (ADR 0278). Until it runs, SQLite's own auto-checkpoint
 * (on by default, as for one-shot commands and after a worker failure) bounds the log.
 * @returns what `close` stops: the worker, or the timer that would start it
 */
function checkpointerFor(db: Database.Database, file: string, log: Logger, wanted = true): Pick<Checkpointer, 'stop'> | null {
  if (!wanted) return null;
  let running: Checkpointer | null = null;
  const timer = setTimeout(() => {
    if (db.open) running = startCheckpointer(db, file, log);
  }, CHECKPOINT_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearTimeout(timer);
      await running?.stop();
    },
  };
}

/**
 * The better-sqlite3 connection to `file` (waiting up to `busyMs` for another writer while opening).
 * @throws WirewatchError `store` (see `storeFault`) when SQLite cannot open it
 */
function connect(file: string, readonly: boolean, busyMs: number): Database.Database {
  try {
    return new Database(file, { readonly, fileMustExist: readonly, timeout: busyMs });
  } catch (e) {
    throw storeFault(file, 'open', e);
  }
}

/**
 * Opens (creating when missing, unless read-only) the store at `path`.
 * @param path database file path (relative to the working directory), or `:memory:` for a private
 *   throwaway database (no lock, no WAL)
 * @returns the open store; call `close()` to release the file and the lock
 * @throws WirewatchError `store_locked` (another `wirewatch run` holds the file), `store_too_new`
 *   (written by a newer wirewatch), `store_outdated` (read-only open of an old schema),
 *   `store_not_found` (read-only open of a missing file), `store` (SQLite could not open or write it:
 *   the message names the file, SQLite's code and what to do), `store_corrupt` (a damaged file: the
 *   message gives the `wirewatch db check` command), `store_foreign` (not a wirewatch database: not an
 *   SQLite file, or another application's; the message says to restore a backup or point store.path elsewhere)
 */
export async function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  // `:memory:` (config `store.path` for a throwaway store): a private database, nothing to lock.
  const inMemory = path === ':memory:';
  const file = inMemory ? path : resolve(path);
  const readonly = !inMemory && (opts.readonly ?? false);
  const log = (opts.logger ?? silentLogger).child({ component: 'store', db_file: file });
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const locking = (opts.lock ?? true) && !readonly && !inMemory;
  const busy = opts.busyTimeoutMs ?? 5000;
  assertOpenable(file, readonly, locking && !opts.allowFresh);
  const lock: WriterLock | null = locking ? acquireWriterLock(file) : null;
  let sqlite: Database.Database | undefined;
  try {
    sqlite = connect(file, readonly, busy);
    const db = sqlite;
    prepareForWrites(db, file, latest, readonly, inMemory);
    db.pragma('foreign_keys = ON');
    if (readonly) assertCurrent(db, file, path, latest, opts.anySchema ?? false);
    else if (opts.migrate ?? true) {
      const { from, to } = applyMigrations(db, file, migrations);
      if (from !== to) log.info({ schema_from: from, schema_to: to }, 'store: migrated');
    }
    // The file this store is: a database deleted or replaced under the running service must not go
    // unnoticed (verifyIdentity), or a restart would re-seed and post everything again.
    const identity = inMemory ? null : statSync(file);
    // Opening may wait for another writer synchronously (nothing else runs yet); from here on, a
    // call waits at most SYNC_BUSY_MS on the loop and the rest asynchronously (`guarded`).
    db.pragma(`busy_timeout = ${SYNC_BUSY_MS}`);
    // The service (the locked writer) checkpoints the WAL in a worker thread, off the event loop (started a moment later).
    const checkpointer = locking ? checkpointerFor(db, file, log, opts.checkpointWorker) : null;
    const connection = withStatementCache(db);
    const kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: connection }) });
    const clock = opts.clock ?? systemClock;
    let closed = false;
    const store: SqliteStore = {
      file,
      feeds: guarded(new KyselyFeeds(neutral(kysely), clock, withDirectFeedUpdates(connection)), file, busy),
      items: guarded(new SqliteItems(kysely, clock, db), file, busy),
      watchlists: guarded(new KyselyWatchlists(neutral(kysely), sqliteDialect), file, busy),
      subscriptions: guarded(new KyselySubscriptions(neutral(kysely), sqliteDialect), file, busy),
      deliveries: guarded(new KyselyDeliveries(neutral(kysely), sqliteDialect), file, busy),
      speakers: guarded(new KyselySpeakers(neutral(kysely), sqliteDialect), file, busy),
      schemaVersion: () => schemaVersionOf(db),
      async migrate() {
        const r = applyMigrations(db, file, migrations);
        if (r.from !== r.to) log.info({ schema_from: r.from, schema_to: r.to }, 'store: migrated');
        return r;
      },
      async backup(toFile: string, onProgress?: (donePages: number, totalPages: number) => void) {
        const target = resolve(toFile);
        if (target === file) throw new WirewatchError('store', `store: cannot back up ${file} onto itself`);
        try {
          const r = await db.backup(target, {
            progress: ({ totalPages, remainingPages }) => {
              onProgress?.(totalPages - remainingPages, totalPages);
              return 100; // better-sqlite3's default step (pages per step)
            },
          });
          log.info({ backup_file: target, pages: r.totalPages }, 'store: backup written');
          return { totalPages: r.totalPages };
        } catch (e) {
          throw new WirewatchError('store', `store: backup of ${file} to ${target} failed: ${(e as Error).message}`, { cause: e });
        }
      },
      async verifyIdentity() {
        if (!identity || closed) return null;
        let now;
        try {
          now = statSync(file);
        } catch {
          return `store: ${file} was deleted while wirewatch was running; stopping (restore it, or see docs/store.md)`;
        }
        if (now.ino !== identity.ino || now.dev !== identity.dev) {
          return `store: ${file} was replaced by another file while wirewatch was running; stopping (restart to use the new file)`;
        }
        return null;
      },
      async integrityCheck() {
        return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      },
      async close() {
        if (closed) return;
        closed = true;
        try {
          await checkpointer?.stop();
          await kysely.destroy();
        } finally {
          lock?.release();
        }
      },
    };
    log.debug({ schema_version: schemaVersionOf(db), locked: lock !== null, readonly }, 'store: opened');
    return store;
  } catch (e) {
    sqlite?.close();
    lock?.release();
    throw e;
  }
}

export { SCHEMA_VERSION };
