/**
 * Full text for teasers: fetch the item's link with the reader's Fetcher (so the same SSRF guard,
 * timeouts and size cap apply), decode the HTML, extract the article; on any failure keep the teaser.
 */
import iconv from 'iconv-lite';
import type { Article } from '../../model/article.js';
import type { Item } from '../../model/feed.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import type { FetchRequest, FetchResponse } from '../fetcher/fetcher.js';
import { extractArticle } from './extract.js';
import { articleFromItem, isTeaser } from './teaser.js';

/** What `fetchFullText` needs of a Fetcher. */
export interface PageFetcher {
  fetch(req: FetchRequest): Promise<FetchResponse>;
}

export interface FullTextOptions {
  /** Extracted articles by page URL; filled on success, read before fetching. */
  cache?: Map<string, Article>;
  logger?: Logger;
}

function charsetFromContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes an HTML page (WHATWG HTML §13.2.3.2, simplified): a BOM wins, then the HTTP charset, then a
 * `<meta charset>` / `http-equiv` in the first 1024 bytes; with none, UTF-8 if the bytes are valid
 * UTF-8, else windows-1252. Unknown charset names fall through to the next rule.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  const head = buf.subarray(0, 1024).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  for (const name of [charsetFromContentType(contentType), meta ? meta[1].toLowerCase() : null]) {
    if (name && iconv.encodingExists(name)) return iconv.decode(buf, name);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'windows-1252');
  }
}

function textLength(a: Article): number {
  return a.paragraphs.slice(1).reduce((n, p) => n + p.length, 0);
}

/**
 * The item's full article. When the item is not a teaser (see `isTeaser`) or has no link, the feed's
 * own text (`articleFromItem`). Otherwise fetches `item.link` (Accept: HTML) and extracts the article
 * (`extractArticle`); the feed's title stays the headline. The page's text is used only when it is
 * longer than the teaser's. Never throws: a fetch, decode or extraction failure is logged
 * (`warn`, with `code`) and the teaser returned.
 * @param opts.cache page URL (canonical link, else link) → article; hits skip the fetch
 */
export async function fetchFullText(item: Item, fetcher: PageFetcher, opts: FullTextOptions = {}): Promise<Article> {
  const teaser = articleFromItem(item);
  const url = item.link;
  if (!url || !isTeaser(item)) return teaser;
  const key = item.canonicalLink ?? url;
  const cached = opts.cache?.get(key);
  if (cached) return cached;
  const logger = opts.logger ?? silentLogger;
  try {
    const res = await fetcher.fetch({ url, accept: 'html' });
    const type = (res.contentType ?? '').toLowerCase();
    if (type && !/html|xml/.test(type)) {
      logger.warn({ item_url: url, content_type: res.contentType, code: 'not_html' }, 'full text: page is not HTML; keeping the teaser');
      return teaser;
    }
    const page = extractArticle(decodeHtml(res.body, res.contentType), res.url);
    const article: Article = {
      paragraphs: [teaser.paragraphs[0] || page.paragraphs[0], ...page.paragraphs.slice(1)],
      source: res.url,
      language: page.language ?? null,
    };
    if (textLength(article) <= textLength(teaser)) {
      logger.info({ item_url: url, code: 'shorter_than_teaser' }, 'full text: page text is not longer than the teaser; keeping the teaser');
      return teaser;
    }
    opts.cache?.set(key, article);
    return article;
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'error';
    logger.warn({ item_url: url, code, err: err instanceof Error ? err.message : String(err) }, 'full text: fetch failed; keeping the teaser');
    return teaser;
  }
}
