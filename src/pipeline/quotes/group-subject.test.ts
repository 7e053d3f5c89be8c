import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { opensWithGroupNoun } from './group-subject.js';

function speakers(...paragraphs: string[]): (string | null)[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);
}

describe('sr/sq: a subject headed by a group noun is an unnamed group, not a two-word name', () => {
  it('Latin: `Stanovnici Brnjaka kažu` names nobody', () => {
    expect(speakers('Voda', 'Selo je bez vode četvrti dan.', 'Stanovnici Brnjaka kažu da „više ne mogu da čekaju“.')).toEqual([null]);
  });

  it('Cyrillic: `Грађани Лепосавића тврде` names nobody', () => {
    expect(speakers('Вода', 'Село је без воде четврти дан.', 'Грађани Лепосавића тврде да „више не могу да чекају“.')).toEqual([null]);
  });

  it('Albanian: `Banorët e Vitisë thonë` names nobody', () => {
    expect(speakers('Uji', 'Fshati është pa ujë për të katërtën ditë.', 'Banorët e Vitisë thonë se "nuk mund të presin më".')).toEqual([null]);
  });

  it('a singular pronoun after the group is the man who spoke before it, not the group', () => {
    const got = speakers(
      'Voda',
      'Predsednik opštine Petar Jović rekao je da se radovi završavaju.',
      'Stanovnici Brnjaka kažu da „više ne mogu da čekaju“. On je dodao da je „sve pod kontrolom“.',
    );
    expect(got.slice(-1)).toEqual(['Petar Jović']);
  });

  it('the noun is read from the lexicon, in any script or case of its first letter', () => {
    expect(opensWithGroupNoun('Meštani Zupča', 'sr')).toBe(true);
    expect(opensWithGroupNoun('Qytetarët e Pejës', 'sq')).toBe(true);
    expect(opensWithGroupNoun('Marko Ilić', 'sr')).toBe(false);
    expect(opensWithGroupNoun('Meštani', 'en')).toBe(false);
  });
});
