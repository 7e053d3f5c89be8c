/**
 * Relative links in feeds: xml:base on the element, then its ancestors, then the feed's alternate link
 * (absolute against the feed URL), then the feed URL — for item links, enclosures and links in content.
 * Fixtures written for this test.
 */
import { describe, expect, it } from 'vitest';
import { absolutizeHtmlLinks } from './urls.js';
import { parseFeed } from './parse-feed.js';

const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Lokalne vesti</title>
  <link>http://127.0.0.1:8080/site/</link>
  <item>
    <title>Apsolutna putanja</title><link>/livewire/2026/11/25/sednica</link>
    <enclosure url="media/izjava.mp3" type="audio/mpeg" length="1200"/>
    <description><![CDATA[<p>Vidi <a href="/arhiva?god=2026&amp;m=11">arhivu</a> i <img src="slike/a.jpg"> ili <a href="https://127.0.0.2/x">spolja</a>.</p>]]></description>
    <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p><a href='posts/post-1'>dalje</a> <a href="#kraj">kraj</a> <a href="mailto:urednik@127.0.0.1">pišite</a></p>]]></content:encoded>
  </item>
  <item><title>Relativna putanja</title><link>posts/post-1</link></item>
</channel></rss>`;

describe('base resolution', () => {
  it('uses the feed alternate link when the feed is read without its URL (a file, a cached copy)', async () => {
    const r = await parseFeed(Buffer.from(rss));
    const [a, b] = r.items;
    expect(a.link).toBe('http://127.0.0.1:8080/livewire/2026/11/25/sednica');
    expect(b.link).toBe('http://127.0.0.1:8080/site/posts/post-1');
    expect(a.enclosures).toEqual([{ url: 'http://127.0.0.1:8080/site/media/izjava.mp3', type: 'audio/mpeg', length: 1200 }]);
    expect(a.contentHtml).toContain('href="http://127.0.0.1:8080/site/posts/post-1"');
    expect(a.contentHtml).toContain('href="http://127.0.0.1:8080/site/#kraj"');
    expect(a.contentHtml).toContain('href="mailto:urednik@127.0.0.1"');
  });

  it('prefers the alternate link over the feed URL (a feed served from another host, as by a feed proxy)', async () => {
    const r = await parseFeed(Buffer.from(rss), { url: 'http://127.0.0.1:9000/proxy/lokalne' });
    expect(r.items[0].link).toBe('http://127.0.0.1:8080/livewire/2026/11/25/sednica');
  });

  it('resolves a relative alternate link against the feed URL, then uses it as the base', async () => {
    const doc = rss.replace('<link>http://127.0.0.1:8080/site/</link>', '<link>/site/</link>');
    const r = await parseFeed(Buffer.from(doc), { url: 'http://127.0.0.1:8080/feeds/all.xml' });
    expect(r.feed.link).toBe('http://127.0.0.1:8080/site/');
    expect(r.items[1].link).toBe('http://127.0.0.1:8080/site/posts/post-1');
  });

  it('falls back to the feed URL when the feed has no alternate link', async () => {
    const doc = rss.replace('<link>http://127.0.0.1:8080/site/</link>', '');
    const r = await parseFeed(Buffer.from(doc), { url: 'http://127.0.0.1:8080/feeds/all.xml' });
    expect(r.items[1].link).toBe('http://127.0.0.1:8080/feeds/posts/post-1');
  });

  it("uses the item's permalink guid when nothing else gives a base", async () => {
    const doc =
      '<rss version="2.0"><channel><title>Bez linka</title><item><title>a</title><link>/vesti/a</link><guid>http://127.0.0.1:8082/?p=17</guid></item>' +
      '<item><title>b</title><link>/vesti/b</link><guid isPermaLink="false">http://127.0.0.1:8082/?p=18</guid></item></channel></rss>';
    const r = await parseFeed(Buffer.from(doc));
    expect(r.items.map((i) => i.link)).toEqual(['http://127.0.0.1:8082/vesti/a', '/vesti/b']);
  });

  it('applies xml:base on the element, then on its ancestors, before the alternate link', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://127.0.0.1:8081/root/">
  <title>Baze</title><link href="http://127.0.0.1:8080/"/>
  <entry xml:base="2026/">
    <id>urn:b:1</id><title>Ugnježdeno</title><link href="clanak-1"/>
    <link rel="enclosure" href="foto.jpg" type="image/jpeg" xml:base="/mediji/"/>
    <content type="html" xml:base="tekst/">&lt;a href="fusnota"&gt;fusnota&lt;/a&gt;</content>
  </entry>
  <entry><id>urn:b:2</id><title>Samo feed</title><link href="clanak-2"/></entry>
</feed>`;
    const r = await parseFeed(Buffer.from(atom), { url: 'http://127.0.0.1:9000/atom.xml' });
    expect(r.items[0].link).toBe('http://127.0.0.1:8081/root/2026/clanak-1');
    expect(r.items[0].enclosures[0].url).toBe('http://127.0.0.1:8081/mediji/foto.jpg');
    expect(r.items[0].contentHtml).toBe('<a href="http://127.0.0.1:8081/root/2026/tekst/fusnota">fusnota</a>');
    expect(r.items[1].link).toBe('http://127.0.0.1:8081/root/clanak-2');
  });

  it('rewrites only relative URL attributes, keeping quoting safe', () => {
    const html = `<p><a title="x" href=rel/a>a</a><img alt='y' src='b c.png'><a href="https://127.0.0.2/">c</a><a href='javascript:void(0)'>d</a></p>`;
    expect(absolutizeHtmlLinks(html, 'http://127.0.0.1:8080/d/')).toBe(
      `<p><a title="x" href="http://127.0.0.1:8080/d/rel/a">a</a><img alt='y' src="http://127.0.0.1:8080/d/b%20c.png"><a href="https://127.0.0.2/">c</a><a href='javascript:void(0)'>d</a></p>`,
    );
    expect(absolutizeHtmlLinks(html, null)).toBe(html);
  });
});
