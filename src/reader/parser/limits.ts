/**
 * The parser's limits on untrusted documents, in one place with the reason for each number.
 * A feed over a limit is refused with the error code `feed_limit` (the poller backs it off like any
 * other failing feed: it is never retried in a loop, and the other feeds are not affected).
 *
 * Each check here is one linear pass over the decoded text, run before any XML parser sees it, so a
 * hostile document costs at most one scan — never the parser's recursion or an entity blow-up.
 * One limit does not refuse: over `maxItems`, the first items in document order are read and the rest
 * dropped (`keepFirstItems`; ADR 0242) — feeds list their newest items first, and losing a whole feed is worse.
 * Background: OWASP "XML External Entity Prevention" and "XML Denial of Service" (billion laughs,
 * quadratic blow-up, deep nesting); libxml2's own defaults (XML_MAX_TEXT_LENGTH 10 MB, a nesting limit
 * of 256 without XML_PARSE_HUGE) are the same order of magnitude as the numbers below.
 */
import { WirewatchError } from '../../model/errors.js';

export const FEED_LIMITS = {
  /**
   * Characters of a decoded document. The fetcher caps a body at 15 MiB (`fetch.maxBytes`); a file
   * read by `wirewatch parse` gets the same bound. A larger "feed" is an archive dump or an attack.
   */
  maxDocumentChars: 16 * 1024 * 1024,
  /**
   * Characters that internal DTD entities may add to a document in total. Real feeds declare a
   * handful of short entities (`<!ENTITY id "tag:example.com,">`); a few references of kilobytes
   * each is already hostile ("billion laughs" / quadratic blow-up, OWASP XML DoS).
   */
  maxEntityExpansionChars: 256 * 1024,
  /** Entity declarations read from an internal subset (the rest make the feed refused). */
  maxEntityDeclarations: 64,
  /**
   * Element nesting depth of a feed document. A news feed nests 4–8 deep (rss > channel > item >
   * media:group > media:content), raw HTML pasted into a description adds a few dozen. xml2js and
   * linkedom recurse per level and overflow the stack around 10,000 (issue 24: 100k levels took
   * 10–40 s and then `Maximum call stack size exceeded`); libxml2 stops at 256 by default.
   */
  maxDepth: 512,
  /**
   * Items (`<item>`, `<entry>`, JSON Feed `items`) read per document: the first ones in document order
   * (feeds list the newest first); the rest are dropped before parsing, not refused. News feeds carry
   * 10–500; full-archive podcast feeds a few thousand. 100,000 items took 3–5 s of parsing and 470 MiB
   * (issue 24).
   */
  maxItems: 5000,
  /**
   * Nesting depth of an HTML fragment (a description or content) converted to text. Deeper markup
   * (escaped `&lt;b&gt;` repeated 100k times) is flattened by a linear tag strip instead of a DOM,
   * so the text is kept and no recursion runs: the item is not lost.
   */
  maxHtmlDepth: 256,
  /**
   * Characters kept of an item's `text`, `summary` and `contentHtml` each (the rest is cut, at a
   * paragraph break when there is one). The longest real articles are ~100 KB; the analysis sees at
   * most its window (`pipeline/window.ts`) anyway, and the stored row stays small enough to write
   * without holding the event loop.
   */
  maxItemTextChars: 1024 * 1024,
  /** Characters kept of an item's title and author (a 100 KB `<title>` blocked a digest; issue 24). */
  maxItemLineChars: 2000,
} as const;

export type FeedLimitName = keyof typeof FEED_LIMITS;

/** The error for a document over one of {@link FEED_LIMITS}; its code is `feed_limit`. */
export function feedLimitError(limit: FeedLimitName, detail: string): WirewatchError {
  return new WirewatchError('feed_limit', `parser: feed refused, over the ${limit} limit (${FEED_LIMITS[limit]}): ${detail}`);
}

/** Cuts `s` to at most `max` characters, at the last paragraph break (`\n\n`) in the second half if any. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  const br = s.lastIndexOf('\n\n', max);
  return br > max / 2 ? s.slice(0, br) : s.slice(0, max);
}

/** The item with its text fields cut to `maxItemTextChars` / `maxItemLineChars` (a copy when anything was cut). */
export function capItemFields<T extends { title: string; author: string | null; summary: string | null; text: string; contentHtml: string | null }>(
  item: T,
): T {
  const t = FEED_LIMITS.maxItemTextChars;
  const l = FEED_LIMITS.maxItemLineChars;
  if (
    item.title.length <= l &&
    (item.author?.length ?? 0) <= l &&
    (item.summary?.length ?? 0) <= t &&
    item.text.length <= t &&
    (item.contentHtml?.length ?? 0) <= t
  )
    return item;
  return {
    ...item,
    title: cutText(item.title, l),
    author: item.author === null ? null : cutText(item.author, l),
    summary: item.summary === null ? null : cutText(item.summary, t),
    text: cutText(item.text, t),
    // Cut HTML is still read by an HTML parser, which closes what the cut left open.
    contentHtml: item.contentHtml === null ? null : item.contentHtml.slice(0, t),
  };
}

/** HTML elements without an end tag (HTML Living Standard §13.1.2 "void elements"). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The deepest element nesting in a document or fragment, in one linear scan: start tags push, end
 * tags pop to their name, self-closing and void elements do not nest; CDATA sections, comments,
 * processing instructions and declarations are skipped. Stops counting once `stopAt` is passed.
 */
export function nestingDepth(text: string, stopAt = Infinity): number {
  const re = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<[?!][^<>]*>|<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/g;
  const stack: string[] = [];
  let max = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, close, name, self] = m;
    if (!name || self) continue;
    const lower = name.toLowerCase();
    if (close) {
      const at = stack.lastIndexOf(lower);
      // An end tag far down the stack (unclosed `<p>`s above it): pop to it, as HTML and our recovery do.
      if (at >= 0 && stack.length - at <= 64) stack.length = at;
      else if (stack.length && stack[stack.length - 1] === lower) stack.pop();
      continue;
    }
    if (VOID.has(lower)) continue;
    stack.push(lower);
    if (stack.length > max) {
      max = stack.length;
      if (max > stopAt) return max;
    }
  }
  return max;
}

/**
 * Checks a decoded XML feed document against the size and depth limits (entities are checked where
 * they are expanded, `expandInternalEntities`) and keeps its first `maxItems` items (`keepFirstItems`).
 * @returns the document to parse and how many items were dropped
 * @throws WirewatchError `feed_limit` naming the limit and what was found
 */
export function assertXmlWithinLimits(xml: string): { xml: string; itemsDropped: number } {
  if (xml.length > FEED_LIMITS.maxDocumentChars) throw feedLimitError('maxDocumentChars', `${xml.length} characters`);
  const depth = nestingDepth(xml, FEED_LIMITS.maxDepth);
  if (depth > FEED_LIMITS.maxDepth) throw feedLimitError('maxDepth', `elements nested more than ${FEED_LIMITS.maxDepth} deep`);
  return keepFirstItems(xml, FEED_LIMITS.maxItems);
}

/**
 * The document with only its first `max` items (`<item>` / `<entry>`, any prefix): everything from
 * the start tag of item `max + 1` to the end tag of the last item is cut out, so what follows the
 * items (`</channel></rss>`, metadata after them) stays and the document stays well-formed. One
 * linear scan; the parser never sees the rest.
 */
export function keepFirstItems(xml: string, max: number): { xml: string; itemsDropped: number } {
  const re = /<(\/?)(?:[\w-]+:)?(?:item|entry)(?:[\s/>])/g;
  let starts = 0;
  let cut = -1;
  let lastEnd = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) {
      const close = xml.indexOf('>', m.index);
      if (close >= 0) lastEnd = close + 1;
    } else if (++starts === max + 1) cut = m.index;
  }
  if (cut < 0) return { xml, itemsDropped: 0 };
  return { xml: xml.slice(0, cut) + (lastEnd > cut ? xml.slice(lastEnd) : ''), itemsDropped: starts - max };
}

/**
 * Checks a JSON Feed document's size (before `JSON.parse`; its items are cut to the first `maxItems`
 * after parsing, like an XML feed's).
 * @throws WirewatchError `feed_limit`
 */
export function assertJsonWithinLimits(json: string): void {
  if (json.length > FEED_LIMITS.maxDocumentChars) throw feedLimitError('maxDocumentChars', `${json.length} characters`);
}
