import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('Serbian neuter l-participles (`navelo`, `saopštilo`, `ocenilo`) report an institution’s words', () => {
  it('Latin: `Ministarstvo … je u saopštenju navelo da »…«, ali i da …` gives the partial and the second clause', () => {
    const got = quotes('Grip', 'Ministarstvo prosvete je u saopštenju navelo da »nema mesta za brigu«, ali i da roditelji treba da prate zdravlje dece.');
    expect(got).toEqual([
      ['partial', 'Ministarstvo prosvete', 'nema mesta za brigu'],
      ['indirect', 'Ministarstvo prosvete', 'roditelji treba da prate zdravlje dece'],
    ]);
  });

  // The head noun alone names no institution (`bare-org-noun.ts`): the one named before, else unnamed.
  it('Latin: `Tužilaštvo je saopštilo da`: the prosecution office named before; with none, unnamed', () => {
    const got = quotes('Istraga', 'Tužilaštvo je saopštilo da je istraga „pri kraju“.');
    expect(got.map(([k, s]) => [k, s])).toEqual([
      ['partial', null],
      ['indirect', null],
    ]);
    const named = quotes(
      'Istraga',
      'Osnovno javno tužilaštvo u Nišu saopštilo je da je podiglo optužnicu.',
      'Tužilaštvo je saopštilo da je istraga „pri kraju“.',
    );
    expect(named.slice(1).map(([k, s]) => [k, s])).toEqual([
      ['partial', 'Osnovno javno tužilaštvo u Nišu'],
      ['indirect', 'Osnovno javno tužilaštvo u Nišu'],
    ]);
  });

  it('Cyrillic: `Веће је оценило да …` is the council’s report', () => {
    const got = quotes('Суд', 'Веће је оценило да је жалба неоснована.');
    expect(got).toEqual([['indirect', null, 'је жалба неоснована']]);
  });
});
