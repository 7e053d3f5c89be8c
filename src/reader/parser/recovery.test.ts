/**
 * Recovery keeps every well-formed item when one is broken (a tolerant reading of the rest).
 * Fixtures written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { atomWithUnclosedField, rssWithUnclosedField } from './testdata/unclosed-field.js';

const head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Vesti</title><link>http://127.0.0.1:8080/</link>';
const good = (n: number) => `<item><title>Vest ${n}</title><link>http://127.0.0.1:8080/v/${n}</link><description>Tekst ${n}.</description></item>`;

describe('recovery of ill-formed feeds', () => {
  it('keeps the items around a description that lost its end tag (the legacy path lost the whole feed)', async () => {
    const doc = `${head}${good(1)}<item><title>Vest 2</title><link>http://127.0.0.1:8080/v/2</link><description>Pokvaren opis</item>${good(3)}</channel></rss>`;
    await expect(parseFeed(Buffer.from(doc), { recovery: 'rss-parser' })).rejects.toMatchObject({ code: 'not_a_feed' });
    const r = await parseFeed(Buffer.from(doc));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => i.title)).toEqual(['Vest 1', 'Vest 2', 'Vest 3']);
    expect(r.items.map((i) => i.link)).toEqual([1, 2, 3].map((n) => `http://127.0.0.1:8080/v/${n}`));
    expect(r.items[1].text).toBe('Pokvaren opis');
    expect(r.items[2].text).toBe('Tekst 3.');
  });

  it('closes an item that lost its own end tag at the next item', async () => {
    const doc = `${head}<item><title>Vest 1</title><description>Bez kraja.</description>${good(2)}${good(3)}</channel></rss>`;
    const r = await parseFeed(Buffer.from(doc));
    expect(r.items.map((i) => i.title)).toEqual(['Vest 1', 'Vest 2', 'Vest 3']);
    expect(r.items[0].text).toBe('Bez kraja.');
  });

  it('survives several kinds of breakage in one feed: stray end tags, unclosed inline markup, bare ampersands, truncation', async () => {
    const doc =
      `${head}${good(1)}` +
      '<item><title>Vest 2 & više</title><link>http://127.0.0.1:8080/v/2?a=1&b=2</link><description>Jedan <b>dva</description></item></span>' +
      `${good(3)}<item><title>Vest 4</title><description>Odsečeno u sred`;
    const r = await parseFeed(Buffer.from(doc));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => i.title)).toEqual(['Vest 1', 'Vest 2 & više', 'Vest 3', 'Vest 4']);
    expect(r.items[1].link).toBe('http://127.0.0.1:8080/v/2?a=1&b=2');
    expect(r.items[1].text).toBe('Jedan dva');
    expect(r.items[3].text).toBe('Odsečeno u sred');
  });

  it('reads an item whose fields follow a stray start tag that is never closed (<item><x-promo><guid>…)', async () => {
    const broken =
      '<item><x-promo><guid>v-2</guid><title>Vest 2</title><link>http://127.0.0.1:8080/v/2</link>' +
      '<pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate><description>Tekst 2.</description></item>';
    const r = await parseFeed(Buffer.from(`${head}${good(1)}${broken}${good(3)}</channel></rss>`));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => i.title)).toEqual(['Vest 1', 'Vest 2', 'Vest 3']);
    expect(r.items[1]).toMatchObject({ key: 'v-2', link: 'http://127.0.0.1:8080/v/2', text: 'Tekst 2.' });
    expect(r.items[1].published?.toISOString()).toBe('2026-12-07T10:00:00.000Z');
  });

  it('reads the same stray start tag in an Atom entry', async () => {
    const doc =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>' +
      '<entry><wrap><id>urn:test:1</id><title>Unos</title><link href="http://127.0.0.1:8080/e/1"/><summary>Sažetak.</summary></entry></feed>';
    const r = await parseFeed(Buffer.from(doc));
    expect(r.items.map((i) => ({ key: i.key, title: i.title, link: i.link, text: i.text }))).toEqual([
      { key: 'urn:test:1', title: 'Unos', link: 'http://127.0.0.1:8080/e/1', text: 'Sažetak.' },
    ]);
  });

  it.each([
    ['a heart', 'Kosovo <3 Srbija'],
    ['a less-than sign before a number', 'Inflacija <2% u Prištini'],
    ['a lone less-than sign', 'A < B, kaže analiza'],
  ])('keeps a headline with %s written unescaped, and the item its link, date and text', async (_kind, title) => {
    const item = `<item><guid>v-2</guid><title>${title}</title><link>http://127.0.0.1:8080/v/2</link><pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate><description>Tekst 2.</description></item>`;
    const r = await parseFeed(Buffer.from(`${head}${good(1)}${item}${good(3)}</channel></rss>`));
    expect(r.items.map((i) => i.title)).toEqual(['Vest 1', title, 'Vest 3']);
    expect(r.items[1]).toMatchObject({ link: 'http://127.0.0.1:8080/v/2', text: 'Tekst 2.' });
    expect(r.items[1].published).not.toBeNull();
  });

  it('leaves a < inside CDATA and comments as written', async () => {
    const item = '<item><title><![CDATA[A <3 B]]></title><!-- x <3 y --><link>http://127.0.0.1:8080/v/2</link><description>Tekst & 2 <4</description></item>';
    const r = await parseFeed(Buffer.from(`${head}${item}</channel></rss>`));
    expect(r.items[0]).toMatchObject({ title: 'A <3 B', text: 'Tekst & 2 <4' });
  });

  it('does not mark or rewrite a well-formed feed', async () => {
    const r = await parseFeed(Buffer.from(`${head}${good(1)}${good(2)}</channel></rss>`));
    expect(r.recovered).toBe(false);
    expect(r.items).toHaveLength(2);
  });
});

describe('an item field that lost its end tag (generated fixtures, testdata/unclosed-field.ts)', () => {
  const fields = ['title', 'link', 'pubDate', 'author', 'description', 'guid'] as const;
  it.each(fields)('RSS <%s> left open: the item keeps its title, link, text and guid', async (field) => {
    const { xml, expected } = rssWithUnclosedField(field);
    const r = await parseFeed(Buffer.from(xml));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => ({ title: i.title, link: i.link, text: i.text, key: i.key }))).toEqual(expected);
  });

  it.each(['title', 'id', 'updated'] as const)('Atom <%s> left open: the entry keeps its title, link, summary and id', async (field) => {
    const { xml, expected } = atomWithUnclosedField(field);
    const r = await parseFeed(Buffer.from(xml));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => ({ title: i.title, link: i.link, text: i.text, key: i.key }))).toEqual(expected);
  });

  it('still reads raw HTML <title>/<link> inside a description as its text, not as fields', async () => {
    const doc = `${head}<item><title>Vest 1</title><link>http://127.0.0.1:8080/v/1</link><description>Uvod <b>jak</b> <link rel="x"> kraj</description><guid>v1</guid></item></channel></rss>`;
    const r = await parseFeed(Buffer.from(doc));
    expect(r.items).toHaveLength(1);
    expect(r.items[0].link).toBe('http://127.0.0.1:8080/v/1');
    expect(r.items[0].key).toBe('v1');
    expect(r.items[0].text).toContain('kraj');
  });
});
