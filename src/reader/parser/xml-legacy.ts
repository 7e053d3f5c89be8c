/**
 * The previous XML path (ADR 0100): rss-parser's `parseString` (xml2js/sax, strict), pre-cleaning and
 * parsing again when it rejects a document, or feedsmith. No longer on the hot path (ADR 0103): kept
 * so the corpus measurements can be repeated against it (`recovery: 'rss-parser'`).
 */
import { WirewatchError } from '../../model/errors.js';
import { notAFeed, unknownRoot } from './not-a-feed.js';
import { parseWithFeedsmith } from './feedsmith-map.js';
import { expandInternalEntities } from './internal-entities.js';
import { precleanXml, rootElementName, shieldAtomDates, xhtmlConstructsToHtml } from './preclean.js';
import type { RawFeed } from './raw.js';
import { createRssParser, parseWithRssParser } from './rss-parser-map.js';

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'rdf']);

/** Renames `<p:feed>`…`</p:feed>` (a prefixed Atom or RSS document) to unprefixed element names. */
function stripRootPrefix(xml: string, prefix: string): string {
  const p = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return xml.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1').replace(new RegExp(`xmlns:${p}=`, 'g'), 'xmlns=');
}

/**
 * xml2js (under rss-parser) parses synchronously, so its promise is settled before the next macrotask;
 * one still pending then never will be, and is turned into an error instead of a hung poll.
 */
function settledOrFail<T>(p: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setImmediate(() => reject(new Error('rss-parser did not settle (xml2js swallowed an error)')));
    p.then(
      (v) => {
        clearImmediate(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearImmediate(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function emptyRss(): RawFeed {
  return { format: 'rss', title: null, links: [], bases: [], language: null, ttl: null, updatePeriod: null, updateFrequency: null, entries: [] };
}

/**
 * Parses an XML feed document.
 * @param xml the decoded document (see `decodeFeedBytes`)
 * @param opts.strategy recovery for documents rss-parser rejects (default {@link DEFAULT_RECOVERY})
 * @throws WirewatchError `not_a_feed` for HTML, an unknown root element, or a document nothing recovers
 */
export async function parseXmlFeedLegacy(
  xml: string,
  opts: { strategy: 'preclean' | 'feedsmith' | 'preclean+feedsmith' | 'none' },
): Promise<{ raw: RawFeed; recovered: boolean; via: 'rss-parser' | 'preclean' | 'feedsmith' }> {
  const strategy = opts.strategy;
  let doc = xml;
  let root = rootElementName(doc);
  if (root === null) throw notAFeed('empty document or no XML element');
  const prefixed = /^([\w.-]+):(feed|rss)$/.exec(root);
  if (prefixed) {
    doc = stripRootPrefix(doc, prefixed[1]);
    root = prefixed[2];
  }
  if (root === 'html' || root === 'body' || root === 'head') throw notAFeed('an HTML page, not a feed');
  if (!FEED_ROOTS.has(root)) throw unknownRoot(root);
  if (root === 'feed') doc = xhtmlConstructsToHtml(shieldAtomDates(doc));
  doc = expandInternalEntities(doc);

  const tryRss = async (text: string): Promise<RawFeed | Error> => {
    try {
      // A fresh instance per attempt: an xml2js parser that has failed once can swallow the callback of
      // its next parse, leaving rss-parser's promise pending forever (found by parse-feed.fuzz.test.ts).
      return await settledOrFail(parseWithRssParser(createRssParser(), text));
    } catch (e) {
      // rss-parser reads channel[0] unguarded: a well-formed feed without a channel is an empty feed.
      if (e instanceof TypeError) return emptyRss();
      return e instanceof Error ? e : new Error(String(e));
    }
  };
  const first = await tryRss(doc);
  if (!(first instanceof Error)) return { raw: first, recovered: false, via: 'rss-parser' };

  let lastError: Error = first;
  if (strategy === 'preclean' || strategy === 'preclean+feedsmith') {
    const second = await tryRss(precleanXml(doc));
    if (!(second instanceof Error)) return { raw: second, recovered: true, via: 'preclean' };
    lastError = second;
  }
  if (strategy === 'feedsmith' || strategy === 'preclean+feedsmith') {
    try {
      return { raw: parseWithFeedsmith(doc), recovered: true, via: 'feedsmith' };
    } catch (e) {
      lastError = e instanceof Error ? e : new Error(String(e));
    }
  }
  throw new WirewatchError('not_a_feed', `parser: ill-formed feed that could not be recovered: ${lastError.message.split('\n')[0]}`, {
    cause: lastError,
  });
}
