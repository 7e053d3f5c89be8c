import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null, string][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.kind, q.speaker, q.text]);
}

describe('a denial of saying, with an adjunct before the denied speech verb, reports nothing', () => {
  it('Cyrillic: `негирао да је у разговору за … лист рекао да …` gives no report of the denied words', () => {
    expect(quotes('Посета', 'Министар Јован Перић је негирао да је у разговору за један немачки лист рекао да ће Србија „одустати од преговора“.')).toEqual([]);
  });

  it('Latin: `negirao da je optuženog na prošlom ročištu nazvao „ubicom“` is a denied naming, not a report', () => {
    expect(quotes('Suđenje', 'Tužilac Marko Ilić je negirao da je optuženog na prošlom ročištu nazvao „ubicom“, kako su pisali pojedini listovi.')).toEqual([]);
  });

  it('a denial with content of its own is still the subject’s report', () => {
    expect(quotes('Suđenje', 'Tužilac Marko Ilić je negirao da je optuženi bio u zemlji tog dana.')).toEqual([
      ['indirect', 'Marko Ilić', 'je optuženi bio u zemlji tog dana'],
    ]);
  });
});
