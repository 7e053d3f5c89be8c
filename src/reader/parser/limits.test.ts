import { describe, expect, it } from 'vitest';
import { WirewatchError } from '../../model/errors.js';
import { parseFeed } from './parse-feed.js';
import { FEED_LIMITS, nestingDepth } from './limits.js';
import { benignEntity, billionLaughs, deepEscapedHtml, deepNesting, manyItems, quadraticBlowup } from './testdata/hostile.js';

const bytes = (s: string) => new TextEncoder().encode(s);

async function refusal(doc: string): Promise<WirewatchError> {
  const e = await parseFeed(bytes(doc)).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WirewatchError);
  return e as WirewatchError;
}

describe('parser limits on hostile documents (issue 24)', () => {
  it('refuses a quadratic entity blow-up with feed_limit before building any text', async () => {
    const e = await refusal(quadraticBlowup());
    expect(e.code).toBe('feed_limit');
    expect(e.message).toMatch(/maxEntityExpansionChars/);
  });

  it('refuses billion laughs with feed_limit, from the declared lengths alone', async () => {
    // Ten levels of ten references: each `&lol9;` would expand to 3 × 10^9 characters.
    const e = await refusal(billionLaughs());
    expect(e.code).toBe('feed_limit');
    expect(e.message).toMatch(/maxEntityExpansionChars/);
  });

  it('still expands a small internal entity the way real feeds use it', async () => {
    const r = await parseFeed(bytes(benignEntity()));
    expect(r.items[0].guid).toBe('tag:127.0.0.1,2026:1');
  });

  it('refuses 100,000 nested elements with feed_limit instead of overflowing the stack', async () => {
    const e = await refusal(deepNesting(100_000));
    expect(e.code).toBe('feed_limit');
    expect(e.message).toMatch(/maxDepth/);
  });

  it('reads the first 5,000 of 100,000 items in document order (not refused), saying how many were dropped', async () => {
    const r = await parseFeed(bytes(manyItems(100_000)));
    expect(r.items).toHaveLength(FEED_LIMITS.maxItems);
    expect(r.items[0].title).toBe('Story 0');
    expect(r.items.at(-1)!.title).toBe(`Story ${FEED_LIMITS.maxItems - 1}`);
    expect(r.itemsDropped).toBe(100_000 - FEED_LIMITS.maxItems);
    expect(r.recovered).toBe(false); // the cut document is still well-formed: what followed the items is kept
    const at = await parseFeed(bytes(manyItems(FEED_LIMITS.maxItems)));
    expect(at.items).toHaveLength(FEED_LIMITS.maxItems);
    expect(at.itemsDropped).toBeUndefined();
  });

  it('keeps the first items of an Atom, an RDF and a JSON feed over the limit, and the feed metadata after the items', async () => {
    const n = FEED_LIMITS.maxItems + 7;
    const entries = Array.from(
      { length: n },
      (_, i) => `<entry><id>urn:e${i}</id><title>Entry ${i}</title><link href="http://127.0.0.1/e/${i}"/><updated>2026-12-01T10:00:00Z</updated></entry>`,
    ).join('');
    const atom = await parseFeed(
      bytes(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:f</id>${entries}<title>Atom after entries</title></feed>`),
    );
    expect([atom.items.length, atom.items.at(-1)!.title, atom.itemsDropped, atom.feed.title]).toEqual([
      FEED_LIMITS.maxItems,
      `Entry ${FEED_LIMITS.maxItems - 1}`,
      7,
      'Atom after entries',
    ]);
    const rdfItems = Array.from(
      { length: n },
      (_, i) => `<rss:item rdf:about="http://127.0.0.1/r/${i}"><rss:title>Item ${i}</rss:title><rss:link>http://127.0.0.1/r/${i}</rss:link></rss:item>`,
    ).join('');
    const rdf = await parseFeed(
      bytes(
        `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel rdf:about="x"><rss:title>RDF</rss:title><rss:link>http://127.0.0.1/</rss:link></rss:channel>${rdfItems}</rdf:RDF>`,
      ),
    );
    expect([rdf.items.length, rdf.items[0].title, rdf.itemsDropped, rdf.recovered]).toEqual([FEED_LIMITS.maxItems, 'Item 0', 7, false]);
    const json = await parseFeed(
      bytes(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'J',
          items: Array.from({ length: n }, (_, i) => ({ id: `j${i}`, title: `J ${i}`, content_text: 'x' })),
        }),
      ),
    );
    expect([json.items.length, json.items.at(-1)!.title, json.itemsDropped]).toEqual([FEED_LIMITS.maxItems, `J ${FEED_LIMITS.maxItems - 1}`, 7]);
  });

  it('refuses a document over maxDocumentChars', async () => {
    const huge = `<rss version="2.0"><channel><title>t</title><item><title>x</title><description>${'y'.repeat(FEED_LIMITS.maxDocumentChars)}</description></item></channel></rss>`;
    expect((await refusal(huge)).message).toMatch(/maxDocumentChars/);
  });

  it('keeps an item whose escaped HTML nests 100,000 deep: its text is taken without a DOM', async () => {
    const r = await parseFeed(bytes(deepEscapedHtml()));
    expect(r.items.map((i) => i.title)).toEqual(['deep html', 'plain']);
    expect(r.items[0].text).toBe('Deep words survive');
  });

  it('nestingDepth counts elements, not void tags, comments or CDATA', () => {
    expect(nestingDepth('<a><b><br><img src=x><c/></b></a>')).toBe(2);
    expect(nestingDepth('<a><![CDATA[<x><y><z>]]><!-- <q><r> --></a>')).toBe(1);
    expect(nestingDepth('<a>'.repeat(1000), 10)).toBe(11);
  });
});

describe('parseFeed with skipKeys / maxItems (a big feed polled again)', () => {
  it('leaves out the known items, builds at most maxItems of the others in document order, and says when more were left', async () => {
    const doc = bytes(manyItems(50));
    const all = await parseFeed(doc);
    const skipKeys = all.items.slice(0, 40).map((i) => i.key);
    const r = await parseFeed(doc, { skipKeys, maxItems: 6 });
    expect(r.items.map((i) => i.title)).toEqual([40, 41, 42, 43, 44, 45].map((n) => `Story ${n}`));
    expect(r.truncated).toBe(true);
    // Keys are those of the whole feed (a key depends on the other items), item fields as a full parse gives them.
    expect(r.items).toEqual(all.items.slice(40, 46));
    const rest = await parseFeed(doc, { skipKeys, maxItems: 10 });
    expect([rest.items.length, rest.truncated]).toEqual([10, false]);
    expect((await parseFeed(doc)).truncated).toBeUndefined();
  });
});
