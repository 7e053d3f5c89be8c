import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('`the Roe campaign` and `the Danish government` speak as bodies, not as the person or nation (issue 15)', () => {
  it('a name before campaign/administration is the body’s name', () => {
    const qs = quotes(
      'Harbour vote',
      'Jane Roe leads the race for mayor.',
      'The Roe campaign said it would appeal the ruling on the ballots.',
      'The Vos administration said the pier would reopen in May.',
    );
    expect(indirectWith(qs, 'appeal the ruling')?.speaker).toBe('Roe campaign');
    expect(indirectWith(qs, 'pier would reopen')?.speaker).toBe('Vos administration');
  });

  it('a nationality before government names that government', () => {
    const qs = quotes('Harbour vote', 'The Danish government said it would send two ships to the harbour.');
    expect(indirectWith(qs, 'two ships')?.speaker).toBe('Danish government');
  });

  it('a lower-case word before the noun is no name (`the new campaign`), and the person still speaks', () => {
    const qs = quotes('Harbour vote', 'Jane Roe said the new campaign would start in May.');
    expect(indirectWith(qs, 'start in May')?.speaker).toBe('Jane Roe');
  });
});
