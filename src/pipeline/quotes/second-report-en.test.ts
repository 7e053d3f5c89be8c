import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirect = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('English: `X said A, and Y said B` is two reports (issue 15)', () => {
  it('the second subject’s report is not the first one’s content', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen said the fund is running out of cash, and Pieter Vos said the extra measures were not enough.');
    expect(indirect(qs)).toEqual([
      ['the fund is running out of cash', 'Mara Olsen'],
      ['the extra measures were not enough', 'Pieter Vos'],
    ]);
  });

  it('a coordinated subject inside the content stays one report', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen said she and her husband told the children about the move in May.');
    expect(indirect(qs)).toEqual([['she and her husband told the children about the move in May', 'Mara Olsen']]);
  });

  it('`X, who said A, said B`: the relative clause’s report ends at the main verb', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen, who had said the pier was safe, said on Wednesday that the board had ignored the divers.');
    expect(indirect(qs)).toContainEqual(['the board had ignored the divers', 'Mara Olsen']);
    expect(qs.some((q) => q.kind === 'indirect' && q.text.includes('pier was safe') && q.text.includes('divers'))).toBe(false);
  });
});
