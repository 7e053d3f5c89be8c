import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('Serbian `…, ali je upozorio da …`: a predicate coordinated by `ali` takes the sentence’s subject', () => {
  it('Latin: the subject with an apposition before it', () => {
    const got = speakers(
      'Izbori',
      'Za predsednika kluba izabran je Petar Ilić.',
      'Njegov protivkandidat, dosadašnji sekretar kluba Goran Lukić, čestitao je Iliću, ali je upozorio da klub ima velike dugove.',
    );
    expect(got).toEqual(['Goran Lukić']);
  });

  it('Cyrillic: `Горан Лукић честитао је Илићу, али је упозорио да`', () => {
    const got = speakers(
      'Избори',
      'За председника клуба изабран је Петар Илић.',
      'Секретар клуба Горан Лукић честитао је Илићу, али је упозорио да клуб има велике дугове.',
    );
    expect(got).toEqual(['Горан Лукић']);
  });
});
