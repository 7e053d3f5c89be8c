import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Item } from '../../model/feed.js';
import { startFixtureServer, type FixtureServer } from '../../demo/fixture-server.js';
import { Fetcher } from '../fetcher/fetcher.js';
import { articleFromItem, decodeHtml, extractArticle, fetchFullText, isTeaser } from './index.js';
import { needsShared, sharedPath } from '../../../test/support/shared-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The newsroom pages ship with the demo; their annotated texts (the gold paragraphs) live in ../shared. */
const demo = resolve(here, '../../../config/demo');
const pagesDir = resolve(demo, 'pages');
const corpus = sharedPath('corpus');
const GOLD = needsShared('corpus/quotes/dev', 'corpus/seed');
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));

function goldFor(page: string) {
  const name = page.replace(/\.html$/, '');
  const file = name.startsWith('dev-') ? resolve(corpus, 'quotes/dev', `${name}.txt`) : resolve(corpus, 'seed', `${name}.txt`);
  return articleFromText(readFileSync(file, 'utf8'));
}

function item(over: Partial<Item> = {}): Item {
  return {
    guid: null,
    key: 'k',
    title: 'A headline',
    link: null,
    canonicalLink: null,
    published: null,
    author: null,
    categories: [],
    summary: null,
    contentHtml: null,
    text: '',
    enclosures: [],
    ...over,
  };
}

const LONG = 'The council met on Tuesday and adopted the budget after a long debate about roads and schools. '.repeat(6).trim();

describe('extractArticle on the newsroom pages (site chrome, comments, footer around the article)', () => {
  it('finds the corpus pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.skipIf(!GOLD).each(pages)('%s gives exactly the paragraphs of the annotated text', (page) => {
    const html = readFileSync(resolve(pagesDir, page), 'utf8');
    const article = extractArticle(html, `http://127.0.0.1/pages/${page}`);
    expect(article.paragraphs).toEqual(goldFor(page).paragraphs);
    expect(article.language).toBe('en');
  });

  it('throws no_article for a page with no text', () => {
    expect(() => extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>', 'http://x/')).toThrow(
      expect.objectContaining({ code: 'no_article' }),
    );
  });
});

describe('isTeaser', () => {
  it.each([
    ['empty text', ''],
    ['short text', 'Flooding closed two roads near Niš.'],
    ['a WordPress […] ending', `${LONG} The mayor said the […]`],
    ['a [...] ending', `${LONG} and then [...]`],
    ['three dots', `${LONG} and then...`],
    ['an ellipsis', `${LONG} and then…`],
    ['Read more', `${LONG} Read more`],
    ['Continue reading →', `${LONG} Continue reading →`],
    ['Serbian Latin', `${LONG} Pročitajte više`],
    ['Serbian Cyrillic', `${LONG} Опширније »`],
    ['Albanian', `${LONG} Lexo më shumë`],
    ['more with an arrow', `${LONG} More »`],
  ])('says yes for %s', (_name, text) => {
    expect(isTeaser(item({ text }))).toBe(true);
  });

  it.each([
    ['a long full text', LONG],
    ['a text that ends with the word "more"', `${LONG} Prices rose once more`],
    ['a text that ends with the word "više"', `${LONG} Cene su porasle još više`],
  ])('says no for %s', (_name, text) => {
    expect(isTeaser(item({ text }))).toBe(false);
  });

  it('judges a long text by its start and end the same as a short one', () => {
    const long = `${LONG}\n\n`.repeat(200);
    expect(isTeaser(item({ text: long }))).toBe(false);
    expect(isTeaser(item({ text: `${long} Read more  \n\t»` }))).toBe(true);
    expect(isTeaser(item({ text: `${long} and then…` }))).toBe(true);
    // Mostly white space: fewer than 400 characters of words is a teaser however long the raw text.
    expect(isTeaser(item({ text: `Two roads closed.${' \n'.repeat(10_000)}More soon.` }))).toBe(true);
  });

  it('falls back to the summary when the item has no text', () => {
    expect(isTeaser(item({ summary: LONG }))).toBe(false);
    expect(isTeaser(item({ summary: `${LONG} […]` }))).toBe(true);
  });
});

describe('articleFromItem', () => {
  it('gives the title and one paragraph per blank-line block', () => {
    const a = articleFromItem(item({ title: '  Title  ', text: 'First\nline.\n\n\nSecond.\r\n\r\nThird.', link: 'http://x/a' }));
    expect(a.paragraphs).toEqual(['Title', 'First line.', 'Second.', 'Third.']);
    expect(a.source).toBe('http://x/a');
  });
});

describe('decodeHtml', () => {
  const text = '<p>Šabac, Niš – čćžđ</p>';
  it('uses a meta charset in the first 1024 bytes', () => {
    const bytes = iconv.encode(`<html><head><meta charset="windows-1250"></head><body>${text}</body></html>`, 'windows-1250');
    expect(decodeHtml(bytes, 'text/html')).toContain(text);
  });
  it('lets the HTTP charset win over the meta', () => {
    const bytes = iconv.encode(`<meta charset="utf-8">${'Привет'}`, 'windows-1251');
    expect(decodeHtml(bytes, 'text/html; charset=windows-1251')).toContain('Привет');
  });
  it('lets a BOM win, and falls back to windows-1252 for invalid UTF-8 without a declaration', () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'text/html; charset=iso-8859-2')).toBe(text);
    expect(decodeHtml(iconv.encode('café', 'windows-1252'), null)).toBe('café');
  });
});

describe('fetchFullText', () => {
  let server: FixtureServer;
  const fetchers: Fetcher[] = [];
  const mk = (allowCidrs = ['127.0.0.1/32']) => {
    const f = new Fetcher({ allowCidrs });
    fetchers.push(f);
    return f;
  };
  const logLines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (s: string) => void logLines.push(JSON.parse(s) as Record<string, unknown>) });

  beforeAll(async () => {
    server = await startFixtureServer(demo);
  });
  afterAll(async () => {
    await Promise.all(fetchers.map((f) => f.close()));
    await server.close();
  });

  const teaserFor = (page: string) => {
    const gold = goldFor(page);
    return item({
      title: 'Headline from the feed',
      link: `${server.origin}/pages/${page}`,
      text: `${gold.paragraphs[1].slice(0, 180)} […]`,
    });
  };

  it.skipIf(!GOLD)('fetches the page of a teaser and keeps the feed title as headline; a cache hit skips the fetch', async () => {
    const page = 'dev-08-bihac-center.html';
    const cache = new Map();
    const fetcher = mk();
    const a = await fetchFullText(teaserFor(page), fetcher, { cache, logger });
    expect(a.paragraphs).toEqual(['Headline from the feed', ...goldFor(page).paragraphs.slice(1)]);
    expect(a.source).toBe(`${server.origin}/pages/${page}`);
    const requests = server.requests.length;
    expect(await fetchFullText(teaserFor(page), fetcher, { cache, logger })).toEqual(a);
    expect(server.requests.length).toBe(requests);
  });

  it('does not fetch for an item that is not a teaser, or has no link', async () => {
    const before = server.requests.length;
    const full = item({ link: `${server.origin}/pages/dev-09-kosovo-polje-recount.html`, text: LONG });
    expect(await fetchFullText(full, mk())).toEqual(articleFromItem(full));
    const noLink = item({ text: 'short' });
    expect(await fetchFullText(noLink, mk())).toEqual(articleFromItem(noLink));
    expect(server.requests.length).toBe(before);
  });

  it.skipIf(!GOLD)('falls back to the teaser, logged with the code, when the page is missing or the address is refused', async () => {
    logLines.length = 0;
    const missing = item({ link: `${server.origin}/pages/nope.html`, text: 'Short teaser […]' });
    expect(await fetchFullText(missing, mk(), { logger })).toEqual(articleFromItem(missing));
    const refused = teaserFor('dev-10-ksf-vehicles.html');
    expect(await fetchFullText(refused, mk([]), { logger })).toEqual(articleFromItem(refused));
    expect(logLines.map((l) => l.code)).toEqual(['http_status', 'blocked_address']);
    expect(logLines.every((l) => l.level === 40 && typeof l.item_url === 'string')).toBe(true);
  });

  it('keeps the teaser when the link is not HTML', async () => {
    const feedLink = item({ link: `${server.origin}/kossev-en.rss`, text: 'Short teaser […]' });
    expect(await fetchFullText(feedLink, mk())).toEqual(articleFromItem(feedLink));
  });
});
