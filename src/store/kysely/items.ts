/**
 * ItemStore over Kysely, either database: `items` with their `item_topics`, `mentions` and `quotes`,
 * written in one transaction. Its parts: item-lookup.ts (identity), item-parts.ts (an item's parts,
 * edits), item-rows.ts (reading and assembling).
 */
import type { Clock } from '../../model/clock.js';
import type { AnalyzedItem } from '../../model/story.js';
import { itemTime } from '../../model/story.js';
import type { FeedRecord, ItemStore, SavedItem } from '../store.js';
import { storyHash } from '../keys.js';
import { editedVersion, identityKey, identityUrl, type KeyedVersion } from '../identity.js';
import { dateOrNull, type Db, type StoreDialect } from './dialect.js';
import { ensureFeed, updateFeedIn } from './feeds.js';
import { editedItemId, findItemId, storedKeyRow, type SameAs } from './item-lookup.js';
import { contentColumns, insertFirstTopicsSeen, insertItemParts, reviseItem, type AssignSpeaker, type PartsWriter } from './item-parts.js';
import { assembleItems, itemsQuery, tenantItemsQuery } from './item-rows.js';
export type { AssignSpeaker } from './item-parts.js';

type Saved = SavedItem;

/** Parses a stored item id; null when it is not one this store hands out. */
function parseId(id: string): number | null {
  return /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
}

export class KyselyItems implements ItemStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly dialect: StoreDialect,
    private readonly assignSpeaker: AssignSpeaker,
  ) {}

  /** The dialect and speaker assignment the item parts are written with (item-parts.ts). */
  private get parts(): PartsWriter {
    return { dialect: this.dialect, assignSpeaker: this.assignSpeaker };
  }

  async saveItem(a: AnalyzedItem): Promise<Saved> {
    // Most polls see items already stored: answer those without a write transaction (SQLite: the write lock).
    const seen = await findItemId(this.db, this.dialect, a.feedUrl, a.item.key, { ...a.item, hash: storyHash(a.article) });
    if (seen !== null && (await editedItemId(this.db, a)) === null) return { id: String(seen), inserted: false };
    return this.dialect.write(this.db, (trx) => this.insertIn(trx, a));
  }

  async saveItems(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url'>> }): Promise<Saved[]> {
    return this.dialect.write(this.db, async (trx) => {
      const out: Saved[] = [];
      for (const a of items) out.push(await this.insertIn(trx, a));
      if (feed) await updateFeedIn(this.dialect, trx, feed.url, feed.patch);
      return out;
    });
  }

  /**
   * Inserts one item (unless stored already) inside the caller's write transaction. Two processes
   * saving the same (feed, key) at once (PostgreSQL) meet on the unique key: the second finds nothing
   * inserted and reads the first one's id.
   */
  private async insertIn(trx: Db, a: AnalyzedItem): Promise<Saved> {
    const d = this.dialect;
    const again = await findItemId(trx, this.dialect, a.feedUrl, a.item.key, { ...a.item, hash: storyHash(a.article) });
    if (again !== null) {
      // Stored already; an edit under the same key (another headline or text) replaces the stored version.
      const edited = await editedItemId(trx, a);
      const newTopics = edited !== null ? await reviseItem(trx, this.parts, edited, a) : [];
      return { id: String(edited ?? again), inserted: false, ...(newTopics.length > 0 ? { newTopics } : {}) };
    }
    const feedId = await ensureFeed(d, trx, { url: a.feedUrl }, this.clock.now());
    const row = await trx
      .insertInto('items')
      .values({
        feed_id: feedId,
        key: a.item.key,
        guid: a.item.guid,
        link: a.item.link,
        canonical_link: a.item.canonicalLink,
        ...contentColumns(a),
        published: dateOrNull(d, a.item.published),
        first_seen: d.date(a.firstSeen),
        item_time: d.date(itemTime(a)),
        outlet: a.outlet,
        identity_key: identityKey(a.item.key),
        identity_link: identityUrl(a.item.canonicalLink),
      })
      .onConflict((oc) => oc.columns(['feed_id', 'key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return { id: String(await findItemId(trx, this.dialect, a.feedUrl, a.item.key)), inserted: false };
    await insertItemParts(trx, this.parts, row.id, a);
    await insertFirstTopicsSeen(trx, d, row.id, a);
    return { id: String(row.id), inserted: true };
  }

  async itemEdited(feedUrl: string, item: { key: string; title: string; text: string | null }): Promise<boolean> {
    const row = await storedKeyRow(this.db, feedUrl, item.key);
    return row !== null && editedVersion(row, item);
  }

  async storedVersion(feedUrl: string, key: string): Promise<KeyedVersion | null> {
    const row = await storedKeyRow(this.db, feedUrl, key);
    return row && { title: row.title, text: row.text, canonicalLink: row.canonical_link };
  }

  async itemKeyTitles(feedUrl: string): Promise<[string, string][]> {
    const rows = await this.db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select(['items.key', 'items.title'])
      .where('feeds.url', '=', feedUrl)
      .execute();
    return rows.map((r) => [r.key, r.title]);
  }

  async hasItem(feedUrl: string, key: string, same?: SameAs): Promise<boolean> {
    return (await findItemId(this.db, this.dialect, feedUrl, key, same)) !== null;
  }

  async itemKeys(feedUrl: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select('items.key')
      .where('feeds.url', '=', feedUrl)
      .execute();
    return rows.map((r) => r.key);
  }

  async itemsInWindow(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const { date } = this.dialect;
    const q = tenantItemsQuery(this.db, tenant).where('items.item_time', '>=', date(from)).where('items.item_time', '<', date(to));
    return assembleItems(this.db, this.dialect, await q.orderBy('items.item_time').orderBy('items.id').execute());
  }

  async itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const { date } = this.dialect;
    // Two index searches (items_first_seen, item_topics_seen_at): first seen in the window, or an edit
    // added a topic in it (ADR 0281). Which channel takes the item is compose's question (windowTimeFor).
    const q = tenantItemsQuery(this.db, tenant).where((eb) =>
      eb.or([
        eb.and([eb('items.first_seen', '>=', date(from)), eb('items.first_seen', '<', date(to))]),
        eb(
          'items.id',
          'in',
          eb
            .selectFrom('item_topics_seen')
            .select('item_topics_seen.item_id')
            .where('item_topics_seen.seen_at', '>=', date(from))
            .where('item_topics_seen.seen_at', '<', date(to)),
        ),
      ]),
    );
    return assembleItems(this.db, this.dialect, await q.orderBy('items.first_seen').orderBy('items.id').execute());
  }

  async getItem(id: string): Promise<AnalyzedItem | null> {
    const n = parseId(id);
    if (n === null) return null;
    const rows = await itemsQuery(this.db).where('items.id', '=', n).execute();
    return (await assembleItems(this.db, this.dialect, rows))[0] ?? null;
  }

  async pruneItems(before: Date): Promise<number> {
    const r = await this.db.deleteFrom('items').where('first_seen', '<', this.dialect.date(before)).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}
