import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker]);
}

describe('Serbian `Vasićeva je …` is the woman surnamed Vasić, the subject `ona` then refers to', () => {
  it('two women: `ona` after `Lazićeva je …` is Lazić, not the other woman named last', () => {
    expect(
      quotes(
        'Bolnica',
        'Ministarka zdravlja Sanja Lazić obišla je bolnicu. Direktorka bolnice Marija Perić rekla je da nema slobodnih kreveta.',
        'Lazićeva je kritikovala i grupe na mrežama. „To nisu mišljenja, to su laži“, rekla je ona.',
      ),
    ).toEqual([
      ['indirect', 'Marija Perić'],
      ['direct', 'Sanja Lazić'],
    ]);
  });
});

describe('a sentence may open with reversed guillemets (»…«) after a full stop', () => {
  it('`… mrežama. »…«, rekla je ona.` is a direct quote of its own, not a partial of the sentence before', () => {
    expect(
      quotes(
        'Bolnica',
        'Ministarka zdravlja Sanja Lazić obišla je bolnicu.',
        'Ministarka je kritikovala grupe na mrežama. »To nisu mišljenja, to su laži«, rekla je ona.',
      ),
    ).toEqual([['direct', 'Sanja Lazić']]);
  });
});
