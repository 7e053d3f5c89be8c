/**
 * HTML page → Article: @mozilla/readability over a linkedom DOM (see docs/adr/0110), then the
 * article's block elements turned into paragraphs, in order. paragraphs[0] is the headline.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import type { Article } from '../../model/article.js';
import { WirewatchError } from '../../model/errors.js';

// linkedom and Readability are loaded on the first page extracted, not with the module: every
// `wirewatch run` imports the reader, but only feeds of teasers ever need a page (they were about a
// sixth of start-up, issue 23). Both packages ship CommonJS builds, loaded synchronously here.
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | null = null;
function libs(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}

/** Elements whose text is one paragraph; nested ones are read as part of their outermost block. */
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'FIGCAPTION', 'TD']);

/** Collapses runs of ASCII white space to one space and trims; no-break spaces (U+00A0, French spacing, `Mr\u00a0X`) are kept as the page has them. */
export function squash(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** Less body text than this (≈ one sentence) is navigation or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 80;

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/** Text of `node`, with `<br>` as a line break (kept inside a paragraph as a space). */
function blockText(node: MiniNode): string {
  return squash(node.textContent ?? '');
}

/**
 * Walks `root` in document order; each outermost block element gives one paragraph, and runs of
 * loose text between blocks (text directly inside a `<div>`) give one paragraph each.
 */
function paragraphsOf(root: MiniNode): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    const t = squash(loose);
    if (t) out.push(t);
    loose = '';
  };
  const walk = (node: MiniNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        loose += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const name = child.nodeName.toUpperCase();
        if (BLOCKS.has(name)) {
          flush();
          const t = blockText(child);
          if (t) out.push(t);
        } else if (name === 'BR') {
          loose += ' ';
        } else if (['DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'TR', 'FIGURE', 'MAIN', 'HEADER', 'H1'].includes(name)) {
          flush();
          walk(child);
          flush();
        } else {
          loose += child.textContent ?? '';
        }
      }
    }
  };
  walk(root);
  flush();
  return out;
}

type PageDocument = ReturnType<typeof ParseHTML>['document'];
type ReadabilityDocument = ConstructorParameters<typeof ReadabilityClass>[0];

function metaContent(document: PageDocument, selector: string): string | null {
  const v = document.querySelector(selector)?.getAttribute('content');
  return v ? squash(v) : null;
}

/**
 * Extracts the main article of an HTML page.
 * @param html the page, already decoded to a string
 * @param url the page's URL (for messages and relative links), or null
 * @returns `{ paragraphs: [headline, ...body], source: url }`; the headline is `og:title`, else the
 *   page's `<h1>`, else Readability's title; a body paragraph equal to the headline is dropped
 * @throws WirewatchError `no_article` when Readability finds no article, or under `MIN_ARTICLE_CHARS` of body text
 */
export function extractArticle(html: string, url: string | null): Article {
  const { parseHTML, Readability } = libs();
  const { document } = parseHTML(html);
  const headlineFromPage = metaContent(document, 'meta[property="og:title"]') ?? squash(document.querySelector('article h1, main h1, h1')?.textContent ?? '');
  const parsed = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse();
  if (!parsed || !parsed.content) {
    throw new WirewatchError('no_article', `article: no article text found in ${url ?? 'the page'}`);
  }
  const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`);
  const headline = headlineFromPage || squash(parsed.title ?? '');
  const body = paragraphsOf(content.body as unknown as MiniNode).filter((p) => p !== headline);
  if (body.reduce((n, p) => n + p.length, 0) < MIN_ARTICLE_CHARS) {
    throw new WirewatchError('no_article', `article: no paragraphs found in ${url ?? 'the page'}`);
  }
  const language = document.documentElement?.getAttribute('lang') || parsed.lang || null;
  return { paragraphs: [headline, ...body], source: url ?? undefined, language };
}
