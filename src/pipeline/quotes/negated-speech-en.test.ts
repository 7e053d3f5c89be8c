import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirect = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('English: what a speaker did not say is not reported as theirs (issue 15)', () => {
  it('`did not (explicitly) say that X` and `never said X` report nothing for the subject', () => {
    const qs = quotes(
      'Harbour vote',
      'Pieter Vos never said the pier was unsafe.',
      'Lina Berg did not explicitly say that the fund was empty, but she said the board had to act.',
    );
    expect(indirect(qs)).toEqual([['the board had to act', 'Lina Berg']]);
  });

  it('`would not say whether …` reports nothing either: the question is what he did not say (ADR 0298)', () => {
    const qs = quotes('Harbour vote', 'Pieter Vos would not say whether the board would vote on the pier this month.');
    expect(indirect(qs)).toEqual([]);
  });
});
