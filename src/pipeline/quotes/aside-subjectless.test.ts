import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('Serbian `, kako je naveo/navela,`: a subject-less aside is the person of the participle’s gender', () => {
  it('`On je, kako je naveo, već …` after a man named as the subject', () => {
    expect(
      quotes('Voda', 'Komšija Stevan Lukić rekao je novinarima da „ovaj put neće biti protesta“. On je, kako je naveo, već angažovao advokata iz Niša.'),
    ).toEqual([
      ['partial', 'Stevan Lukić'],
      ['indirect', 'Stevan Lukić'],
    ]);
  });

  it('`…, kako je podsetila, …` takes the woman, not the man named last', () => {
    expect(
      quotes(
        'Struja',
        'Predsednica mesne zajednice Nada Ilić kaže da meštani nemaju poverenja u obećanja.',
        'Direktor Goran Perić nije odgovorio. Slična obećanja, kako je podsetila, meštani su čuli i pre pet godina.',
      ).map(([, s]) => s),
    ).toEqual(['Nada Ilić', 'Nada Ilić']);
  });
});
