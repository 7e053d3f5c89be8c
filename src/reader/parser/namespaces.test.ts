/**
 * Namespace-aware element matching: prefixes are arbitrary, namespaces are not (Namespaces in XML 1.0).
 * Fixtures written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';

const parse = (xml: string) => parseFeed(Buffer.from(xml), { url: 'http://127.0.0.1:8080/feed.xml' });

describe('namespace-aware matching', () => {
  it('reads an Atom feed whose every element carries a made-up prefix', async () => {
    const r = await parse(`<?xml version="1.0"?>
<p0:feed xmlns:p0="http://www.w3.org/2005/Atom">
  <p0:title>Vesti dana</p0:title>
  <p0:link rel="alternate" href="http://127.0.0.1:8080/"/>
  <p0:entry>
    <p0:id>urn:vesti:1</p0:id>
    <p0:title>Sednica u Nišu</p0:title>
    <p0:link href="http://127.0.0.1:8080/vesti/1"/>
    <p0:updated>2026-11-25T10:00:00Z</p0:updated>
    <p0:author><p0:name>Dragana P.</p0:name></p0:author>
    <p0:summary>Kratko.</p0:summary>
  </p0:entry>
</p0:feed>`);
    expect(r.recovered).toBe(false);
    expect(r.feed.title).toBe('Vesti dana');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      guid: 'urn:vesti:1',
      title: 'Sednica u Nišu',
      link: 'http://127.0.0.1:8080/vesti/1',
      author: 'Dragana P.',
      summary: 'Kratko.',
    });
    expect(r.items[0].published?.toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });

  it('reads RSS 1.0 with the RSS namespace under a prefix and modules under unusual prefixes', async () => {
    const r = await parse(`<?xml version="1.0"?>
<r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="http://purl.org/rss/1.0/"
       xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:body="http://purl.org/rss/1.0/modules/content/">
  <x:channel r:about="http://127.0.0.1:8080/"><x:title>Kanal</x:title><x:link>http://127.0.0.1:8080/</x:link></x:channel>
  <x:item r:about="http://127.0.0.1:8080/a">
    <x:title>Prva</x:title>
    <x:link>http://127.0.0.1:8080/a</x:link>
    <d:creator>Jovan</d:creator>
    <d:date>2026-11-24T08:30:00+01:00</d:date>
    <d:subject>Politika</d:subject>
    <body:encoded><![CDATA[<p>Ceo tekst.</p>]]></body:encoded>
  </x:item>
</r:RDF>`);
    expect(r.feed.title).toBe('Kanal');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ title: 'Prva', author: 'Jovan', categories: ['Politika'], text: 'Ceo tekst.', contentHtml: '<p>Ceo tekst.</p>' });
    expect(r.items[0].published?.toISOString()).toBe('2026-11-24T07:30:00.000Z');
  });

  it('reads Atom links and iTunes elements inside RSS 2.0 under any prefix', async () => {
    const r = await parse(`<rss version="2.0" xmlns:a="http://www.w3.org/2005/Atom" xmlns:pod="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Podkast</title><a:link rel="self" href="http://127.0.0.1:8080/feed.xml"/>
<item><title>Epizoda 1</title><a:link rel="alternate" href="http://127.0.0.1:8080/ep/1"/>
<pod:author>Ana</pod:author><pod:summary>O epizodi.</pod:summary><pod:image href="http://127.0.0.1:8080/ep1.jpg"/></item>
</channel></rss>`);
    expect(r.items[0]).toMatchObject({ link: 'http://127.0.0.1:8080/ep/1', author: 'Ana', summary: 'O epizodi.' });
  });

  it('does not read an element of another vocabulary that happens to share a prefix or a local name', async () => {
    const r = await parse(`<rss version="2.0" xmlns:content="http://example.com/not-the-content-module/" xmlns:dc="http://example.com/not-dublin-core/">
<channel><title>Zamka</title>
<item><title>Naslov</title><description>Pravi opis.</description>
<content:encoded>not article text</content:encoded><dc:creator>not an author</dc:creator></item>
</channel></rss>`);
    expect(r.items[0]).toMatchObject({ text: 'Pravi opis.', contentHtml: null, author: null });
  });

  it('reads a well-known prefix the document forgot to declare, and marks the document', async () => {
    const r = await parse('<rss version="2.0"><channel><title>T</title><item><title>x</title><dc:creator>Mila</dc:creator></item></channel></rss>');
    expect(r.items[0].author).toBe('Mila');
    expect(r.recovered).toBe(true);
  });
});
