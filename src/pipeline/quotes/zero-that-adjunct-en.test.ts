import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { adjunctBeforeClause } from './zero-that-adjunct-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English reports without `that` after an adjunct of time or occasion (issue 15)', () => {
  it('`said on Tuesday she …`, `told CNN on Sunday the …`, `announced last week he …` report the clause', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'Olsen said on Tuesday she would vote against the toll.',
      'Vos told the Harbour Gazette on Sunday the ferry would need a new engine.',
      'Olsen said in a radio interview the toll would drive fishermen away.',
      'Vos announced last week he would resign from the board.',
    );
    expect(indirectWith(qs, 'vote against the toll')?.speaker).toBe('Mara Olsen');
    expect(indirectWith(qs, 'vote against the toll')?.text.startsWith('she')).toBe(true);
    expect(indirectWith(qs, 'new engine')?.speaker).toBe('Pieter Vos');
    expect(indirectWith(qs, 'drive fishermen away')?.text.startsWith('the toll')).toBe(true);
    expect(indirectWith(qs, 'resign from the board')?.speaker).toBe('Pieter Vos');
  });

  it('an adjunct with no clause after it reports nothing', () => {
    const qs = quotes('Harbour plan', 'Mara Olsen spoke in Dover.', 'Olsen announced on Tuesday the new ferry timetable for the summer.');
    expect(qs.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('reads chains of time and occasion phrases only when a clause follows', () => {
    expect(adjunctBeforeClause(' on Tuesday she would go')).toBe(' on Tuesday'.length);
    expect(adjunctBeforeClause(' in a statement Tuesday night the board had lied')).toBe(' in a statement Tuesday night'.length);
    expect(adjunctBeforeClause(' earlier this month he would go')).toBe(' earlier this month'.length);
    expect(adjunctBeforeClause(' on the plan for the pier')).toBe(0);
    expect(adjunctBeforeClause(' at the quay the ferry would go')).toBe(0);
    expect(adjunctBeforeClause(' on Tuesday the new timetable')).toBe(0);
  });
});
