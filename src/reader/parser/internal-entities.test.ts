import { describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { expandInternalEntities } from './internal-entities.js';
import { FEED_LIMITS } from './limits.js';

const doc = (subset: string, body: string) => `<?xml version="1.0"?><!DOCTYPE rss [${subset}]><rss><channel>${body}</channel></rss>`;
const bodyOf = (xml: string) => xml.slice(xml.indexOf(']>') + 2);

function refusal(xml: string): WirewatchError {
  try {
    expandInternalEntities(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(WirewatchError);
    return e as WirewatchError;
  }
  throw new Error('expected a refusal');
}

describe('internal DTD entities', () => {
  it('expands a value built from other entities to its full text, as an XML processor does', () => {
    const xml = doc('<!ENTITY host "127.0.0.1"><!ENTITY base "tag:&host;,2026:"><!ENTITY pub "Daily &amp; Co">', '<title>&pub;</title><guid>&base;7</guid>');
    expect(bodyOf(expandInternalEntities(xml))).toBe('<rss><channel><title>Daily &amp; Co</title><guid>tag:127.0.0.1,2026:7</guid></channel></rss>');
  });

  it('leaves undeclared names, the predefined five and character references as written', () => {
    const xml = doc('<!ENTITY a "x &nbsp; &#233;">', '<title>&a; &b; &lt;</title>');
    expect(bodyOf(expandInternalEntities(xml))).toBe('<rss><channel><title>x &nbsp; &#233; &b; &lt;</title></channel></rss>');
  });

  it('keeps the first of two declarations of one name (XML 1.0 §4.2)', () => {
    expect(bodyOf(expandInternalEntities(doc('<!ENTITY a "one"><!ENTITY a "two">', '<t>&a;</t>')))).toBe('<rss><channel><t>one</t></channel></rss>');
  });

  it('refuses an entity that refers to itself, directly or through another', () => {
    expect(refusal(doc('<!ENTITY a "x&a;">', '<t>&a;</t>')).message).toMatch(/entity a refers to itself/);
    expect(refusal(doc('<!ENTITY a "&b;"><!ENTITY b "&a;">', '<t>&b;</t>')).code).toBe('feed_limit');
  });

  it('ignores a recursive declaration the document never refers to', () => {
    expect(bodyOf(expandInternalEntities(doc('<!ENTITY a "&a;"><!ENTITY ok "fine">', '<t>&ok;</t>')))).toBe('<rss><channel><t>fine</t></channel></rss>');
  });

  it('refuses nesting whose full expansion passes the budget, before building it', () => {
    // Six levels of ten: one reference expands to a million characters.
    let subset = '<!ENTITY l0 "l">';
    for (let i = 1; i <= 6; i++) subset += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const e = refusal(doc(subset, '<t>&l6;</t>'));
    expect(e.message).toMatch(/maxEntityExpansionChars/);
    // Four levels (10,000 characters) are within the budget and expand in full.
    const small = bodyOf(expandInternalEntities(doc(subset, '<t>&l4;</t>')));
    expect(small).toBe(`<rss><channel><t>${'l'.repeat(10_000)}</t></channel></rss>`);
    expect(10_000).toBeLessThan(FEED_LIMITS.maxEntityExpansionChars);
  });

  it('counts every reference of the body against one budget', () => {
    const e = refusal(doc(`<!ENTITY a "${'x'.repeat(1000)}">`, `<t>${'&a;'.repeat(FEED_LIMITS.maxEntityExpansionChars / 1000 + 1)}</t>`));
    expect(e.code).toBe('feed_limit');
  });
});
