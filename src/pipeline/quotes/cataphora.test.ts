import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('a pronoun subject named at the end of its own sentence (cataphora, sr/sq)', () => {
  it('Serbian Latin: `Ona je navela da …, rekla je X.` is X’s, without the attribution', () => {
    expect(quotes('Izbori', 'Ona je navela da će lista biti predata do petka, rekla je Milena Stojković.')).toEqual([
      ['indirect', 'Milena Stojković', 'će lista biti predata do petka'],
    ]);
  });

  it('the closing name wins over the pronoun’s earlier antecedent', () => {
    expect(quotes('Sednica', 'Petar Ilić je otvorio sednicu. On je istakao da nema razloga za brigu, rekao je Dušan Perić.')).toEqual([
      ['indirect', 'Dušan Perić', 'nema razloga za brigu'],
    ]);
  });

  it('Serbian Cyrillic', () => {
    expect(quotes('Избори', 'Она је навела да ће листа бити предата до петка, рекла је Милена Стојковић.')).toEqual([
      ['indirect', 'Милена Стојковић', 'ће листа бити предата до петка'],
    ]);
  });

  it('Albanian: `Ajo tha se …, deklaroi X.`', () => {
    expect(quotes('Zgjedhjet', 'Ajo tha se lista do të dorëzohet të premten, deklaroi Drita Berisha.')).toEqual([
      ['indirect', 'Drita Berisha', 'lista do të dorëzohet të premten'],
    ]);
  });

  it('a named subject is kept, and a clause that ends in no name is left whole', () => {
    expect(quotes('Most', 'Vesna Lazić je rekla da će most biti otvoren do leta, kako je planirano.')).toEqual([
      ['indirect', 'Vesna Lazić', 'će most biti otvoren do leta, kako je planirano'],
    ]);
  });
});
