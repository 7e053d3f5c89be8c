import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr: a dative name after the speaker of an inverted verb is the addressee', () => {
  it('Latin: `rekao je Jevtić Ivani Ristić` is Marko Jevtić', () => {
    const got = speakers(
      'Most',
      'Poslanik Marko Jevtić i novinarka Ivana Ristić sreli su se kod mosta.',
      '„Nema vremena za čekanje“, rekao je Jevtić Ivani Ristić.',
    );
    expect(got).toEqual(['Marko Jevtić']);
  });

  it('Cyrillic: `поручио је Јевтић Ристићевој` is Марко Јевтић', () => {
    const got = speakers(
      'Мост',
      'Посланик Марко Јевтић и новинарка Ивана Ристић срели су се код моста.',
      '„Нема времена за чекање“, поручио је Јевтић Ристићевој.',
    );
    expect(got).toEqual(['Марко Јевтић']);
  });

  it('a full name after the verb stays one person (`rekao je Marko Jevtić`)', () => {
    const got = speakers('Most', 'Poslanik Marko Jevtić obišao je most.', '„Nema vremena za čekanje“, rekao je Marko Jevtić.');
    expect(got).toEqual(['Marko Jevtić']);
  });
});
