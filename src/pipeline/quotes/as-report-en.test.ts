import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { en } from './lexicon/en.js';
import { asReports } from './as-report-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));
const contents = (s: string) => asReports(s, 0, s.length, en).map((r) => s.slice(r.content[0], r.content[1]).trim());

describe('English `As X reported, …` (issue 15)', () => {
  it('the clause after an `as`-clause of saying is its subject’s report', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen chairs the board.', 'As Olsen noted on Monday, the ferry has lost money for three winters.');
    expect(indirectWith(qs, 'lost money')?.speaker).toBe('Mara Olsen');
    expect(contents('As the Harbour Gazette reported, the pier will close in June.')).toEqual(['the pier will close in June.']);
    expect(contents('The fund is empty, and, as Pieter Vos put it, the town cannot wait.')).toEqual(['the town cannot wait.']);
  });

  it('the passive `As reported by X, …` names its source after `by`', () => {
    const s = 'As reported by the Harbour Gazette, the pier will close in June.';
    const [r] = asReports(s, 0, s.length, en);
    expect(s.slice(r.np![0], r.np![1])).toBe('the Harbour Gazette');
    expect(s.slice(r.content[0], r.content[1])).toBe('the pier will close in June.');
  });

  it('an `as`-clause of time or one with its own report is not read', () => {
    expect(contents('As Olsen tried to speak, the crowd began to leave the hall.')).toEqual([]);
    expect(contents('As Olsen said, Vos argued that the fund was empty.')).toEqual([]);
    expect(contents('As the ferry left, Olsen waved from the quay.')).toEqual([]);
  });
});
