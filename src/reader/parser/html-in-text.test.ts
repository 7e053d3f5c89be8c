/**
 * Issue 3: raw (unescaped) HTML inside text elements — void tags such as `<br>` and `<img>`, unclosed
 * `<p>`, stray end tags — is recovered by wrapping the element's content in CDATA, in RSS and Atom.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { cdataWrapMarkupText, parseXmlFeed } from './xml.js';

const u8 = (s: string) => new TextEncoder().encode(s);

const BRDESC_RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Vesti<br>dana</title><link>http://127.0.0.1/</link>
<item><title>Prvi<br>naslov</title><link>http://127.0.0.1/a</link><guid>a</guid>
<description>Line one<br>Line two <img src="x.jpg"></description></item>
<item><title>Drugi &amp; treći</title><link>http://127.0.0.1/b</link><guid>b</guid>
<description>&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><p>Para one<br>still one<p>Para two <hr> end</p></content:encoded></item>
</channel></rss>`;

const BR_ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:w</id><updated>2026-11-29T10:00:00Z</updated>
<entry><id>urn:1</id><title>Head<br>line</title><updated>2026-11-29T10:00:00Z</updated>
<summary type="html">Sum one<br>sum two</summary>
<content>Body one<br/>Body two <img src="y.jpg"> &amp; more</content></entry>
<entry><id>urn:2</id><title type="text">Plain title</title><updated>2026-11-29T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">X <b>bold</b></div></content></entry>
</feed>`;

describe('cdataWrapMarkupText', () => {
  it('wraps content holding markup, keeps plain and CDATA content and nested same-name elements as they are', () => {
    expect(cdataWrapMarkupText('<description>a<br>b</description>')).toBe('<description type="html"><![CDATA[a<br>b]]></description>');
    expect(cdataWrapMarkupText('<title>plain &amp; text</title>')).toBe('<title>plain &amp; text</title>');
    const cdata = '<description>x <![CDATA[<br>]]></description>';
    expect(cdataWrapMarkupText(cdata)).toBe(cdata);
    const nested = '<title>a<title>b</title>';
    expect(cdataWrapMarkupText(nested)).toBe(nested);
    expect(cdataWrapMarkupText('<media:content url="u"/><content:encoded>a<br>]]>b</content:encoded>')).toBe(
      '<media:content url="u"/><content:encoded type="html"><![CDATA[a<br>]]]]><![CDATA[>b]]></content:encoded>',
    );
  });
  it('turns an Atom text-typed construct into html and leaves xhtml constructs alone', () => {
    expect(cdataWrapMarkupText('<title type="text">a<br>b</title>')).toBe('<title type="html"><![CDATA[a<br>b]]></title>');
    const xhtml = '<content type="xhtml"><div>a<br/></div></content>';
    expect(cdataWrapMarkupText(xhtml)).toBe(xhtml);
  });
  it('leaves an element without its end tag (truncation) for the later repairs', () => {
    expect(cdataWrapMarkupText('<item><description>a<br>b')).toBe('<item><description>a<br>b');
  });
});

describe('raw HTML in text elements (issue 3)', () => {
  it('recovers an RSS feed with <br>, <img> and <hr> in title, description and content:encoded', async () => {
    await expect(parseXmlFeed(BRDESC_RSS, { strategy: 'none' })).rejects.toMatchObject({ code: 'not_a_feed' });
    const r = await parseFeed(u8(BRDESC_RSS));
    expect(r.recovered).toBe(true);
    expect(r.feed.title).toBe('Vesti dana');
    expect(r.items).toHaveLength(2);
    const [a, b] = r.items;
    expect(a.title).toBe('Prvi naslov');
    expect(a.text).toBe('Line one Line two');
    expect(a.summary).toBe('Line one Line two');
    expect(b.title).toBe('Drugi & treći');
    expect(b.summary).toBe('Escaped & fine');
    expect(b.contentHtml).toBe('<p>Para one<br>still one<p>Para two <hr> end</p>');
    expect(b.text).toMatch(/^Para one\s+still one\n+Para two\s+end$/);
  });
  it('gives the same items as the feed with that HTML written in CDATA by hand', async () => {
    const byHand = BRDESC_RSS.replace(
      '<description>Line one<br>Line two <img src="x.jpg"></description>',
      '<description><![CDATA[Line one<br>Line two <img src="x.jpg">]]></description>',
    )
      .replace('<title>Prvi<br>naslov</title>', '<title><![CDATA[Prvi<br>naslov]]></title>')
      .replace('<title>Vesti<br>dana</title>', '<title><![CDATA[Vesti<br>dana]]></title>')
      .replace(/(<content:encoded[^>]*>)([\s\S]*?)(<\/content:encoded>)/, '$1<![CDATA[$2]]>$3');
    const recovered = await parseFeed(u8(BRDESC_RSS));
    const wellFormed = await parseFeed(u8(byHand));
    expect(wellFormed.recovered).toBe(false);
    expect(recovered.items).toEqual(wellFormed.items);
    expect(recovered.feed).toEqual(wellFormed.feed);
  });
  it('recovers an Atom feed with <br> in title, summary and content', async () => {
    const r = await parseFeed(u8(BR_ATOM));
    expect(r.recovered).toBe(true);
    expect(r.items.map((i) => i.title)).toEqual(['Head line', 'Plain title']);
    const [a, b] = r.items;
    expect(a.summary).toBe('Sum one sum two');
    expect(a.contentHtml).toBe('Body one<br/>Body two <img src="y.jpg"> &amp; more');
    expect(a.text).toBe('Body one Body two & more');
    expect(b.contentHtml).toBe('X <b>bold</b>');
  });
  it('does not rewrite a well-formed feed whose HTML is escaped', async () => {
    const ok = '<rss version="2.0"><channel><title>t</title><item><title>a&lt;br&gt;b</title><guid>g</guid></item></channel></rss>';
    const r = await parseFeed(u8(ok));
    expect(r.recovered).toBe(false);
  });
});
