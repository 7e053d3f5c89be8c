/**
 * WAL checkpoints off the event loop (issue 24: /healthz ≤ 100 ms under load; ADR 0244).
 *
 * In WAL mode SQLite copies the log back into the database file ("checkpoint") when a commit finds the
 * log over `wal_autocheckpoint` pages (default 1000, ≈ 4 MiB): that commit then also writes ≈ 4 MiB
 * and fsyncs the database file, synchronously, on the thread that committed. With better-sqlite3
 * that thread is the event loop: the commit that happens to cross the threshold held it 3× longer
 * than the others (a micro-benchmark of the service's item saves: max commit 40 ms with
 * auto-checkpoints, 14 ms without, on the shared development disk).
 *
 * So the service's own connection sets `wal_autocheckpoint = 0` and a worker thread with its own
 * connection to the same file runs `PRAGMA wal_checkpoint(PASSIVE)` every `intervalMs`. A PASSIVE
 * checkpoint never blocks writers or readers (https://www.sqlite.org/pragma.html#pragma_wal_checkpoint,
 * https://www.sqlite.org/wal.html#ckpt); once it has copied every frame and no reader needs the old
 * ones, the next commit starts the log again from its beginning, so the log stays bounded as it did
 * with auto-checkpoints. The writer lock (ADR 0141) is a sidecar file and is untouched: the worker only
 * reads the log and writes pages that are already committed.
 *
 * If the worker cannot start or fails, the main connection turns auto-checkpoints back on (and logs
 * it): the log never grows without bound because of a dead helper.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from '../../log/logger.js';

/** Milliseconds between two checkpoints of the worker (the log grows ≈ 1 s of writes between them). */
export const CHECKPOINT_INTERVAL_MS = 1000;

/** One checkpoint's result, as `PRAGMA wal_checkpoint` reports it (pages). */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** The running checkpointer. */
export interface Checkpointer {
  /** Resolves when the worker has opened its connection (its timer runs from then). */
  readonly ready: Promise<void>;
  /** Runs one checkpoint now (in the worker) and resolves with its result; for tests and `close`. */
  checkpoint(): Promise<CheckpointResult>;
  /** Stops the worker (its connection closed); resolves when it has exited. Idempotent. */
  stop(): Promise<void>;
}

// The worker's code, plain CommonJS (no TypeScript loader needed in the thread, from source or dist/).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
const run = () => db.pragma('wal_checkpoint(PASSIVE)')[0];
const timer = setInterval(() => {
  try { run(); } catch (e) { parentPort.postMessage({ error: String(e && e.message || e) }); }
}, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m.stop) { clearInterval(timer); db.close(); parentPort.close(); return; }
  try { parentPort.postMessage({ id: m.id, result: run() }); }
  catch (e) { parentPort.postMessage({ id: m.id, error: String(e && e.message || e) }); }
});
parentPort.postMessage({ ready: true });
`;

/**
 * Turns off auto-checkpoints on `db` and starts the checkpoint worker for `file` (see the module comment).
 * @param db the service's connection (WAL mode, already open and migrated)
 * @param file the database's absolute path (not `:memory:`)
 * @param logger where a failing worker is reported (warn)
 * @param intervalMs ms between checkpoints (default {@link CHECKPOINT_INTERVAL_MS})
 * @returns the checkpointer; `stop()` it before closing `db`
 */
export function startCheckpointer(db: Database.Database, file: string, logger: Logger, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const autoBack = (why: string) => {
    if (!db.open) return;
    logger.warn({ reason: why }, 'store: WAL checkpoint worker stopped; checkpoints run on commits again');
    db.pragma('wal_autocheckpoint = 1000');
  };
  let worker: Worker;
  try {
    // An eval'd worker resolves `require` from the working directory, not from this file: hand it the
    // driver's resolved path, or a service started outside the install folder cannot load it.
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, intervalMs, driver } });
  } catch (e) {
    autoBack((e as Error).message);
    return { ready: Promise.resolve(), checkpoint: async () => (db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[])[0], stop: async () => {} };
  }
  db.pragma('wal_autocheckpoint = 0');
  worker.unref();
  let stopping = false;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: CheckpointResult) => void; reject: (e: Error) => void }>();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let onReady = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: { id?: number; result?: CheckpointResult; error?: string; ready?: boolean }) => {
    if (m.ready) onReady();
    else if (m.id !== undefined) {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else if (m.result) w?.resolve(m.result);
    } else if (m.error !== undefined) logger.warn({ err: m.error }, 'store: WAL checkpoint failed (retried)');
  });
  worker.on('error', (e) => {
    failAll(e);
    autoBack(e.message);
  });
  worker.on('exit', (code) => {
    onReady();
    failAll(new Error('checkpoint worker exited'));
    if (!stopping) autoBack(`exit code ${code}`);
  });
  return {
    ready,
    checkpoint() {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id });
      });
    },
    async stop() {
      if (stopping) return exited;
      stopping = true;
      worker.postMessage({ stop: true });
      const timer = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
