import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { kinNames } from './kin-name-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('a first name named by a kinship apposition (issue 15)', () => {
  it('`His wife, Janet, …` then `she said`: Janet speaks, not the other woman named before', () => {
    const qs = quotes(
      'Mayor stays on',
      'Mayor Hugo Brandt met Governor Alice Varga on Monday, and Varga praised the harbour plan.',
      'His wife, Janet, spoke to the crowd afterwards. "We will stay in this town for good," she said.',
    );
    expect(withText(qs, 'direct', 'stay in this town')?.speaker).toBe('Janet');
  });

  it('finds the name and the gender the kinship noun tells; a word no list knows as a first name is left alone', () => {
    const s = 'Later his wife, Janet, spoke, and Brandt’s son, Tom, wrote a note; her husband, Harbor, left.';
    expect(kinNames(s).map((k) => [s.slice(k.nameStart, k.nameEnd), k.gender])).toEqual([
      ['Janet', 'f'],
      ['Tom', 'm'],
    ]);
  });
});
