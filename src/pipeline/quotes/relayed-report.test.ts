import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.speakerRole, q.text]);
}

describe('an outlet that relays a whole report leaves the report to the person it names (sr, sq)', () => {
  it('Albanian: `Sipas KosovaPress, ministri X tha se …` is X’s, with the role `ministri`', () => {
    expect(quotes('Tregu', 'Sipas Lajmit, ministri Ilir Krasniqi tha se çmimet nuk do të ndryshojnë.')).toEqual([
      ['indirect', 'Ilir Krasniqi', 'ministri', 'çmimet nuk do të ndryshojnë'],
    ]);
  });

  it('Serbian: `Prema Tanjugu, ministar X je izjavio da …`', () => {
    expect(quotes('Zalihe', 'Prema Tanjugu, ministar Goran Pavić je izjavio da će zalihe trajati do proleća.')).toEqual([
      ['indirect', 'Goran Pavić', 'ministar', 'će zalihe trajati do proleća'],
    ]);
  });

  it('Albanian: `X është cituar të ketë thënë se …` (X was quoted as saying) is X’s', () => {
    expect(quotes('Rezervat', 'Ministri Ilir Krasniqi është cituar të ketë thënë se rezervat do të mjaftojnë deri në pranverë.')).toEqual([
      ['indirect', 'Ilir Krasniqi', 'Ministri', 'rezervat do të mjaftojnë deri në pranverë'],
    ]);
  });

  it('`Sipas X, …` with no report inside is still X’s', () => {
    expect(quotes('Tregu', 'Sipas ministrit Ilir Krasniqi, çmimet nuk do të ndryshojnë këtë vit.').map((q) => q[1])).toEqual(['Ilir Krasniqi']);
  });
});

describe('an inverted pronoun followed by a dative addressee is the pronoun (sr, sq)', () => {
  it('Albanian: `«…», u tha ai deputetëve.`', () => {
    expect(
      quotes('Buxheti', 'Ministri Ilir Krasniqi foli në Kuvend.', '«Kemi rritur pagat e mjekëve për dhjetë për qind», u tha ai deputetëve.').map((q) => [
        q[0],
        q[1],
        q[2],
      ]),
    ).toEqual([['direct', 'Ilir Krasniqi', 'Ministri']]);
  });

  it('Serbian: `„…“, rekao je on novinarima.`', () => {
    expect(quotes('Fabrika', 'Direktor Marko Ilić obišao je fabriku.', '„Plate kasne dva dana“, rekao je on novinarima.').map((q) => [q[0], q[1]])).toEqual([
      ['direct', 'Marko Ilić'],
    ]);
  });
});

describe('Albanian pluperfect speech verbs (`kishte thënë X`)', () => {
  it('`"…", kishte thënë X gjatë seancës.` is X, not the organisation that spoke before', () => {
    expect(
      quotes(
        'EULEX',
        'Misioni njoftoi se mandati do të zgjatet.',
        '"Vendi ka institucione funksionale. Nuk kemi nevojë për kujdestari", kishte thënë Drita Lika gjatë seancës.',
      ).map((q) => [q[0], q[1]]),
    ).toContainEqual(['direct', 'Drita Lika']);
  });
});
