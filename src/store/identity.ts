/**
 * Item identity across fetches: two spellings of one URL are one item. A site moving to HTTPS, adding or
 * dropping `www.`, a trailing slash, a fragment or click trackers must not make its stories new again
 * (issue 13). Used by both stores for item keys that are URLs (guids are often permalinks) and for the
 * (canonical link, title) fallback, and by the poller before any article page is fetched.
 */
import { isTrackerParam } from '../reader/parser/urls.js';

/**
 * The identity form of an http(s) URL: `//host[:port]/path[?query]` with
 * - the scheme dropped (`http:` and `https:` are the same resource for identity),
 * - the host lower-cased (WHATWG URL) and a leading `www.` dropped,
 * - default ports (80, 443) dropped, whichever scheme they came with,
 * - the fragment dropped,
 * - trailing slashes of the path dropped (`/a/` = `/a`; the root stays `/`),
 * - tracking parameters dropped (`utm_*`, `xtor`, `fbclid`, `gclid`, … `isTrackerParam`) and the rest
 *   sorted by name, so a reordered query is the same URL.
 * @param url any string
 * @returns the identity form, or null when `url` is not an absolute http(s) URL
 */
export function identityUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  // Most keys that are not URLs are opaque guids: answered without a URL parse that throws (an
  // exception per item was a fair share of a poll's main-thread time). An http(s) URL has its scheme
  // somewhere in it once tabs and newlines are gone (the URL parser drops those anywhere).
  if (!/https?:/i.test(url) && !/https?:/i.test(url.replace(/[\t\n\r]/g, ''))) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.replace(/^www\./, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '/';
  const params = [...u.searchParams.entries()].filter(([k]) => !isTrackerParam(k));
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `//${host}${port}${path}${query}`;
}

/**
 * The identity form of an item key: `identityUrl` for a key that is an http(s) URL (a permalink guid, or
 * the canonical link the parser fell back to), the key itself otherwise (an opaque guid, a title hash).
 */
export function identityKey(key: string): string {
  return identityUrl(key) ?? key;
}

/**
 * A headline in its identity form: Unicode-normalised (NFKC), lower case, every run of punctuation and
 * white space one space, trimmed — so `Vote delayed` and `Vote  delayed.` are one headline.
 * Used with `sameStory`; never shown.
 */
export function headlineIdentity(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{Z}\s]+/gu, ' ')
    .trim();
}

/** What `sameStory` compares of an item: its headline, publish time and content hash (each may be unknown). */
export interface StoryIdentity {
  title: string;
  published?: Date | null;
  /** `contentHash` of the analysed article, when known (not before the item was analysed). */
  hash?: string | null;
}

/**
 * Whether two items of ONE feed are the same item whatever their guid and link: the same non-empty
 * headline (`headlineIdentity`) and either the same publish time (to the second) or the same content
 * hash. A feed without guids whose links change on every fetch (session ids, rotating mirrors) keeps
 * its headline, date and text (docs/digests.md "The same story, once"); a daily "Briefing" shares its
 * headline but not its date or text, so it stays a new item every day.
 */
export function sameStory(a: StoryIdentity, b: StoryIdentity): boolean {
  const h = headlineIdentity(a.title);
  if (h === '' || h !== headlineIdentity(b.title)) return false;
  const pa = a.published?.getTime();
  const pb = b.published?.getTime();
  if (pa !== undefined && pb !== undefined && Number.isFinite(pa) && Math.floor(pa / 1000) === Math.floor(pb / 1000)) return true;
  return !!a.hash && a.hash === b.hash;
}

/** What `sameCopy` compares of an item: `StoryIdentity` and the feed's text of the item. */
export interface CopyIdentity extends StoryIdentity {
  /** The item's text as the feed gave it (`Item.text`); null or absent: none. */
  text?: string | null;
}

/**
 * Whether two items of ONE feed, each under a guid of its own, are copies of one item: a CMS that makes
 * up a new guid AND a new link (a session id in it) on every fetch serves the same story each time
 * (the new user's report, ADR 0280). A copy has the same non-empty headline (`headlineIdentity`), the
 * same publish time (to the second, both known) and the same text: the feed's text (white space aside)
 * or the content hash of the analysed article (both known). Stricter than `sameStory`, which is for
 * items without a guid: a guid says the outlet tells its items apart, so only identical content with the
 * same date is one item; two stories that share a headline and a date but not their text stay two, and
 * an undated copy stays an item of its own (the digest still leaves it out as a repeat: ADR 0280).
 */
export function sameCopy(a: CopyIdentity, b: CopyIdentity): boolean {
  // The publish time first: a cheap test that rules out nearly every other item of the feed.
  const pa = a.published?.getTime();
  const pb = b.published?.getTime();
  if (pa === undefined || pb === undefined || !Number.isFinite(pa) || Math.floor(pa / 1000) !== Math.floor(pb / 1000)) return false;
  const h = headlineIdentity(a.title);
  if (h === '' || h !== headlineIdentity(b.title)) return false;
  if (a.hash && a.hash === b.hash) return true;
  const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  return squash(a.text) === squash(b.text);
}

/** What `anotherStory` compares of a stored item and a fetched one under the same key. */
export interface KeyedVersion {
  title: string;
  text: string | null;
  canonicalLink: string | null;
}

/**
 * Whether a version served under a stored item's key is an edit of it: another headline or another text
 * (the stored version is replaced, the item is not new; docs/digests.md). Both stores and the poller ask this.
 */
export function editedVersion(stored: { title: string; text: string | null }, fetched: { title: string; text: string | null }): boolean {
  return stored.title !== fetched.title || (stored.text ?? '') !== (fetched.text ?? '');
}

/** Words of 3+ letters, folded to lower case, as a set (for `anotherStory`'s body overlap). */
function wordSet(text: string | null): Set<string> {
  return new Set((text ?? '').toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/**
 * Whether the item a feed now serves under a stored item's key is another story, not an edit of it:
 * a CMS that reuses a guid (a template's fixed id, a counter reset) for a new article. An edit keeps its
 * link or its headline or most of its words; another story changes all three — its canonical link
 * (identity form, both known), its headline (`headlineIdentity`) and its body (fewer than half the
 * words of the shorter text in the other, when both have 8 or more). Unknown links never count as
 * another story: without them an edit and a new story cannot be told apart, and a revised version is
 * the safer reading (nothing is posted twice). Treated as an edit, a reused guid lost the new story
 * and stored its text under the old link (the new user's report, issue 24).
 */
export function anotherStory(stored: KeyedVersion, fetched: KeyedVersion): boolean {
  const a = identityUrl(stored.canonicalLink);
  const b = identityUrl(fetched.canonicalLink);
  if (a === null || b === null || a === b) return false;
  if (headlineIdentity(stored.title) === headlineIdentity(fetched.title)) return false;
  const x = wordSet(stored.text);
  const y = wordSet(fetched.text);
  if (x.size < 8 || y.size < 8) return true;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size < 0.5;
}

/** The key a story gets when its feed reused an older story's key (`anotherStory`): the key and its link. */
export function reusedKey(key: string, canonicalLink: string): string {
  return `${key} \u2192 ${identityUrl(canonicalLink) ?? canonicalLink}`;
}

/**
 * The first-seen time an edited item keeps (ADR 0280). An edit is not a new story: the item keeps its
 * first sight, so a story the channels received is not posted again. But a story that matched no topic
 * before the edit was received by no channel (a digest lists only matching stories, an alert only an
 * instant topic's): when the edit makes it match, it is first seen at the edit (`edited.firstSeen`, the
 * time of the poll that read it), so it lands in each matching channel's next digest — never in none.
 * @param stored the stored version's first sight and whether it matched a topic (a match with mentions)
 * @param edited the new version, analysed (its matches and the poll's first-seen time)
 */
export function revisedFirstSeen(stored: { firstSeen: Date; matched: boolean }, edited: { firstSeen: Date; matches: { mentions: unknown[] }[] }): Date {
  const matchesNow = edited.matches.some((m) => m.mentions.length > 0);
  return !stored.matched && matchesNow && edited.firstSeen.getTime() > stored.firstSeen.getTime() ? edited.firstSeen : stored.firstSeen;
}
