import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const partial = (qs: Quote[], text: string) => qs.find((q) => q.kind === 'partial' && q.text === text);

describe('English quoted words inside someone’s report are that speaker’s partial quote (issue 15)', () => {
  it('a headline claim holds a quoted phrase: the claim’s speaker says it', () => {
    const qs = quotes(
      'Roe: Port board acted as ‘judge and jury’ on ferry plan',
      'Harbour chief Ann Roe said on Monday that the board had overstepped its role.',
    );
    expect(partial(qs, 'judge and jury')?.speaker).toBe('Ann Roe');
  });

  it('words introduced by their own verb inside a report (`a post that read, “…”`) are no partial of it', () => {
    const qs = quotes('Harbour', 'After the vote I saw a post by the blogger Ann Roe that read, “the ferry ... is us,” and laughed.');
    expect(partial(qs, 'the ferry ... is us')).toBeUndefined();
  });
});

describe('English label determiners are English words only (issue 15)', () => {
  it('`to the “…”` inside a report is the speaker’s phrase, not a label (Serbian `to` is no English determiner)', () => {
    const qs = quotes('Harbour', 'Mayor Ann Roe says the protest movement appeals to the “worst instincts” of the town.');
    expect(partial(qs, 'worst instincts')?.speaker).toBe('Ann Roe');
  });

  it('`to “…”` inside a report leaves the quoted verb the speaker’s word', () => {
    const qs = quotes('Harbour', 'Ann Roe said the union only wants to “punish” the board.');
    expect(partial(qs, 'punish')?.speaker).toBe('Ann Roe');
  });

  it('a label after a definite determiner and a word stays nobody’s', () => {
    const qs = quotes('Harbour', 'Mara Olsen said the board ignored the so-called “quiet plan” again.');
    expect(partial(qs, 'quiet plan')).toBeUndefined();
  });
});
