/**
 * Identifiers the stores hand out: delivery idempotency keys and content hashes. Shared by the
 * in-memory fake and the SQLite store so both produce the same shapes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Article } from '../model/article.js';

/** Discord's message nonce is at most 25 characters (Discord API docs, "Create Message": `nonce`). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 25;

/** Length of the base36 form of a 64-bit number, zero-padded: 36^13 > 2^64. */
const RANDOM_PART_LENGTH = 13;

/**
 * A delivery's idempotency key: `ww` + 13 base36 characters of a random 64-bit number + the row id in
 * base36. Unique because the row id is (the random part only makes keys unguessable and distinct across
 * databases, e.g. after a restore); stable because it is stored with the row and never recomputed.
 * @param rowId the ledger row's integer id (≥ 1)
 * @param random 8 random bytes (injectable for tests)
 * @returns a key of 16 to 25 characters of `[0-9a-z]`
 * @throws RangeError when the row id needs more than 10 base36 digits (ids above 3.6e15)
 */
export function idempotencyKey(rowId: number, random: Buffer = randomBytes(8)): string {
  const randomPart = random.readBigUInt64BE(0).toString(36).padStart(RANDOM_PART_LENGTH, '0');
  const key = `ww${randomPart}${rowId.toString(36)}`;
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw new RangeError(`store: row id ${rowId} too large for an idempotency key`);
  return key;
}

/**
 * SHA-256 (hex) of an article's paragraphs joined by blank lines: the same story text gives the same
 * hash whichever feed carried it (used by dedupe and to spot silent edits).
 */
export function contentHash(article: Pick<Article, 'paragraphs'>): string {
  return createHash('sha256').update(article.paragraphs.join('\n\n'), 'utf8').digest('hex');
}

/** A random id for a subscription that came without one: `sub_` + 12 base36 characters. */
export function newSubscriptionId(): string {
  return 'sub_' + randomBytes(8).readBigUInt64BE(0).toString(36).padStart(13, '0').slice(0, 12);
}

/**
 * The content hash an item is recognised by (`sameStory` in store/identity.ts): `contentHash` of its
 * article, or null for an article without text (nothing to tell two items apart by).
 */
export function storyHash(article: Pick<Article, 'paragraphs'>): string | null {
  return article.paragraphs.some((p) => p.trim() !== '') ? contentHash(article) : null;
}
