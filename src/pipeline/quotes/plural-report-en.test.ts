import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { groupHeadPhrase } from './group-head-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English plural present reports (issue 15)', () => {
  it('`Critics argue that …` and `officials insist …` are reports of unnamed groups', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Critics argue that the new ferry timetable will hurt early commuters.',
      'Harbour officials insist that the old pier is safe for another decade.',
    );
    expect(indirectWith(qs, 'ferry timetable')?.speaker).toBeNull();
    expect(indirectWith(qs, 'old pier')?.speaker).toBeNull();
  });

  it('a plural form after `to` or a modal is no report of its own', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen refused to concede that the ferry timetable had failed.');
    expect(indirectWith(qs, 'ferry timetable')).toBeUndefined();
  });
});

describe('a plural subject with a name inside it is an unnamed group, not the name (issue 15)', () => {
  it('`Lawyers for X said`, `X loyalists today argue` name nobody', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Lawyers for Olsen said the board will vote on Monday.',
      'Olsen loyalists today argue that the plan was the best anyone could have done.',
    );
    expect(indirectWith(qs, 'vote on Monday')?.speaker).toBeNull();
    expect(indirectWith(qs, 'best anyone')?.speaker).toBeNull();
  });

  it('the head is read past adverbs and before a post-modifier, and a person with an apposition keeps the name', () => {
    expect(groupHeadPhrase('Party loyalists even')).toBe('Party loyalists');
    expect(groupHeadPhrase('Supporters of the new bill')).toBe('Supporters');
    expect(groupHeadPhrase('attorney for one of four groups to file suit over the law')).toBe('attorney for one of four groups to file suit over the law');
    const qs = quotes('Harbour vote', 'Tomas Rehn, a lawyer for two of the fishing groups, said the ruling was fair.');
    expect(indirectWith(qs, 'ruling was fair')?.speaker).toBe('Tomas Rehn');
  });
});

describe('a short quote after a possessive in reported speech is the speaker’s (issue 15)', () => {
  it('`said she backed it with all her “heart”`', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen said she backed the new pier with her “whole heart” and would vote for it.');
    expect(qs.find((q) => q.kind === 'partial' && q.text === 'whole heart')?.speaker).toBe('Mara Olsen');
  });
});
