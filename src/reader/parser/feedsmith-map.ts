/**
 * feedsmith (tolerant, fast-xml-parser underneath) → {@link RawFeed}: the recovery parser for documents
 * rss-parser rejects (ADR 0100 gives the numbers behind that choice).
 */
import { parseFeed as feedsmithParse } from 'feedsmith';
import { emptyEntry, type RawEntry, type RawFeed, type RawLink, type RawText } from './raw.js';

// feedsmith's result types are precise per format; here we read them loosely and defensively.
type Loose = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

function obj(v: unknown): Loose {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {};
}

function arr(v: unknown): Loose[] {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? { value: x } : obj(x)));
  return v === undefined || v === null ? [] : [typeof v === 'string' ? { value: v } : obj(v)];
}

/** Atom text construct (string or `{value, type}`); RSS strings are HTML-ish (`rssHtml`). */
function textOf(v: unknown, rssHtml: boolean): RawText | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return { value: v, type: rssHtml ? 'html' : 'text' };
  const o = obj(v);
  const value = str(o.value);
  if (value === null) return null;
  const type = (str(o.type) ?? '').toLowerCase();
  if (type === 'html' || type === 'xhtml' || type.includes('html')) return { value, type: 'html' };
  return { value, type: type === '' && rssHtml ? 'html' : 'text' };
}

function linkOf(l: Loose): RawLink | null {
  const href = str(l.href) ?? str(l.url) ?? str(l.value);
  if (!href || !href.trim()) return null;
  return { href: href.trim(), rel: str(l.rel), type: str(l.type), length: (l.length as number | string | undefined) ?? null };
}

function links(v: unknown): RawLink[] {
  return arr(v)
    .map(linkOf)
    .filter((l): l is RawLink => l !== null);
}

/** The Atom fields of an entry into `e`. */
function fillAtom(e: RawEntry, it: Loose): void {
  e.guid = str(it.id)?.trim() || null;
  e.title = textOf(it.title, false);
  const all = links(it.links);
  e.links = all.filter((l) => l.rel !== 'enclosure');
  e.enclosures = all.filter((l) => l.rel === 'enclosure');
  e.published = str(it.published) ?? str(it.issued) ?? str(it.created);
  e.updated = str(it.updated) ?? str(it.modified);
  e.summary = textOf(it.summary, false);
  e.content = textOf(it.content, false);
  e.categories = arr(it.categories)
    .map((c) => str(c.term) ?? str(c.label) ?? '')
    .filter(Boolean);
  e.bases = [str(obj(it.xml).base)].filter((b): b is string => !!b);
}

/** The RSS / RDF fields of an item into `e`. */
function fillRss(e: RawEntry, it: Loose): void {
  const dc = obj(it.dc);
  const content = obj(it.content);
  const guid = obj(it.guid);
  e.guid = (str(it.guid) ?? str(guid.value))?.trim() || null;
  if (it.guid !== undefined) e.guidIsPermaLink = guid.isPermaLink !== false;
  e.title = textOf(it.title, true) ?? textOf(arr(dc.titles)[0]?.value, true);
  e.links = [str(it.link), str(obj(it).about)].filter((x): x is string => !!x).map((href) => ({ href, rel: null, type: null, length: null }));
  e.enclosures = links(it.enclosures);
  e.published = str(it.pubDate) ?? str(dc.date) ?? str(arr(dc.dates)[0]?.value);
  e.summary = textOf(it.description, true);
  e.content = textOf(str(content.encoded) ?? undefined, true);
  e.categories = arr(it.categories)
    .map((c) => str(c.name) ?? str(c.value) ?? '')
    .filter(Boolean);
}

/** The first author's name (or e-mail), else `dc:creator`. */
function authorOf(it: Loose): string | null {
  const dc = obj(it.dc);
  const author = arr(it.authors)[0] ?? {};
  return (
    str(author.name)?.trim() ||
    str(author.value)?.trim() ||
    str(author.email)?.trim() ||
    str(arr(dc.creators)[0]?.value)?.trim() ||
    str(dc.creator)?.trim() ||
    null
  );
}

function mapItem(it: Loose, atom: boolean): RawEntry {
  const e = emptyEntry();
  if (atom) fillAtom(e, it);
  else fillRss(e, it);
  e.author = authorOf(it);
  e.categories = e.categories.map((c) => c.trim()).filter(Boolean);
  return e;
}

/**
 * Parses an XML feed with feedsmith's `parseFeed` (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0).
 * @throws feedsmith's `DetectError` for a document that is no feed, or a parse error
 */
export function parseWithFeedsmith(xml: string): RawFeed {
  const result = feedsmithParse(xml) as unknown as { format: string; feed: Loose };
  const feed = result.feed;
  const atom = result.format === 'atom';
  if (result.format === 'json') throw new Error('feedsmith: JSON Feed is read directly');
  const sy = obj(feed.sy);
  const dc = obj(feed.dc);
  const feedLinks = atom ? links(feed.links) : [str(feed.link)].filter((x): x is string => !!x).map((href) => ({ href, rel: null, type: null, length: null }));
  return {
    format: atom ? 'atom' : result.format === 'rdf' ? 'rdf' : 'rss',
    title: textOf(feed.title, !atom),
    links: feedLinks,
    bases: [str(obj(feed.xml).base)].filter((b): b is string => !!b),
    language: str(feed.language) ?? str(arr(dc.languages)[0]?.value) ?? str(dc.language) ?? str(obj(feed.xml).lang),
    ttl: str(feed.ttl),
    updatePeriod: str(sy.updatePeriod),
    updateFrequency: str(sy.updateFrequency),
    entries: arr(atom ? feed.entries : feed.items).map((it) => mapItem(it, atom)),
  };
}
