/**
 * Writing an item's parts inside its write transaction: its topic matches, mentions and quotes (each
 * quote's speaker entity assigned in quote order), and an edited item's new version replacing the old.
 */
import { itemTime, type AnalyzedItem } from '../../model/story.js';
import { revisedFirstSeen } from '../identity.js';
import { contentHash } from '../keys.js';
import { addedTopicsSeen, matchedTopics } from '../topics-seen.js';
import { chunks, readDateOrNull, type Db, type StoreDialect } from './dialect.js';
import { quoteColumns } from './quote-row.js';

/**
 * The speaker entity of a quote's written speaker, inside the item's write transaction `trx` (SQLite:
 * synchronous statements on the same connection; PostgreSQL: after a lock on the name's bucket).
 * @returns the entity id, or null for a name without letters
 */
export type AssignSpeaker = (trx: Db, spelling: string) => Promise<number | null> | number | null;

/** What writing parts needs: the dialect (rows per insert) and the speaker assignment. */
export interface PartsWriter {
  dialect: StoreDialect;
  assignSpeaker: AssignSpeaker;
}

/**
 * The columns of an item's content (headline, byline, text, article and its hash): written when the item
 * is stored and again, alone, when an edited version replaces it.
 */
export function contentColumns(a: AnalyzedItem) {
  return {
    title: a.item.title,
    author: a.item.author,
    categories: JSON.stringify(a.item.categories),
    summary: a.item.summary,
    content_html: a.item.contentHtml,
    text: a.item.text,
    enclosures: JSON.stringify(a.item.enclosures),
    article: JSON.stringify(a.article),
    content_hash: contentHash(a.article),
  };
}

/**
 * Stores the new version of an edited item (inside the write transaction): its headline, text,
 * article and content hash, and its topic matches, mentions and quotes replaced by those of the new
 * version — quote search never shows words the outlet removed. Its id, first-seen time and publish
 * time stay, so it is not a new story (not re-posted, not re-windowed) — unless the item never matched
 * a topic and the new version does: a story no channel received is first seen at the edit
 * (`revisedFirstSeen`, ADR 0280). A topic the item never matched before counts from the edit
 * (`item_topics_seen`, ADR 0281): the story reaches the channels of that topic alone once.
 * @returns the topics the edit made the item match for the first time (stored ids)
 */
export async function reviseItem(trx: Db, w: PartsWriter, id: number, a: AnalyzedItem): Promise<string[]> {
  const d = w.dialect;
  const row = await trx.selectFrom('items').select(['first_seen', 'published']).where('id', '=', id).executeTakeFirstOrThrow();
  const seenRows = await trx.selectFrom('item_topics_seen').select('topic_id').where('item_id', '=', id).execute();
  const everMatched = new Set(seenRows.map((r) => r.topic_id));
  const storedSeen = d.readDate(row.first_seen);
  const firstSeen = revisedFirstSeen({ firstSeen: storedSeen, matched: everMatched.size > 0 }, a);
  const moved =
    firstSeen.getTime() !== storedSeen.getTime()
      ? { first_seen: d.date(firstSeen), item_time: d.date(itemTime({ item: { ...a.item, published: readDateOrNull(d, row.published) }, firstSeen })) }
      : {};
  await trx
    .updateTable('items')
    .set({ ...contentColumns(a), ...moved })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('quotes').where('item_id', '=', id).execute();
  await trx.deleteFrom('mentions').where('item_id', '=', id).execute();
  await trx.deleteFrom('item_topics').where('item_id', '=', id).execute();
  await insertItemParts(trx, w, id, a);
  const added = addedTopicsSeen(everMatched, firstSeen, a);
  await insertTopicsSeen(trx, d, id, added);
  return added.map((s) => s.topicId);
}
/** The first sights of a new item's topics: each topic it matches, at its first sight (ADR 0281). */
export async function insertFirstTopicsSeen(trx: Db, d: StoreDialect, id: number, a: AnalyzedItem): Promise<void> {
  await insertTopicsSeen(
    trx,
    d,
    id,
    matchedTopics(a).map((topicId) => ({ topicId, at: a.firstSeen })),
  );
}
async function insertTopicsSeen(trx: Db, d: StoreDialect, id: number, seen: { topicId: string; at: Date }[]): Promise<void> {
  const rows = seen.map((s) => ({ item_id: id, topic_id: s.topicId, seen_at: d.date(s.at) }));
  for (const part of chunks(rows, d.rowsPerInsert)) await trx.insertInto('item_topics_seen').values(part).execute();
}
/** The item's topic matches, mentions and quotes (speakers assigned in quote order, in the same transaction). */
export async function insertItemParts(trx: Db, w: PartsWriter, id: number, a: AnalyzedItem): Promise<void> {
  const size = w.dialect.rowsPerInsert;
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
  for (const q of a.quotes) speakerIds.push(q.speaker ? await w.assignSpeaker(trx, q.speaker) : null);
  const quotes = a.quotes.map((q, position) => ({
    item_id: id,
    position,
    ...quoteColumns(q),
    speaker_id: speakerIds[position],
  }));
  for (const rows of chunks(quotes, size)) await trx.insertInto('quotes').values(rows).execute();
}
