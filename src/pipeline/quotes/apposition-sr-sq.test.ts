import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: a named person before a lower-case apposition is the speaker, not the name inside it', () => {
  it('Latin: `Perić, bliski saradnik Gorana Ilića, rekao je da` is Marko Perić', () => {
    const got = speakers(
      'Stranka',
      'Goran Ilić i Marko Perić sastali su se u Kragujevcu.',
      'Perić, bliski saradnik Gorana Ilića, rekao je da stranka ide na izbore.',
    );
    expect(got).toEqual(['Marko Perić']);
  });

  it('Albanian: `Krasniqi, këshilltar i Arben Gashit, tha se` is Driton Krasniqi', () => {
    const got = speakers(
      'Partia',
      'Arben Gashi dhe Driton Krasniqi u takuan në Prizren.',
      'Krasniqi, këshilltar i Arben Gashit, tha se partia do të dalë në zgjedhje.',
    );
    expect(got).toEqual(['Driton Krasniqi']);
  });
});
