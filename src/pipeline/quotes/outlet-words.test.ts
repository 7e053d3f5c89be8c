import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: an outlet that opens a clause is no person, so `On` after it is the one it spoke with', () => {
  it('Latin: the outlet a speech verb gave its words to (`rekla je za Glas`)', () => {
    const got = speakers(
      'Most',
      '„Most ostaje zatvoren“, rekla je za Glas portparolka policije Vesna Perić.',
      'Glas je ispred opštine razgovarao sa predsednikom opštine Markom Ilićem. On je rekao da meštani „više ne veruju obećanjima“.',
    );
    expect(got.slice(-2)).toEqual(['Marko Ilić', 'Marko Ilić']);
  });

  it('Cyrillic: the agency of the dateline (`(Бета) –`)', () => {
    const got = speakers(
      'Мост',
      'НИШ, 3. марта (Бета) – Градско веће усвојило је план радова.',
      'Бета је после седнице разговарала са председником већа Марком Илићем. Он је рекао да ће радови почети „одмах после зиме“.',
    );
    expect(got.slice(-2)).toEqual(['Марко Илић', 'Марко Илић']);
  });

  it('Albanian: `tha për Zërin` makes `Zëri` an outlet', () => {
    const got = speakers(
      'Ura',
      '"Ura mbetet e mbyllur", tha për Zërin zëdhënësja e policisë, Vesa Hoti.',
      'Zëri bisedoi me kryetarin e komunës, Arben Gashin. Ai tha se banorët "nuk u besojnë më premtimeve".',
    );
    expect(got[0]).toBe('Vesa Hoti');
    // (the accusative `Gashin` is not put back in the nominative yet: a known gap)
    expect(got.slice(1).every((x) => x !== null && x.startsWith('Arben Gashi'))).toBe(true);
  });
});

describe('a permanent representative holds an ambassador’s rank (`lexicon/role-synonyms.ts`)', () => {
  it('a later `Ambasadorka` is the woman introduced as permanent representative, not the man of another mission', () => {
    const got = speakers(
      'Savet bezbednosti',
      'Stalni predstavnik Rusije Igor Petrov rekao je da izveštaj nije potpun.',
      'Posle sednice novinari su razgovarali sa stalnom predstavnicom Srbije pri UN Milicom Jović. Ambasadorka je rekla da Beograd očekuje „jasniji izveštaj“.',
    );
    expect(got.slice(-1)).toEqual(['Milica Jović']);
  });
});
