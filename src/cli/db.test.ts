import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { WirewatchError } from '../model/errors.js';
import { sampleItem } from '../store/testdata/samples.js';
import { openSqliteStore, SCHEMA_VERSION } from '../store/sqlite/index.js';
import { MIGRATIONS } from '../store/sqlite/migrations.js';
import { dbCommand } from './db.js';
import { UsageError, type CliIO } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-db-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(env: NodeJS.ProcessEnv = {}): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env };
}

describe('wirewatch db', () => {
  it('uses the store of --config (as `wirewatch run` does) and names it on stderr', async () => {
    const file = join(dir, 'from-config.db');
    const config = join(dir, 'c.yaml');
    writeFileSync(config, `store:\n  path: ${file}\n`);
    const io = capture();
    expect(await dbCommand(['migrate', '--config', config], io)).toBe(0);
    expect(JSON.parse(io.lines[0]).db).toBe(file);
    expect(io.errors[0]).toBe(`wirewatch db: store ${file} (store.path of --config ${config})`);
    const viaEnv = capture({ WIREWATCH_CONFIG: config, WIREWATCH_STORE_PATH: join(dir, 'env.db') });
    expect(await dbCommand(['migrate'], viaEnv)).toBe(0);
    expect(viaEnv.errors[0]).toBe(`wirewatch db: store ${join(dir, 'env.db')} (WIREWATCH_STORE_PATH (overrides store.path of WIREWATCH_CONFIG=${config}))`);
  });

  it('migrates a file from scratch, then reports nothing to do', async () => {
    const file = join(dir, 'm.db');
    const io = capture();
    expect(await dbCommand(['migrate', '--db', file], io)).toBe(0);
    expect(JSON.parse(io.lines[0])).toEqual({ db: file, from: 0, to: SCHEMA_VERSION });
    const again = capture({ WIREWATCH_DB: file });
    expect(await dbCommand(['migrate'], again)).toBe(0);
    expect(JSON.parse(again.lines[0])).toMatchObject({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
  });

  it('refuses to migrate beside a running service', async () => {
    const file = join(dir, 'locked.db');
    const service = await openSqliteStore(file, { lock: true });
    const e = await dbCommand(['migrate', '--db', file], capture()).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(WirewatchError);
    expect((e as WirewatchError).code).toBe('store_locked');
    // ...while a backup of the live file works.
    const io = capture();
    await service.items.saveItem(sampleItem());
    expect(await dbCommand(['backup', '--db', file, join(dir, 'live-backup.db')], io)).toBe(0);
    await service.close();
    const copy = new Database(join(dir, 'live-backup.db'), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM quotes').get()).toEqual({ n: 2 });
    copy.close();
  });

  it('prunes items older than the retention with their ledger rows, and checks integrity', async () => {
    const file = join(dir, 'p.db');
    const store = await openSqliteStore(file);
    await store.items.saveItem(sampleItem({ key: 'old', title: 'Old', firstSeen: new Date('2026-01-01T00:00:00Z') }));
    await store.items.saveItem(sampleItem({ key: 'new', title: 'New', firstSeen: new Date('2026-02-25T00:00:00Z') }));
    await store.close();
    const io = capture();
    expect(await dbCommand(['prune', '--db', file, '--older-than', '30d', '--now', '2026-03-01T00:00:00Z'], io)).toBe(0);
    expect(JSON.parse(io.lines[0])).toEqual({ db: file, before: '2026-01-30T00:00:00.000Z', items: 1, deliveries: 0 });
    const check = capture();
    expect(await dbCommand(['check', '--db', file], check)).toBe(0);
    expect(JSON.parse(check.lines[0])).toEqual({ db: file, ok: true, problems: [] });
  });

  it('rejects bad usage', async () => {
    await expect(dbCommand([], capture())).rejects.toBeInstanceOf(UsageError);
    const cwd = process.cwd();
    process.chdir(dir); // no ./wirewatch.db here
    try {
      await expect(dbCommand(['migrate'], capture())).rejects.toThrow(
        /no store given and there is no \.\/wirewatch\.db here: pass --config FILE .*WIREWATCH_STORE_PATH, or pass --db FILE/,
      );
    } finally {
      process.chdir(cwd);
    }
    await expect(dbCommand(['backup', '--db', join(dir, 'x.db')], capture())).rejects.toBeInstanceOf(UsageError);
    await expect(dbCommand(['vacuum', '--db', join(dir, 'x.db')], capture())).rejects.toThrow(/unknown action/);
  });

  it('db check on a file that is not a database says it is no wirewatch database and what to do, not "run db check"', async () => {
    const file = join(dir, 'notes.db');
    writeFileSync(file, 'shopping list: bread, milk\n'.repeat(100));
    const e = (await dbCommand(['check', '--db', file], capture()).catch((err: unknown) => err)) as WirewatchError;
    expect(e).toBeInstanceOf(WirewatchError);
    expect(e.code).toBe('store_foreign');
    expect(e.message).toContain(`${file} is not a wirewatch database`);
    expect(e.message).toMatch(/restore the last backup.*store\.path/);
    expect(e.message).not.toContain('db check');
  });

  it('db backup of a file that is not a wirewatch database says so, naming it, and touches neither it nor OUT', async () => {
    const sub = mkdtempSync(join(dir, 'backup-foreign-'));
    const cases: [string, string | Buffer][] = [
      ['notes.txt', 'shopping list: bread, milk\n'.repeat(100)], // SQLite: not a database
      ['short.db', 'hi\n'], // shorter than a page: SQLite alone would take it for an empty database and write one
      ['empty.db', ''], // an empty file: a database with no wirewatch tables
    ];
    for (const [name, content] of cases) {
      const file = join(sub, name);
      writeFileSync(file, content);
      const out = join(sub, `${name}.backup`);
      const e = (await dbCommand(['backup', '--db', file, out], capture()).catch((err: unknown) => err)) as WirewatchError;
      expect(e, name).toBeInstanceOf(WirewatchError);
      expect(e.code, name).toBe('store_foreign');
      expect(e.message.startsWith(`store: ${file} is not a wirewatch database`), e.message).toBe(true);
      expect(e.message, name).not.toContain('write check');
      expect(readFileSync(file, 'utf8'), name).toBe(content);
      expect(existsSync(out), name).toBe(false);
    }
    expect(readdirSync(sub).sort()).toEqual(['empty.db', 'notes.txt', 'short.db']); // no -wal, -shm or lock files either
  });

  it('db backup of a missing file says it does not exist and creates nothing', async () => {
    const file = join(dir, 'nowhere.db');
    const e = (await dbCommand(['backup', '--db', file, join(dir, 'nowhere.backup')], capture()).catch((err: unknown) => err)) as WirewatchError;
    expect(e.code).toBe('store_not_found');
    expect(e.message).toContain(file);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dir, 'nowhere.backup'))).toBe(false);
  });

  it('db backup of an older schema works (the backup one takes before db migrate) and leaves the schema as it was', async () => {
    const file = join(dir, 'old-schema.db');
    await (await openSqliteStore(file, { migrations: MIGRATIONS.slice(0, 5), lock: false })).close();
    const io = capture();
    expect(await dbCommand(['backup', '--db', file, join(dir, 'old-schema.backup')], io)).toBe(0);
    const original = new Database(file, { readonly: true });
    const copy = new Database(join(dir, 'old-schema.backup'), { readonly: true });
    expect(original.pragma('user_version', { simple: true })).toBe(copy.pragma('user_version', { simple: true }));
    original.close();
    copy.close();
  });
});
