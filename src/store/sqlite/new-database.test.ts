import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newSchemaModule } from '../../../scripts/sqlite-new-schema.js';
import { applyMigrations, MIGRATIONS, SCHEMA_VERSION, schemaVersionOf } from './migrations.js';
import { NEW_DATABASE_VERSION } from './new-database-schema.js';
import { openSqliteStore } from './open.js';

type MasterRow = { type: string; name: string; tbl_name: string; sql: string | null };

/** Everything a schema is, as SQLite keeps it: `sqlite_master` (autoindexes included) and the version. */
function schemaOf(db: Database.Database): { version: number; master: MasterRow[]; counts: Record<string, number> } {
  const master = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as MasterRow[];
  const counts: Record<string, number> = {};
  for (const t of master.filter((r) => r.type === 'table')) counts[t.name] = (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n;
  return { version: schemaVersionOf(db), master, counts };
}

describe('a new database from one schema script (ADR 0293)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('has the sqlite_master, version and (empty) tables that every migration in turn leaves', () => {
    const script = new Database(':memory:');
    const migrated = new Database(':memory:');
    expect(applyMigrations(script, ':memory:')).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(applyMigrations(migrated, ':memory:', MIGRATIONS, { viaMigrations: true })).toEqual({ from: 0, to: SCHEMA_VERSION });
    const a = schemaOf(script);
    expect(a.master.length).toBeGreaterThan(20);
    expect(a).toEqual(schemaOf(migrated));
    // The same columns, checks and foreign keys, table by table (implied by the stored SQL; said outright).
    for (const t of a.master.filter((r) => r.type === 'table')) {
      for (const pragma of ['table_xinfo', 'foreign_key_list', 'index_list']) {
        expect(script.pragma(`${pragma}("${t.name}")`), `${pragma} ${t.name}`).toEqual(migrated.pragma(`${pragma}("${t.name}")`));
      }
    }
  });

  it('is generated from the current migrations (else: npx tsx scripts/sqlite-new-schema.ts)', async () => {
    expect(NEW_DATABASE_VERSION).toBe(SCHEMA_VERSION);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('./new-database-schema.ts', import.meta.url), 'utf8')).toBe(newSchemaModule());
  });

  it('is what openSqliteStore makes of a new file, and an existing database still migrates step by step', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-newdb-'));
    dirs.push(dir);
    const fresh = await openSqliteStore(path.join(dir, 'new.db'), { lock: false });
    expect(fresh.schemaVersion()).toBe(SCHEMA_VERSION);
    await fresh.close();
    // An old database (version 2) takes the migrations from 3 on, not the script.
    const old = await openSqliteStore(path.join(dir, 'old.db'), { lock: false, migrations: MIGRATIONS.filter((m) => m.version <= 2) });
    await old.close();
    const upgraded = await openSqliteStore(path.join(dir, 'old.db'), { lock: false });
    expect(upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    await upgraded.close();
    const [a, b] = [new Database(path.join(dir, 'new.db')), new Database(path.join(dir, 'old.db'))];
    expect(schemaOf(a)).toEqual(schemaOf(b));
    a.close();
    b.close();
  });
});
