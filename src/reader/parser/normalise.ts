/**
 * {@link RawFeed} → the model's `FeedInfo` and `Item[]`: text constructs to plain text, links made
 * absolute, dates parsed, enclosures kept, keys assigned.
 */
import type { Enclosure, FeedInfo, Item } from '../../model/feed.js';
import { parseFeedDate } from './dates.js';
import { collapse, htmlToLine, htmlToText } from './html-text.js';
import { assignItemKeys } from './identity.js';
import type { RawEntry, RawFeed, RawLink, RawText } from './raw.js';
import { absolutizeHtmlLinks, canonicalUrl, resolveBase, resolveUrl } from './urls.js';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A text construct as one line of plain text (titles). */
export function lineOf(t: RawText | null): string {
  if (!t) return '';
  return t.type === 'html' ? htmlToLine(t.value) : collapse(t.value);
}

/** A text construct as plain text with paragraphs. */
function textOf(t: RawText | null): string {
  if (!t) return '';
  return t.type === 'html' ? htmlToText(t.value) : htmlToText(escapeHtml(t.value));
}

/** A text construct as HTML. */
function htmlOf(t: RawText | null): string | null {
  if (!t || !t.value.trim()) return null;
  return t.type === 'html' ? t.value : `<p>${escapeHtml(t.value).replace(/\n\s*\n/g, '</p><p>')}</p>`;
}

/** The alternate link (RFC 4287 §4.2.7.2: no `rel` means `alternate`), preferring an HTML type. */
function alternate(links: RawLink[]): RawLink | null {
  const alts = links.filter((l) => l.rel === null || l.rel === '' || l.rel === 'alternate');
  return alts.find((l) => !l.type || /html/i.test(l.type)) ?? alts[0] ?? null;
}

const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/**
 * The publisher's minimum poll interval in minutes: the larger of RSS `<ttl>` (RSS 2.0 spec) and
 * `sy:updatePeriod` / `sy:updateFrequency` (RSS 1.0 Syndication module), or null.
 */
export function ttlMinutesOf(raw: Pick<RawFeed, 'ttl' | 'updatePeriod' | 'updateFrequency'>): number | null {
  const values: number[] = [];
  const ttl = Number(raw.ttl?.trim());
  if (raw.ttl && Number.isFinite(ttl) && ttl > 0) values.push(ttl);
  const period = raw.updatePeriod ? PERIOD_MINUTES[raw.updatePeriod.trim().toLowerCase()] : undefined;
  if (period) {
    const freq = Number(raw.updateFrequency?.trim() || 1);
    values.push(Math.round(period / (Number.isFinite(freq) && freq > 0 ? freq : 1)));
  }
  return values.length ? Math.max(...values) : null;
}

function lengthOf(v: string | number | null): number | null {
  if (v === null || v === '') return null;
  const n = Number(String(v).trim());
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/**
 * One entry as an item. `bases` are the bases outside the entry, innermost first: the feed element's
 * `xml:base` chain, the feed's alternate link (absolute), the feed URL.
 */
/** What an item's key needs (cheap: no HTML body is converted). */
function entryHead(
  e: RawEntry,
  bases: Array<string | null>,
): { guid: string | null; link: string | null; canonicalLink: string | null; title: string; published: Date | null } {
  const itemBases = [...e.bases, ...bases];
  const alt = alternate(e.links);
  const permalink = e.guid && e.guidIsPermaLink !== false && /^https?:\/\//i.test(e.guid) ? e.guid.trim() : null;
  let link = alt ? resolveUrl(alt.href, alt.base, ...itemBases) : null;
  // Last resort for a link no base made absolute (a file read without its URL, no alternate link):
  // the item's own permalink guid (RSS 2.0 guid isPermaLink) is on the same site.
  if (link && permalink && !/^[a-z][a-z0-9+.-]*:/i.test(link)) link = resolveUrl(link, permalink);
  if (!link && permalink) link = permalink;
  return { guid: e.guid, link, canonicalLink: canonicalUrl(link), title: lineOf(e.title), published: parseFeedDate(e.published) ?? parseFeedDate(e.updated) };
}

function entryToItem(e: RawEntry, bases: Array<string | null>, head: ReturnType<typeof entryHead>): Omit<Item, 'key'> {
  const itemBases = [...e.bases, ...bases];
  const { link } = head;
  const summaryText = textOf(e.summary);
  const rawHtml = htmlOf(e.content);
  const contentHtml = rawHtml && absolutizeHtmlLinks(rawHtml, resolveBase([e.content?.base, ...itemBases]));
  const contentText = textOf(e.content);
  const enclosures: Enclosure[] = [];
  for (const enc of e.enclosures) {
    const url = resolveUrl(enc.href, enc.base, ...itemBases);
    if (url && !enclosures.some((x) => x.url === url)) enclosures.push({ url, type: enc.type?.trim() || null, length: lengthOf(enc.length) });
  }
  const item: Omit<Item, 'key'> = {
    guid: head.guid,
    title: head.title,
    link,
    canonicalLink: head.canonicalLink,
    published: head.published,
    author: e.author ? htmlToLine(e.author) || null : null,
    categories: [...new Set(e.categories.map((c) => htmlToLine(c)).filter(Boolean))],
    summary: summaryText || null,
    contentHtml,
    text: contentText || summaryText,
    enclosures,
  };
  if (e.thumbnail) item.thumbnail = resolveUrl(e.thumbnail, ...itemBases);
  return item;
}

/**
 * Normalises a raw feed.
 * @param raw the mapped document
 * @param url the feed's URL (the last base for relative links: after `xml:base` and the feed's alternate link), or null
 * @param only which items to build in full, by key (every item's key is computed either way, since a
 *   key depends on the whole feed): `skip` = keys left out, `max` = items built at most (`truncated`
 *   says more were left). A big feed polled again converts only its new items' HTML (issue 24).
 *   `titles`: the stored headline of skipped keys; an item whose headline differs (edited) is built.
 */
export function normaliseFeed(
  raw: RawFeed,
  url: string | null,
  only?: { skip?: ReadonlySet<string>; max?: number; titles?: ReadonlyMap<string, string> },
): { feed: FeedInfo; items: Item[]; truncated?: boolean } {
  const feedBases = [...raw.bases, url];
  const feedAlt = alternate(raw.links);
  const feedLink = feedAlt ? resolveUrl(feedAlt.href, feedAlt.base, ...feedBases) : null;
  // Base order (XML Base §4.2, RFC 3986 §5.1; as mature readers do): xml:base on the element, then its
  // ancestors, then the feed's alternate link made absolute against the feed URL, then the feed URL.
  // The alternate link is what a feed read from a file, a cache or an OPML copy still has.
  const itemBases = [...raw.bases, feedLink && /^https?:/i.test(feedLink) ? feedLink : null, url];
  const heads = raw.entries.map((e) => entryHead(e, itemBases));
  const keys = assignItemKeys(heads);
  const items: Item[] = [];
  let truncated = false;
  for (const [i, e] of raw.entries.entries()) {
    if (only?.skip?.has(keys[i]) && (only.titles?.get(keys[i]) ?? heads[i].title) === heads[i].title) continue;
    if (only?.max !== undefined && items.length >= only.max) {
      truncated = true;
      break;
    }
    items.push({ ...entryToItem(e, itemBases, heads[i]), key: keys[i] });
  }
  return {
    feed: {
      title: lineOf(raw.title) || null,
      link: feedLink,
      language: raw.language?.trim().replace(/_/g, '-') || null,
      ttlMinutes: ttlMinutesOf(raw),
    },
    items,
    ...(only ? { truncated } : {}),
  };
}
