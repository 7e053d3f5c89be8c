/** ItemStore over Kysely, either database: `items` with their `item_topics`, `mentions` and `quotes`, written in one transaction. */
import type { Selectable } from 'kysely';
import type { Clock } from '../../model/clock.js';
import type { Article } from '../../model/article.js';
import type { AnalyzedItem } from '../../model/story.js';
import { itemTime } from '../../model/story.js';
import type { Mention, TopicMatch } from '../../model/watchlist.js';
import type { Quote } from '../../model/quote.js';
import type { FeedRecord, ItemStore } from '../store.js';
import { contentHash, storyHash } from '../keys.js';
import { identityKey, identityUrl, sameStory, type StoryIdentity } from '../identity.js';
import { chunks, dateOrNull, readDateOrNull, type Db, type StoreDialect } from './dialect.js';
import { ensureFeed, updateFeedIn } from './feeds.js';
import type { ItemsTable } from './schema.js';

type ItemRow = Selectable<ItemsTable> & { feed_url: string };
type Saved = { id: string; inserted: boolean };
/** What the identity fallbacks compare: canonical link + title, then headline + publish time or content hash. */
type SameAs = { canonicalLink: string | null; guid?: string | null } & StoryIdentity;

/**
 * The speaker entity of a quote's written speaker, inside the item's write transaction `trx` (SQLite:
 * synchronous statements on the same connection; PostgreSQL: after a lock on the name's bucket).
 * @returns the entity id, or null for a name without letters
 */
export type AssignSpeaker = (trx: Db, spelling: string) => Promise<number | null> | number | null;

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

  async saveItem(a: AnalyzedItem): Promise<Saved> {
    // Most polls see items already stored: answer those without a write transaction (SQLite: the write lock).
    const seen = await this.findId(this.db, a.feedUrl, a.item.key, { ...a.item, hash: storyHash(a.article) });
    if (seen !== null && (await this.editedId(this.db, a)) === null) return { id: String(seen), inserted: false };
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
    const again = await this.findId(trx, a.feedUrl, a.item.key, { ...a.item, hash: storyHash(a.article) });
    if (again !== null) {
      // Stored already; an edit under the same key (another headline or text) replaces the stored version.
      const edited = await this.editedId(trx, a);
      if (edited !== null) await this.reviseIn(trx, edited, a);
      return { id: String(edited ?? again), inserted: false };
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
        title: a.item.title,
        published: dateOrNull(d, a.item.published),
        first_seen: d.date(a.firstSeen),
        item_time: d.date(itemTime(a)),
        author: a.item.author,
        categories: JSON.stringify(a.item.categories),
        summary: a.item.summary,
        content_html: a.item.contentHtml,
        text: a.item.text,
        enclosures: JSON.stringify(a.item.enclosures),
        outlet: a.outlet,
        article: JSON.stringify(a.article),
        content_hash: contentHash(a.article),
        identity_key: identityKey(a.item.key),
        identity_link: identityUrl(a.item.canonicalLink),
      })
      .onConflict((oc) => oc.columns(['feed_id', 'key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return { id: String(await this.findId(trx, a.feedUrl, a.item.key)), inserted: false };
    await this.insertParts(trx, row.id, a);
    return { id: String(row.id), inserted: true };
  }

  /**
   * The id of the item stored under `a`'s key (either form) when the feed has since edited it: another
   * headline or text under the same guid. Null when it is not stored under that key, or unchanged.
   */
  private async editedId(db: Db, a: AnalyzedItem): Promise<number | null> {
    const row = await this.keyRow(db, a.feedUrl, a.item.key);
    return row && (row.title !== a.item.title || (row.text ?? '') !== (a.item.text ?? '')) ? row.id : null;
  }

  /** The row stored under (feed, key), keys compared as stored and in their identity form. */
  private async keyRow(db: Db, feedUrl: string, key: string): Promise<{ id: number; title: string; text: string | null } | null> {
    const by = (column: 'items.key' | 'items.identity_key', value: string) =>
      db
        .selectFrom('items')
        .innerJoin('feeds', 'feeds.id', 'items.feed_id')
        .select(['items.id', 'items.title', 'items.text'])
        .where('feeds.url', '=', feedUrl)
        .where(column, '=', value)
        .orderBy('items.id')
        .executeTakeFirst();
    return (await by('items.key', key)) ?? (await by('items.identity_key', identityKey(key))) ?? null;
  }

  async itemEdited(feedUrl: string, item: { key: string; title: string; text: string | null }): Promise<boolean> {
    const row = await this.keyRow(this.db, feedUrl, item.key);
    return row !== null && (row.title !== item.title || (row.text ?? '') !== (item.text ?? ''));
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

  /**
   * Stores the new version of an edited item (inside the write transaction): its headline, text,
   * article and content hash, and its topic matches, mentions and quotes replaced by those of the new
   * version — quote search never shows words the outlet removed. Its id, first-seen time and publish
   * time stay, so it is not a new story (not re-posted, not re-windowed).
   */
  private async reviseIn(trx: Db, id: number, a: AnalyzedItem): Promise<void> {
    await trx
      .updateTable('items')
      .set({
        title: a.item.title,
        author: a.item.author,
        categories: JSON.stringify(a.item.categories),
        summary: a.item.summary,
        content_html: a.item.contentHtml,
        text: a.item.text,
        enclosures: JSON.stringify(a.item.enclosures),
        article: JSON.stringify(a.article),
        content_hash: contentHash(a.article),
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('quotes').where('item_id', '=', id).execute();
    await trx.deleteFrom('mentions').where('item_id', '=', id).execute();
    await trx.deleteFrom('item_topics').where('item_id', '=', id).execute();
    await this.insertParts(trx, id, a);
  }

  /** The item's topic matches, mentions and quotes (speakers assigned in quote order, in the same transaction). */
  private async insertParts(trx: Db, id: number, a: AnalyzedItem): Promise<void> {
    const size = this.dialect.rowsPerInsert;
    const topics = a.matches.map((m, position) => ({ item_id: id, position, topic_id: m.topicId, relevance: m.relevance }));
    for (const rows of chunks(topics, size)) await trx.insertInto('item_topics').values(rows).execute();
    const mentions = a.matches.flatMap((m, matchPosition) =>
      m.mentions.map((x, position) => ({
        item_id: id,
        match_position: matchPosition,
        position,
        topic_id: x.topicId,
        term: x.term,
        surface: x.text,
        paragraph: x.paragraph,
        start_offset: x.start,
        end_offset: x.end,
      })),
    );
    for (const rows of chunks(mentions, size)) await trx.insertInto('mentions').values(rows).execute();
    const speakerIds: (number | null)[] = [];
    for (const q of a.quotes) speakerIds.push(q.speaker ? await this.assignSpeaker(trx, q.speaker) : null);
    const quotes = a.quotes.map((q, position) => ({
      item_id: id,
      position,
      kind: q.kind,
      text: q.text,
      speaker: q.speaker,
      speaker_role: q.speakerRole,
      paragraph: q.paragraph,
      start_offset: q.start,
      end_offset: q.end,
      confidence: q.confidence,
      salience: q.salience,
      speaker_id: speakerIds[position],
    }));
    for (const rows of chunks(quotes, size)) await trx.insertInto('quotes').values(rows).execute();
  }

  /**
   * The stored id of (feed, key) — keys compared in their identity form, so `http://www.x/a/` and
   * `https://x/a` are one item; failing that, of the same feed's item with the same canonical link (in
   * its identity form) and title, so a feed that regenerates its guids on every fetch does not make
   * old items new; failing that, of the same feed's item with the same headline and publish time or
   * content hash (`sameStory`: an item without a guid whose link changes on every fetch).
   */
  private async findId(db: Db, feedUrl: string, key: string, same?: SameAs): Promise<number | null> {
    // One indexed lookup per form: written as `key = ? OR identity_key = ?`, SQLite searched the
    // feed's rows by feed_id alone and compared each — linear in the feed's stored items, seconds of
    // blocked event loop per poll of a 4,000-item feed (the soak's /healthz stalls; item-lookup-plan.test.ts).
    const byId = (column: 'items.key' | 'items.identity_key', value: string) =>
      db
        .selectFrom('items')
        .innerJoin('feeds', 'feeds.id', 'items.feed_id')
        .select('items.id')
        .where('feeds.url', '=', feedUrl)
        .where(column, '=', value)
        .orderBy('items.id')
        .executeTakeFirst();
    const byKey = (await byId('items.key', key)) ?? (await byId('items.identity_key', identityKey(key)));
    if (byKey) return byKey.id;
    if (!same) return null;
    const link = identityUrl(same.canonicalLink);
    const byLink =
      link &&
      (await db
        .selectFrom('items')
        .innerJoin('feeds', 'feeds.id', 'items.feed_id')
        .select('items.id')
        .where('feeds.url', '=', feedUrl)
        .where('items.identity_link', '=', link)
        .where('items.title', '=', same.title)
        .orderBy('items.id')
        .executeTakeFirst());
    if (byLink) return byLink.id;
    return this.findSameStory(db, feedUrl, same);
  }

  /**
   * The same feed's item `sameStory` as `same`, for an item without a guid only (its key is its link,
   * and the link may change on every fetch): candidates by publish time or content hash, headlines
   * compared here. Not an index search on a key form (a walk of the feed's rows by feed_id), so items
   * with a guid — nearly all — never run it (item-lookup-plan.test.ts).
   */
  private async findSameStory(db: Db, feedUrl: string, same: SameAs): Promise<number | null> {
    if (same.guid !== null && same.guid !== undefined && same.guid !== '') return null;
    const published = same.published ?? null;
    const hash = same.hash ?? null;
    if (published === null && hash === null) return null;
    const d = this.dialect;
    const rows = await db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select(['items.id', 'items.title', 'items.published', 'items.content_hash'])
      .where('feeds.url', '=', feedUrl)
      .where((eb) => {
        const ors = [];
        if (published !== null) ors.push(eb('items.published', '=', d.date(published)));
        if (hash !== null) ors.push(eb('items.content_hash', '=', hash));
        return eb.or(ors);
      })
      .orderBy('items.id')
      .execute();
    const hit = rows.find((r) => sameStory(same, { title: r.title, published: readDateOrNull(d, r.published), hash: r.content_hash }));
    return hit ? hit.id : null;
  }

  async hasItem(feedUrl: string, key: string, same?: SameAs): Promise<boolean> {
    return (await this.findId(this.db, feedUrl, key, same)) !== null;
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

  private baseQuery() {
    return this.db.selectFrom('items').innerJoin('feeds', 'feeds.id', 'items.feed_id').selectAll('items').select('feeds.url as feed_url');
  }

  /** `baseQuery` narrowed to the feeds `tenant` sees (undefined: every feed; null: global feeds only). */
  private tenantQuery(tenant: string | null | undefined) {
    const q = this.baseQuery();
    if (tenant === undefined) return q;
    if (tenant === null) return q.where('feeds.workspace', 'is', null);
    return q.where((eb) =>
      eb.or([
        eb('feeds.workspace', 'is', null),
        eb.exists(
          eb
            .selectFrom('feed_tenants')
            .select('feed_tenants.feed_id')
            .whereRef('feed_tenants.feed_id', '=', 'feeds.id')
            .where('feed_tenants.workspace', '=', tenant),
        ),
      ]),
    );
  }

  async itemsInWindow(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const { date } = this.dialect;
    const q = this.tenantQuery(tenant).where('items.item_time', '>=', date(from)).where('items.item_time', '<', date(to));
    return this.assemble(await q.orderBy('items.item_time').orderBy('items.id').execute());
  }

  async itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const { date } = this.dialect;
    const q = this.tenantQuery(tenant).where('items.first_seen', '>=', date(from)).where('items.first_seen', '<', date(to));
    return this.assemble(await q.orderBy('items.first_seen').orderBy('items.id').execute());
  }

  async getItem(id: string): Promise<AnalyzedItem | null> {
    const n = parseId(id);
    if (n === null) return null;
    const rows = await this.baseQuery().where('items.id', '=', n).execute();
    return (await this.assemble(rows))[0] ?? null;
  }

  async pruneItems(before: Date): Promise<number> {
    const r = await this.db.deleteFrom('items').where('first_seen', '<', this.dialect.date(before)).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Loads the matches, mentions and quotes of `rows` (a few batched queries) and builds AnalyzedItems. */
  private async assemble(rows: ItemRow[]): Promise<AnalyzedItem[]> {
    const matches = new Map<number, TopicMatch[]>();
    const quotes = new Map<number, Quote[]>();
    for (const part of chunks(
      rows.map((r) => r.id),
      this.dialect.idsPerQuery,
    )) {
      const topicRows = await this.db.selectFrom('item_topics').selectAll().where('item_id', 'in', part).orderBy('item_id').orderBy('position').execute();
      for (const t of topicRows) {
        const list = matches.get(t.item_id) ?? [];
        list[t.position] = { topicId: t.topic_id, mentions: [], relevance: t.relevance };
        matches.set(t.item_id, list);
      }
      const mentionRows = await this.db
        .selectFrom('mentions')
        .selectAll()
        .where('item_id', 'in', part)
        .orderBy('item_id')
        .orderBy('match_position')
        .orderBy('position')
        .execute();
      for (const m of mentionRows) {
        const mention: Mention = { topicId: m.topic_id, term: m.term, text: m.surface, paragraph: m.paragraph, start: m.start_offset, end: m.end_offset };
        matches.get(m.item_id)?.[m.match_position]?.mentions.push(mention);
      }
      const quoteRows = await this.db.selectFrom('quotes').selectAll().where('item_id', 'in', part).orderBy('item_id').orderBy('position').execute();
      for (const q of quoteRows) {
        const list = quotes.get(q.item_id) ?? [];
        list.push({
          kind: q.kind,
          text: q.text,
          speaker: q.speaker,
          speakerRole: q.speaker_role,
          paragraph: q.paragraph,
          start: q.start_offset,
          end: q.end_offset,
          confidence: q.confidence,
          salience: q.salience,
        });
        quotes.set(q.item_id, list);
      }
    }
    return rows.map((r) => this.toAnalyzed(r, matches.get(r.id) ?? [], quotes.get(r.id) ?? []));
  }

  private toAnalyzed(r: ItemRow, matches: TopicMatch[], quotes: Quote[]): AnalyzedItem {
    const d = this.dialect;
    return {
      id: String(r.id),
      feedUrl: r.feed_url,
      outlet: r.outlet,
      item: {
        guid: r.guid,
        key: r.key,
        title: r.title,
        link: r.link,
        canonicalLink: r.canonical_link,
        published: readDateOrNull(d, r.published),
        author: r.author,
        categories: d.readJson<string[]>(r.categories),
        summary: r.summary,
        contentHtml: r.content_html,
        text: r.text,
        enclosures: d.readJson<AnalyzedItem['item']['enclosures']>(r.enclosures),
      },
      article: d.readJson<Article>(r.article),
      firstSeen: d.readDate(r.first_seen),
      matches: matches.filter(Boolean),
      quotes,
    };
  }
}
