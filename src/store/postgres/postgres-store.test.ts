import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { sampleItem, sampleSubscription, storeContract } from '../contract.js';
import { speakerContract } from '../speaker-contract.js';
import { topicsSeenContract } from '../topics-seen-contract.js';
import { quoteFormContract } from '../quote-form-contract.js';
import { itemWithAnswer, SAMPLE_ANSWER } from '../testdata/samples.js';
import { freshSchema, needsPostgres, type FreshSchema } from '../../../test/support/postgres.js';
import { openPostgresStore, parsePgUrl, type PgStore } from './open.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './migrations.js';

const PG = await needsPostgres();

describe.skipIf(!PG)('postgres store', () => {
  const schemas: FreshSchema[] = [];
  afterAll(async () => {
    for (const s of schemas) await s.drop();
  });
  const fresh = async (label: string) => {
    const s = await freshSchema(label);
    schemas.push(s);
    return s;
  };

  // The contract suite, unchanged: one fresh schema for the run (dropped after), emptied before each
  // test, so every test starts from an empty store as on the other implementations.
  let contract: FreshSchema | null = null;
  storeContract('postgres', async (clock) => {
    contract ??= await fresh('contract');
    const store = await openPostgresStore(contract.url, { clock, poolSize: 3 });
    await sql`TRUNCATE feeds, feed_tenants, items, item_topics, mentions, quotes, speakers, speaker_spellings, topics, topic_terms, subscriptions, deliveries RESTART IDENTITY CASCADE`.execute(
      store.db,
    );
    return { store, close: () => store.close() };
  });
  topicsSeenContract('postgres', async (clock) => {
    contract ??= await fresh('contract');
    const store = await openPostgresStore(contract.url, { clock, poolSize: 3 });
    await sql`TRUNCATE feeds, items, item_topics_seen RESTART IDENTITY CASCADE`.execute(store.db);
    return { store, close: () => store.close() };
  });
  speakerContract('postgres', async (clock) => {
    contract ??= await fresh('contract');
    const store = await openPostgresStore(contract.url, { clock, poolSize: 3 });
    await sql`TRUNCATE feeds, feed_tenants, items, item_topics, mentions, quotes, speakers, speaker_spellings, topics, topic_terms, subscriptions, deliveries RESTART IDENTITY CASCADE`.execute(
      store.db,
    );
    return { store, close: () => store.close() };
  });

  quoteFormContract('postgres', async (clock) => {
    contract ??= await fresh('contract');
    const store = await openPostgresStore(contract.url, { clock, poolSize: 3 });
    await sql`TRUNCATE feeds, feed_tenants, items, item_topics, mentions, quotes, speakers, speaker_spellings, topics, topic_terms, subscriptions, deliveries RESTART IDENTITY CASCADE`.execute(
      store.db,
    );
    return { store, close: () => store.close() };
  });

  describe('schema, migrations and the ledger across connections', () => {
    it('migration 4 adds the quote form: quotes stored before it read as no answer, answers stored after keep it (ADR 0295)', async () => {
      const s = await fresh('quote_form');
      const now = await openPostgresStore(s.url, { poolSize: 2 });
      const before = await now.items.saveItem(sampleItem());
      // The database as schema 3 left it: the same quote rows, no form column.
      await sql`ALTER TABLE quotes DROP COLUMN form`.execute(now.db);
      await sql`DELETE FROM ww_schema_migrations WHERE version = 4`.execute(now.db);
      await now.close();
      const upgraded = await openPostgresStore(s.url, { poolSize: 2 });
      expect(await upgraded.schemaVersion()).toBe(PG_SCHEMA_VERSION);
      const back = (await upgraded.items.getItem(before.id))!;
      expect(back.quotes).toEqual(sampleItem().quotes);
      expect(back.quotes.some((q) => 'form' in q)).toBe(false);
      const after = await upgraded.items.saveItem(itemWithAnswer());
      expect((await upgraded.items.getItem(after.id))!.quotes.at(-1)).toEqual(SAMPLE_ANSWER);
      const { rows } = await sql<{ form: string | null }>`SELECT form FROM quotes ORDER BY id`.execute(upgraded.db);
      expect(rows.map((r) => r.form)).toEqual([null, null, null, null, 'answer']);
      await expect(sql`UPDATE quotes SET form = 'question'`.execute(upgraded.db)).rejects.toThrow(/check/i);
      await upgraded.close();
    });

    it('migration 3 gives items stored before it their matched topics at their first sight (ADR 0281)', async () => {
      const s = await fresh('topics_seen');
      const now = await openPostgresStore(s.url, { poolSize: 2 });
      const matched = await now.items.saveItem(sampleItem({ key: 'urn:matched' }));
      await now.items.saveItem({ ...sampleItem({ key: 'urn:quiet', title: 'Weather: rain all week' }), matches: [] });
      // The database as schema 2 left it: the same item rows, no first sights per topic.
      await sql`DROP TABLE item_topics_seen`.execute(now.db);
      await sql`ALTER TABLE quotes DROP COLUMN form`.execute(now.db);
      await sql`DELETE FROM ww_schema_migrations WHERE version >= 3`.execute(now.db);
      await now.close();
      const upgraded = await openPostgresStore(s.url, { poolSize: 2 });
      expect(await upgraded.schemaVersion()).toBe(PG_SCHEMA_VERSION);
      expect((await upgraded.items.getItem(matched.id))!.topicsSeen).toBeUndefined();
      const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM item_topics_seen`.execute(upgraded.db);
      expect(Number(rows[0].n)).toBe(2); // kosovo and eu of the matched item; the unmatched one has none
      const first = sampleItem().firstSeen;
      const back = await sql<{ seen_at: Date }>`SELECT seen_at FROM item_topics_seen`.execute(upgraded.db);
      expect(back.rows.map((r) => r.seen_at.getTime())).toEqual([first.getTime(), first.getTime()]);
      await upgraded.close();
    });

    it('migrates a new schema once, even when several processes open it at the same moment', async () => {
      const s = await fresh('migrate');
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(s.url, { poolSize: 2 })));
      try {
        for (const st of stores) expect(await st.schemaVersion()).toBe(PG_SCHEMA_VERSION);
        const rows = await stores[0].db.selectFrom('ww_schema_migrations').selectAll().execute();
        expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
        expect(await stores[0].migrate()).toEqual({ from: PG_SCHEMA_VERSION, to: PG_SCHEMA_VERSION });
        expect(await stores[0].integrityCheck()).toEqual(['ok']);
      } finally {
        await Promise.all(stores.map((st) => st.close()));
      }
    });

    it('refuses a schema written by a newer wirewatch, naming both versions', async () => {
      const s = await fresh('toonew');
      const store = await openPostgresStore(s.url);
      await store.db
        .insertInto('ww_schema_migrations')
        .values({ version: PG_SCHEMA_VERSION + 1, name: 'future', applied_at: new Date() })
        .execute();
      await store.close();
      const e = await openPostgresStore(s.url).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(WirewatchError);
      expect((e as WirewatchError).code).toBe('store_too_new');
      expect((e as WirewatchError).message).toContain(`schema ${PG_SCHEMA_VERSION + 1} > ${PG_SCHEMA_VERSION}`);
    });

    it('begins one ledger row when many connections begin the same delivery at once', async () => {
      const s = await fresh('ledger');
      const stores: PgStore[] = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(s.url, { poolSize: 4 })));
      try {
        const sub = await stores[0].subscriptions.upsertSubscription(sampleSubscription());
        const now = new Date('2026-03-01T08:00:00Z');
        const begun = await Promise.all(
          Array.from({ length: 24 }, (_, i) => stores[i % 4].deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'item', subject: '42', now })),
        );
        expect(new Set(begun.map((d) => d.id)).size).toBe(1);
        expect(new Set(begun.map((d) => d.idempotencyKey)).size).toBe(1);
        expect(await stores[1].deliveries.listDeliveries(sub.id)).toHaveLength(1);
      } finally {
        await Promise.all(stores.map((st) => st.close()));
      }
    });

    it('stores one item when two connections save it at once', async () => {
      const s = await fresh('items');
      const [a, b] = await Promise.all([openPostgresStore(s.url), openPostgresStore(s.url)]);
      try {
        const r = await Promise.all([a.items.saveItems([sampleItem()]), b.items.saveItems([sampleItem()])]);
        expect(r.map((x) => x[0].inserted).sort()).toEqual([false, true]);
        expect(r[0][0].id).toBe(r[1][0].id);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('names the server and what to do when it cannot connect, hiding the password', async () => {
      const e = await openPostgresStore('postgres://ww:secret@127.0.0.1:1/test').then(
        () => null,
        (err: unknown) => err,
      );
      expect((e as WirewatchError).code).toBe('store');
      expect((e as WirewatchError).message).toMatch(/^store: postgres:\/\/ww:\*\*\*@127\.0\.0\.1:1\/test: open failed: ECONNREFUSED/);
      expect((e as WirewatchError).message).not.toContain('secret');
    });
  });
});

describe('postgres store URL', () => {
  it('takes schema= off the URL and refuses a schema that is not a plain identifier', () => {
    expect(parsePgUrl('postgres://u@h:5432/db?schema=ww_1&sslmode=disable')).toEqual({
      connectionString: 'postgres://u@h:5432/db?sslmode=disable',
      schema: 'ww_1',
      options: '',
    });
    expect(parsePgUrl('postgresql://u@h/db').schema).toBe('public');
    expect(() => parsePgUrl('postgres://u@h/db?schema=a;drop')).toThrow(/lower-case identifier/);
  });
});
