import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function partials(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')))
    .filter((q) => q.kind === 'partial')
    .map((q) => q.speaker);
}

describe('a partial after `„…“, said X, adding that „…“` is X’s, not a word of the first quote', () => {
  it('Albanian: a capitalised verb inside the first quote (`Kemi`) is no speaker', () => {
    const got = partials(
      'Spitali',
      'Drejtori i spitalit Arben Gashi foli për situatën.',
      '"Shtretërit janë plot. Kemi hapur një sallë", deklaroi Gashi, duke shtuar se "situata mbetet nën kontroll".',
    );
    expect(got).toEqual(['Arben Gashi']);
  });

  it('Serbian: `„…“, rekao je Ilić, dodavši da je situacija „…“`', () => {
    const got = partials(
      'Bolnica',
      'Direktor bolnice Marko Ilić govorio je o stanju.',
      '„Kreveti su puni. Imamo novu salu“, rekao je Ilić, dodavši da je situacija „pod punom kontrolom“.',
    );
    expect(got).toEqual(['Marko Ilić']);
  });

  it('English: `"…," said Roe, adding that the plan was "a real failure"`', () => {
    const got = partials(
      'Budget',
      'Mayor Jane Roe spoke on Monday.',
      '"The beds are full. We opened a new ward," said Roe, adding that the plan was "a real failure".',
    );
    expect(got).toEqual(['Jane Roe']);
  });
});
