/**
 * The one way a test reaches PostgreSQL. Every machine the project runs on (a developer's, CI's) has
 * PostgreSQL 15 at 127.0.0.1:5432 with trust auth and a `test` database; a user's laptop may not.
 *
 * - `needsPostgres()` says whether the server answers: when it does not, the test prints ONE line and
 *   is skipped locally, and under `CI=true` the test file fails naming the URL (`needs` in
 *   `shared-corpus.ts`).
 * - `freshSchema()` gives every test (or run) its own schema, dropped afterwards, so runs never see
 *   each other's rows and leave nothing behind.
 *
 * `WIREWATCH_TEST_PG_URL` overrides the server (default `postgres://postgres@127.0.0.1:5432/test`).
 *
 * Usage:
 * ```ts
 * import { needsPostgres, freshSchema } from '<rel>/test/support/postgres.js';
 * const PG = await needsPostgres();
 * describe.skipIf(!PG)('postgres store', () => { ... const s = await freshSchema('contract'); ... await s.drop(); });
 * ```
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { needs } from './shared-corpus.js';

/** The server tests use. */
export const PG_TEST_URL = process.env.WIREWATCH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let probe: Promise<boolean> | null = null;

/** True when `PG_TEST_URL` accepts a connection and answers a query within 3 s (probed once per file). */
export function pgAvailable(): Promise<boolean> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return probe;
}

/**
 * Whether the PostgreSQL tests can run: true when the server answers; otherwise one printed line and
 * false locally, an Error under `CI=true`.
 * @throws Error when `CI` is set and the server does not answer
 */
export async function needsPostgres(): Promise<boolean> {
  return needs(`PostgreSQL at ${PG_TEST_URL.replace(/:[^:@/]*@/, ':***@')} (start it, or set WIREWATCH_TEST_PG_URL)`, await pgAvailable());
}

/** A schema of its own for one test or run. */
export interface FreshSchema {
  /** The schema's name (`ww_t_…`). */
  name: string;
  /** `PG_TEST_URL` with `schema=<name>`: what a store or a child process opens. */
  url: string;
  /** Drops the schema with everything in it, and the job queue's `<name>_boss` (idempotent). */
  drop(): Promise<void>;
}

/**
 * Names a new schema (created by the store when it opens the URL) and returns how to drop it.
 * @param label a short lower-case word for the name (which test made it)
 */
export async function freshSchema(label: string): Promise<FreshSchema> {
  const name = `ww_t_${label.replace(/[^a-z0-9_]/g, '_').slice(0, 20)}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const u = new URL(PG_TEST_URL);
  u.searchParams.set('schema', name);
  // Test data need not survive a server crash: commits without waiting for the WAL flush.
  if (!u.searchParams.has('options')) u.searchParams.set('options', '-c synchronous_commit=off');
  let dropped = false;
  return {
    name,
    url: u.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      try {
        // The job queue's schema beside it (src/cluster/queue.ts names it `<schema>_boss`).
        await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(name)}, ${pg.escapeIdentifier(`${name}_boss`)} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
