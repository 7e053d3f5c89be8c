/**
 * Media RSS text and thumbnails, local date names in a feed, and entities escaped twice by the
 * publisher. Fixtures written for this test (YouTube- and podcast-shaped, not copies).
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

describe('Media RSS', () => {
  it('takes the text of a video feed whose only text is media:group/media:description, and its thumbnail', async () => {
    const atom = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="http://search.yahoo.com/mrss/">
  <title>Kanal RTK</title><link rel="alternate" href="http://127.0.0.1:8080/kanal"/>
  <entry>
    <id>urn:video:42</id><title>Intervju</title><link rel="alternate" href="http://127.0.0.1:8080/watch?v=42"/>
    <published>2026-11-25T18:00:00+00:00</published>
    <m:group>
      <m:title>Intervju</m:title>
      <m:content url="http://127.0.0.1:8080/v/42" type="application/x-shockwave-flash"/>
      <m:thumbnail url="/thumbs/42.jpg" width="480" height="360"/>
      <m:description>Ambasador je rekao da "dijalog mora da se nastavi" u Nišu.</m:description>
    </m:group>
  </entry>
</feed>`;
    const r = await parseFeed(Buffer.from(atom));
    expect(r.items[0].text).toBe('Ambasador je rekao da "dijalog mora da se nastavi" u Nišu.');
    expect(r.items[0].summary).toBe(r.items[0].text);
    expect(r.items[0].thumbnail).toBe('http://127.0.0.1:8080/thumbs/42.jpg');
  });

  it('takes media:content/media:description (a podcast episode) and prefers real item text when there is some', async () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Pod</title>
<item><title>Epizoda 7</title><link>http://127.0.0.1:8080/ep/7</link>
  <media:content url="http://127.0.0.1:8080/ep7.mp3" type="audio/mpeg">
    <media:description type="html">&lt;p&gt;Gost: &lt;b&gt;Arben Gashi&lt;/b&gt;&lt;/p&gt;</media:description>
    <media:thumbnail url="http://127.0.0.1:8080/ep7.png"/>
  </media:content>
</item>
<item><title>Epizoda 8</title><description>Opis epizode.</description>
  <media:content url="http://127.0.0.1:8080/ep8.mp3"><media:description>Drugi opis.</media:description></media:content>
</item></channel></rss>`;
    const r = await parseFeed(Buffer.from(rss));
    expect(r.items[0].text).toBe('Gost: Arben Gashi');
    expect(r.items[0].thumbnail).toBe('http://127.0.0.1:8080/ep7.png');
    expect(r.items[1].text).toBe('Opis epizode.');
    expect(r.items[1].thumbnail).toBeUndefined();
  });
});

describe('local dates and double escaping inside a feed', () => {
  it('reads Albanian day and month names in pubDate and decodes an entity escaped twice', async () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lajme</title><language>sq</language>
<item><title>Belgrade&amp;rsquo;s answer</title><link>http://127.0.0.1:8080/l/1</link>
<pubDate>Mër, 25 Nën 2026 10:30:00 +0100</pubDate>
<description>&lt;p&gt;Belgrade&amp;amp;rsquo;s answer to &amp;lt;b&amp;gt; tags&lt;/p&gt;</description></item>
<item><title>Dita</title><pubDate>25 nëntor 2026</pubDate></item>
</channel></rss>`;
    const r = await parseFeed(Buffer.from(rss));
    expect(r.items[0].published?.toISOString()).toBe('2026-11-25T09:30:00.000Z');
    expect(r.items[1].published?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(r.items[0].title).toBe('Belgrade’s answer');
    // decoded until stable in text; the <b> that decoding produces is text, never markup
    expect(r.items[0].text).toBe('Belgrade’s answer to <b> tags');
  });
});
