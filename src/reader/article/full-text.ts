/**
 * Full text for teasers: fetch the item's link with the reader's Fetcher (so the same SSRF guard,
 * timeouts and size cap apply), decode the HTML, extract the article; on any failure keep the teaser.
 */
import type { Article } from '../../model/article.js';
import type { Item } from '../../model/feed.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import type { FetchRequest, FetchResponse } from '../fetcher/fetcher.js';
import { decodeFeedBytes } from '../parser/charset.js';
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
  /**
   * Decodes and extracts a fetched page (default: `extractArticle(decodeHtml(...))` in this thread).
   * The service passes its worker pool's, so a huge page never blocks the event loop.
   */
  extract?: (bytes: Uint8Array, contentType: string | null, url: string | null) => Promise<Article> | Article;
}

/** The default page extraction: decode with the reader's charset rule, then `extractArticle`. */
export function extractPage(bytes: Uint8Array, contentType: string | null, url: string | null): Article {
  return extractArticle(decodeHtml(bytes, contentType), url);
}

/**
 * Decodes an HTML page with the reader's one charset rule (`decodeFeedBytes`): a BOM wins, then the
 * declared charset (HTTP header, `<meta charset>` in the first 1024 bytes), valid UTF-8 kept over a
 * wrong single-byte declaration; with none, UTF-8 if valid, else windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  return decodeFeedBytes(bytes, contentType).text;
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
    const page = await (opts.extract ?? extractPage)(res.body, res.contentType, res.url);
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
