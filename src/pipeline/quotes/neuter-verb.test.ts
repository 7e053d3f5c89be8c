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

  it('Latin: `Tužilaštvo je saopštilo da`', () => {
    const got = quotes('Istraga', 'Tužilaštvo je saopštilo da je istraga „pri kraju“.');
    expect(got.map(([k, s]) => [k, s])).toEqual([
      ['partial', 'Tužilaštvo'],
      ['indirect', 'Tužilaštvo'],
    ]);
  });

  it('Cyrillic: `Веће је оценило да …` is the council’s report', () => {
    const got = quotes('Суд', 'Веће је оценило да је жалба неоснована.');
    expect(got).toEqual([['indirect', 'Веће', 'је жалба неоснована']]);
  });
});
