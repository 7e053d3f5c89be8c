/**
 * Opens the PostgreSQL store: a `pg` pool with queries through Kysely's PostgresDialect, versioned
 * migrations at open (serialised across processes by an advisory lock). Several wirewatch processes
 * share one database; every cross-process guarantee (one row per item, one ledger row per delivery) is
 * a unique key, a row lock or a transaction, never memory. See docs/adr/0142-postgres-store.md.
 *
 * The URL is a libpq-style `postgres://user[:password]@host[:port]/database`; one extra query
 * parameter, `schema=NAME`, puts every table in that schema (created when missing) instead of `public`,
 * so one database can hold several deployments or test runs.
 */
import { userInfo } from 'node:os';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { systemClock, type Clock } from '../../model/clock.js';
import { WirewatchError } from '../../model/errors.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import type { Store } from '../store.js';
import type { DB } from './schema.js';
import { applyPgMigrations, assertPgNotTooNew, MIGRATION_LOCK_KEY, pgSchemaVersion, PG_MIGRATIONS, type PgMigration } from './migrations.js';
import { pgFault, pgGuarded, redactUrl } from './util.js';
import { KyselyFeeds } from '../kysely/feeds.js';
import { KyselyItems } from '../kysely/items.js';
import { KyselyWatchlists } from '../kysely/watchlists.js';
import { neutral, pgAssignSpeaker, pgDialect } from './dialect.js';
import { KyselySubscriptions } from '../kysely/subscriptions.js';
import { KyselyDeliveries } from '../kysely/deliveries.js';
import { KyselySpeakers } from '../kysely/speakers.js';

export interface PgStoreOptions {
  /** Supplies defaults such as a new feed's `nextCheckAt` (default: the system clock). */
  clock?: Clock;
  /** pino logger (default: silent). */
  logger?: Logger;
  /** Apply pending migrations while opening (default true). */
  migrate?: boolean;
  /** Largest number of pooled connections (default 10). */
  poolSize?: number;
  /** Migrations to apply (tests only; default: the real list). */
  migrations?: readonly PgMigration[];
}

/** The PostgreSQL store: the `Store` interfaces plus database-level operations. */
export interface PgStore extends Store {
  readonly kind: 'postgres';
  /** The URL as messages show it (password hidden). */
  readonly url: string;
  /** The schema the tables live in (`public` unless the URL says `schema=`). */
  readonly schema: string;
  /** The Kysely instance (db copy and the job queue's health reads use it). */
  readonly db: Kysely<DB>;
  schemaVersion(): Promise<number>;
  /** Applies pending migrations in one transaction; returns the version before and after. */
  migrate(): Promise<{ from: number; to: number }>;
  /**
   * Checks the database: the schema is at this wirewatch's version, every index is valid, and no
   * ledger row points at a missing subscription. `['ok']` when sound, else the problems found.
   */
  integrityCheck(): Promise<string[]>;
  /** The `pg_dump` command that writes a consistent backup of this store to `outFile` (custom format). */
  backupCommand(outFile: string): string;
}

/** A parsed store URL: the connection string for `pg` and the schema to use. */
export interface PgTarget {
  connectionString: string;
  schema: string;
  /** libpq `options` from the URL (e.g. `-c synchronous_commit=off`), passed on with the search_path. */
  options: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// In util.ts (no pg import), so that telling the store kinds apart does not load pg (ADR 0236).
export { isPostgresUrl } from './util.js';

/**
 * Splits the `schema=` parameter off a store URL, and names the user when the URL names none, as libpq
 * does: `PGUSER` from `env`, else the operating-system user (`os.userInfo().username`).
 * @throws WirewatchError `config` for a URL that does not parse or a schema name that is not a plain lower-case identifier
 */
export function parsePgUrl(url: string, env: NodeJS.ProcessEnv = process.env): PgTarget {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new WirewatchError('config', `store: ${redactUrl(url)} is not a valid postgres:// URL`);
  }
  const schema = u.searchParams.get('schema') ?? 'public';
  const options = u.searchParams.get('options') ?? '';
  u.searchParams.delete('schema');
  u.searchParams.delete('options');
  if (!SCHEMA_NAME.test(schema))
    throw new WirewatchError('config', `store: schema=${schema} in ${redactUrl(url)} must be a lower-case identifier ([a-z_][a-z0-9_]*)`);
  // No user in the URL: libpq's default, PGUSER or else the operating-system user (without one the
  // server refuses the connection: "no PostgreSQL user name specified in startup packet").
  if (u.username === '') u.username = encodeURIComponent(env.PGUSER || osUser());
  return { connectionString: u.toString(), schema, options };
}

/** The operating-system user's name, or `postgres` when the system has none for this process. */
function osUser(): string {
  try {
    return userInfo().username || 'postgres';
  } catch {
    return 'postgres';
  }
}

/** int8 (bigint ids, counts) as JS numbers: wirewatch's ids stay far below 2^53. */
function typeOverrides(): pg.TypeOverrides {
  const types = new pg.TypeOverrides();
  types.setTypeParser(20, (v: string) => Number(v));
  return types;
}

/**
 * Opens (and migrates, unless told not to) the store at `url`.
 * @returns the open store; `close()` ends the pool
 * @throws WirewatchError `config` (bad URL), `store_too_new` (written by a newer wirewatch), `store`
 *   (server unreachable, login refused, missing database: the message names the URL and what to do)
 */
export async function openPostgresStore(url: string, opts: PgStoreOptions = {}): Promise<PgStore> {
  const { connectionString, schema, options } = parsePgUrl(url);
  const where = redactUrl(url);
  const log = (opts.logger ?? silentLogger).child({ component: 'store', db_url: where });
  const migrations = opts.migrations ?? PG_MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const pool = new pg.Pool({
    connectionString,
    max: opts.poolSize ?? 10,
    types: typeOverrides(),
    options: `${options ? options + ' ' : ''}-c search_path=${schema}`,
    connectionTimeoutMillis: 10_000,
    application_name: 'wirewatch',
  });
  // An idle client losing its connection (server restart) must not crash the process: the pool drops it.
  pool.on('error', (e) => log.warn({ err_message: e.message }, 'store: idle PostgreSQL connection lost'));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  try {
    try {
      if (schema !== 'public') {
        // Serialised like the migrations: concurrent CREATE SCHEMA IF NOT EXISTS can still collide.
        await db.transaction().execute(async (trx) => {
          await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
          await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(trx);
        });
      }
      assertPgNotTooNew(await pgSchemaVersion(db), where, latest);
      if (opts.migrate ?? true) {
        const { from, to } = await applyPgMigrations(db, where, migrations);
        if (from !== to) log.info({ schema_from: from, schema_to: to }, 'store: migrated');
      }
    } catch (e) {
      if (e instanceof WirewatchError) throw e;
      throw pgFault(where, 'open', e);
    }
    const clock = opts.clock ?? systemClock;
    let closed = false;
    const store: PgStore = {
      kind: 'postgres',
      url: where,
      schema,
      db,
      feeds: pgGuarded(new KyselyFeeds(neutral(db), clock, pgDialect), where),
      items: pgGuarded(new KyselyItems(neutral(db), clock, pgDialect, pgAssignSpeaker), where),
      watchlists: pgGuarded(new KyselyWatchlists(neutral(db), pgDialect), where),
      subscriptions: pgGuarded(new KyselySubscriptions(neutral(db), pgDialect), where),
      deliveries: pgGuarded(new KyselyDeliveries(neutral(db), pgDialect), where),
      speakers: pgGuarded(new KyselySpeakers(neutral(db), pgDialect), where),
      schemaVersion: () => pgSchemaVersion(db),
      async migrate() {
        try {
          const r = await applyPgMigrations(db, where, migrations);
          if (r.from !== r.to) log.info({ schema_from: r.from, schema_to: r.to }, 'store: migrated');
          return r;
        } catch (e) {
          if (e instanceof WirewatchError) throw e;
          throw pgFault(where, 'migrate', e);
        }
      },
      async integrityCheck() {
        const problems: string[] = [];
        try {
          const version = await pgSchemaVersion(db);
          if (version < latest) problems.push(`schema ${version} < ${latest}: run \`wirewatch db migrate\``);
          if (version === 0) return problems;
          const invalid = await sql<{ name: string }>`
            SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ${schema} AND NOT i.indisvalid ORDER BY 1`.execute(db);
          for (const r of invalid.rows) problems.push(`index ${r.name} is invalid: REINDEX INDEX ${schema}.${r.name}`);
          const orphans = await sql<{
            n: number;
          }>`SELECT count(*)::int AS n FROM deliveries d WHERE NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.id = d.subscription_id)`.execute(db);
          if (orphans.rows[0].n > 0) problems.push(`${orphans.rows[0].n} ledger rows point at missing subscriptions`);
        } catch (e) {
          throw pgFault(where, 'check', e);
        }
        return problems.length ? problems : ['ok'];
      },
      backupCommand(outFile: string) {
        const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
        const schemaArg = schema === 'public' ? '' : ` --schema=${schema}`;
        return `pg_dump --format=custom${schemaArg} --file=${shellQuote(outFile)} ${shellQuote(redactUrl(connectionString))}`;
      },
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy();
      },
    };
    log.debug({ schema }, 'store: opened');
    return store;
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw e;
  }
}
