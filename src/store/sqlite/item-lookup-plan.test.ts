/**
 * The item lookups the poller makes for every item of every response (hasItem, and again inside
 * saveItems) must each be one index search on (feed, key form), never a walk over all of the feed's
 * stored items: written as `key = ? OR identity_key = ?`, SQLite searched by feed_id alone, and a
 * 4,000-item feed cost seconds of blocked event loop per poll (the soak's /healthz stalls, issue 24).
 * Checked on the query plans of the statements really run, not on timings. Likewise a digest window's
 * candidates (`itemsFirstSeen`: first seen, or first matching a topic, in the window; ADR 0281).
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../model/clock.js';
import { sampleItem } from '../testdata/samples.js';
import { applyMigrations } from './migrations.js';
import { SqliteItems } from './items.js';
import type { DB } from './schema.js';

function storeWithLog(): { items: SqliteItems; raw: Database.Database; queries: CompiledQuery[] } {
  const raw = new Database(':memory:');
  applyMigrations(raw, ':memory:');
  const queries: CompiledQuery[] = [];
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: raw }), log: (e) => void queries.push(e.query) });
  return { items: new SqliteItems(db, new ManualClock(new Date('2026-12-01T10:00:00Z')), raw), raw, queries };
}

/** Plan lines of the SELECTs on `items` among `queries`. */
function itemPlans(raw: Database.Database, queries: CompiledQuery[]): string[][] {
  return queries
    .filter((q) => /^select/i.test(q.sql) && /from "items"/.test(q.sql))
    .map((q) => (raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail));
}

describe('sqlite items: per-item lookups are index searches on the key', () => {
  it("hasItem and saveItems search items by (feed_id, key | identity_key | identity_link) or an identical copy's time or hash, never by feed_id alone", async () => {
    const { items, raw, queries } = storeWithLog();
    const feedUrl = 'https://outlet.example/rss';
    for (let n = 0; n < 30; n++) await items.saveItem(sampleItem({ feedUrl, key: `https://outlet.example/story/${n}`, title: `Story ${n}` }));
    queries.length = 0;
    // An unknown item runs every form of the lookup (key, identity key, canonical link + title).
    expect(await items.hasItem(feedUrl, 'https://outlet.example/story/new', { canonicalLink: 'https://outlet.example/story/new', title: 'New' })).toBe(false);
    await items.saveItems([sampleItem({ feedUrl, key: 'https://outlet.example/story/new', title: 'New' })]);
    const plans = itemPlans(raw, queries);
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const plan of plans) {
      const onItems = plan.filter((l) => /\bitems\b/.test(l));
      expect(onItems, plan.join(' | ')).not.toEqual([]);
      for (const line of onItems) {
        expect(line, plan.join(' | ')).not.toMatch(/^SCAN items/);
        // An item with a guid that no key or link finds looks for an identical copy (ADR 0280) by its
        // publish time or content hash: index searches too, on the few items of that time or text.
        expect(line, plan.join(' | ')).toMatch(
          /\(feed_id=\? AND (key|identity_key|identity_link)=\?\)|USING INDEX items_(item_time \(item_time|content_hash \(content_hash)=\?\)/,
        );
      }
    }
    raw.close();
  });

  it('itemsFirstSeen searches items by first sight and the first sights per topic by time: two index searches, no scan (ADR 0281)', async () => {
    const { items, raw, queries } = storeWithLog();
    for (let n = 0; n < 30; n++) await items.saveItem(sampleItem({ key: `https://outlet.example/story/${n}`, title: `Story ${n}` }));
    queries.length = 0;
    await items.itemsFirstSeen(new Date('2026-03-01T07:00:00Z'), new Date('2026-03-01T08:00:00Z'));
    const [plan] = itemPlans(raw, queries);
    const text = plan.join(' | ');
    expect(
      plan.some((l) => /^SCAN (items|item_topics_seen)\b/.test(l)),
      text,
    ).toBe(false);
    expect(text).toMatch(/SEARCH items USING INDEX items_first_seen \(first_seen>\? AND first_seen<\?\)/);
    expect(text).toMatch(/SEARCH item_topics_seen USING COVERING INDEX item_topics_seen_at \(seen_at>\? AND seen_at<\?\)/);
    raw.close();
  });
});
