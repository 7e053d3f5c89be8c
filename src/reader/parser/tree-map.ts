/**
 * A feed's {@link XElement} tree → {@link RawFeed}, matching elements by namespace and local name
 * (prefixes are arbitrary): RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0, and the modules news and podcast
 * feeds use — Dublin Core, `content:encoded`, Media RSS (`media:group`, `media:content`,
 * `media:description`, `media:thumbnail`; https://www.rssboard.org/media-rss), iTunes and Syndication.
 */
import { emptyEntry, type RawEntry, type RawFeed, type RawLink, type RawText } from './raw.js';
import { attrOf, childOf, childrenOf, hasElementChildren, innerHtml, NS, textOf, type XElement } from './xml-tree.js';

/** Core vocabulary: RSS (no namespace, RSS 1.0, 0.90) and Atom, which feeds mix freely. */
const CORE = [NS.rss, NS.atom] as const;
const ATOM_FIRST = [NS.atom, NS.rss] as const;

function trimmed(el: XElement | undefined): string | null {
  if (!el) return null;
  return textOf(el).trim() || null;
}

function firstText(...els: Array<XElement | undefined>): string | null {
  for (const el of els) {
    const t = trimmed(el);
    if (t) return t;
  }
  return null;
}

/**
 * A text construct (RFC 4287 §3.1) or an RSS element whose text is HTML (`rssHtml`). Markup inside
 * the element (XHTML content, or HTML pasted unescaped) is serialised back to HTML; the XHTML
 * wrapper `<div>` is dropped (RFC 4287 §3.1.1.3).
 */
function textConstruct(el: XElement | undefined, rssHtml: boolean): RawText | null {
  if (!el) return null;
  const type = (el.attrs.type ?? '').toLowerCase();
  const mode = (el.attrs.mode ?? '').toLowerCase();
  const base = el.attrs['xml:base'] ?? null;
  let value: string;
  if (hasElementChildren(el)) {
    const elements = el.children.filter((c): c is XElement => typeof c !== 'string');
    const onlyDiv = elements.length === 1 && elements[0].local === 'div' && el.children.every((c) => typeof c !== 'string' || !c.trim());
    value = innerHtml(onlyDiv && type.includes('xhtml') ? elements[0] : el);
    return { value, type: 'html', base };
  }
  value = textOf(el);
  // Atom 0.3 mode="base64"; Atom 1.0 (RFC 4287 §4.1.3.3): a non-text, non-XML MIME type is base64.
  const binaryMime = type.includes('/') && !type.startsWith('text/') && !type.includes('xml');
  if (mode === 'base64' || binaryMime) return { value: Buffer.from(value.trim(), 'base64').toString('utf8'), type: 'html', base };
  if (type === 'text' || type === 'text/plain') return { value, type: 'text', base };
  if (type === '' && !rssHtml && mode !== 'escaped') return { value, type: 'text', base };
  return { value, type: 'html', base };
}

/** The namespaces read as the core vocabulary of one document, in order of preference. */
type Core = readonly string[];

function linkOf(el: XElement): RawLink | null {
  const href = el.attrs.href ?? el.attrs.url ?? attrOf(el, 'rdf:resource') ?? textOf(el);
  if (!href || !href.trim()) return null;
  return { href: href.trim(), rel: el.attrs.rel ?? null, type: el.attrs.type ?? null, length: el.attrs.length ?? null, base: el.attrs['xml:base'] ?? null };
}

function linksOf(el: XElement, core: Core): RawLink[] {
  const out: RawLink[] = [];
  for (const c of childrenOf(el, core, 'link')) {
    const l = linkOf(c);
    if (l) out.push(l);
  }
  return out;
}

function authorOf(el: XElement | undefined, core: Core): string | null {
  if (!el) return null;
  if (hasElementChildren(el)) return firstText(childOf(el, core, 'name'), childOf(el, core, 'email'));
  return trimmed(el);
}

/** xml:base values from `el` up to the document element (or up to `stop`, excluded), innermost first. */
function basesOf(el: XElement | null, stop: ReadonlySet<XElement> = new Set()): string[] {
  const out: string[] = [];
  for (let e = el; e && !stop.has(e); e = e.parent) {
    const b = e.attrs['xml:base'];
    if (b !== undefined && b.trim()) out.push(b);
  }
  return out;
}

/** Media RSS places: the item itself, each `media:group`, each `media:content` (also inside groups). */
function mediaScopes(item: XElement): XElement[] {
  const groups = childrenOf(item, NS.media, 'group');
  const contents = [item, ...groups].flatMap((g) => childrenOf(g, NS.media, 'content'));
  return [item, ...groups, ...contents];
}

function mediaFirst(scopes: XElement[], local: string): XElement | undefined {
  for (const s of scopes) {
    const el = childOf(s, NS.media, local);
    if (el && (trimmed(el) || el.attrs.url)) return el;
  }
  return undefined;
}

/** An entry's categories: RSS/Atom `category`, `dc:subject`, iTunes categories (nested too), `media:category`. */
function entryCategories(item: XElement, core: Core): string[] {
  const itunesCats = childrenOf(item, NS.itunes, 'category').flatMap((k) => [k, ...childrenOf(k, NS.itunes, 'category')]);
  return [...childrenOf(item, core, 'category'), ...childrenOf(item, NS.dc, 'subject'), ...itunesCats, ...childrenOf(item, NS.media, 'category')]
    .map((k) => k.attrs.term ?? k.attrs.text ?? k.attrs.label ?? textOf(k))
    .map((k) => k.trim())
    .filter(Boolean);
}

/**
 * An entry's summary and content, each from the first element that has one: summary from
 * `description`/`summary`/`dc:description`, `itunes:summary`, `media:description`; content from
 * `content`, `content:encoded`, `xhtml:body`, `body`, `fullitem`.
 */
function entryTexts(item: XElement, atom: boolean, core: Core, media: XElement[]): { summary: RawText | null; content: RawText | null } {
  const c = (local: string) => childOf(item, core, local);
  const summary = atom ? c('summary') : (childOf(item, NS.rss, 'description') ?? c('summary') ?? childOf(item, NS.dc, 'description'));
  const summaryText =
    textConstruct(summary, !atom) ?? textConstruct(childOf(item, NS.itunes, 'summary'), true) ?? textConstruct(mediaFirst(media, 'description'), true);
  const contentText =
    textConstruct(c('content'), !atom) ??
    textConstruct(childOf(item, NS.content, 'encoded'), true) ??
    textConstruct(childOf(item, NS.xhtml, 'body'), true) ??
    textConstruct(childOf(item, NS.rss, 'body'), true) ??
    textConstruct(childOf(item, NS.rss, 'fullitem'), true);
  return { summary: summaryText, content: contentText };
}

function mapEntry(item: XElement, atom: boolean, core: Core, feedScope: ReadonlySet<XElement>): RawEntry {
  const e = emptyEntry();
  const c = (local: string) => childOf(item, core, local);
  const guidEl = c('guid') ?? c('id');
  e.guid = trimmed(guidEl) ?? (attrOf(item, 'rdf:about')?.trim() || null);
  const rssGuid = c('guid');
  if (rssGuid) e.guidIsPermaLink = (rssGuid.attrs.isPermaLink ?? rssGuid.attrs.ispermalink ?? 'true').toLowerCase() !== 'false';
  const media = mediaScopes(item);
  e.title = textConstruct(c('title'), !atom) ?? textConstruct(childOf(item, NS.dc, 'title'), true) ?? textConstruct(mediaFirst(media, 'title'), true);
  e.bases = basesOf(item, feedScope);
  const links = linksOf(item, core);
  e.links = links.filter((l) => l.rel !== 'enclosure');
  e.enclosures = [
    ...childrenOf(item, core, 'enclosure')
      .map(linkOf)
      .filter((l): l is RawLink => l !== null),
    ...links.filter((l) => l.rel === 'enclosure'),
  ];
  e.published = firstText(c('pubdate'), c('published'), c('issued'), c('created'), childOf(item, NS.dc, 'date'), childOf(item, NS.dcterms, 'issued'));
  e.updated = firstText(c('updated'), c('modified'), childOf(item, NS.dcterms, 'modified'));
  e.author =
    authorOf(c('author'), core) ??
    authorOf(childOf(item, NS.dc, 'creator'), core) ??
    authorOf(childOf(item, NS.dc, 'author'), core) ??
    authorOf(childOf(item, NS.itunes, 'author'), core);
  e.categories = entryCategories(item, core);
  Object.assign(e, entryTexts(item, atom, core, media));
  const thumb = mediaFirst(media, 'thumbnail');
  e.thumbnail = thumb?.attrs.url?.trim() || childOf(item, NS.itunes, 'image')?.attrs.href?.trim() || null;
  return e;
}

/**
 * Maps a parsed feed document.
 * @param root the document element (`rss`, `rdf:RDF` or Atom `feed`, any prefix)
 * @returns the raw feed, or null when the root is no feed element
 */
export function mapTree(root: XElement): RawFeed | null {
  let format: RawFeed['format'];
  if (root.local === 'feed') format = 'atom';
  else if (root.local === 'rss') format = 'rss';
  else if (root.local === 'rdf') format = 'rdf';
  else return null;
  const atom = format === 'atom';
  // A root in a namespace the mapping does not know (`<feed xmlns="http://example.com/newformat#">`)
  // makes that namespace core vocabulary too, as lenient readers do.
  const known = root.ns === NS.atom || root.ns === NS.rss || root.ns === NS.rdf;
  const core: Core = [...(atom ? ATOM_FIRST : CORE), ...(known ? [] : [root.ns])];
  const channel = atom ? root : (childOf(root, core, 'channel') ?? root);
  const records = atom ? childrenOf(root, core, 'entry') : [...(channel !== root ? childrenOf(channel, core, 'item') : []), ...childrenOf(root, core, 'item')];
  const links = linksOf(channel, core);
  // The feed element and its ancestors: their xml:base values are the feed's (RawFeed.bases), not the entry's.
  const feedScope = new Set<XElement>();
  for (let el: XElement | null = channel; el; el = el.parent) feedScope.add(el);
  return {
    format,
    title: textConstruct(childOf(channel, core, 'title') ?? childOf(channel, NS.dc, 'title'), !atom),
    links: links.filter((l) => atom || l.rel === null || l.rel === 'alternate'),
    bases: basesOf(channel),
    language: firstText(childOf(channel, core, 'language'), childOf(channel, NS.dc, 'language')) ?? channel.attrs['xml:lang'] ?? root.attrs['xml:lang'] ?? null,
    ttl: firstText(childOf(channel, core, 'ttl')),
    updatePeriod: firstText(childOf(channel, NS.sy, 'updateperiod')),
    updateFrequency: firstText(childOf(channel, NS.sy, 'updatefrequency')),
    entries: records.map((r) => mapEntry(r, atom, core, feedScope)),
  };
}
