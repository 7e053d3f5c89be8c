import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('en: quoted phrases joined to a partial quote (ADR 0134)', () => {
  it('a second characterisation joined by `and` is the same speaker’s partial', () => {
    const qs = quotes('Budget fight', 'Senator Tom Baxter has described the budget as "a reckless gamble" and "a fraud."');
    const partials = qs.filter((q) => q.kind === 'partial');
    expect(partials.map((q) => q.text)).toEqual(['a reckless gamble', 'a fraud.']);
    expect(partials.every((q) => q.speaker === 'Tom Baxter')).toBe(true);
  });

  it('a quoted title after other words is not joined', () => {
    const qs = quotes('Budget fight', 'Senator Tom Baxter has described the budget as "a reckless gamble" while reading the novel "Hard Times" on stage.');
    expect(qs.filter((q) => q.kind === 'partial').map((q) => q.text)).toEqual(['a reckless gamble']);
  });
});
