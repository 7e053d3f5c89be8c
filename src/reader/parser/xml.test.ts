import { describe, expect, it } from 'vitest';
import { xhtmlConstructsToHtml, expandInternalEntities, parseXmlFeed, precleanXml, rootElementName, shieldAtomDates } from './xml.js';

describe('xml helpers', () => {
  it('finds the root element past the prolog, comments and a DOCTYPE with an internal subset', () => {
    expect(rootElementName('<?xml version="1.0"?><!-- c --><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"/>')).toBe('rss');
    expect(rootElementName('<!DOCTYPE html><html>')).toBe('html');
    expect(rootElementName('just text')).toBeNull();
  });
  it('pre-cleans stray ampersands, HTML entities, unclosed CDATA and truncation', () => {
    const cleaned = precleanXml('<rss><channel><title>A & B &eacute; &amp; &#233; &nope;</title><item><description><![CDATA[x');
    expect(cleaned).toContain('A &amp; B &#233; &amp; &#233; &amp;nope;');
    expect(cleaned.endsWith(']]></description></item></channel></rss>')).toBe(true);
  });
  it('expands internal general entities only', () => {
    const doc = '<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]><rss><guid>&id;2006</guid><x>&amp;</x></rss>';
    expect(expandInternalEntities(doc)).toContain('<guid>tag:example.com,2006</guid><x>&amp;</x>');
  });
  it('renames unparseable Atom dates so rss-parser does not reject the feed', () => {
    expect(shieldAtomDates('<updated>2003-12-13T18:30:02Z</updated><published>juče</published>')).toBe(
      '<updated>2003-12-13T18:30:02Z</updated><issued>juče</issued>',
    );
  });
});

describe('XHTML constructs', () => {
  it('keeps the order of mixed content and drops the wrapping div', async () => {
    const doc =
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Before <b>bold</b> after &amp; <i>end</i></div></content></entry></feed>';
    expect(xhtmlConstructsToHtml(doc)).toContain('<content type="html">Before &lt;b&gt;bold&lt;/b&gt; after &amp;amp; &lt;i&gt;end&lt;/i&gt;</content>');
    const r = await parseXmlFeed(doc);
    expect(r.raw.entries[0].content).toMatchObject({ value: 'Before <b>bold</b> after &amp; <i>end</i>', type: 'html' });
  });
});

describe('parseXmlFeed', () => {
  it('marks recovered only when rss-parser rejected the document', async () => {
    expect((await parseXmlFeed('<rss version="2.0"><channel><title>ok</title></channel></rss>')).recovered).toBe(false);
    const r = await parseXmlFeed('<rss version="2.0"><channel><title>a & b</title></channel></rss>');
    expect(r).toMatchObject({ recovered: true, via: 'preclean' });
  });
  it('can use feedsmith as the recovery parser', async () => {
    const r = await parseXmlFeed('<rss version="2.0"><channel><title>a & b</title><item><title>x</title></item></channel></rss>', { strategy: 'feedsmith' });
    expect(r.via).toBe('feedsmith');
    expect(r.raw.entries).toHaveLength(1);
  });
  it('settles when xml2js swallows an error (a CDATA section wrapped around a truncated feed)', async () => {
    const doc =
      '<![CDATA[<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>x</title><link href="/pages';
    await expect(parseXmlFeed(doc)).rejects.toMatchObject({ code: 'not_a_feed' });
  });
  it('throws not_a_feed for unknown roots and unrecoverable documents', async () => {
    await expect(parseXmlFeed('<opml version="2.0"/>')).rejects.toMatchObject({ code: 'not_a_feed' });
    await expect(parseXmlFeed('<rss version="2.0"><channel><title>a & b</title></channel></rss>', { strategy: 'none' })).rejects.toMatchObject({
      code: 'not_a_feed',
    });
  });
});
