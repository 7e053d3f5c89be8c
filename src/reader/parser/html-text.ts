/**
 * HTML → plain text for feed fields, with linkedom's HTML parser (HTML Living Standard tokenisation),
 * so character references are decoded exactly once, by the parser: after XML decoding a title reads
 * `it&apos;s`, and the HTML pass makes it `it's`.
 */
import { parseHTML } from 'linkedom';
import { FEED_LIMITS, nestingDepth } from './limits.js';

/** Elements whose content is never text (scripts, styles, embedded objects). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'embed', 'svg', 'canvas',
  'audio', 'video', 'select', 'button', 'form', 'input', 'textarea', 'meta', 'link', 'base',
]);
/** Elements that start and end a paragraph (a blank line around them in the text). */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'figure', 'figcaption', 'hr', 'center', 'details', 'summary', 'body', 'html',
]);

const PARA = '\uE000P\uE000';
const LINE = '\uE000L\uE000';

interface DomNode {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes?: ArrayLike<DomNode>;
}

function walk(node: DomNode, out: string[]): void {
  const children = node.childNodes;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.nodeType === 3 || child.nodeType === 4) {
      out.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const name = (child.localName ?? '').toLowerCase();
      if (SKIP.has(name)) continue;
      if (name === 'br') {
        out.push(LINE);
        continue;
      }
      if (name === 'img') continue;
      const block = BLOCK.has(name);
      if (block) out.push(PARA);
      else if (name === 'td' || name === 'th') out.push(' ');
      walk(child, out);
      if (block) out.push(PARA);
    }
  }
}

interface FragmentDocument {
  createElement(name: string): DomNode & { innerHTML: string };
}
let scratch: FragmentDocument | null = null;

/** Parses a fragment into a detached `<div>` of one reused document (creating a document per call costs ~10×). */
function parseFragment(html: string): DomNode {
  scratch ??= parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as FragmentDocument;
  const div = scratch.createElement('div');
  div.innerHTML = html;
  return div;
}

const entityCache = new Map<string, string>();

/** One character reference decoded as HTML does (numeric ones with the C1 → windows-1252 mapping). */
function decodeReference(ref: string): string {
  let v = entityCache.get(ref);
  if (v === undefined) {
    v = ref.startsWith('&#') ? numericReference(ref) : (walkText(parseFragment(ref)) || ref);
    if (entityCache.size >= 4096) entityCache.clear(); // bounded: feeds can invent any number of names
    entityCache.set(ref, v);
  }
  return v;
}

function numericReference(ref: string): string {
  const hex = /^&#x/i.test(ref);
  const cp = parseInt(ref.slice(hex ? 3 : 2).replace(/;$/, ''), hex ? 16 : 10);
  if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

function walkText(node: DomNode): string {
  const out: string[] = [];
  walk(node, out);
  return out.join('');
}

/** Decodes character references once, without building a DOM when the text has no markup. */
function decodeReferences(text: string): string {
  return text.replace(/&(?:#\d+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;)/gi, decodeReference);
}

// HTML Living Standard §13.2.5.80: numeric references 0x80–0x9F mean their windows-1252 characters;
// feeds that put those code points in XML text mean the same ("demoronize").
const C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Collapses white space to single spaces (keeping a lone no-break space) and maps C1 controls to windows-1252. */
export function collapse(s: string): string {
  return s
    .replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]).replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') && !/[\n\t\r ]/.test(ws) ? '\u00a0' : ' ')).trim();
}

/**
 * Converts an HTML fragment to plain text: block elements (`p`, `div`, `li`, headings...) and two
 * consecutive `<br>`s separate paragraphs by one blank line; a single `<br>` and runs of white space
 * become one space; scripts, styles and embedded objects are dropped; character references decoded once.
 * @param html an HTML fragment (or plain text, which passes through with white space collapsed)
 * @returns the text, paragraphs joined with `"\n\n"`; `''` for empty input
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return splitParagraphs(html.replace(/\r\n?/g, '\n'));
  if (!html.includes('<')) return splitParagraphs(decodeReferences(html.replace(/\r\n?/g, '\n')));
  // Markup beyond twice the text cap cannot add kept text: cut before building a DOM of it (bounded
  // time and memory for a 14 MiB description; the HTML parser closes what the cut leaves open).
  if (html.length > 2 * FEED_LIMITS.maxItemTextChars) html = html.slice(0, 2 * FEED_LIMITS.maxItemTextChars);
  if (nestingDepth(html, FEED_LIMITS.maxHtmlDepth) > FEED_LIMITS.maxHtmlDepth) return flattenedText(html);
  const out: string[] = [];
  walk(parseFragment(html), out);
  const joined = out.join('').replace(/(?:\uE000L\uE000\s*){2,}/g, PARA).replaceAll(LINE, ' ');
  return joined
    .split(PARA)
    .map(collapse)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/**
 * Text of markup nested deeper than `FEED_LIMITS.maxHtmlDepth`, without a DOM (whose recursion such
 * markup overflows): block tags and double `<br>` become paragraph breaks, every other tag a space.
 * Linear in the input; the words are kept, so the item is not lost.
 */
function flattenedText(html: string): string {
  const blocks = [...BLOCK].join('|');
  const text = html
    .replace(/<(script|style)\b[^<>]*>[^<]*<\/\1\s*>/gi, ' ')
    .replace(new RegExp(`</?(?:${blocks})\\b[^<>]*>|(?:<br\\b[^<>]*>\\s*){2,}`, 'gi'), '\n\n')
    .replace(/<[^<>]*>/g, ' ');
  return splitParagraphs(decodeReferences(text.replace(/\r\n?/g, '\n')));
}

/** Plain text with paragraphs: blank lines separate paragraphs; other white space collapses. */
function splitParagraphs(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map(collapse)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/**
 * Converts an HTML fragment (a title, an author name) to a single line of text: markup dropped,
 * character references decoded once, all white space collapsed to single spaces.
 * @returns the line; `''` for empty input
 */
export function htmlToLine(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return collapse(html);
  if (!html.includes('<')) return collapse(decodeReferences(html));
  return collapse(htmlToText(html).replace(/\n+/g, ' '));
}
