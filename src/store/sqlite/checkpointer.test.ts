import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../log/logger.js';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';

const dirs: string[] = [];
const open: { db: Database.Database; cp: Checkpointer }[] = [];
afterEach(async () => {
  for (const { db, cp } of open.splice(0)) {
    await cp.stop();
    db.close();
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function walDb(): { db: Database.Database; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ww-ckpt-'));
  dirs.push(dir);
  const file = join(dir, 'x.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (v BLOB)');
  return { db, file };
}

/** Writes about `pages` 4 KiB pages of new rows in one transaction. */
function writePages(db: Database.Database, pages: number): void {
  const ins = db.prepare('INSERT INTO t (v) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < pages; i++) ins.run(Buffer.alloc(3000, i % 251));
  })();
}

describe('startCheckpointer', () => {
  it('turns auto-checkpoints off on the service connection, so no commit copies the log back itself', () => {
    const { db, file } = walDb();
    const cp = startCheckpointer(db, file, silentLogger, 60_000);
    open.push({ db, cp });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  });

  it('checkpoints from its own connection: every frame copied, and the next commit starts the log again', async () => {
    const { db, file } = walDb();
    const cp = startCheckpointer(db, file, silentLogger, 60_000);
    open.push({ db, cp });
    writePages(db, 1500);
    const r = await cp.checkpoint();
    expect(r.log).toBeGreaterThan(1000); // with auto-checkpoints on, the log would never have reached this
    expect(r).toMatchObject({ busy: 0, checkpointed: r.log });
    writePages(db, 1);
    expect((await cp.checkpoint()).log).toBeLessThan(10);
  });

  it('checkpoints on its own timer', async () => {
    const { db, file } = walDb();
    const cp = startCheckpointer(db, file, silentLogger, 20);
    open.push({ db, cp });
    writePages(db, 1500);
    await cp.ready;
    await new Promise((r) => setTimeout(r, 400));
    // The timer's checkpoint copied everything, so this commit rewinds the log to its start.
    writePages(db, 1);
    expect((await cp.checkpoint()).log).toBeLessThan(10);
  });

  it('stops cleanly, and stop is idempotent', async () => {
    const { db, file } = walDb();
    const cp = startCheckpointer(db, file, silentLogger);
    await cp.stop();
    await cp.stop();
    db.close();
  });
});

describe('startCheckpointer outside the install folder', () => {
  it('loads the driver whatever the working directory (an eval worker resolves from the cwd)', async () => {
    const { db, file } = walDb();
    const cwd = process.cwd();
    const warnings: unknown[] = [];
    const logger = { ...silentLogger, warn: (...a: unknown[]) => warnings.push(a) } as unknown as typeof silentLogger;
    process.chdir(tmpdir());
    try {
      const cp = startCheckpointer(db, file, logger, 60_000);
      open.push({ db, cp });
      await cp.ready;
      writePages(db, 5);
      expect((await cp.checkpoint()).busy).toBe(0);
      expect(warnings).toEqual([]);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });
});
