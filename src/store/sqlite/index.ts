/** The SQLite store's public surface (wired by main.ts and cli/ only). */
export { openSqliteStore, SCHEMA_VERSION, type SqliteStore, type SqliteStoreOptions } from './open.js';
export { lockFileFor } from './lock.js';
