/**
 * XML feeds (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0) → {@link RawFeed} (ADR 0103).
 * The document is tokenised by htmlparser2 in XML mode into a namespace-aware tree (xml-tree.ts) and
 * mapped by namespace and local name (tree-map.ts). A document that is not well-formed is marked
 * `recovered` and read twice: once pre-cleaned (stray `&` escaped, HTML entities resolved, DOCTYPE
 * dropped, raw HTML in text elements wrapped in CDATA, truncation closed — ADR 0100, 0102) and once as
 * it is by the tolerant tree builder (an element left open is closed by its parent's end tag, an item
 * opened inside an item closes it); the reading that keeps more items wins, the pre-cleaned one on a tie.
 */
import { notAFeed, unknownRoot } from './not-a-feed.js';
import { assertXmlWithinLimits } from './limits.js';
import { expandInternalEntities } from './internal-entities.js';
import { precleanXml } from './preclean.js';
import type { RawFeed } from './raw.js';
import { mapTree } from './tree-map.js';
import { buildXmlTree } from './xml-tree.js';

export { expandInternalEntities } from './internal-entities.js';
export { cdataWrapMarkupText, precleanXml, rootElementName, shieldAtomDates, xhtmlConstructsToHtml } from './preclean.js';

/**
 * How ill-formed documents are read. `preclean` (default): the tree parser, pre-cleaned and tolerant
 * readings compared; `none`: ill-formed documents are refused. The legacy rss-parser path (ADR 0100) is
 * kept for measurement: `rss-parser` (pre-clean and rss-parser again), `feedsmith`, `preclean+feedsmith`.
 */
export type RecoveryStrategy = 'preclean' | 'none' | 'rss-parser' | 'feedsmith' | 'preclean+feedsmith';

/** The default recovery strategy (ADR 0103). */
export const DEFAULT_RECOVERY: RecoveryStrategy = 'preclean';

export interface XmlParseResult {
  raw: RawFeed;
  /** True when the document was not well-formed XML (feedparser's "bozo"). */
  recovered: boolean;
  /** Which reading produced `raw`. */
  via: 'tree' | 'preclean' | 'tolerant' | 'rss-parser' | 'feedsmith';
  /** Items after the first `FEED_LIMITS.maxItems` in document order, not read (absent: none). */
  itemsDropped?: number;
}

/** Removes the DOCTYPE of the prolog (comments and processing instructions before it skipped). */
function dropDoctype(xml: string): string {
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]*\[[\s\S]*?\])?[^>]*>|<[A-Za-z_]/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].startsWith('<!DOCTYPE')) return xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
    if (!m[0].startsWith('<!--') && !m[0].startsWith('<?')) break;
  }
  return xml;
}

/**
 * Parses an XML feed document.
 * @param xml the decoded document (see `decodeFeedBytes`)
 * @param opts.strategy recovery for ill-formed documents (default {@link DEFAULT_RECOVERY})
 * @throws WirewatchError `not_a_feed` for HTML, an unknown root element, a document without elements,
 *   or (strategy `none`) an ill-formed one; `feed_limit` for a document over one of `FEED_LIMITS`
 *   (limits.ts: size, depth, entities); over `maxItems` the first items are read (`itemsDropped`)
 */
export async function parseXmlFeed(xml: string, opts: { strategy?: RecoveryStrategy } = {}): Promise<XmlParseResult> {
  const strategy = opts.strategy ?? DEFAULT_RECOVERY;
  const limited = assertXmlWithinLimits(xml);
  const dropped = limited.itemsDropped > 0 ? { itemsDropped: limited.itemsDropped } : {};
  if (strategy === 'rss-parser' || strategy === 'feedsmith' || strategy === 'preclean+feedsmith') {
    // Imported here: the legacy path's rss-parser, xml2js and feedsmith (≈ 0.7 MB of code) only for
    // the corpus measurements that ask for it, not by every start (ADR 0236).
    const { parseXmlFeedLegacy } = await import('./xml-legacy.js');
    return { ...(await parseXmlFeedLegacy(limited.xml, { strategy: strategy === 'rss-parser' ? 'preclean' : strategy })), ...dropped };
  }
  return { ...(await readTree(limited.xml, strategy)), ...dropped };
}

/** The tree readings of `parseXmlFeed` (well-formed, else pre-cleaned or tolerant). */
async function readTree(xml: string, strategy: RecoveryStrategy): Promise<XmlParseResult> {
  let doc = xml.includes('<!ENTITY') ? expandInternalEntities(xml) : xml;
  // A DOCTYPE (and its internal subset) says nothing the mapping reads; the tokenizer would end it at its first `>`.
  if (doc.includes('<!DOCTYPE')) doc = dropDoctype(doc);
  const tree = buildXmlTree(doc);
  if (!tree.root) throw notAFeed('empty document or no XML element');
  const root = tree.root.local;
  if (root === 'html' || root === 'body' || root === 'head') throw notAFeed('an HTML page, not a feed');
  const raw = mapTree(tree.root);
  if (!raw) throw unknownRoot(tree.root.name);
  if (tree.wellFormed) return { raw, recovered: false, via: 'tree' };
  if (strategy === 'none') throw notAFeed('ill-formed XML (recovery off)');
  const cleaned = buildXmlTree(precleanXml(doc));
  const fromCleaned = cleaned.root ? mapTree(cleaned.root) : null;
  if (fromCleaned && fromCleaned.entries.length >= raw.entries.length) return { raw: fromCleaned, recovered: true, via: 'preclean' };
  return { raw, recovered: true, via: 'tolerant' };
}
