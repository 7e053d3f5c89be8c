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

describe('English characterisation frames: `describes … as a`, `what he called a` (issue 15)', () => {
  it('`described the move as a “…”` and `describes herself as “…”` are the subject’s words', () => {
    const qs = quotes(
      'Harbour',
      'In the email, Ann Roe described the move as a “serious breach of faith,” adding that she was angry.',
      'On the campaign trail, Ben Kato describes himself as “a steady hand.”',
    );
    expect(find(qs, 'serious breach of faith')).toMatchObject({ kind: 'partial', speaker: 'Ann Roe' });
    expect(find(qs, 'a steady hand')).toMatchObject({ kind: 'partial', speaker: 'Ben Kato' });
  });

  it('`…, which she called “…”`, `what he called a “…”`: the relative frame’s own subject says it', () => {
    const qs = quotes(
      'Harbour',
      'Ann Roe, the harbour chief, congratulated Ben Kato on what he called “an extraordinary campaign.”',
      'Ben Kato said Ann Roe must reach voters who are in what she called a “restless mood,” pointing to the strike.',
    );
    expect(find(qs, 'an extraordinary campaign')).toMatchObject({ kind: 'partial', speaker: 'Ben Kato' });
    expect(find(qs, 'restless mood')).toMatchObject({ kind: 'partial', speaker: 'Ann Roe' });
  });

  it('a relative frame whose subject names nobody gives no partial', () => {
    const qs = quotes('Harbour', 'The board met on what the harbour master called “a dark day.”');
    expect(qs.filter((q) => q.kind === 'partial')).toEqual([]);
  });
});
