import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { parseFeed } from './parse-feed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The newsroom feeds, as the demo ships them. */
const NEWSROOM = path.resolve(here, '../../../config/demo');
const BASE = 'http://127.0.0.1:8080';

/** Reads a newsroom feed with {{BASE}} replaced in the raw bytes (the placeholder is ASCII). */
function newsroom(name: string): { bytes: Buffer; contentType: string | null } {
  const raw = fs.readFileSync(path.join(NEWSROOM, name)).toString('latin1').replaceAll('{{BASE}}', BASE);
  const headers = fs.readFileSync(path.join(NEWSROOM, `${name}.headers`), 'utf8');
  return { bytes: Buffer.from(raw, 'latin1'), contentType: /^Content-Type:\s*(.+)$/im.exec(headers)?.[1].trim() ?? null };
}

const u8 = (s: string) => new TextEncoder().encode(s);

describe('parseFeed on the newsroom feeds', () => {
  it.each([
    ['kossev-en.rss', 'utf-8', 8],
    ['wire-en.atom', 'utf-8', 8],
    ['vesti-sr.rss', 'windows-1250', 5],
    ['vesti-cyr.rss', 'windows-1251', 3],
    ['lajme-sq.rss', 'utf-8', 2],
  ])('%s', async (name, encoding, count) => {
    const { bytes, contentType } = newsroom(name);
    const r = await parseFeed(bytes, { contentType, url: `${BASE}/${name}` });
    expect(r.encoding).toBe(encoding);
    expect(r.recovered).toBe(false);
    expect(r.items).toHaveLength(count);
    for (const item of r.items) {
      expect(item.title).not.toMatch(/Ã|Â|�|&[a-z]+;/);
      expect(item.link).toMatch(new RegExp(`^${BASE}/`));
      expect(item.published?.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-25T06:30:00Z'));
      expect(item.published?.getTime()).toBeLessThanOrEqual(Date.parse('2026-11-27T09:30:00Z'));
      expect(item.text.length).toBeGreaterThan(40);
    }
    expect(new Set(r.items.map((i) => i.key)).size).toBe(count);
  });
  it('decodes the Cyrillic feed declared only in the HTTP header', async () => {
    const { bytes, contentType } = newsroom('vesti-cyr.rss');
    const r = await parseFeed(bytes, { contentType });
    expect(r.feed.title).toMatch(/^[\u0400-\u04ff\s]+$/u);
    expect(r.items[0].text).toMatch(/[\u0400-\u04ff]{5}/u);
  });
  it('survives a wrong charset=utf-8 header on both Serbian feeds', async () => {
    const cyr = await parseFeed(newsroom('vesti-cyr.rss').bytes, { contentType: 'application/rss+xml; charset=utf-8' });
    expect(cyr).toMatchObject({ encoding: 'windows-1251', recovered: true });
    expect(cyr.feed.title).toBe('Вести');
    const sr = await parseFeed(newsroom('vesti-sr.rss').bytes, { contentType: 'application/rss+xml; charset=utf-8' });
    expect(sr).toMatchObject({ encoding: 'windows-1250', recovered: false });
    expect(sr.items[0].title).toContain('Lazović');
  });
  it('takes content:encoded as text and the description as summary (teaser)', async () => {
    const { bytes, contentType } = newsroom('kossev-en.rss');
    const item = (await parseFeed(bytes, { contentType })).items[0];
    expect(item.summary).toMatch(/said\.$|\[…\]$|…$/);
    expect(item.text.split('\n\n').length).toBeGreaterThan(3);
    expect(item.contentHtml).toContain('<p>');
  });
});

describe('parseFeed recovery and edge cases', () => {
  it('refuses an HTML page with not_a_feed', async () => {
    const err = await parseFeed(u8('<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>')).catch((e) => e);
    expect(err).toBeInstanceOf(WirewatchError);
    expect(err).toMatchObject({ code: 'not_a_feed' });
    expect(err.message).toMatch(/^parser: /);
  });
  it('recovers a stray & and an unknown HTML entity', async () => {
    const r = await parseFeed(
      u8(
        '<rss version="2.0"><channel><title>A & B</title><item><title>Tom &nbsp;&amp; Jerry &bogus;</title><link>http://x/?a=1&b=2</link></item></channel></rss>',
      ),
    );
    expect(r.recovered).toBe(true);
    expect(r.feed.title).toBe('A & B');
    expect(r.items[0].link).toBe('http://x/?a=1&b=2');
    expect(r.items[0].title).toBe('Tom & Jerry &bogus;');
  });
  it('recovers a truncated document', async () => {
    const r = await parseFeed(u8('<rss version="2.0"><channel><title>T</title><item><title>one</title></item><item><title>two'));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => i.title)).toEqual(['one', 'two']);
  });
  it('reads <rss> without version, decoding &amp;apos; exactly once', async () => {
    const r = await parseFeed(u8('<rss><channel><title>it&amp;apos;s</title><item><title>x</title></item></channel></rss>'));
    expect(r.recovered).toBe(false);
    expect(r.feed.title).toBe("it's");
  });
  it('reads prefixed Atom, links without rel, XHTML titles, invalid dates, every enclosure, xml:base', async () => {
    const doc = `<a:feed xmlns:a="http://www.w3.org/2005/Atom" xml:base="http://ex.example/blog/">
      <a:title>Blog</a:title><a:link href="./"/>
      <a:entry><a:id>urn:1</a:id><a:title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hello <b>world</b></div></a:title>
        <a:link href="post-1"/><a:link rel="enclosure" href="a.mp3" type="audio/mpeg" length="10"/><a:link rel="enclosure" href="b.mp3"/>
        <a:updated>not a date</a:updated><a:published>25. novembar 2026.</a:published><a:content type="html">&lt;p&gt;P1&lt;/p&gt;&lt;p&gt;P2&lt;/p&gt;</a:content></a:entry></a:feed>`;
    const r = await parseFeed(u8(doc), { url: 'http://feed.example/atom' });
    expect(r.feed).toMatchObject({ title: 'Blog', link: 'http://ex.example/blog/' });
    const item = r.items[0];
    expect(item).toMatchObject({ guid: 'urn:1', title: 'Hello world', link: 'http://ex.example/blog/post-1', text: 'P1\n\nP2' });
    expect(item.published?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(item.enclosures).toEqual([
      { url: 'http://ex.example/blog/a.mp3', type: 'audio/mpeg', length: 10 },
      { url: 'http://ex.example/blog/b.mp3', type: null, length: null },
    ]);
  });
  it('keeps all RSS enclosures and reads ttl / sy:updatePeriod', async () => {
    const doc = `<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>P</title><ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>
      <item><title>E</title><enclosure url="/1.mp3" type="audio/mpeg" length="5"/><enclosure url="/2.jpg" type="image/jpeg" length=""/></item></channel></rss>`;
    const r = await parseFeed(u8(doc), { url: 'https://pod.example/feed' });
    expect(r.feed.ttlMinutes).toBe(60);
    expect(r.items[0].enclosures.map((e) => e.url)).toEqual(['https://pod.example/1.mp3', 'https://pod.example/2.jpg']);
  });
  it('reads JSON Feed 1.1', async () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      home_page_url: 'https://j.example/',
      language: 'sr-Latn',
      items: [
        {
          id: '1',
          url: 'https://j.example/1?utm_source=x',
          title: 'Prvi',
          content_html: '<p>a</p><p>b</p>',
          date_published: '2026-11-25T10:00:00+01:00',
          authors: [{ name: 'Ana' }],
          tags: ['t'],
          attachments: [{ url: 'https://j.example/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 9 }],
        },
      ],
    });
    const r = await parseFeed(u8(doc));
    expect(r.feed).toMatchObject({ title: 'J', link: 'https://j.example/', language: 'sr-Latn' });
    expect(r.items[0]).toMatchObject({ key: '1', title: 'Prvi', canonicalLink: 'https://j.example/1', author: 'Ana', text: 'a\n\nb', categories: ['t'] });
    expect(r.items[0].published?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(r.items[0].enclosures).toEqual([{ url: 'https://j.example/a.mp3', type: 'audio/mpeg', length: 9 }]);
  });
  it('rejects JSON that is no feed and an empty body', async () => {
    await expect(parseFeed(u8('{"a":1}'))).rejects.toMatchObject({ code: 'not_a_feed' });
    await expect(parseFeed(u8('   '))).rejects.toMatchObject({ code: 'not_a_feed' });
  });
});
