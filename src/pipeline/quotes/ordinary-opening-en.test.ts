import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { ordinaryOpeningLength } from './ordinary-opening-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('a sentence-opening ordinary word is no name word (issue 15)', () => {
  it('`Continued Stone: "…"` is Stone speaking when the article writes `continued` in lower case', () => {
    const qs = quotes(
      'Count disputed',
      'Roger Stone spoke on a radio show on Monday and continued his attack on the count.',
      'Continued Stone: "The count is rigged, and everyone knows it."',
    );
    expect(withText(qs, 'direct', 'count is rigged')?.speaker).toBe('Roger Stone');
  });

  it('a listed first name stays a name though the article writes it in lower case (`Bill`)', () => {
    const qs = quotes('Vote', 'A new bill was passed on Monday.', 'Bill Hartley said the vote was fair and open to all.');
    expect(withText(qs, 'indirect', 'vote was fair')?.speaker).toBe('Bill Hartley');
  });

  it('strips leading words only on the article’s evidence', () => {
    const ev = { capsInside: new Set<string>(), lower: new Set(['continued', 'having']) };
    expect(ordinaryOpeningLength('Continued Stone', ev)).toBe('Continued '.length);
    expect(ordinaryOpeningLength('Having', ev)).toBe('Having'.length);
    expect(ordinaryOpeningLength('Roger Stone', ev)).toBe(0);
    // an organisation's name is kept whole
    expect(ordinaryOpeningLength('Judicial Council', { ...ev, lower: new Set(['judicial']) })).toBe(0);
    expect(ordinaryOpeningLength('Continued Stone', { ...ev, capsInside: new Set(['continued']) })).toBe(0);
  });
});
