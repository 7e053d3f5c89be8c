import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [number, string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.paragraph, q.kind, q.speaker]);
}

describe('a headline that repeats words the body quotes takes the body’s speaker', () => {
  it('Albanian: a role label (`Drejtoresha e agjencisë:`) and the interviewee who says those words in the body', () => {
    const got = quotes(
      'Drejtoresha e agjencisë: Reduktime do të ketë vetëm në rast avarie',
      'Drejtoresha e agjencisë, Mimoza Lika, foli për dimrin.',
      'Lika tha se reduktime do të ketë vetëm në rast avarie në termocentral.',
    );
    expect(got.filter(([p]) => p === 0)).toEqual([[0, 'indirect', 'Mimoza Lika']]);
  });

  it('a headline whose words nobody in the body says keeps no speaker', () => {
    const got = quotes('Buxheti, opozita: «Buxhet pa zhvillim»', 'Ministri Besnik Rexha tha se buxheti do të rritet.');
    expect(got.filter(([p]) => p === 0).map(([, , s]) => s)).toEqual([null]);
  });
});
