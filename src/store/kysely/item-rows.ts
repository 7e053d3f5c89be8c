/**
 * Reading stored items: the items query (narrowed to what a tenant sees) and the rows assembled with
 * their topic matches, mentions and quotes into `AnalyzedItem`s.
 */
import type { Selectable } from 'kysely';
import type { Article } from '../../model/article.js';
import type { AnalyzedItem } from '../../model/story.js';
import type { Mention, TopicMatch } from '../../model/watchlist.js';
import type { Quote } from '../../model/quote.js';
import { chunks, readDateOrNull, type Db, type StoreDialect } from './dialect.js';
import type { ItemsTable } from './schema.js';
import { shownTopicsSeen } from '../topics-seen.js';
import { quoteFromRow } from './quote-row.js';

/** A stored item row with its feed's URL. */
export type ItemRow = Selectable<ItemsTable> & { feed_url: string };

/** Items with their feed URL (`feed_url`), every column. */
export function itemsQuery(db: Db) {
  return db.selectFrom('items').innerJoin('feeds', 'feeds.id', 'items.feed_id').selectAll('items').select('feeds.url as feed_url');
}
/** `itemsQuery` narrowed to the feeds `tenant` sees (undefined: every feed; null: global feeds only). */
export function tenantItemsQuery(db: Db, tenant: string | null | undefined) {
  const q = itemsQuery(db);
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
/**
 * Loads the matches, mentions, quotes and first sights per topic (`topicsSeen`, when they say more than
 * `firstSeen`) of `rows` (a few batched queries) and builds AnalyzedItems.
 */
export async function assembleItems(db: Db, d: StoreDialect, rows: ItemRow[]): Promise<AnalyzedItem[]> {
  const matches = new Map<number, TopicMatch[]>();
  const quotes = new Map<number, Quote[]>();
  const seen = new Map<number, Map<string, Date>>();
  for (const part of chunks(
    rows.map((r) => r.id),
    d.idsPerQuery,
  )) {
    const topicRows = await db.selectFrom('item_topics').selectAll().where('item_id', 'in', part).orderBy('item_id').orderBy('position').execute();
    for (const t of topicRows) {
      const list = matches.get(t.item_id) ?? [];
      list[t.position] = { topicId: t.topic_id, mentions: [], relevance: t.relevance };
      matches.set(t.item_id, list);
    }
    const mentionRows = await db
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
    const quoteRows = await db.selectFrom('quotes').selectAll().where('item_id', 'in', part).orderBy('item_id').orderBy('position').execute();
    for (const q of quoteRows) {
      const list = quotes.get(q.item_id) ?? [];
      list.push(quoteFromRow(q));
      quotes.set(q.item_id, list);
    }
    const seenRows = await db.selectFrom('item_topics_seen').selectAll().where('item_id', 'in', part).execute();
    for (const t of seenRows) {
      const topics = seen.get(t.item_id) ?? new Map<string, Date>();
      topics.set(t.topic_id, d.readDate(t.seen_at));
      seen.set(t.item_id, topics);
    }
  }
  return rows.map((r) => {
    const a = toAnalyzed(d, r, matches.get(r.id) ?? [], quotes.get(r.id) ?? []);
    const topicsSeen = shownTopicsSeen(a, seen.get(r.id) ?? new Map());
    return topicsSeen ? { ...a, topicsSeen } : a;
  });
}
/** One stored row with its parts, as the `AnalyzedItem` it was saved from (plus its id). */
function toAnalyzed(d: StoreDialect, r: ItemRow, matches: TopicMatch[], quotes: Quote[]): AnalyzedItem {
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
