import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English predicates without a subject of their own after a fronted adverbial (issue 15)', () => {
  it('a coordinated speech verb takes the main-clause subject, not the fronted words', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen met the port workers in Dover on Monday.',
      'In a radio interview on Tuesday, Pieter Vos defended his plan for the harbour and said the city would find the money.',
    );
    expect(indirectWith(qs, 'find the money')?.speaker).toBe('Pieter Vos');
  });

  it('a participle clause takes the main-clause subject after a fronted place or time', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'At a rally in the town square, Olsen criticised the council vote, arguing that it would cost jobs.',
      'Late on Wednesday, Vos struck a calmer tone, saying the council still had time to agree.',
    );
    expect(indirectWith(qs, 'cost jobs')?.speaker).toBe('Mara Olsen');
    expect(indirectWith(qs, 'time to agree')?.speaker).toBe('Pieter Vos');
  });

  it('a name in the fronted clause is no subject', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'After Olsen left the stage, Vos thanked the crowd and said the ferry would run all winter.',
    );
    expect(indirectWith(qs, 'ferry would run')?.speaker).toBe('Pieter Vos');
  });

  it('a name with `of` and a place after it is still the subject after a fronted part', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen met the port workers in Dover on Monday.',
      'At a rally in Hull, Yorks., on Tuesday, Senator Pieter Vos of Kent backed Olsen, saying that she would make a fine mayor.',
    );
    expect(indirectWith(qs, 'fine mayor')?.speaker).toBe('Pieter Vos');
  });
});
