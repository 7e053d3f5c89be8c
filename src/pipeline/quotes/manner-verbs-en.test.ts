import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English verbs of saying with a manner (issue 15, lexicon/en.ts)', () => {
  it('`joked that`, `lamented that`, `boasted`, `cautioned` report their clause', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen joked that the ferry was older than the harbour itself.',
      'Pieter Vos lamented that the fishermen had not been asked.',
      'Olsen boasted the new quay had come in under budget.',
    );
    expect(indirectWith(qs, 'older than the harbour')?.speaker).toBe('Mara Olsen');
    expect(indirectWith(qs, 'fishermen had not been asked')?.speaker).toBe('Pieter Vos');
    expect(indirectWith(qs, 'under budget')?.speaker).toBe('Mara Olsen');
  });

  it('with a plain object they report nothing', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen boasted a long record on the harbour board.');
    expect(qs.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});
