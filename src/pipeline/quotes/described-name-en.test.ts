import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('a description, then the full name in its own comma segment (issue 15)', () => {
  it('`A harbour spokeswoman, Lena Park, said` names Lena Park', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'A harbour spokeswoman, Lena Park, said on Saturday that the pier would reopen in May.',
    );
    expect(withText(qs, 'indirect', 'pier would reopen')?.speaker).toBe('Lena Park');
  });

  it('without the name segment the description stays an unnamed source', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen runs the harbour board.', 'A harbour spokeswoman said on Saturday that the pier would reopen in May.');
    expect(withText(qs, 'indirect', 'pier would reopen')?.speaker).toBeNull();
  });

  it('an age before the apposition is skipped, and a county after a town is no speaker (`…, 67, a fisherman in Dover, Kent,`)', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      '"The ferry will run," Tom Baker, 67, a retired fisherman in Dover, Kent, said in an interview.',
    );
    expect(withText(qs, 'direct', 'ferry will run')?.speaker).toBe('Tom Baker');
  });

  it('a lower-case description before the name (`the economist Lena Park, a former adviser …`) is no part of the name', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      '"The pier pays for itself," the economist Lena Park, a former adviser in the Olsen administration, wrote on her blog.',
    );
    expect(withText(qs, 'direct', 'pays for itself')?.speaker).toBe('Lena Park');
  });
});
