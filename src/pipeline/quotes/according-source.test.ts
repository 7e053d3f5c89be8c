import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { sourceNameStart } from './according-source.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('en: the source after `according to` (ADR 0134)', () => {
  it('drops `the` before a name and a document before its author', () => {
    const cut = (t: string) => t.slice(sourceNameStart(t, 'en'));
    expect(cut('the Harbour Gazette')).toBe('Harbour Gazette');
    expect(cut('a recent report from Northwind Research')).toBe('Northwind Research');
    expect(cut('a tally by the Harbour Gazette')).toBe('Harbour Gazette');
    expect(cut('documents obtained by the Gazette')).toBe('documents obtained by the Gazette');
    expect(sourceNameStart('the Gazette', 'sr')).toBe(0);
  });

  it('a closing `according to the Gazette` names the newspaper', () => {
    const qs = quotes(
      'Bridge costs',
      'Tom Baxter runs the harbour office.',
      'The new bridge will cost twice as much as planned, according to the Harbour Gazette.',
    );
    expect(qs.find((q) => q.kind === 'indirect')?.speaker).toBe('Harbour Gazette');
  });
});
