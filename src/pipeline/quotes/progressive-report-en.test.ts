import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English progressive reports (issue 15, lexicon/participle-en.ts)', () => {
  it('`is declaring that`, `are saying` and `is telling <addressee>` report like their simple forms', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen is declaring that the ferry will run all winter.',
      'The fishermen are saying the new quay has cut their catch.',
      'Pieter Vos is telling donors the harbour fund has doubled.',
    );
    expect(indirectWith(qs, 'run all winter')?.speaker).toBe('Mara Olsen');
    expect(indirectWith(qs, 'new quay')?.text).toBe('the new quay has cut their catch');
    expect(indirectWith(qs, 'harbour fund')?.text).toBe('the harbour fund has doubled');
  });

  it('`is promising to` reports its infinitive', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen is promising to reopen the pier before the summer.');
    expect(indirectWith(qs, 'reopen the pier')?.speaker).toBe('Mara Olsen');
  });

  it('a progressive verb of another kind reports nothing', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen is planning to reopen the pier before the summer.');
    expect(qs.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});
