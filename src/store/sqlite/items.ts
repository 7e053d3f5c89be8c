/** ItemStore on SQLite: `items` with their `item_topics`, `mentions` and `quotes`, written in one transaction. */
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
import { neutral, sqliteDialect } from './dialect.js';
import { chunks, dateOrNull, ms, msOrNull, writeTx, type Db } from './util.js';
import type { Database } from 'better-sqlite3';
import { assignSpeaker, type SpeakerPort } from '../speakers.js';
import { sqliteSpeakerPort } from './speakers.js';

type ItemRow = Selectable<ItemsTable> & { feed_url: string };

/** Parses a stored item id; null when it is not one this store hands out. */
function parseId(id: string): number | null {
  return /^[1-9][0-9]{0,15}$/.test(id) ? Number(id) : null;
}

export class SqliteItems implements ItemStore {
  private readonly speakers: SpeakerPort;

  /** @param raw the connection under `db`, for the speaker assignment inside the item's transaction */
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    raw: Database,
  ) {
    this.speakers = sqliteSpeakerPort(raw);
  }

  async saveItem(a: AnalyzedItem): Promise<{ id: string; inserted: boolean }> {
    // Most polls see items already stored: answer those without taking the write lock.
    const seen = await this.findId(this.db, a.feedUrl, a.item.key, a.item);
    if (seen !== null) return { id: String(seen), inserted: false };
    return writeTx(this.db, (trx) => this.insertIn(trx, a));
  }

  async saveItems(items: AnalyzedItem[], feed?: { url: string; patch: Partial<Omit<FeedRecord, 'url'>> }): Promise<{ id: string; inserted: boolean }[]> {
    return writeTx(this.db, async (trx) => {
      const out: { id: string; inserted: boolean }[] = [];
      for (const a of items) out.push(await this.insertIn(trx, a));
      if (feed) await updateFeedIn(sqliteDialect, neutral(trx), feed.url, feed.patch);
      return out;
    });
  }

  /** Inserts one item (unless stored already) inside the caller's write transaction. */
  private async insertIn(trx: Db, a: AnalyzedItem): Promise<{ id: string; inserted: boolean }> {
    {
      const again = await this.findId(trx, a.feedUrl, a.item.key, a.item);
      if (again !== null) return { id: String(again), inserted: false };
      const feedId = await ensureFeed(sqliteDialect, neutral(trx), { url: a.feedUrl }, this.clock.now());
      const { id } = await trx
        .insertInto('items')
        .values({
          feed_id: feedId,
          key: a.item.key,
          guid: a.item.guid,
          link: a.item.link,
          canonical_link: a.item.canonicalLink,
          title: a.item.title,
          published: msOrNull(a.item.published),
          first_seen: ms(a.firstSeen),
          item_time: ms(itemTime(a)),
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
        .returning('id')
        .executeTakeFirstOrThrow();
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
        speaker_id: q.speaker ? assignSpeaker(this.speakers, q.speaker) : null,
      }));
      for (const rows of chunks(quotes)) await trx.insertInto('quotes').values(rows).execute();
      return { id: String(id), inserted: true };
    }
  }

  /**
   * The stored id of (feed, key) — keys compared in their identity form, so `http://www.x/a/` and
   * `https://x/a` are one item; failing that, of the same feed's item with the same canonical link (in
   * its identity form) and title, so a feed that regenerates its guids on every fetch does not make
   * old items new.
   */
  private async findId(db: Db, feedUrl: string, key: string, same?: { canonicalLink: string | null; title: string }): Promise<number | null> {
    // One indexed lookup per form: written as `key = ? OR identity_key = ?`, SQLite searched the
    // feed's rows by feed_id alone and compared each — linear in the feed's stored items, seconds of
    // blocked event loop per poll of a 4,000-item feed (the soak's /healthz stalls).
    const byId = (column: 'items.key' | 'items.identity_key', value: string) =>
      db.selectFrom('items').innerJoin('feeds', 'feeds.id', 'items.feed_id').select('items.id').where('feeds.url', '=', feedUrl).where(column, '=', value).executeTakeFirst();
    const byKey = (await byId('items.key', key)) ?? (await byId('items.identity_key', identityKey(key)));
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
    const q = this.tenantQuery(tenant).where('items.item_time', '>=', ms(from)).where('items.item_time', '<', ms(to));
    const rows = await q.orderBy('items.item_time').orderBy('items.id').execute();
    return this.assemble(rows);
  }

  async itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]> {
    const q = this.tenantQuery(tenant).where('items.first_seen', '>=', ms(from)).where('items.first_seen', '<', ms(to));
    const rows = await q.orderBy('items.first_seen').orderBy('items.id').execute();
    return this.assemble(rows);
  }

  async getItem(id: string): Promise<AnalyzedItem | null> {
    const n = parseId(id);
    if (n === null) return null;
    const rows = await this.baseQuery().where('items.id', '=', n).execute();
    return (await this.assemble(rows))[0] ?? null;
  }

  async pruneItems(before: Date): Promise<number> {
    const r = await this.db.deleteFrom('items').where('first_seen', '<', ms(before)).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Loads the matches, mentions and quotes of `rows` (a few batched queries) and builds AnalyzedItems. */
  private async assemble(rows: ItemRow[]): Promise<AnalyzedItem[]> {
    const matches = new Map<number, TopicMatch[]>();
    const quotes = new Map<number, Quote[]>();
    for (const part of chunks(rows.map((r) => r.id), 500)) {
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
        published: dateOrNull(r.published),
        author: r.author,
        categories: JSON.parse(r.categories) as string[],
        summary: r.summary,
        contentHtml: r.content_html,
        text: r.text,
        enclosures: JSON.parse(r.enclosures) as AnalyzedItem['item']['enclosures'],
      },
      article: JSON.parse(r.article) as Article,
      firstSeen: new Date(r.first_seen),
      matches: (matches.get(r.id) ?? []).filter(Boolean),
      quotes: quotes.get(r.id) ?? [],
    }));
  }
}
