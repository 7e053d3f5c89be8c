/** ItemStore on PostgreSQL: `items` with their `item_topics`, `mentions` and `quotes`, written in one transaction. */
import type { Selectable } from 'kysely';
import type { Clock } from '../../model/clock.js';
import type { Article } from '../../model/article.js';
import type { AnalyzedItem } from '../../model/story.js';
import { itemTime } from '../../model/story.js';
import type { Mention, TopicMatch } from '../../model/watchlist.js';
import type { Quote } from '../../model/quote.js';
import type { FeedRecord, ItemStore } from '../store.js';
import { contentHash } from '../keys.js';
import { identityKey, identityUrl } from '../identity.js';
import type { ItemsTable } from './schema.js';
import { ensureFeed, updateFeedIn } from '../kysely/feeds.js';
import { neutral, pgDialect } from './dialect.js';
import { chunks, type Db } from './util.js';
import { assignPgSpeaker } from './speakers.js';

type ItemRow = Selectable<ItemsTable> & { feed_url: string };

/** Parses a stored item id; null when it is not one this store hands out. */
function parseId(id: string): number | null {
  return /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
}

export class PgItems implements ItemStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async saveItem(a: AnalyzedItem): Promise<{ id: string; inserted: boolean }> {
    // Most polls see items already stored: answer those without a write transaction.
    const seen = await this.findId(this.db, a.feedUrl, a.item.key, a.item);
    if (seen !== null) return { id: String(seen), inserted: false };
    return this.db.transaction().execute((trx) => this.insertIn(trx, a));
  }

  async saveItems(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url'>> }): Promise<{ id: string; inserted: boolean }[]> {
    return this.db.transaction().execute(async (trx) => {
      const out: { id: string; inserted: boolean }[] = [];
      for (const a of items) out.push(await this.insertIn(trx, a));
      if (feed) await updateFeedIn(pgDialect, neutral(trx), feed.url, feed.patch);
      return out;
    });
  }

  /**
   * Inserts one item (unless stored already) inside the caller's transaction. Two processes saving
   * the same (feed, key) at once meet on the unique key: the second finds nothing inserted and reads
   * the first one's id.
   */
  private async insertIn(trx: Db, a: AnalyzedItem): Promise<{ id: string; inserted: boolean }> {
    const again = await this.findId(trx, a.feedUrl, a.item.key, a.item);
    if (again !== null) return { id: String(again), inserted: false };
    const feedId = await ensureFeed(pgDialect, neutral(trx), { url: a.feedUrl }, this.clock.now());
    const row = await trx
      .insertInto('items')
      .values({
        feed_id: feedId,
        key: a.item.key,
        guid: a.item.guid,
        link: a.item.link,
        canonical_link: a.item.canonicalLink,
        title: a.item.title,
        published: a.item.published,
        first_seen: a.firstSeen,
        item_time: itemTime(a),
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
    if (!row) {
      const id = await this.findId(trx, a.feedUrl, a.item.key);
      return { id: String(id), inserted: false };
    }
    const id = row.id;
    const topics = a.matches.map((m, position) => ({ item_id: id, position, topic_id: m.topicId, relevance: m.relevance }));
    for (const rows of chunks(topics)) await trx.insertInto('item_topics').values(rows).execute();
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
    for (const rows of chunks(mentions)) await trx.insertInto('mentions').values(rows).execute();
    // Speakers are assigned in quote order, inside this transaction (an item and its speakers commit together).
    const speakerIds: (number | null)[] = [];
    for (const q of a.quotes) speakerIds.push(q.speaker ? await assignPgSpeaker(trx, q.speaker) : null);
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
    for (const rows of chunks(quotes)) await trx.insertInto('quotes').values(rows).execute();
    return { id: String(id), inserted: true };
  }

  /**
   * The stored id of (feed, key) — keys compared in their identity form; failing that, of the same
   * feed's item with the same canonical link (identity form) and title (see `ItemStore.hasItem`).
   */
  private async findId(db: Db, feedUrl: string, key: string, same?: { canonicalLink: string | null; title: string }): Promise<number | null> {
    const byKey = await db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select('items.id')
      .where('feeds.url', '=', feedUrl)
      .where((eb) => eb.or([eb('items.key', '=', key), eb('items.identity_key', '=', identityKey(key))]))
      .orderBy('items.id')
      .executeTakeFirst();
    if (byKey) return byKey.id;
    const link = identityUrl(same?.canonicalLink);
    if (!same || !link) return null;
    const byLink = await db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select('items.id')
      .where('feeds.url', '=', feedUrl)
      .where('items.identity_link', '=', link)
      .where('items.title', '=', same.title)
      .orderBy('items.id')
      .executeTakeFirst();
    return byLink ? byLink.id : null;
  }

  async hasItem(feedUrl: string, key: string, same?: { canonicalLink: string | null; title: string }): Promise<boolean> {
    return (await this.findId(this.db, feedUrl, key, same)) !== null;
  }

  async itemKeys(feedUrl: string): Promise<string[]> {
    const rows = await this.db.selectFrom('items').innerJoin('feeds', 'feeds.id', 'items.feed_id').select('items.key').where('feeds.url', '=', feedUrl).execute();
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
        eb.exists(eb.selectFrom('feed_tenants').select('feed_tenants.feed_id').whereRef('feed_tenants.feed_id', '=', 'feeds.id').where('feed_tenants.workspace', '=', tenant)),
      ]),
    );
  }

  async itemsInWindow(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const rows = await this.tenantQuery(tenant).where('items.item_time', '>=', from).where('items.item_time', '<', to).orderBy('items.item_time').orderBy('items.id').execute();
    return this.assemble(rows);
  }

  async itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const rows = await this.tenantQuery(tenant).where('items.first_seen', '>=', from).where('items.first_seen', '<', to).orderBy('items.first_seen').orderBy('items.id').execute();
    return this.assemble(rows);
  }

  async getItem(id: string): Promise<AnalyzedItem | null> {
    const n = parseId(id);
    if (n === null) return null;
    const rows = await this.baseQuery().where('items.id', '=', n).execute();
    return (await this.assemble(rows))[0] ?? null;
  }

  async pruneItems(before: Date): Promise<number> {
    const r = await this.db.deleteFrom('items').where('first_seen', '<', before).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Loads the matches, mentions and quotes of `rows` (a few batched queries) and builds AnalyzedItems. */
  private async assemble(rows: ItemRow[]): Promise<AnalyzedItem[]> {
    const matches = new Map<number, TopicMatch[]>();
    const quotes = new Map<number, Quote[]>();
    for (const part of chunks(rows.map((r) => r.id), 1000)) {
      const topicRows = await this.db.selectFrom('item_topics').selectAll().where('item_id', 'in', part).orderBy('item_id').orderBy('position').execute();
      for (const t of topicRows) {
        const list = matches.get(t.item_id) ?? [];
        list[t.position] = { topicId: t.topic_id, mentions: [], relevance: t.relevance };
        matches.set(t.item_id, list);
      }
      const mentionRows = await this.db.selectFrom('mentions').selectAll().where('item_id', 'in', part).orderBy('item_id').orderBy('match_position').orderBy('position').execute();
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
    return rows.map((r) => ({
      id: String(r.id),
      feedUrl: r.feed_url,
      outlet: r.outlet,
      item: {
        guid: r.guid,
        key: r.key,
        title: r.title,
        link: r.link,
        canonicalLink: r.canonical_link,
        published: r.published,
        author: r.author,
        categories: r.categories,
        summary: r.summary,
        contentHtml: r.content_html,
        text: r.text,
        enclosures: r.enclosures as AnalyzedItem['item']['enclosures'],
      },
      article: r.article as Article,
      firstSeen: r.first_seen,
      matches: (matches.get(r.id) ?? []).filter(Boolean),
      quotes: quotes.get(r.id) ?? [],
    }));
  }
}
