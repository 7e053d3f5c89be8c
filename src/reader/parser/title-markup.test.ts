/**
 * Angle brackets in titles (ADR 0307, a new user's `angle.xml`): after XML decoding, a title loses only
 * real HTML markup; a bracketed phrase that is not an HTML element stays text. RSS titles and Atom
 * `type="html"` are escaped HTML (one HTML decoding after XML's); Atom `type="text"` is literal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { escapeNonMarkup, htmlToLine, htmlToText } from './html-text.js';

const u8 = (s: string) => new TextEncoder().encode(s);

describe('bracketed text in titles and descriptions', () => {
  it("keeps nu3's bracketed phrase, `5 < 6` and `<!channel>`, and drops the real <b> markup", async () => {
    const feed = await parseFeed(readFileSync(new URL('./testdata/nu3-angle.xml', import.meta.url)));
    expect(feed.items.map((i) => i.title)).toEqual(['Kurti: <Kosovo is a state> and 5 < 6', 'Kosovo <!channel> alert & a bold word']);
    // `&amp;lt;b&amp;gt;` is escaped HTML of the text "<b>": it reads "<b>", as text, never as markup.
    expect(feed.items[0].text).toBe('Teaser about Kosovo <!channel> and <b> literal');
  });
  it('drops HTML elements, comments, Word namespaced and custom elements; keeps unknown names', () => {
    expect(htmlToLine('<a href="http://127.0.0.1/x">Vučić</a> <em>says</em><br>no<o:p></o:p><!-- c --><my-el>!</my-el>')).toBe('Vučić says no!');
    expect(htmlToLine('<Kosovo> </Kosovo> <!here> a <i>b</i>')).toBe('<Kosovo> </Kosovo> <!here> a b');
    expect(htmlToText('<p>One <Serbia first> two</p><p>three</p>')).toBe('One <Serbia first> two\n\nthree');
    expect(escapeNonMarkup('<b>x</b> <!DOCTYPE html><![CDATA[y]]> <?xml:namespace prefix="o"?>')).toBe(
      '<b>x</b> <!DOCTYPE html><![CDATA[y]]> <?xml:namespace prefix="o"?>',
    );
  });
  it('reads Atom type="text" literally and type="html" as escaped HTML', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><id>urn:w</id>
<updated>2026-12-07T10:00:00Z</updated>
<entry><id>urn:1</id><title type="text">a &amp;lt;b&amp;gt; &lt;Kosovo&gt;</title><updated>2026-12-07T10:00:00Z</updated><link href="http://127.0.0.1/1"/></entry>
<entry><id>urn:2</id><title type="html">a &amp;lt;b&amp;gt; &lt;Kosovo&gt; &lt;b&gt;c&lt;/b&gt;</title><updated>2026-12-07T10:00:00Z</updated><link href="http://127.0.0.1/2"/></entry>
</feed>`;
    const feed = await parseFeed(u8(atom));
    expect(feed.items.map((i) => i.title)).toEqual(['a &lt;b&gt; <Kosovo>', 'a <b> <Kosovo> c']);
  });
});
