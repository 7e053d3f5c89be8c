import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { describedNameAfter } from './described-name-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('a description, then the full name in its own comma segment (issue 15)', () => {
  it('`A ferry company spokeswoman, Lena Park, said` names Lena Park', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen runs the harbour board.', 'A ferry company spokeswoman, Lena Park, said the pier would reopen in May.');
    expect(withText(qs, 'indirect', 'pier would reopen')?.speaker).toBe('Lena Park');
  });

  it('after the verb too: `said another harbour lawyer, Andrew J. Moss of the firm Moss Reed.` names Andrew J. Moss', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      '"The odds are good that the port will grow," said another harbour lawyer, Andrew J. Moss of the firm Moss Reed.',
      '"We are anxious," said another local trader, Johanna Bell. "The ships keep getting bigger."',
    );
    expect(withText(qs, 'direct', 'port will grow')?.speaker).toBe('Andrew J. Moss');
    expect(withText(qs, 'direct', 'We are anxious')?.speaker).toBe('Johanna Bell');
    expect(withText(qs, 'direct', 'ships keep')?.speaker).toBe('Johanna Bell');
  });

  it('after the verb, a capitalised segment that opens with no listed first name is no name (`said a trader, Acme Corp`)', () => {
    expect(describedNameAfter('another local trader', ', Johanna Bell.')).toBe(', Johanna Bell'.length);
    expect(describedNameAfter('another local trader', ', Acme Harbour Corp.')).toBe(0);
    expect(describedNameAfter('the trader', ', Johanna Bell.')).toBe(0);
  });

  it('without the name segment the description stays an unnamed source', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen runs the harbour board.', 'A ferry company spokeswoman said the pier would reopen in May.');
    expect(withText(qs, 'indirect', 'pier would reopen')?.speaker).toBeNull();
  });

  it('an age before the apposition is skipped, and a county after a town is no speaker (`…, 71, a boat builder in Dover, Kent,`)', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      '"The ferry will run," Tom Baker, 71, a boat builder in Dover, Kent, said at the quay.',
    );
    expect(withText(qs, 'direct', 'ferry will run')?.speaker).toBe('Tom Baker');
  });

  it('a lower-case description before the name (`the accountant Lena Park, once a budget officer …`) is no part of the name', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      '"The pier pays for itself," the accountant Lena Park, once a budget officer at the town hall, argued in a letter.',
    );
    expect(withText(qs, 'direct', 'pays for itself')?.speaker).toBe('Lena Park');
  });
});
