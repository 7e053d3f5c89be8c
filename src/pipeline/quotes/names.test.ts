import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { nameRuns } from './speakers.js';
import { genderOfFirstName } from './entities.js';
import { firstNameGender } from './lexicon/first-names.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const runs = (s: string) => nameRuns(s).map(([a, b]) => s.slice(a, b));

describe('name runs: function words, titles, initials, possessives, suffixes', () => {
  it('drops a capitalised function word that opens the sentence', () => {
    expect(runs('Although Okafor disagreed')).toEqual(['Okafor']);
    expect(runs('Neither Lindqvist nor')).toEqual(['Lindqvist']);
    expect(runs('Prema Petroviću')).toEqual(['Petroviću']);
  });

  it('keeps initials and reads through abbreviated titles', () => {
    expect(runs('Sen. Maria T. Okafor')).toEqual(['Maria T. Okafor']);
    expect(runs('Gov. Okafor')).toEqual(['Okafor']);
    expect(runs('Thomas K. Lindqvist Jr.')).toEqual(['Thomas K. Lindqvist']);
  });

  it('a possessive ends the name: what follows is owned', () => {
    expect(runs('Okafor’s Spokesman')).toEqual([]);
    expect(runs("Okafors' Manager")).toEqual([]);
  });

  it("a first name from one language is never another language's function word", () => {
    expect(runs('Jane Lindqvist')).toEqual(['Jane Lindqvist']);
  });
});

describe('first names give gender from public name lists', () => {
  it('English, Serbian and Albanian names', () => {
    expect(firstNameGender('Hillary')).toBe('f');
    expect(genderOfFirstName('Kimberly')).toBe('f');
    expect(genderOfFirstName('Dragana')).toBe('f');
    expect(genderOfFirstName('Milan')).toBe('m');
    expect(genderOfFirstName('Valbona')).toBe('f');
    expect(genderOfFirstName('Ilir')).toBe('m');
  });

  it('en: `she` resolves to a woman named outside subject position', () => {
    const qs = quotes('Headline', 'The meeting was short, but Kimberly Lindqvist made it count.', '"We are not going anywhere," she said.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Kimberly Lindqvist' });
  });

  it('en: `she` skips a man who spoke in between', () => {
    const qs = quotes(
      'Headline',
      'Kimberly Lindqvist chairs the board. Thomas Okafor, her deputy, agreed with the plan.',
      '"The vote is on Friday," she said.',
    );
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Kimberly Lindqvist' });
  });

  it('en: `said Sen. Maria T. Okafor.` keeps the full name after the title', () => {
    const qs = quotes('Headline', '"The bill will pass this week," said Sen. Maria T. Okafor.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Maria T. Okafor' });
  });
});
