import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { zeroThatReport } from './zero-that-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));

describe('English reports without `that` (issue 15)', () => {
  it('`announced it would …`, `acknowledged the plan had …` report a clause', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen announced she would step down as chair of the harbour board in June.',
      'Pieter Vos acknowledged the ferry timetable had confused many early commuters.',
    );
    expect(indirectWith(qs, 'step down')?.speaker).toBe('Mara Olsen');
    expect(indirectWith(qs, 'ferry timetable')?.speaker).toBe('Pieter Vos');
  });

  it('the same verbs with a plain object report nothing', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen announced the new ferry timetable for the summer months on Monday.');
    expect(qs.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('verbs of arguing take their clause directly', () => {
    const qs = quotes('Harbour vote', 'Pieter Vos contended the board had ignored the fishermen for years.');
    expect(indirectWith(qs, 'ignored the fishermen')?.speaker).toBe('Pieter Vos');
  });

  it('the verb lists decide, and a clause needs a subject pronoun or an early auxiliary', () => {
    expect(zeroThatReport('said', ' the plan')).toBe(true);
    expect(zeroThatReport('announced', ' it would close')).toBe(true);
    expect(zeroThatReport('announced', ' the deal on Monday')).toBe(false);
    expect(zeroThatReport('reported', ' the pier was closed')).toBe(true);
    expect(zeroThatReport('smiled', ' he would go')).toBe(false);
  });
});
