/**
 * Finding a stored item: by (feed, key) with keys compared as stored and in their identity form, then
 * by canonical link and title, then (items without a guid) by the same headline and publish time or
 * content hash; and whether the outlet has edited a stored item since (ADR 0162).
 */
import type { AnalyzedItem } from '../../model/story.js';
import { editedVersion, identityKey, identityUrl, sameCopy, sameStory, type CopyIdentity } from '../identity.js';
import { readDateOrNull, type Db, type StoreDialect } from './dialect.js';

/**
 * What the identity fallbacks compare: canonical link + title, then headline + publish time or content
 * hash (and, for an item with a guid, its feed text: `sameCopy`).
 */
export type SameAs = { canonicalLink: string | null; guid?: string | null } & CopyIdentity;

/**
 * The id of the item stored under `a`'s key (either form) when the feed has since edited it: another
 * headline or text under the same guid. Null when it is not stored under that key, or unchanged.
 */
export async function editedItemId(db: Db, a: AnalyzedItem): Promise<number | null> {
  const row = await storedKeyRow(db, a.feedUrl, a.item.key);
  return row && editedVersion(row, a.item) ? row.id : null;
}
/** The row stored under (feed, key), keys compared as stored and in their identity form. */
export async function storedKeyRow(
  db: Db,
  feedUrl: string,
  key: string,
): Promise<{ id: number; title: string; text: string | null; canonical_link: string | null } | null> {
  const by = (column: 'items.key' | 'items.identity_key', value: string) =>
    db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select(['items.id', 'items.title', 'items.text', 'items.canonical_link'])
      .where('feeds.url', '=', feedUrl)
      .where(column, '=', value)
      .orderBy('items.id')
      .executeTakeFirst();
  return (await by('items.key', key)) ?? (await by('items.identity_key', identityKey(key))) ?? null;
}
/**
 * The stored id of (feed, key) — keys compared in their identity form, so `http://www.x/a/` and
 * `https://x/a` are one item; failing that, of the same feed's item with the same canonical link (in
 * its identity form) and title, so a feed that regenerates its guids on every fetch does not make
 * old items new; failing that, of the same feed's item with the same headline and publish time or
 * content hash (`sameStory`: an item without a guid whose link changes on every fetch), or, for an item
 * with a guid, of the same feed's identical copy (`sameCopy`: guid and link both new on every fetch).
 */
export async function findItemId(db: Db, d: StoreDialect, feedUrl: string, key: string, same?: SameAs): Promise<number | null> {
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
  return same.guid ? findCopy(db, d, feedUrl, same) : findSameStory(db, d, feedUrl, same);
}
/**
 * The same feed's identical copy (`sameCopy`) of a dated item with a guid whose guid and link are both
 * new: candidates by its publish time (`item_time`, which is the publish time of a dated item), one index
 * search; headline and text (feed text or content hash) compared here (ADR 0280).
 */
async function findCopy(db: Db, d: StoreDialect, feedUrl: string, same: SameAs): Promise<number | null> {
  const published = same.published ?? null;
  if (published === null) return null;
  const rows = await db
    .selectFrom('items')
    .innerJoin('feeds', 'feeds.id', 'items.feed_id')
    .select(['items.id', 'items.title', 'items.published', 'items.text', 'items.content_hash'])
    .where('feeds.url', '=', feedUrl)
    .where('items.item_time', '=', d.date(published))
    // the headline as given (a copy repeats it): a feed whose items share one date (a date-only
    // pubDate) sends back only this one's copies
    .where('items.title', '=', same.title)
    .orderBy('items.id')
    .execute();
  const hit = rows.find((r) => sameCopy(same, { title: r.title, published: readDateOrNull(d, r.published), text: r.text, hash: r.content_hash }));
  return hit ? hit.id : null;
}
/**
 * The same feed's item `sameStory` as `same`, for an item without a guid only (its key is its link,
 * and the link may change on every fetch): candidates by publish time or content hash, headlines
 * compared here. Not an index search on a key form (a walk of the feed's rows by feed_id), so items
 * with a guid — nearly all — never run it (item-lookup-plan.test.ts).
 */
async function findSameStory(db: Db, d: StoreDialect, feedUrl: string, same: SameAs): Promise<number | null> {
  const published = same.published ?? null;
  const hash = same.hash ?? null;
  if (published === null && hash === null) return null;
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
