import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English: `Name of Place` and `Name of the Institute` speak as the person (issue 15)', () => {
  it('a state or an institution after `of` is not the speaker', () => {
    const qs = quotes(
      'Harbour vote',
      'The vote was close.',
      'Senator Mara Olsen of Vermont said she had called the mayor about the pier.',
      'Pieter Vos of the Harbour Research Institute said the jobs would not come back.',
    );
    expect(indirectWith(qs, 'called the mayor')?.speaker).toBe('Mara Olsen');
    expect(indirectWith(qs, 'jobs would not')?.speaker).toBe('Pieter Vos');
  });

  it('`the Blue Cross of …` is part of an organisation’s name, and a role before it finds the named person', () => {
    const qs = quotes('Harbour vote', 'The secretary of the Blue Cross of the Northern Coast, Lina Berg, said volunteers were handing out blankets.');
    expect(indirectWith(qs, 'handing out blankets')?.speaker).toBe('Lina Berg');
  });
});
