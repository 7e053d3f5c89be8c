/**
 * Which store a config names, and opening it: PostgreSQL for a `postgres://` `store.url`, else the
 * SQLite file (`store.url` when it is a path, else `store.path`). main.ts and the one-shot commands
 * open stores only through here, so `store.url` / `WIREWATCH_STORE_URL` is honoured everywhere.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Clock } from '../model/clock.js';
import type { Logger } from '../log/logger.js';
import type { Config } from '../config/schema.js';
import { openSqliteStore, type SqliteStore } from './sqlite/index.js';
import type { PgStore } from './postgres/index.js';
import { isPostgresUrl, redactUrl } from './postgres/util.js';

/** A store location. */
export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** An open store with its kind (for the operations only one kind has). */
export type OpenedStore = { kind: 'sqlite'; store: SqliteStore } | { kind: 'postgres'; store: PgStore };

/** The target a `store.url` / `store.path` value names: a `postgres://` URL, else a SQLite path. */
export function targetOf(value: string): StoreTarget {
  return isPostgresUrl(value) ? { kind: 'postgres', url: value.trim() } : { kind: 'sqlite', path: value };
}

/** The config's store: `store.url` when set (PostgreSQL or a path), else `store.path`. */
export function storeTarget(store: Config['store']): StoreTarget {
  return targetOf(store.url ?? store.path);
}

/** The target as logs and messages show it (a URL's password hidden). */
export function describeTarget(t: StoreTarget): string {
  return t.kind === 'sqlite' ? t.path : redactUrl(t.url);
}

export interface OpenStoreOptions {
  clock?: Clock;
  logger?: Logger;
  /** SQLite only: take the single-writer lock (default true; one-shot commands pass false). PostgreSQL is shared by design. */
  lock?: boolean;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** SQLite only: create the file's directory when missing (the service does; one-shot commands do not). */
  createDir?: boolean;
}

/**
 * Opens the store `target` names.
 * @throws WirewatchError from `openSqliteStore` / `openPostgresStore` (`store`, `store_locked`, `store_too_new`, `config`, …)
 */
export async function openStore(target: StoreTarget, opts: OpenStoreOptions = {}): Promise<OpenedStore> {
  if (target.kind === 'postgres') {
    // Imported here: pg (≈ 0.1 MB of code) only for a PostgreSQL store, not by every SQLite start (ADR 0236).
    const { openPostgresStore } = await import('./postgres/open.js');
    return { kind: 'postgres', store: await openPostgresStore(target.url, { clock: opts.clock, logger: opts.logger, migrate: opts.migrate }) };
  }
  if (opts.createDir && target.path !== ':memory:') mkdirSync(dirname(resolve(target.path)), { recursive: true });
  return { kind: 'sqlite', store: await openSqliteStore(target.path, { clock: opts.clock, logger: opts.logger, lock: opts.lock, migrate: opts.migrate }) };
}
