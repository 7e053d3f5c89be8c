/**
 * rss-parser (the primary XML parser) → {@link RawFeed}. rss-parser's own mapping keeps one enclosure,
 * drops `xml:base`, Atom link relations and content types, so every field we need is requested as a raw
 * xml2js node through `customFields` (with `keepArray`) and read here.
 */
import Parser from 'rss-parser';
import { emptyEntry, type RawEntry, type RawFeed, type RawLink, type RawText } from './raw.js';

type XNode = string | { _?: string; $?: Record<string, string>; [child: string]: unknown };
type XList = XNode[] | undefined;

const ITEM_FIELDS: Array<[string, string]> = [
  ['$', '_attrs'],
  ['title', '_title'],
  ['link', '_link'],
  ['guid', '_guid'],
  ['id', '_id'],
  ['pubDate', '_pubDate'],
  ['published', '_published'],
  ['issued', '_issued'],
  ['created', '_created'],
  ['updated', '_updated'],
  ['modified', '_modified'],
  ['dc:date', '_dcDate'],
  ['dcterms:modified', '_dctModified'],
  ['author', '_author'],
  ['dc:creator', '_dcCreator'],
  ['dc:author', '_dcAuthor'],
  ['itunes:author', '_itunesAuthor'],
  ['category', '_category'],
  ['dc:subject', '_dcSubject'],
  ['description', '_description'],
  ['summary', '_summary'],
  ['dc:description', '_dcDescription'],
  ['content', '_content'],
  ['content:encoded', '_contentEncoded'],
  ['xhtml:body', '_xhtmlBody'],
  ['body', '_body'],
  ['fullitem', '_fullitem'],
  ['enclosure', '_enclosure'],
  ['atom:link', '_atomLink'],
  ['dc:title', '_dcTitle'],
  ['media:title', '_mediaTitle'],
  ['dcterms:issued', '_dctIssued'],
  ['itunes:summary', '_itunesSummary'],
  ['media:description', '_mediaDescription'],
  ['itunes:category', '_itunesCategory'],
  ['media:category', '_mediaCategory'],
];
const FEED_FIELDS: Array<[string, string]> = [
  ['$', '_attrs'],
  ['title', '_title'],
  ['dc:title', '_dcTitle'],
  ['link', '_link'],
  ['atom:link', '_atomLink'],
  ['language', '_language'],
  ['dc:language', '_dcLanguage'],
  ['ttl', '_ttl'],
  ['sy:updatePeriod', '_syPeriod'],
  ['sy:updateFrequency', '_syFrequency'],
];

/** Creates the configured rss-parser instance (RSS without `version` read as RSS 2.0, as browsers do). */
export function createRssParser(): Parser {
  const keep = (pairs: Array<[string, string]>) => pairs.map(([from, to]) => [from, to, { keepArray: true }]) as unknown as string[];
  return new Parser({
    defaultRSS: 2,
    customFields: { feed: keep(FEED_FIELDS), item: keep(ITEM_FIELDS) },
  });
}

function text(node: XNode | undefined): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string') return node;
  if (typeof node._ === 'string') return node._;
  return hasChildren(node) ? null : '';
}

function attrs(node: XNode | undefined): Record<string, string> {
  return node && typeof node === 'object' && node.$ ? node.$ : {};
}

function hasChildren(node: XNode): boolean {
  return typeof node === 'object' && Object.keys(node).some((k) => k !== '$' && k !== '_');
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Serialises an xml2js node's children back to markup (xml2js loses the order of mixed content). */
function innerXml(node: XNode): string {
  if (typeof node === 'string') return escapeXml(node);
  let out = typeof node._ === 'string' ? escapeXml(node._) : '';
  for (const [name, value] of Object.entries(node)) {
    if (name === '$' || name === '_') continue;
    const local = name.replace(/^[\w-]+:/, '');
    for (const child of value as XNode[]) {
      const a = Object.entries(attrs(child))
        .filter(([k]) => !k.startsWith('xmlns'))
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join('');
      out += `<${local}${a}>${innerXml(child)}</${local}>`;
    }
  }
  return out;
}

/** An Atom text construct (RFC 4287 §3.1) or an RSS element whose text is HTML. */
function textConstruct(list: XList, rssHtml: boolean): RawText | null {
  const node = list?.[0];
  if (node === undefined) return null;
  const a = attrs(node);
  const type = (a.type ?? '').toLowerCase();
  const mode = (a.mode ?? '').toLowerCase();
  let value = text(node);
  if (value === null || type === 'xhtml' || type.includes('xhtml')) value = innerXml(node);
  // Atom 0.3 mode="base64"; Atom 1.0 (RFC 4287 §4.1.3.3): a non-text, non-XML MIME type is base64.
  const binaryMime = type.includes('/') && !type.startsWith('text/') && !type.includes('xml');
  if (mode === 'base64' || binaryMime) return { value: Buffer.from(value.trim(), 'base64').toString('utf8'), type: 'html' };
  if (type === 'text' || type === 'text/plain') return { value, type: 'text' };
  if (type === '' && !rssHtml) return { value, type: 'text' };
  return { value, type: 'html' };
}

function linkOf(node: XNode): RawLink | null {
  const a = attrs(node);
  const href = a.href ?? a.url ?? text(node);
  if (!href || !href.trim()) return null;
  return { href: href.trim(), rel: a.rel ?? null, type: a.type ?? null, length: a.length ?? null };
}

function firstText(...lists: XList[]): string | null {
  for (const l of lists) {
    const t = text(l?.[0])?.trim();
    if (t) return t;
  }
  return null;
}

function authorOf(list: XList): string | null {
  const node = list?.[0];
  if (node === undefined) return null;
  if (typeof node === 'object' && Array.isArray(node.name)) return firstText(node.name as XList, node.email as XList);
  return text(node)?.trim() || null;
}

type Field = (k: string) => XList;

/** An item's categories: `category`, `dc:subject`, iTunes categories (nested too), `media:category`. */
function categoriesOf(f: Field): string[] {
  const nested = (f('_itunesCategory') ?? []).flatMap((c) => [c, ...(((typeof c === 'object' && c['itunes:category']) as XNode[]) ?? [])]);
  return [...(f('_category') ?? []), ...(f('_dcSubject') ?? []), ...nested, ...(f('_mediaCategory') ?? [])]
    .map((c) => attrs(c).term ?? attrs(c).text ?? attrs(c).label ?? text(c) ?? '')
    .map((c) => c.trim())
    .filter(Boolean);
}

/** An item's summary and content, each from the first element that has one. */
function textsOf(f: Field, atom: boolean): Pick<RawEntry, 'summary' | 'content'> {
  return {
    summary:
      textConstruct(atom ? f('_summary') : (f('_description') ?? f('_summary') ?? f('_dcDescription')), !atom) ??
      textConstruct(f('_itunesSummary'), true) ??
      textConstruct(f('_mediaDescription'), true),
    content:
      textConstruct(f('_content'), !atom) ??
      textConstruct(f('_contentEncoded'), true) ??
      textConstruct(f('_xhtmlBody'), true) ??
      textConstruct(f('_body'), true) ??
      textConstruct(f('_fullitem'), true),
  };
}

function mapEntry(item: Record<string, unknown>, atom: boolean): RawEntry {
  const f = (k: string) => item[k] as XList;
  const e = emptyEntry();
  const guidNode = f('_guid')?.[0] ?? f('_id')?.[0];
  e.guid = text(guidNode)?.trim() || null;
  if (f('_guid')?.[0] !== undefined) e.guidIsPermaLink = (attrs(f('_guid')?.[0]).isPermaLink ?? 'true').toLowerCase() !== 'false';
  e.title = textConstruct(f('_title'), !atom) ?? textConstruct(f('_dcTitle'), true) ?? textConstruct(f('_mediaTitle'), true);
  e.guid ??= (item._attrs as Record<string, string> | undefined)?.['rdf:about']?.trim() || null;
  const base = (item._attrs as Record<string, string> | undefined)?.['xml:base'];
  e.bases = base ? [base] : [];
  const links = [...(f('_link') ?? []), ...(f('_atomLink') ?? [])].map(linkOf).filter((l): l is RawLink => l !== null);
  e.links = links.filter((l) => l.rel !== 'enclosure');
  e.enclosures = [...(f('_enclosure') ?? []).map(linkOf).filter((l): l is RawLink => l !== null), ...links.filter((l) => l.rel === 'enclosure')];
  e.published = firstText(f('_pubDate'), f('_published'), f('_issued'), f('_created'), f('_dcDate'), f('_dctIssued'));
  e.updated = firstText(f('_updated'), f('_modified'), f('_dctModified'));
  e.author = authorOf(f('_author')) ?? authorOf(f('_dcCreator')) ?? authorOf(f('_dcAuthor')) ?? authorOf(f('_itunesAuthor'));
  e.categories = categoriesOf(f);
  Object.assign(e, textsOf(f, atom));
  return e;
}

/**
 * Parses an XML feed with rss-parser's `parseString` (xml2js/sax underneath, strict XML).
 * @param parser an instance from {@link createRssParser}
 * @throws whatever rss-parser throws: XML errors (`Unclosed root tag`, `Invalid character entity`...)
 *   or `Feed not recognized as RSS 1 or 2.` for another root element
 */
export async function parseWithRssParser(parser: Parser, xml: string): Promise<RawFeed> {
  const root = /<(feed|rss|rdf:RDF|RDF)\b/.exec(xml)?.[1] ?? 'rss';
  const atom = root === 'feed';
  const out = (await parser.parseString(xml)) as unknown as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const f = (k: string) => out[k] as XList;
  const feedAttrs = (out._attrs as Record<string, string> | undefined) ?? {};
  const links = [...(f('_link') ?? []), ...(f('_atomLink') ?? [])].map(linkOf).filter((l): l is RawLink => l !== null);
  return {
    format: atom ? 'atom' : root === 'rss' ? 'rss' : 'rdf',
    title: textConstruct(f('_title') ?? f('_dcTitle'), !atom),
    links: links.filter((l) => atom || l.rel === null || l.rel === 'alternate'),
    bases: feedAttrs['xml:base'] ? [feedAttrs['xml:base']] : [],
    language: firstText(f('_language'), f('_dcLanguage')) ?? feedAttrs['xml:lang'] ?? null,
    ttl: firstText(f('_ttl')),
    updatePeriod: firstText(f('_syPeriod')),
    updateFrequency: firstText(f('_syFrequency')),
    entries: (out.items ?? []).map((it) => mapEntry(it, atom)),
  };
}
