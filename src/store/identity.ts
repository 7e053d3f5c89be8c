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
