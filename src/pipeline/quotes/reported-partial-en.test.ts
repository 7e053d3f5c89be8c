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

describe('English headline quotes in title case are the headline claim’s words (issue 15)', () => {
  it('a title-case quote in a `Name: claim` headline is that speaker’s partial', () => {
    const qs = quotes('Kato: Union Vote Was ‘Fixed From The Start’', 'Union leader Ben Kato said on Monday that the board had overstepped its role.');
    expect(partial(qs, 'Fixed From The Start')?.speaker).toBe('Ben Kato');
  });

  it('a naming word after the marks keeps a headline quote a title', () => {
    const qs = quotes('Roe: New ‘Harbour Lights’ Film Is Too Long', 'Harbour chief Ann Roe said on Monday that the board had overstepped its role.');
    expect(partial(qs, 'Harbour Lights')).toBeUndefined();
  });
});

describe('English quoted words that go on with the last quote’s speaker (issue 15)', () => {
  it('`“…,” X said. Unless …, “…”`: a short lead, no verb of saying, the same speaker', () => {
    const qs = quotes('Harbour', '“It is a big day,” said Ben Kato, the union’s chief. Unless the board backs down, “there will be a strike on every pier.”');
    expect(partial(qs, 'there will be a strike on every pier.')?.speaker).toBe('Ben Kato');
  });

  it('a new subject in the lead, another quote in the sentence or a report in between leave it nobody’s', () => {
    const qs = quotes(
      'Harbour',
      '“No one doubts her record,” union spokesman Ben Kato said. On the trail, Roe speaks of herself as “a steady hand on the tiller.”',
      '“There are many rules,” Ann Roe added. The “Harbour Lights” show opens on Friday with “a parade of boats and music.”',
      'Ann Roe said the ferry was late. But “the ferry plan is stronger than ever.”',
    );
    expect(qs.filter((q) => q.kind === 'partial').map((q) => q.text)).toEqual([]);
  });
});
