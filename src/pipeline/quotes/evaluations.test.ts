import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('evaluations without quote marks are indirect speech', () => {
  it('sr: `što su advokati porodica ocenili kao …` — an unnamed group, speaker null', () => {
    const qs = quotes(
      'H',
      'Euleks je saopštio da prati slučaj.',
      'Deo medija uhapšene već naziva „leposavićkom grupom“, što su advokati porodica ocenili kao kršenje pretpostavke nevinosti.',
    );
    expect(find(qs, 'kršenje pretpostavke nevinosti')).toMatchObject({ kind: 'indirect', speaker: null });
  });
  it('sr: `X je odluku ocenio kao …` (Latin and Cyrillic)', () => {
    expect(find(quotes('H', 'Ministar Dragan Lazović je odluku ocenio kao težak udarac dijalogu.'), 'težak udarac')).toMatchObject({
      kind: 'indirect',
      speaker: 'Dragan Lazović',
    });
    expect(find(quotes('Н', 'Министар Драган Лазовић оценио је одлуку као тежак ударац дијалогу.'), 'тежак ударац')).toMatchObject({
      kind: 'indirect',
      speaker: 'Драган Лазовић',
    });
  });
  it('en: `described the decision as …`', () => {
    const q = find(quotes('H', 'Foreign Minister Arta Kelmendi described the decision as a blow to the dialogue.'), 'blow to the dialogue');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Arta Kelmendi' });
  });
  it('sq: `e cilësoi si …`', () => {
    const q = find(quotes('H', 'Kryeministri Albin Kurti e cilësoi si provokim të hapur vendimin e Beogradit.'), 'provokim');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'Albin Kurti' });
  });
  it('en: `described as` with a quote is left to the quote rules, not a second indirect item', () => {
    const qs = quotes('H', 'Pirot mayor Snežana Ćirić described the situation as "the worst we have seen in twenty years".');
    expect(qs.filter((q) => q.kind === 'indirect' && q.text.includes('worst we have seen'))).toHaveLength(0);
  });
});
