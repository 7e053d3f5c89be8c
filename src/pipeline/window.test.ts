import { describe, expect, it } from 'vitest';
import { boundArticle } from './window.js';
import { extractQuotes } from './quotes/index.js';

const SENTENCE = 'The minister said the talks would resume next week. ';

describe('boundArticle (the analysis window)', () => {
  it('leaves an ordinary article untouched and unmarked', () => {
    const a = { paragraphs: ['Headline', SENTENCE.repeat(10).trim(), 'Second paragraph.'] };
    expect(boundArticle(a)).toBe(a);
  });

  it('splits an over-long paragraph at sentence ends and records it', () => {
    const p = SENTENCE.repeat(200).trim();
    const b = boundArticle({ paragraphs: ['H', p] }, { windowChars: 1_000_000, paragraphChars: 1000 });
    expect(b.paragraphs.length).toBeGreaterThan(10);
    expect(b.paragraphs.slice(1).every((x) => x.length <= 1000 && x.endsWith('week.'))).toBe(true);
    expect(b.paragraphs.slice(1).join(' ')).toBe(p);
    expect(b.window).toMatchObject({ totalChars: p.length + 1, splitParagraphs: 1 });
  });

  it('cuts text without sentence ends at a space, and text without spaces hard', () => {
    const words = 'word '.repeat(1000);
    expect(
      boundArticle({ paragraphs: ['H', words] }, { windowChars: 1e6, paragraphChars: 100 })
        .paragraphs.slice(1)
        .every((x) => x.length <= 100 && !x.includes('wo rd')),
    ).toBe(true);
    const blob = 'x'.repeat(1000);
    expect(boundArticle({ paragraphs: ['H', blob] }, { windowChars: 1e6, paragraphChars: 100 }).paragraphs.slice(1)).toEqual(Array(10).fill('x'.repeat(100)));
  });

  it('analyses only the window of a huge text, and says how much it saw', () => {
    const huge = `${SENTENCE.repeat(20)}\n`.repeat(20_000); // ~20 MB of paragraphs
    const paragraphs = ['H', ...huge.split('\n').filter(Boolean)];
    const b = boundArticle({ paragraphs }, { windowChars: 100_000, paragraphChars: 3000 });
    expect(b.window!.analysedChars).toBeLessThanOrEqual(100_000);
    expect(b.window!.totalChars).toBeGreaterThan(20_000_000);
  });

  it('keeps a direct quote and its speaker when a long paragraph is split', () => {
    const filler = 'Officials met again on Tuesday to discuss the plan. '.repeat(100);
    const p = `${filler}"We are ready to talk," Prime Minister Ana Brnabić said. ${filler}`;
    const quotes = extractQuotes(boundArticle({ paragraphs: ['Talks', p] }));
    expect(quotes.some((q) => q.text.includes('We are ready to talk') && /Brnabić/.test(q.speaker ?? ''))).toBe(true);
  });
});
