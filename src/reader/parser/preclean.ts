/**
 * Text-level repairs for feed documents that are not well-formed XML (ADR 0100, ADR 0102), and the
 * small rewrites the legacy rss-parser path needs. The tree parser (xml.ts) runs {@link precleanXml}
 * only on documents its tokenizer found ill-formed.
 */
import { htmlToLine, ownCopy } from './html-text.js';
import { XML_ENTITIES } from './internal-entities.js';

/**
 * The first element's name in a document (skipping the XML declaration, comments, processing
 * instructions and DOCTYPE), lower-cased, or null when there is none.
 */
export function rootElementName(xml: string): string | null {
  const re = /<(!--[\s\S]*?--|\?[\s\S]*?\?|!DOCTYPE(?:[^[>]*\[[\s\S]*?\])?[^>]*|([A-Za-z_][\w.:-]*))/gi;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2]) return m[2].toLowerCase();
  }
  return null;
}

const entityCache = new Map<string, string | null>();

/**
 * The two XHTML 1.0 entities (xhtml-symbol.ent) that HTML5 redefined: a feed is XML, and an XML
 * document that uses HTML entity names means the XHTML 1.0 entity sets.
 */
const XHTML1_OVERRIDES: Record<string, string> = { lang: '&#9001;', rang: '&#9002;' };

/** `&name;` as a numeric character reference when (X)HTML knows the name, else null. */
function htmlEntityAsNumeric(name: string): string | null {
  if (Object.hasOwn(XHTML1_OVERRIDES, name)) return XHTML1_OVERRIDES[name];
  let v = entityCache.get(name);
  if (v === undefined) {
    const decoded = htmlToLine(`&${name};`);
    v = decoded && decoded !== `&${name};` ? [...decoded].map((c) => `&#${c.codePointAt(0)};`).join('') : null;
    if (entityCache.size >= 4096) entityCache.clear(); // bounded: feeds can invent any number of names
    entityCache.set(ownCopy(name), v);
  }
  return v;
}

/**
 * Repairs the common ways feeds break XML well-formedness: drops a DOCTYPE (and its internal subset),
 * escapes `&` that starts no reference, turns HTML named entities into numeric references, closes an
 * unfinished CDATA section and the elements still open at the end (truncated documents); raw HTML inside
 * text elements (`<description>a<br>b</description>`) is wrapped in CDATA ({@link cdataWrapMarkupText}).
 */
export function precleanXml(xml: string): string {
  let s = xml.replace(/<!DOCTYPE(?:[^[>]*\[[\s\S]*?\])?[^>]*>/gi, '');
  s = s.replace(/&(#\d+;|#x[0-9a-f]+;|([A-Za-z][\w.-]*);)?/gi, (all, ref: string | undefined, name: string | undefined) => {
    if (!ref) return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return all;
    return htmlEntityAsNumeric(name) ?? `&amp;${name};`;
  });
  s = escapeStrayLessThan(s);
  s = cdataWrapMarkupText(s);
  const opens = s.split('<![CDATA[').length - 1;
  const closes = s.split(']]>').length - 1;
  if (opens > closes) s += ']]>';
  else s = s.replace(/<[^<>]*$/, ''); // a tag cut off by truncation (`</rss`)
  return s + closingTags(s);
}

/** A `<` that can start no tag (XML 1.0 §2.3: a name starts with a letter, `_` or `:`), outside CDATA and comments. */
const STRAY_LT_RE = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(?![\p{L}_:/!?])/gu;

/**
 * Escapes a `<` written as text (`Kosovo <3 Serbia`, `inflation <2%`): XML 1.0 §2.4 forbids a literal
 * `<` in character data, and a tokenizer reads `<3 Serbia</title>` as a start tag that swallows the
 * item's link, date and text. A `<` followed by a character that can start no name, end tag, comment,
 * declaration or processing instruction becomes `&lt;`; CDATA sections and comments are left as written.
 */
export function escapeStrayLessThan(xml: string): string {
  return xml.replace(STRAY_LT_RE, (m) => (m === '<' ? '&lt;' : m));
}

/** Text-bearing elements (RSS 2.0, RSS 1.0 content module, Atom 0.3/1.0, Dublin Core, iTunes, Media RSS). */
const TEXT_ELEMENTS =
  'title|description|summary|content|content:encoded|subtitle|tagline|rights|copyright|info|dc:title|dc:description|itunes:summary|itunes:subtitle|media:title|media:description|body|xhtml:body|fullitem';
const TEXT_OPEN_RE = new RegExp(`<(${TEXT_ELEMENTS})((?:\\s[^>]*?)?)>`, 'g');
/** Markup in character data: a start or end tag, a comment or a declaration. */
const MARKUP_RE = /<[A-Za-z/!?]/;

/**
 * Wraps the raw content of text-bearing elements (title, description, summary, content,
 * content:encoded, subtitle, ... — see `TEXT_ELEMENTS`) in a CDATA section when it holds markup, so
 * that HTML pasted unescaped into a feed — void elements such as `<br>` and `<img src="x.jpg">`
 * (HTML Living Standard §13.1.2 "void elements"), unclosed `<p>`, stray end tags — no longer breaks
 * the XML (XML 1.0 §2.7: a CDATA section's content is character data). The HTML is kept verbatim for
 * `contentHtml`; entity references stay as written and are decoded once by the HTML-to-text step.
 * An Atom text construct typed `text` (or untyped, which RFC 4287 §3.1.1 reads as `text`) becomes
 * `type="html"`: raw tags there are HTML, not literal text. `type="xhtml"` constructs are left alone
 * (see {@link xhtmlConstructsToHtml}). Content that already holds a CDATA section, an element whose end
 * tag is missing, and one that holds another start tag of its own name (nesting or truncation) are
 * left as they are. A `]]>` inside the content is split across two sections.
 * Used only on documents rss-parser rejected (recovery), so a well-formed feed is never rewritten.
 * @param xml the document (after the entity repairs of {@link precleanXml})
 * @returns the document with such contents in CDATA
 */
export function cdataWrapMarkupText(xml: string): string {
  let out = '';
  let from = 0;
  TEXT_OPEN_RE.lastIndex = 0;
  for (let m = TEXT_OPEN_RE.exec(xml); m; m = TEXT_OPEN_RE.exec(xml)) {
    const [open, name, attrs] = m;
    if (attrs.trimEnd().endsWith('/') || /\btype\s*=\s*["'][^"']*xhtml/i.test(attrs)) continue;
    const start = m.index + open.length;
    const close = `</${name}>`;
    const end = xml.indexOf(close, start);
    if (end < 0) continue;
    const inner = xml.slice(start, end);
    if (!MARKUP_RE.test(inner) || inner.includes('<![CDATA[') || new RegExp(`<${name}[\\s/>]`).test(inner)) continue;
    const typed = /\btype\s*=\s*["'](?:text|text\/plain)["']/i;
    const html = typed.test(attrs) ? attrs.replace(typed, 'type="html"') : /\btype\s*=/i.test(attrs) ? attrs : `${attrs} type="html"`;
    out += `${xml.slice(from, m.index)}<${name}${html}><![CDATA[${inner.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>${close}`;
    from = end + close.length;
    TEXT_OPEN_RE.lastIndex = from;
  }
  return out + xml.slice(from);
}

/** The end tags a truncated document lacks, innermost first. */
function closingTags(xml: string): string {
  const stack: string[] = [];
  const re = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, name, selfClose] = m;
    if (!name || selfClose) continue;
    if (!close) stack.push(name);
    else {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    }
  }
  return stack
    .reverse()
    .map((n) => `</${n}>`)
    .join('');
}

/**
 * rss-parser calls `new Date(x).toISOString()` on Atom `published`/`updated` and so rejects a whole
 * feed over one unparseable date. Such elements are renamed to their Atom 0.3 names (`issued`,
 * `modified`), which rss-parser leaves alone and our mapping still reads (and parses more widely).
 */
export function shieldAtomDates(xml: string): string {
  return xml.replace(/<(published|updated)(\s[^>]*)?>([^<]*)<\/\1>/g, (all, name: string, at: string | undefined, value: string) => {
    if (!Number.isNaN(new Date(value.trim()).getTime())) return all;
    const to = name === 'published' ? 'issued' : 'modified';
    return `<${to}${at ?? ''}>${value}</${to}>`;
  });
}

/**
 * Atom XHTML text constructs (RFC 4287 §3.1.1.3) → `type="html"` with the markup escaped, so that the
 * order of mixed content survives xml2js (which collects an element's text and children apart).
 * The wrapping XHTML `<div>` is dropped, as the RFC says it is not part of the content.
 */
export function xhtmlConstructsToHtml(xml: string): string {
  return xml.replace(
    /<(title|subtitle|summary|content|rights|tagline|info|copyright)(\s[^>]*?\btype\s*=\s*["']xhtml["'][^>]*)>([\s\S]*?)<\/\1>/g,
    (_all, name: string, attrs: string, inner: string) => {
      const unwrapped = inner.trim().replace(/^<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>$/, '$1');
      const html = unwrapped.replace(/<(\/?)[\w-]+:/g, '<$1').replace(/\s+xmlns(?::[\w-]+)?="[^"]*"/g, '');
      const escaped = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return `<${name}${attrs.replace(/\btype\s*=\s*["']xhtml["']/, 'type="html"')}>${escaped}</${name}>`;
    },
  );
}
