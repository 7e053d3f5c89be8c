import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { characterises } from './characterisation.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('short partials in characterisation frames (holdout2 kind K)', () => {
  it('en: `accused X of “two words”` is the subject’s partial quote', () => {
    const qs = quotes('Water', 'Union leader Dragan Petrović accused the company of “collective punishment” on Monday.');
    expect(find(qs, 'collective punishment')).toMatchObject({ kind: 'partial', speaker: 'Dragan Petrović' });
  });

  it('sr: `optužio je X za „…“`', () => {
    const qs = quotes('Voda', 'Predsednik sindikata Dragan Petrović optužio je kompaniju za „kolektivno kažnjavanje“.');
    expect(find(qs, 'kolektivno kažnjavanje')).toMatchObject({ kind: 'partial', speaker: 'Dragan Petrović' });
  });

  it('sq: `akuzoi X për „…“`', () => {
    const qs = quotes('Uji', 'Kryetari i sindikatës Dragan Petroviq akuzoi kompaninë për „ndëshkim kolektiv“.');
    expect(find(qs, 'ndëshkim kolektiv')).toMatchObject({ kind: 'partial', speaker: 'Dragan Petroviq' });
  });

  it('finds the frame only at the end of the lead; a bare `called` label is not a frame', () => {
    expect(characterises('The union accused the company of', 'en')).toBe('The union '.length);
    expect(characterises('The utility cut the water over what it called', 'en')).toBeGreaterThan(0);
    expect(characterises('Die Zeit called the centre a', 'en')).toBe(-1);
    expect(characterises('The union accused the company of theft and said', 'en')).toBe(-1);
  });
});
