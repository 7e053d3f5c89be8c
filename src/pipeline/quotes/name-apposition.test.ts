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
    const qs = quotes(
      'Bakery chain',
      "Ingrid Solberg, chairman of the board of Northwind Bakeries, the group's holding company, said prices would rise in spring.",
    );
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

  it('a role-noun apposition naming a company is not the speaker', () => {
    const qs = quotes(
      'Jets',
      'Nils Ekdahl, chief executive officer of Polar Charter Services, a small aviation broker, said the plane was unusual for its owner.',
    );
    expect(find(qs, 'plane was unusual')?.speaker).toBe('Nils Ekdahl');
  });
});

describe('en: `the` before an organisation name as the whole subject (ADR 0134)', () => {
  it('`the BBC reported` and `the Harbour Gazette reported` name the broadcaster and the paper', () => {
    const qs = quotes(
      'Mine',
      'The driver had worked for a mining company for ten years, the BBC reported.',
      'The mine will close in spring, the Harbour Gazette reported on Monday.',
    );
    expect(find(qs, 'mining company')?.speaker).toBe('BBC');
    expect(find(qs, 'close in spring')?.speaker).toBe('Harbour Gazette');
  });

  it('a role after `the` is still a role reference, not an organisation', () => {
    const qs = quotes('Mine', 'Senator Mara Quist visited the mine.', 'The mine will close in spring, the senator said on Monday.');
    expect(find(qs, 'close in spring')?.speaker).toBe('Mara Quist');
  });
});

describe('en: a clause before the verb is no speaker name (ADR 0134)', () => {
  it('`Most of the … Councillors have already said` names nobody', async () => {
    const { clauseNotName } = await import('./name-apposition.js');
    expect(clauseNotName('Most of the wavering Harbour Councillors have already', null, 'en')).toBe(true);
    expect(clauseNotName('Bank of Northland', null, 'en')).toBe(false);
    expect(clauseNotName('Most of the wavering Harbour Councillors have already', null, 'sr')).toBe(false);
  });
});
