import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('Quotes closed by a source phrase (issue 15)', () => {
  it('`“…,” according to X.` is X’s direct quote', () => {
    const qs = quotes('Harbour plan', 'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.', '“The ferry is finished,” according to Olsen.');
    expect(find(qs, 'direct', 'ferry is finished')?.speaker).toBe('Mara Olsen');
  });

  it('quoted words inside a sentence closed by `according to X` are X’s partial, past an apposition', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'Since the storm, “there has been a new urgency in the talks,” according to Vos, the harbour master.',
    );
    expect(find(qs, 'partial', 'new urgency')?.speaker).toBe('Pieter Vos');
  });

  it('a document before its author gives way to the author; a verb of saying still wins over the source', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen spoke to reporters in Dover on Monday.',
      '“We will reopen the pier in May,” according to a statement from the Harbour Board.',
      '“The toll stays,” Olsen said, according to the Harbour Gazette.',
    );
    expect(find(qs, 'direct', 'reopen the pier')?.speaker).toBe('Harbour Board');
    expect(find(qs, 'direct', 'toll stays')?.speaker).toBe('Mara Olsen');
  });

  it('an unnamed source names nobody', () => {
    const qs = quotes('Harbour plan', 'Mara Olsen spoke in Dover.', '“The ferry is finished,” according to a senior harbour official.');
    expect(find(qs, 'direct', 'ferry is finished')?.speaker).toBeNull();
  });

  it('a source phrase set off by commas inside a sentence reports the sentence for the source', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'The board, according to Vos, has never published the contract.',
      'In May, according to Olsen, the pier closed for the summer.',
    );
    expect(find(qs, 'indirect', 'never published')?.speaker).toBe('Pieter Vos');
    expect(find(qs, 'indirect', 'never published')?.text.startsWith('The board')).toBe(true);
    expect(find(qs, 'indirect', 'pier closed')?.speaker).toBe('Mara Olsen');
    expect(find(qs, 'indirect', 'pier closed')?.text).toBe('the pier closed for the summer');
  });

  it('a source phrase before the quote in its sentence gives the partial to the source, past a title with a dot', () => {
    const qs = quotes(
      'Harbour plan',
      'Pieter Vos and Mara Olsen spoke to reporters in Dover on Monday.',
      'According to Olsen, she was once on the board, but is now “the worst thing that ever happened to the board.”',
      'The visit in May became “the high point of their long friendship,” according to Mr. Vos.',
    );
    expect(find(qs, 'partial', 'worst thing')?.speaker).toBe('Mara Olsen');
    expect(find(qs, 'partial', 'high point')?.speaker).toBe('Pieter Vos');
  });
});
