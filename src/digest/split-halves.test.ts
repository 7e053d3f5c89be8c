/**
 * An English quote split by its attribution, from the extractor through compose and the text renderer:
 * the extractor gives two direct halves (the English corpora's convention); the digest shows one quote,
 * `A … b`, never the first half alone as a fragment.
 */
import { describe, expect, it } from 'vitest';
import type { Digest, DigestQuote } from '../model/digest.js';
import type { Quote } from '../model/quote.js';
import { extractQuotes } from '../pipeline/quotes/index.js';
import { composeDigest } from './compose.js';
import { analyzedItem, TOPICS } from './testdata/build.js';
import { renderText } from './render/text.js';
import { continuesAfterAttribution, mergeSplitHalves } from './split-halves.js';

function item(paragraph: string) {
  const text = ['Kosovo talks: the annex is not ready', 'PRISTINA, May 4 – Negotiator Ilir Dema met both delegations on Monday.', paragraph].join('\n\n');
  const a = analyzedItem({
    id: 'split-1',
    outlet: 'Harbour Wire',
    link: 'https://harbourwire.example/annex',
    published: '2026-11-27T09:00:00Z',
    text,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
  return { ...a, quotes: extractQuotes(a.article, { mentions: a.matches.flatMap((m) => m.mentions) }) };
}

function digest(paragraph: string): Digest {
  return composeDigest({
    subscription: { id: 'sub-1', topics: ['kosovo'], timezone: 'UTC', locale: 'en-GB' },
    topics: TOPICS,
    items: [item(paragraph)],
    window: { start: new Date('2026-11-27T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') },
  });
}

const quotesOf = (d: Digest): DigestQuote[] => d.sections.flatMap((s) => s.entries.flatMap((e) => e.quotes));

describe('an English quote split by its attribution in a digest', () => {
  const split = '"The annex for Kosovo," Dema told reporters, "must wait until the spring session."';

  it('the extractor gives two direct halves of one speaker', () => {
    const got = item(split).quotes.filter((q) => q.kind === 'direct');
    expect(got.map((q) => [q.speaker, q.text])).toEqual([
      ['Ilir Dema', 'The annex for Kosovo'],
      ['Ilir Dema', 'must wait until the spring session.'],
    ]);
  });

  it('the digest shows one quote `A … b`, and never the first half alone', () => {
    const qs = quotesOf(digest(split));
    expect(qs.map((q) => q.text)).toContain('The annex for Kosovo … must wait until the spring session.');
    expect(qs.map((q) => q.text)).not.toContain('The annex for Kosovo');
    expect(renderText(digest(split))).toContain('“The annex for Kosovo … must wait until the spring session.”');
  });

  it('a second quote that opens a new sentence stays its own quote', () => {
    const qs = quotesOf(digest('"The annex for Kosovo is not ready," Dema told reporters. "We must wait until the spring session."'));
    expect(qs.some((q) => q.text.includes('…'))).toBe(false);
  });
});

describe('continuesAfterAttribution / mergeSplitHalves', () => {
  const para = '"We will keep building," the director said, "but without new loans." "Prices rise," she added.';
  const q = (text: string, start: number, end: number, speaker: string | null = 'Ana Roe'): Quote =>
    ({ kind: 'direct', text, speaker, speakerRole: null, paragraph: 1, start, end, confidence: 0.9 }) as Quote;
  const a = q('We will keep building', 1, 22);
  const b = q('but without new loans.', para.indexOf('but'), para.indexOf('loans.') + 6);

  it('joins halves of one speaker around an attribution, and nothing else', () => {
    expect(continuesAfterAttribution(a, b, para)).toBe(true);
    expect(continuesAfterAttribution(a, { ...b, speaker: 'Tom Lee' }, para)).toBe(false);
    expect(continuesAfterAttribution({ ...a, text: 'We will keep building.' }, b, para)).toBe(false);
    expect(continuesAfterAttribution(a, { ...b, text: 'But without new loans.' }, para)).toBe(false);
    expect(continuesAfterAttribution(a, { ...b, kind: 'indirect' }, para)).toBe(false);
    expect(continuesAfterAttribution(a, { ...b, kind: 'partial' }, para)).toBe(true);
    const merged = mergeSplitHalves([a, b], ['Head', para]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ text: 'We will keep building but without new loans.', start: a.start, end: b.end });
  });
});

describe('mergeSplitHalves never loses the halves', () => {
  it('keeps both halves when the merged quote would not stand verbatim in the paragraph', () => {
    const para = '"We will keep building," the director said, "but without new loans."';
    const half = (text: string, start: number, end: number): Quote =>
      ({ kind: 'direct', text, speaker: 'Ana Roe', speakerRole: null, paragraph: 0, start, end, confidence: 0.9 }) as Quote;
    const a = half('We will keep building', 1, 22);
    // The second half's text is not what its span holds (a normalised copy): no `A … b` form exists.
    const b = half('but with no new loans.', para.indexOf('but'), para.length - 1);
    expect(mergeSplitHalves([a, b], [para])).toEqual([a, b]);
  });
});
