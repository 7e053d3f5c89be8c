import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { participleCues } from './participle-clause-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const indirectWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'indirect' && q.text.includes(words));
const reportOf = (s: string) => participleCues(s, 0, s.length).map((c) => s.slice(c.from).trim());

describe('English participle reports (issue 15)', () => {
  it('a participle after a comma closed inside a quote reports for the subject', () => {
    const qs = quotes('Harbour vote', 'Mara Olsen blamed the delay on a “faulty crane,” claiming she had raised the problem in March.');
    expect(indirectWith(qs, 'raised the problem')?.speaker).toBe('Mara Olsen');
  });

  it('`by saying`, a dash and `in addition to stating` open a report too', () => {
    const qs = quotes(
      'Harbour vote',
      'Pieter Vos ended the meeting by saying he would ask the council for a second ferry.',
      'Mara Olsen changed her vote on the spot – saying she had misread the timetable.',
    );
    expect(indirectWith(qs, 'second ferry')?.speaker).toBe('Pieter Vos');
    expect(indirectWith(qs, 'misread the timetable')?.speaker).toBe('Mara Olsen');
  });

  it('a bare plural or a long noun phrase with an auxiliary is the clause of a participle', () => {
    expect(reportOf('The union rejected the offer, saying night shifts were still unpaid.')).toEqual(['night shifts were still unpaid.']);
    expect(reportOf('Vos backed the plan, saying his old rival Jane Roe would lose the vote.')).toEqual(['his old rival Jane Roe would lose the vote.']);
    expect(reportOf('Olsen left early, saying Monday that the talks had stalled.')).toEqual(['the talks had stalled.']);
  });

  it('verbs of saying without an -ing form in the speech list, commitments and addressees', () => {
    expect(reportOf('Vos opened the session, joking that the coffee was older than the pier.')).toEqual(['the coffee was older than the pier.']);
    expect(reportOf('Olsen toured the dock, vowing to reopen it by June.')).toEqual(['to reopen it by June.']);
    expect(reportOf('Vos waved off the critics, telling reporters after the vote that the fares would fall.')).toEqual(['the fares would fall.']);
  });

  it('an object after the participle is no report', () => {
    expect(reportOf('Olsen left the hall, saying goodbye to the crew.')).toEqual([]);
    expect(reportOf('Vos thanked the crew, mentioning it to the board later.')).toEqual([]);
    expect(reportOf('Olsen closed the meeting, vowing to the end.')).toEqual([]);
  });
});
