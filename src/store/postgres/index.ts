/** The PostgreSQL store's public surface (wired by main.ts, cli/ and the job queue). */
export { openPostgresStore, isPostgresUrl, parsePgUrl, type PgStore, type PgStoreOptions, type PgTarget } from './open.js';
export { PG_SCHEMA_VERSION, PG_MIGRATIONS } from './migrations.js';
export { beginCappedAlert } from './alert-cap.js';
