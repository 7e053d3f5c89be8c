import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WirewatchError } from '../model/errors.js';
import { itemWithAnswer, SAMPLE_ANSWER, sampleItem, sampleSubscription } from '../store/testdata/samples.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { openPostgresStore, PG_SCHEMA_VERSION } from '../store/postgres/index.js';
import { freshSchema, needsPostgres, PG_TEST_URL, type FreshSchema } from '../../test/support/postgres.js';
import { dbCommand } from './db.js';
import type { CliIO } from './io.js';

const PG = await needsPostgres();
const dir = mkdtempSync(join(tmpdir(), 'wirewatch-db-pg-'));
const schemas: FreshSchema[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const s of schemas) await s.drop();
});
const fresh = async (label: string) => {
  const s = await freshSchema(label);
  schemas.push(s);
  return s;
};

function capture(env: NodeJS.ProcessEnv = {}): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env };
}

describe.skipIf(!PG)('wirewatch db on PostgreSQL', () => {
  it('migrates, checks, prunes and prints the pg_dump command for a store named by WIREWATCH_STORE_URL', async () => {
    const s = await fresh('dbcli');
    const env = { WIREWATCH_STORE_URL: s.url };
    const migrate = capture(env);
    expect(await dbCommand(['migrate'], migrate)).toBe(0);
    expect(JSON.parse(migrate.lines[0])).toMatchObject({ from: 0, to: PG_SCHEMA_VERSION });
    expect(migrate.errors[0]).toMatch(/^wirewatch db: store postgres:\/\/.*\(WIREWATCH_STORE_URL\)$/);

    const store = await openPostgresStore(s.url);
    await store.items.saveItem(sampleItem({ key: 'old', title: 'Old', firstSeen: new Date('2026-01-01T00:00:00Z') }));
    await store.items.saveItem(sampleItem({ key: 'new', title: 'New', firstSeen: new Date('2026-02-25T00:00:00Z') }));
    await store.close();
    const prune = capture(env);
    expect(await dbCommand(['prune', '--older-than', '30d', '--now', '2026-03-01T00:00:00Z'], prune)).toBe(0);
    expect(JSON.parse(prune.lines[0])).toMatchObject({ before: '2026-01-30T00:00:00.000Z', items: 1, deliveries: 0 });

    const check = capture();
    expect(await dbCommand(['check', '--db', s.url], check)).toBe(0);
    expect(JSON.parse(check.lines[0])).toMatchObject({ ok: true, problems: [] });

    const backup = capture(env);
    expect(await dbCommand(['backup', 'ww.dump'], backup)).toBe(0);
    expect(JSON.parse(backup.lines[0]).command).toBe(`pg_dump --format=custom --schema=${s.name} --file='ww.dump' '${PG_TEST_URL}'`);
  });

  it('copies a SQLite store into PostgreSQL with its ids and ledger, so nothing is delivered again', async () => {
    const file = join(dir, 'move.db');
    const sqlite = await openSqliteStore(file);
    await sqlite.feeds.upsertFeed({ url: 'https://a.example/rss', title: 'A', workspace: 'guild-1' });
    await sqlite.watchlists.upsertTopic({ id: 'energy', name: 'Energy', terms: ['grid', 'power'], exclude: ['game'], priority: 'instant', workspace: null });
    const sub = await sqlite.subscriptions.upsertSubscription(
      sampleSubscription({ lastWindowEnd: new Date('2026-03-01T07:00:00.123Z'), paused: true, pausedReason: 'missing access' }),
    );
    const ids: string[] = [];
    for (const key of ['k1', 'k2', 'k3'])
      ids.push((await sqlite.items.saveItem(sampleItem({ key, title: `Story ${key}`, feedUrl: 'https://a.example/rss' }))).id);
    // An interview: its answer's form (ADR 0295) moves with it.
    await sqlite.items.saveItem({ ...itemWithAnswer(), feedUrl: 'https://a.example/rss' });
    const now = new Date('2026-03-01T08:00:00Z');
    const sent = await sqlite.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'item', subject: ids[1], now });
    await sqlite.deliveries.markSent(sent.id, ['m-1'], now);
    const pending = await sqlite.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'digest', subject: '2026-03-01T08:00', now });
    const before = {
      feeds: await sqlite.feeds.listFeeds(),
      topics: await sqlite.watchlists.listTopics(null),
      subs: await sqlite.subscriptions.listSubscriptions(),
      items: await sqlite.items.itemsFirstSeen(new Date(0), new Date('2100-01-01')),
      ledger: await sqlite.deliveries.listDeliveries(sub.id),
    };
    await sqlite.close();

    const s = await fresh('copy');
    const io = capture();
    expect(await dbCommand(['copy', '--from', file, '--to', s.url], io)).toBe(0);
    expect(JSON.parse(io.lines[0]).tables).toMatchObject({ feeds: 1, feed_tenants: 1, items: 4, topics: 1, topic_terms: 3, subscriptions: 1, deliveries: 2 });

    const pg = await openPostgresStore(s.url);
    try {
      expect(await pg.feeds.listFeeds()).toEqual(before.feeds);
      expect(await pg.watchlists.listTopics(null)).toEqual(before.topics);
      expect(await pg.subscriptions.listSubscriptions()).toEqual(before.subs);
      const items = await pg.items.itemsFirstSeen(new Date(0), new Date('2100-01-01'));
      expect(items).toEqual(before.items);
      expect(items.flatMap((i) => i.quotes).filter((q) => q.form === 'answer')).toEqual([SAMPLE_ANSWER]);
      expect(await pg.deliveries.listDeliveries(sub.id)).toEqual(before.ledger);
      // The moved ledger answers for the moved items: the sent story is found sent, not begun again.
      const again = await pg.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'item', subject: ids[1], now });
      expect(again).toMatchObject({ id: sent.id, state: 'sent', idempotencyKey: sent.idempotencyKey });
      expect((await pg.deliveries.pendingDeliveries()).map((d) => d.id)).toEqual([pending.id]);
      // New rows continue after the copied ids.
      const next = await pg.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'item', subject: ids[2], now });
      expect(next.id).toBeGreaterThan(pending.id);
      const item = await pg.items.saveItem(sampleItem({ key: 'k4', title: 'Story k4', feedUrl: 'https://a.example/rss' }));
      expect(Number(item.id)).toBeGreaterThan(Number(ids[2]));
    } finally {
      await pg.close();
    }
    // A second copy into the same (now used) database is refused and writes nothing.
    const e = await dbCommand(['copy', '--from', file, '--to', s.url], capture()).catch((err: unknown) => err);
    expect((e as WirewatchError).code).toBe('store_conflict');
  });
});
