/**
 * HTML → plain text for feed fields, with htmlparser2's HTML tokenizer (HTML Living Standard character
 * references; no DOM): after XML decoding a title reads `it&apos;s`, and the HTML pass makes it `it's`.
 * References still left in the text (escaped twice by the publisher) are decoded until stable.
 */
import { Parser } from 'htmlparser2';
import { FEED_LIMITS, nestingDepth } from './limits.js';
import { HTML_ELEMENTS } from './lexicon-html-elements.js';

/** Elements whose content is never text (scripts, styles, embedded objects). */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'embed',
  'svg',
  'canvas',
  'audio',
  'video',
  'select',
  'button',
  'form',
  'input',
  'textarea',
  'meta',
  'link',
  'base',
]);
/** Elements that start and end a paragraph (a blank line around them in the text). */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'blockquote',
  'pre',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'figcaption',
  'hr',
  'center',
  'details',
  'summary',
  'body',
  'html',
]);

const PARA = '\uE000P\uE000';
const LINE = '\uE000L\uE000';

interface TextSink {
  out: string[];
  /** Depth inside elements whose content is dropped (SKIP). */
  skip: number;
}

let sink: TextSink = { out: [], skip: 0 };

// One reused parser (htmlparser2, HTML mode: HTML Living Standard tokenisation, character references
// decoded by the tokenizer, implied end tags). No DOM is built: text and block boundaries are collected
// as the tokens stream past.
const parser = new Parser(
  {
    onopentag(name) {
      if (sink.skip > 0 || SKIP.has(name)) {
        sink.skip++;
        return;
      }
      if (name === 'br') sink.out.push(LINE);
      else if (BLOCK.has(name)) sink.out.push(PARA);
      else if (name === 'td' || name === 'th') sink.out.push(' ');
    },
    onclosetag(name) {
      if (sink.skip > 0) {
        sink.skip--;
        return;
      }
      if (BLOCK.has(name)) sink.out.push(PARA);
    },
    ontext(text) {
      if (sink.skip === 0) sink.out.push(text);
    },
  },
  { decodeEntities: true },
);

/** The text pieces and block markers of an HTML fragment. */
function tokensOf(html: string): string[] {
  const mine: TextSink = { out: [], skip: 0 };
  const outer = sink;
  sink = mine;
  try {
    parser.reset();
    parser.write(html);
    parser.end();
  } finally {
    sink = outer;
    // The reused parser would keep this fragment (up to a 14 MiB item) alive until the next call (issue 24).
    parser.reset();
  }
  return mine.out;
}

const entityCache = new Map<string, string>();

/**
 * A copy of `s` backed by its own memory, for a cache key cut from a document: V8 keeps a substring of
 * 13 or more characters as a view into its parent, so a cached `&averylongname;` would keep the whole
 * decoded feed (up to 15 MiB) alive (issue 24; the pipeline's memos use `detach` in text/fold.ts alike).
 * @param s any string
 * @returns an equal string that keeps no other string alive
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** One character reference decoded as HTML does (numeric ones with the C1 → windows-1252 mapping). */
function decodeReference(ref: string): string {
  let v = entityCache.get(ref);
  if (v === undefined) {
    const key = ownCopy(ref);
    v = key.startsWith('&#') ? numericReference(key) : tokensOf(key).join('') || key;
    if (entityCache.size >= 4096) entityCache.clear(); // bounded: feeds can invent any number of names
    entityCache.set(key, v);
  }
  return v;
}

function numericReference(ref: string): string {
  const hex = /^&#x/i.test(ref);
  const cp = parseInt(ref.slice(hex ? 3 : 2).replace(/;$/, ''), hex ? 16 : 10);
  if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

const REFERENCE = /&(?:#\d+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;)/gi;

/** Decodes character references once, without parsing markup. */
function decodeReferences(text: string): string {
  return text.replace(REFERENCE, decodeReference);
}

/**
 * Decodes character references left in text after HTML decoding until nothing changes (at most 4
 * rounds): publishers escape twice (`Belgrade&amp;rsquo;s` → `Belgrade’s`). Applied to text only —
 * a `<b>` that decoding produces stays literal text, never markup.
 */
function decodeUntilStable(text: string): string {
  let s = text;
  for (let i = 0; i < 4 && s.includes('&'); i++) {
    const next = decodeReferences(s);
    if (next === s) break;
    s = next;
  }
  return s;
}

// HTML Living Standard §13.2.5.80: numeric references 0x80–0x9F mean their windows-1252 characters;
// feeds that put those code points in XML text mean the same ("demoronize").
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Collapses white space to single spaces (keeping a lone no-break space) and maps C1 controls to windows-1252. */
export function collapse(s: string): string {
  let t = s;
  if (/[\u0080-\u009f]/.test(t)) t = t.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]);
  if (!t.includes('\u00a0')) return t.replace(/\s+/g, ' ').trim();
  return t.replace(/\s+/g, (ws) => (ws.includes('\u00a0') && !/[\n\t\r ]/.test(ws) ? '\u00a0' : ' ')).trim();
}

// A `<` that HTML tokenises as markup: a start or end tag, `<!…` (comment, doctype, CDATA or a bogus
// comment such as `<!channel>`), or `<?…` (a processing instruction, e.g. Word's `<?xml:namespace …>`).
const MARKUP_OPEN = /<(\/?)([a-z][^\s/>]*)|<!(--|\[cdata\[|doctype\b)?|<\?/gi;

/**
 * Escapes each `<` that would open a tag no HTML author writes: a start or end tag whose name is not an
 * HTML element (lexicon-html-elements.ts), nor a namespaced (`o:p`) or custom (`my-widget`) element, and
 * `<!…>` that is not a comment, doctype or CDATA section. Such text is a bracketed phrase of the prose
 * (`<Kosovo is a state>`, `<!channel>`), which the HTML parser would drop as an unknown element or bogus
 * comment; escaped, it stays text (ADR 0307). Real markup (`<b>`, `<a href>`, `<br>`) is untouched.
 */
export function escapeNonMarkup(html: string): string {
  if (!html.includes('<')) return html;
  return html.replace(MARKUP_OPEN, (m: string, _slash: string | undefined, name: string | undefined, bang: string | undefined) => {
    if (name !== undefined) {
      const lower = name.toLowerCase();
      return HTML_ELEMENTS.has(lower) || lower.includes(':') || lower.includes('-') ? m : '&lt;' + m.slice(1);
    }
    if (m.startsWith('<!')) return bang !== undefined ? m : '&lt;!';
    return m;
  });
}

/**
 * Converts an HTML fragment to plain text: block elements (`p`, `div`, `li`, headings...) and two
 * consecutive `<br>`s separate paragraphs by one blank line; a single `<br>` and runs of white space
 * become one space; scripts, styles and embedded objects are dropped; character references decoded
 * (until stable, in text only); a bracketed phrase that is not an HTML element stays text (`escapeNonMarkup`).
 * @param html an HTML fragment (or plain text, which passes through with white space collapsed)
 * @returns the text, paragraphs joined with `"\n\n"`; `''` for empty input
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return splitParagraphs(html.replace(/\r\n?/g, '\n'));
  if (!html.includes('<')) return splitParagraphs(decodeUntilStable(html.replace(/\r\n?/g, '\n')));
  // Markup beyond twice the text cap cannot add kept text: cut before parsing it (bounded time and
  // memory for a 14 MiB description; the parser closes what the cut leaves open).
  if (html.length > 2 * FEED_LIMITS.maxItemTextChars) html = html.slice(0, 2 * FEED_LIMITS.maxItemTextChars);
  html = escapeNonMarkup(html);
  // htmlparser2 keeps its open elements in an array it shifts at every start tag: markup nested
  // absurdly deep would cost quadratic time, so it is flattened instead (issue 24).
  if (nestingDepth(html, FEED_LIMITS.maxHtmlDepth) > FEED_LIMITS.maxHtmlDepth) return flattenedText(html);
  const joined = decodeUntilStable(tokensOf(html).join(''))
    .replace(/(?:\uE000L\uE000\s*){2,}/g, PARA)
    .replaceAll(LINE, ' ');
  return joined
    .split(PARA)
    .map(collapse)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/**
 * Text of markup nested deeper than `FEED_LIMITS.maxHtmlDepth`, without a parser stack: block tags and
 * double `<br>` become paragraph breaks, every other tag a space. Linear in the input; the words are
 * kept, so the item is not lost.
 */
function flattenedText(html: string): string {
  const blocks = [...BLOCK].join('|');
  const text = html
    .replace(/<(script|style)\b[^<>]*>[^<]*<\/\1\s*>/gi, ' ')
    .replace(new RegExp(`</?(?:${blocks})\\b[^<>]*>|(?:<br\\b[^<>]*>\\s*){2,}`, 'gi'), '\n\n')
    .replace(/<[^<>]*>/g, ' ');
  return splitParagraphs(decodeUntilStable(text.replace(/\r\n?/g, '\n')));
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
 * character references decoded (until stable, in text only), all white space collapsed to single spaces.
 * @returns the line; `''` for empty input
 */
export function htmlToLine(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return collapse(html);
  if (!html.includes('<')) return collapse(decodeUntilStable(html));
  return collapse(htmlToText(html).replace(/\n+/g, ' '));
}
