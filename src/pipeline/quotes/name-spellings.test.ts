import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('sr/sq: one person in several spellings (ADR 0284)', () => {
  it('an Albanian spelling and a Serbian one name one person in a Serbian article', () => {
    const qs = quotes(
      'Razgovori o mostu',
      'Gradonačelnik Driton Hoxha stigao je u utorak u Mitrovicu.',
      '„Most mora da bude otvoren za sve“, rekao je Hodža okupljenima.',
      'Хоџа је додао да ће се разговори наставити у петак.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Driton Hoxha', 'Driton Hoxha']);
  });

  it('a Serbian spelling and an Albanian one name one person in an Albanian article', () => {
    const qs = quotes(
      'Takimi në Beograd',
      'Ministri Dragan Čolić u takua me delegacionin në Beograd.',
      '“Jemi gati të flasim për çdo gjë”, tha Çoliq pas takimit.',
    );
    expect(qs[0]?.speaker).toBe('Dragan Čolić');
  });
});
