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

  it('never expands billion laughs beyond one level: references stay unexpanded within values', async () => {
    const doc = billionLaughs();
    const r = await parseFeed(bytes(doc));
    expect(r.items[0].title).toBe('laughs');
    // 1,000 references × the 60 characters of lol9's own value: expanded once, never recursively.
    expect(r.items[0].text.length).toBeLessThanOrEqual(60_000);
    // With more references the one-level expansion itself would pass the budget: refused.
    const e = await refusal(doc.replace('&lol9;', '&lol9;'.repeat(5000)));
    expect(e.code).toBe('feed_limit');
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

  it('refuses 100,000 items with feed_limit; a feed at the limit is read', async () => {
    expect((await refusal(manyItems(100_000))).message).toMatch(/maxItems/);
    const r = await parseFeed(bytes(manyItems(FEED_LIMITS.maxItems)));
    expect(r.items).toHaveLength(FEED_LIMITS.maxItems);
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
