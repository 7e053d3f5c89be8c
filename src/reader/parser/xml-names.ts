/**
 * The namespaces of the feed vocabularies: their short family names, the URIs that stand for each
 * (compared without scheme, case and trailing `/`/`#`), and the conventional prefixes a document may
 * use without declaring them (read as their usual namespace, as feedparser does).
 */

/** Namespace families (short names) for the vocabularies the mapping reads. */
export const NS = {
  /** No namespace, RSS 0.9x/2.0, RSS 1.0 (`http://purl.org/rss/1.0/`), RSS 0.90 (Netscape). */
  rss: 'rss',
  /** Atom 1.0 (RFC 4287) and Atom 0.3 (`http://purl.org/atom/ns#`). */
  atom: 'atom',
  rdf: 'rdf',
  dc: 'dc',
  dcterms: 'dcterms',
  content: 'content',
  media: 'media',
  itunes: 'itunes',
  sy: 'sy',
  xhtml: 'xhtml',
} as const;

/** Namespace URIs (compared without scheme, case and trailing `/`/`#`) → family. */
const URI_FAMILY = new Map<string, string>([
  ['', NS.rss],
  ['purl.org/rss/1.0', NS.rss],
  ['my.netscape.com/rdf/simple/0.9', NS.rss],
  ['channel.netscape.com/rdf/simple/0.9', NS.rss],
  ['backend.userland.com/rss2', NS.rss],
  ['backend.userland.com/rss', NS.rss],
  ['www.w3.org/2005/atom', NS.atom],
  ['purl.org/atom/ns', NS.atom],
  ['www.w3.org/1999/02/22-rdf-syntax-ns', NS.rdf],
  ['purl.org/dc/elements/1.1', NS.dc],
  ['purl.org/dc/terms', NS.dcterms],
  ['purl.org/rss/1.0/modules/content', NS.content],
  ['search.yahoo.com/mrss', NS.media],
  ['video.search.yahoo.com/mrss', NS.media],
  ['www.itunes.com/dtds/podcast-1.0.dtd', NS.itunes],
  ['purl.org/rss/1.0/modules/syndication', NS.sy],
  ['www.w3.org/1999/xhtml', NS.xhtml],
]);

/** Conventional prefixes, for documents that use one without declaring it. */
export const WELL_KNOWN_PREFIX = new Map<string, string>([
  ['atom', NS.atom],
  ['atom10', NS.atom],
  ['atom03', NS.atom],
  ['rdf', NS.rdf],
  ['dc', NS.dc],
  ['dcterms', NS.dcterms],
  ['content', NS.content],
  ['media', NS.media],
  ['itunes', NS.itunes],
  ['sy', NS.sy],
  ['xhtml', NS.xhtml],
  ['rss', NS.rss],
]);

/** The family of a namespace URI, or the URI itself for vocabularies the mapping does not read. */
export function namespaceFamily(uri: string): string {
  const key = uri
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/#]+$/, '');
  return URI_FAMILY.get(key) ?? uri;
}
