/**
 * The single-writer lock: at most one `wirewatch run` per database file.
 *
 * The lock is an EXCLUSIVE SQLite transaction held open on a sidecar file `<db>-lock`. SQLite takes it
 * with POSIX advisory (fcntl) locks, which the kernel releases when the process dies, however it dies
 * (SIGKILL, OOM killer, power loss): no stale lock to clean up and no PID to check for reuse. The main
 * database is not locked, so one-shot commands (`lock: false`) can still read and write it.
 * See docs/adr/0141-store-writer-lock.md.
 */
import Database from 'better-sqlite3';
import { WirewatchError } from '../../model/errors.js';

/** A held writer lock. */
export interface WriterLock {
  /** The sidecar file the lock is held on. */
  readonly lockFile: string;
  /** Releases the lock (idempotent). */
  release(): void;
}

/** The sidecar lock file for a database file. */
export function lockFileFor(dbFile: string): string {
  return `${dbFile}-lock`;
}

/**
 * Takes the writer lock for `dbFile` without waiting.
 * @throws WirewatchError `store_locked` naming the file when another process (or another handle in
 *   this process) holds it; `store` when the lock file cannot be opened
 */
export function acquireWriterLock(dbFile: string): WriterLock {
  const lockFile = lockFileFor(dbFile);
  let db: Database.Database;
  try {
    db = new Database(lockFile, { timeout: 0 });
  } catch (e) {
    throw new WirewatchError('store', `store: cannot open the lock file ${lockFile}: ${(e as Error).message}`, { cause: e });
  }
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new WirewatchError(
        'store_locked',
        `store: ${dbFile} is in use by another running wirewatch (it holds the lock on ${lockFile}); stop it first — one-shot commands can still open the file without the lock`,
      );
    }
    throw new WirewatchError('store', `store: cannot lock ${lockFile}: ${(e as Error).message}`, { cause: e });
  }
  let held = true;
  return {
    lockFile,
    release() {
      if (!held) return;
      held = false;
      try {
        db.exec('ROLLBACK');
      } finally {
        db.close();
      }
    },
  };
}
