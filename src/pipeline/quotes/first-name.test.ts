import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('a first name given alone in an apposition is the speaker (holdout2 kind C3)', () => {
  it('en: `who gave only her first name, Dragica, said:` is Dragica, not the previous speaker', () => {
    const qs = quotes(
      'Exchange',
      'The EU Office in Kosovo said the rules were clear.',
      'A pensioner from Zvečan, who gave only her first name, Dragica, said: “I cannot change my pension anywhere in this town.”',
    );
    expect(find(qs, 'cannot change my pension')?.speaker).toBe('Dragica');
  });

  it('sr: `koja je dala samo ime, Dragica, rekla je:`', () => {
    const qs = quotes(
      'Menjačnice',
      'Kancelarija EU na Kosovu saopštila je da su pravila jasna.',
      'Penzionerka iz Zvečana, koja je dala samo ime, Dragica, rekla je: „Ne mogu nigde da promenim penziju u ovom gradu.“',
    );
    expect(find(qs, 'Ne mogu nigde')?.speaker).toBe('Dragica');
  });
});
