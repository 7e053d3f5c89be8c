import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirect = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('English: a closing `according to X` with an apposition, a participle or a dash after it (issue 15)', () => {
  it('the apposition of the source is not reported', () => {
    const qs = quotes('Harbour vote', 'Not all ports require pilots to sign the form, according to Jane Roe, a harbour strategist.');
    expect(indirect(qs)).toEqual([['Not all ports require pilots to sign the form', 'Jane Roe']]);
  });

  it('a participle clause of the main clause and a dash aside are not the source', () => {
    const qs = quotes(
      'Harbour vote',
      'The board has struck a deal with unions representing nearly 4,000 workers, according to the Labour Department, taking a step toward ending the strike.',
      'The plan would raise two million over a decade, according to the Harbour Policy Center - half a point of output.',
    );
    expect(indirect(qs)).toEqual([
      ['The board has struck a deal with unions representing nearly 4,000 workers', 'Labour Department'],
      ['The plan would raise two million over a decade', 'Harbour Policy Center'],
    ]);
  });
});
