import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('en: a name followed by a lower-case apposition is the speaker (ADR 0134)', () => {
  it('a place inside the apposition is not the speaker', () => {
    const qs = quotes('Harbour vote', 'Marcus Oyelaran, a ferry captain from Dover, Kent, said the new harbour fees would ruin small crews.');
    expect(find(qs, 'harbour fees')?.speaker).toBe('Marcus Oyelaran');
  });

  it('an employer inside the apposition is not the speaker', () => {
    const qs = quotes('Bakery chain', 'Ingrid Solberg, chairman of the board of Northwind Bakeries, the group\'s holding company, said prices would rise in spring.');
    expect(find(qs, 'prices would rise')?.speaker).toBe('Ingrid Solberg');
  });

  it('a participle aside after a role and name is dropped', () => {
    const qs = quotes('Fair day', 'County steward Amos Kettering, wearing a hat covered in ribbons, said he was proud of the show.');
    expect(find(qs, 'proud of the show')?.speaker).toBe('Amos Kettering');
  });

  it('a surname with a participle aside', () => {
    const qs = quotes('Fair day', 'Amos Kettering opened the show.', 'Kettering, speaking to farmers, said, "Next year we will need a bigger field."');
    expect(find(qs, 'bigger field')?.speaker).toBe('Amos Kettering');
  });
});
