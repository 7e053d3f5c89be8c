import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { sampleItem, sampleSubscription, storeContract } from '../contract.js';
import { topicsSeenContract } from '../topics-seen-contract.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openSqliteStore } from './open.js';
import { speakerContract } from '../speaker-contract.js';
import { quoteFormContract } from '../quote-form-contract.js';
import { itemWithAnswer, SAMPLE_ANSWER } from '../testdata/samples.js';

const dir = mkdtempSync(join(tmpdir(), 'wirewatch-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempFile = (name: string) => join(dir, `${++n}-${name}.db`);

async function rejection(p: Promise<unknown>): Promise<WirewatchError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WirewatchError);
  return e as WirewatchError;
}

storeContract('sqlite', async (clock) => {
  const store = await openSqliteStore(tempFile('contract'), { clock });
  return { store, close: () => store.close() };
});

topicsSeenContract('sqlite', async (clock) => {
  const store = await openSqliteStore(tempFile('topics-seen'), { clock });
  return { store, close: () => store.close() };
});

speakerContract('sqlite', async (clock) => {
  const store = await openSqliteStore(tempFile('speakers'), { clock });
  return { store, close: () => store.close() };
});

quoteFormContract('sqlite', async (clock) => {
  const store = await openSqliteStore(tempFile('quote-form'), { clock });
  return { store, close: () => store.close() };
});

describe('sqlite store: file, schema and pragmas', () => {
  it('creates a WAL database with foreign keys at the current schema version, dates as epoch ms', async () => {
    const file = tempFile('basic');
    const store = await openSqliteStore(file);
    expect(store.schemaVersion()).toBe(SCHEMA_VERSION);
    const a = sampleItem();
    await store.items.saveItem(a);
    expect(await store.integrityCheck()).toEqual(['ok']);
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const row = raw.prepare('SELECT published, first_seen, item_time, content_hash FROM items').get() as Record<string, unknown>;
    expect(row).toMatchObject({ published: a.item.published!.getTime(), first_seen: a.firstSeen.getTime(), item_time: a.item.published!.getTime() });
    expect(row.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(raw.prepare('SELECT count(*) AS n FROM mentions').get()).toEqual({ n: 3 });
    expect(raw.prepare('SELECT count(*) AS n FROM quotes').get()).toEqual({ n: 2 });
    raw.close();
  });

  it('refuses a database written by a newer wirewatch, naming the file and both versions', async () => {
    const file = tempFile('too-new');
    await (await openSqliteStore(file)).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const e = await rejection(openSqliteStore(file));
    expect(e.code).toBe('store_too_new');
    expect(e.message).toContain(file);
    expect(e.message).toContain(`schema ${SCHEMA_VERSION + 1} > ${SCHEMA_VERSION}`);
    // The refusal released the writer lock: a second attempt is refused for the same reason, not 'store_locked'.
    expect((await rejection(openSqliteStore(file, { lock: true }))).code).toBe('store_too_new');
    expect((await rejection(openSqliteStore(file, { readonly: true }))).code).toBe('store_too_new');
  });

  it('applies pending migrations in one transaction: a failing one leaves the old schema', async () => {
    const file = tempFile('migrate');
    const v1 = await openSqliteStore(file, { migrations: MIGRATIONS });
    await v1.feeds.upsertFeed({ url: 'https://a.example/rss' });
    await v1.close();
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, name: 'adds a table', sql: 'CREATE TABLE extra (x INTEGER) STRICT;' },
      { version: SCHEMA_VERSION + 2, name: 'fails', sql: 'ALTER TABLE no_such_table ADD COLUMN y TEXT;' },
    ];
    await expect(openSqliteStore(file, { migrations: broken })).rejects.toThrow(/no_such_table/);
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").all()).toEqual([]);
    raw.close();
    const good = broken.slice(0, -1);
    const later = await openSqliteStore(file, { migrations: good, migrate: false });
    expect(later.schemaVersion()).toBe(SCHEMA_VERSION);
    expect(await later.migrate()).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 });
    expect(await later.migrate()).toEqual({ from: SCHEMA_VERSION + 1, to: SCHEMA_VERSION + 1 });
    expect(await later.feeds.getFeed('https://a.example/rss')).not.toBeNull();
    await later.close();
  });

  it('migration 3 keeps subscriptions written by schema 2 (no quiet hours) and stores quiet hours after', async () => {
    const file = tempFile('quiet-hours');
    const v2 = await openSqliteStore(file, { migrations: MIGRATIONS.filter((m) => m.version <= 2) });
    expect(v2.schemaVersion()).toBe(2);
    await v2.close();
    // A row as schema-2 code wrote it (today's code writes quiet_hours, which schema 2 lacks).
    const old = new Database(file);
    old
      .prepare(
        `INSERT INTO subscriptions (id, platform, workspace, channel, topics, cron, timezone, locale, mode, post_empty, paused, paused_reason, created_by, last_window_end)
      VALUES ('sub-1', 'discord', 'guild-1', 'chan-1', '["kosovo","eu"]', '0 8 * * 1-5', 'Europe/Belgrade', 'sr-Latn', 'digest', 0, 0, NULL, 'user-7', NULL)`,
      )
      .run();
    old.close();
    const v3 = await openSqliteStore(file);
    expect(v3.schemaVersion()).toBeGreaterThanOrEqual(3);
    expect(await v3.subscriptions.getSubscription('sub-1')).toEqual(sampleSubscription());
    await v3.subscriptions.updateSubscription('sub-1', { quietHours: { from: '23:00', to: '06:30' } });
    await v3.close();
    const raw = new Database(file);
    expect(raw.prepare('SELECT quiet_hours FROM subscriptions').pluck().get()).toBe('{"from":"23:00","to":"06:30"}');
    raw.close();
  });

  it('migration 32 gives items stored before it their matched topics at their first sight (ADR 0281)', async () => {
    const file = tempFile('topics-seen-upgrade');
    const now = await openSqliteStore(file);
    const matched = await now.items.saveItem(sampleItem({ key: 'urn:matched' }));
    const quiet = { ...sampleItem({ key: 'urn:quiet', title: 'Weather: rain all week' }), matches: [] };
    await now.items.saveItem(quiet);
    await now.close();
    // The database as schema 31 left it: the same item rows, no first sights per topic.
    const old = new Database(file);
    old.exec('DROP TABLE item_topics_seen');
    old.exec('ALTER TABLE quotes DROP COLUMN form');
    old.pragma('user_version = 31');
    old.close();
    const upgraded = await openSqliteStore(file);
    expect(upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    const got = (await upgraded.items.getItem(matched.id))!;
    expect(got.topicsSeen).toBeUndefined(); // kosovo and eu at its first sight: nothing more to say
    // An edit after the upgrade that drops eu and adds a topic: eu keeps its first sight, the new one counts from the edit.
    const editedAt = new Date('2026-03-01T10:00:00.000Z');
    const edit = { ...sampleItem({ key: 'urn:matched', title: 'Dialogue resumes in Brussels', firstSeen: editedAt }) };
    edit.matches = [edit.matches[0], { topicId: 'serbia', relevance: 0.3, mentions: [{ ...edit.matches[0].mentions[0], topicId: 'serbia' }] }];
    await upgraded.items.saveItem(edit);
    const first = sampleItem().firstSeen;
    expect((await upgraded.items.getItem(matched.id))!.topicsSeen).toEqual({ kosovo: first, eu: first, serbia: editedAt });
    await upgraded.close();
    const raw = new Database(file);
    expect(raw.prepare('SELECT count(*) FROM item_topics_seen').pluck().get()).toBe(3); // the unmatched item has none
    raw.close();
  });

  it('migration 33 adds the quote form: quotes stored before it read as no answer, answers stored after keep it (ADR 0295)', async () => {
    const file = tempFile('quote-form-upgrade');
    const now = await openSqliteStore(file);
    const before = await now.items.saveItem(sampleItem());
    await now.close();
    // The database as schema 32 left it: the same quote rows, no form column.
    const old = new Database(file);
    old.exec('ALTER TABLE quotes DROP COLUMN form');
    old.pragma('user_version = 32');
    old.close();
    const upgraded = await openSqliteStore(file);
    expect(upgraded.schemaVersion()).toBe(SCHEMA_VERSION);
    const back = (await upgraded.items.getItem(before.id))!;
    expect(back.quotes).toEqual(sampleItem().quotes);
    expect(back.quotes.some((q) => 'form' in q)).toBe(false);
    const after = await upgraded.items.saveItem(itemWithAnswer());
    expect((await upgraded.items.getItem(after.id))!.quotes.at(-1)).toEqual(SAMPLE_ANSWER);
    await upgraded.close();
    const raw = new Database(file);
    expect(raw.prepare('SELECT form FROM quotes ORDER BY id').pluck().all()).toEqual([null, null, null, null, 'answer']);
    expect(() => raw.prepare("UPDATE quotes SET form = 'question'").run()).toThrow(/CHECK/);
    raw.close();
  });

  it('opens read-only without writing, and refuses a missing file', async () => {
    const file = tempFile('readonly');
    const w = await openSqliteStore(file, { lock: false });
    const { id } = await w.items.saveItem(sampleItem());
    const ro = await openSqliteStore(file, { readonly: true });
    expect((await ro.items.getItem(id))?.quotes).toHaveLength(2);
    const e = await rejection(ro.feeds.upsertFeed({ url: 'https://new.example/rss' }));
    expect(e.code).toBe('store');
    expect(e.message).toMatch(new RegExp(`^store: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: upsertFeed failed: SQLITE_READONLY`));
    await ro.close();
    await w.close();
    expect((await rejection(openSqliteStore(join(dir, 'missing.db'), { readonly: true }))).code).toBe('store_not_found');
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });
});

describe('sqlite store: :memory:', () => {
  it('opens a private in-memory database (config store.path ":memory:") without a lock file', async () => {
    const a = await openSqliteStore(':memory:');
    const b = await openSqliteStore(':memory:');
    await a.items.saveItem(sampleItem());
    expect(await b.items.itemsInWindow(new Date(0), new Date(8.64e15))).toEqual([]);
    expect((await a.items.itemsInWindow(new Date(0), new Date(8.64e15))).map((x) => x.quotes.length)).toEqual([2]);
    expect(a.file).toBe(':memory:');
    expect(existsSync(':memory:-lock')).toBe(false);
    await a.close();
    await b.close();
  });
});

describe('sqlite store: single-writer lock', () => {
  it('refuses a second locked opener naming the file, lets an unlocked one read and write', async () => {
    const file = tempFile('lock');
    const service = await openSqliteStore(file, { lock: true });
    await service.feeds.upsertFeed({ url: 'https://a.example/rss' });
    const e = await rejection(openSqliteStore(file, { lock: true }));
    expect(e.code).toBe('store_locked');
    expect(e.message).toContain(file);
    const oneShot = await openSqliteStore(file, { lock: false });
    expect((await oneShot.feeds.listFeeds()).map((f) => f.url)).toEqual(['https://a.example/rss']);
    await oneShot.feeds.upsertFeed({ url: 'https://b.example/rss' });
    await oneShot.close();
    expect(await service.feeds.getFeed('https://b.example/rss')).not.toBeNull();
    await service.close();
    const next = await openSqliteStore(file, { lock: true });
    await next.close();
  });
});

describe('sqlite store: online backup', () => {
  it('copies a consistent database that opens with the same data, and refuses to overwrite itself', async () => {
    const file = tempFile('backup-src');
    const store = await openSqliteStore(file);
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) ids.push((await store.items.saveItem(sampleItem({ key: `k${i}`, title: `Story ${i}` }))).id);
    await store.subscriptions.upsertSubscription({
      id: 's1',
      platform: 'slack',
      workspace: 'T1',
      channel: 'C1',
      topics: [],
      cron: '0 8 * * *',
      timezone: 'UTC',
      locale: 'en',
      mode: 'digest',
      postEmpty: true,
      paused: false,
      pausedReason: null,
      createdBy: null,
      lastWindowEnd: null,
    });
    const d = await store.deliveries.beginDelivery({ subscriptionId: 's1', kind: 'digest', subject: 'w', now: new Date() });
    const out = join(dir, 'backup-out.db');
    const { totalPages } = await store.backup(out);
    expect(totalPages).toBeGreaterThan(1);
    expect((await rejection(store.backup(file))).message).toContain('onto itself');
    await store.close();
    const copy = await openSqliteStore(out, { readonly: true });
    expect(await copy.integrityCheck()).toEqual(['ok']);
    expect((await copy.items.itemsInWindow(new Date(0), new Date(8.64e15))).map((x) => x.id)).toEqual(ids);
    expect(await copy.deliveries.pendingDeliveries()).toEqual([d]);
    await copy.close();
  });
});

describe('the store knows it is still itself (issue 13)', () => {
  it('reports a database file deleted or replaced under it, and refuses to silently create a new one where one was lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-identity-'));
    const file = join(dir, 'w.db');
    const s = await openSqliteStore(file);
    expect(await s.verifyIdentity!()).toBeNull();
    copyFileSync(file, join(dir, 'copy.db'));
    renameSync(join(dir, 'copy.db'), file);
    expect(await s.verifyIdentity!()).toMatch(/replaced by another file/);
    rmSync(file);
    expect(await s.verifyIdentity!()).toMatch(/was deleted/);
    await s.close();
    await expect(openSqliteStore(file)).rejects.toMatchObject({ code: 'store_lost' });
    const fresh = await openSqliteStore(file, { allowFresh: true });
    expect(await fresh.verifyIdentity!()).toBeNull();
    await fresh.close();
  });
});

describe('sqlite store: another process holding the write lock (issue 24)', () => {
  it('waits for the lock without blocking the event loop, then writes', async () => {
    const file = tempFile('busy');
    const store = await openSqliteStore(file, { lock: false, busyTimeoutMs: 5000 });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    let settled = false;
    const saving = store.items.saveItem(sampleItem()).finally(() => (settled = true));
    // While the other connection holds the lock, timers keep firing: a synchronous busy wait would run
    // no timer until it gave up (and the write would then fail, the lock being still held). No
    // wall-clock bound: a loaded machine delays timers without anything blocking.
    let ticksWhileWaiting = 0;
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 10));
      if (!settled) ticksWhileWaiting++;
    }
    other.exec('COMMIT');
    other.close();
    expect((await saving).inserted).toBe(true);
    expect(ticksWhileWaiting).toBe(20);
    await store.close();
  });
});

describe('sqlite store: faults at open name the file, the cause and what to do (issue 24)', () => {
  it('a file that is no database: store_foreign, saying so and what to do (not "run db check")', async () => {
    const file = tempFile('corrupt');
    writeFileSync(file, 'this is not a database '.repeat(200));
    for (const readonly of [false, true]) {
      const e = await openSqliteStore(file, { lock: false, readonly }).then(
        () => null,
        (err: unknown) => err as WirewatchError,
      );
      expect(e?.code).toBe('store_foreign');
      expect(e?.message).toContain(`${file} is not a wirewatch database`);
      expect(e?.message).toContain('restore the last backup');
      expect(e?.message).toContain('store.path');
      expect(e?.message).not.toContain('db check');
    }
  });

  it('a file another process is creating (its first page not yet written) is no foreign file', async () => {
    // What a second writer may see while the first creates the database: the file has grown, its header
    // is still zeros. SQLite's locking decides; refusing it as foreign made two writers race (store-crash e2e).
    // The pre-check reads without SQLite's lock, so it must leave such a file to SQLite, which reads page 1
    // under its lock (here, with nobody writing, SQLite refuses the zeros itself).
    const file = tempFile('creating');
    writeFileSync(file, Buffer.alloc(4096));
    const e = await openSqliteStore(file, { lock: false }).then(
      () => null,
      (err: unknown) => err as WirewatchError,
    );
    expect(e?.message).not.toContain('does not begin with the SQLite file header');
    expect(e?.message).toContain('SQLITE_NOTADB');
  });

  it("another application's SQLite file: store_foreign, and no wirewatch table is written into it", async () => {
    const file = tempFile('foreign');
    const other = new Database(file);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    for (const readonly of [false, true]) {
      const e = await openSqliteStore(file, { lock: false, readonly }).then(
        () => null,
        (err: unknown) => err as WirewatchError,
      );
      expect(e?.code).toBe('store_foreign');
      expect(e?.message).toContain('with tables recipes');
      expect(e?.message).not.toContain('db migrate');
    }
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([{ name: 'recipes' }]);
    after.close();
  });

  it("a file that cannot be written: store, with SQLite's code and the permissions to check", async () => {
    const file = tempFile('unwritable');
    await (await openSqliteStore(file, { lock: false })).close();
    rmSync(`${file}-wal`, { force: true });
    mkdirSync(`${file}-wal`); // the write-ahead log cannot be created
    const e = await openSqliteStore(file, { lock: false }).then(
      () => null,
      (err: unknown) => err as WirewatchError,
    );
    expect(e?.code).toBe('store');
    expect(e?.message).toMatch(/write check failed: SQLITE_CANTOPEN: .* — .*writable/);
  });
});

describe('SQLite migrations 15–17 (tenants, notice channel, notice ledger rows) on a populated database', () => {
  it('keeps feeds, subscriptions and ledger rows, and gives chat-added feeds their tenant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-mig21-'));
    const file = join(dir, 'old.db');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const { applyMigrations } = await import('./migrations.js');
    applyMigrations(
      db,
      file,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    db.exec(
      `INSERT INTO feeds (url, workspace, next_check_at, interval_seconds) VALUES ('https://g.example/rss', 'guild-1', 0, 600), ('https://c.example/rss', NULL, 0, 600)`,
    );
    db.exec(
      `INSERT INTO subscriptions (id, platform, workspace, channel, topics, cron, timezone, locale, mode, post_empty, paused) VALUES ('s1', 'discord', 'guild-1', 'c1', '[]', '0 8 * * *', 'UTC', 'en', 'digest', 0, 0)`,
    );
    db.exec(
      `INSERT INTO deliveries (subscription_id, kind, subject, idempotency_key, state, message_ids, created_at, updated_at) VALUES ('s1', 'digest', 'w', 'wwold1', 'sent', '["m1"]', 1, 1)`,
    );
    expect(applyMigrations(db, file)).toEqual({ from: 3, to: SCHEMA_VERSION });
    expect(db.prepare(`SELECT f.url, t.workspace FROM feed_tenants t JOIN feeds f ON f.id = t.feed_id`).all()).toEqual([
      { url: 'https://g.example/rss', workspace: 'guild-1' },
    ]);
    expect(db.prepare(`SELECT kind, subject, idempotency_key, message_ids FROM deliveries`).all()).toEqual([
      { kind: 'digest', subject: 'w', idempotency_key: 'wwold1', message_ids: '["m1"]' },
    ]);
    db.exec(
      `INSERT INTO deliveries (subscription_id, kind, subject, idempotency_key, state, message_ids, created_at, updated_at) VALUES ('s1', 'notice', 'paused:1', 'wwnew1', 'pending', '[]', 2, 2)`,
    );
    expect(() =>
      db.exec(
        `INSERT INTO deliveries (subscription_id, kind, subject, idempotency_key, state, message_ids, created_at, updated_at) VALUES ('s1', 'bogus', 'x', 'wwnew2', 'pending', '[]', 2, 2)`,
      ),
    ).toThrow(/CHECK/);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'deliveries_pending'`).get()).toEqual({ name: 'deliveries_pending' });
    db.exec(`DELETE FROM subscriptions WHERE id = 's1'`); // the cascade still holds after the rebuild
    expect(db.prepare(`SELECT count(*) AS n FROM deliveries`).get()).toEqual({ n: 0 });
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite migration 30 (speakers) on a populated database', () => {
  it('gives every stored quote its speaker entity, spellings of one person joined', async () => {
    const file = tempFile('mig30');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    const { applyMigrations } = await import('./migrations.js');
    applyMigrations(
      db,
      file,
      MIGRATIONS.filter((m) => m.version < 30),
    );
    db.exec(`INSERT INTO feeds (id, url, next_check_at, interval_seconds) VALUES (1, 'https://a.example/rss', 0, 600)`);
    db.exec(
      `INSERT INTO items (id, feed_id, key, title, first_seen, item_time, categories, text, enclosures, article, content_hash) VALUES (1, 1, 'k', 't', 0, 0, '[]', '', '[]', '{}', 'h')`,
    );
    const q = db.prepare(
      `INSERT INTO quotes (item_id, position, kind, text, speaker, paragraph, start_offset, end_offset, confidence, salience) VALUES (1, ?, 'direct', 'x', ?, 1, 0, 1, 1, 1)`,
    );
    ['Aleksandar Vučić', 'Вучићем', null, 'Albin Kurti'].forEach((s, i) => q.run(i, s));
    applyMigrations(db, file);
    expect(db.prepare(`SELECT position, speaker_id FROM quotes ORDER BY position`).all()).toEqual([
      { position: 0, speaker_id: 1 },
      { position: 1, speaker_id: 1 },
      { position: 2, speaker_id: null },
      { position: 3, speaker_id: 2 },
    ]);
    expect(db.prepare(`SELECT spelling FROM speaker_spellings WHERE speaker_id = 1 ORDER BY position`).all()).toEqual([
      { spelling: 'Aleksandar Vučić' },
      { spelling: 'Вучићем' },
    ]);
    db.close();
  });
});
