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

describe('English reports without `that`: counts, `this` and a clause already open', () => {
  it('a count or `some` before `said`/`say` is the subject, not a participle’s modifier', () => {
    const qs = quotes('Harbour poll', 'About four in 10 said they expect the fares to rise before the summer.', 'Some say the crossing is still too slow.');
    expect(indirectWith(qs, 'fares to rise')?.text).toBe('they expect the fares to rise before the summer');
    expect(indirectWith(qs, 'crossing')?.text).toBe('the crossing is still too slow');
  });

  it('an article before a participle still makes it an adjective', () => {
    const qs = quotes('Harbour poll', 'An estimated 4,000 people crossed on the first day of the new ferry.');
    expect(qs.filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });

  it('`say this is …` reports a clause; `said this week` is a time adjunct', () => {
    const qs = quotes('Harbour poll', 'Others say this is just a bad winter for the crews.', 'Ann Holt said this week, as the pier reopened.');
    expect(indirectWith(qs, 'bad winter')?.text).toBe('this is just a bad winter for the crews');
    expect(qs.filter((q) => q.kind === 'indirect')).toHaveLength(1);
  });

  it('a `that` after the report’s own subject and verb is no complementiser of `said`', () => {
    const qs = quotes('Harbour poll', 'Bob Ferris said he took only one call that evening from the harbour office.');
    expect(indirectWith(qs, 'call')?.text).toBe('he took only one call that evening from the harbour office');
  });
});

describe('English commitments report their infinitive', () => {
  it('`vowed to …`, `has promised not to …` report the infinitive for the subject', () => {
    const qs = quotes(
      'Harbour strike',
      'Ann Holt vowed to keep the crews on strike until every wage is paid.',
      'Holt has promised not to block the ferry on market days.',
    );
    expect(indirectWith(qs, 'strike')).toMatchObject({ text: 'to keep the crews on strike until every wage is paid', speaker: 'Ann Holt' });
    expect(indirectWith(qs, 'market days')).toMatchObject({ text: 'not to block the ferry on market days', speaker: 'Ann Holt' });
  });

  it('a commitment with a noun object reports nothing', () => {
    const qs = quotes('Harbour strike', 'Ann Holt pledged her support to the crews on Monday.');
    expect(qs.filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });
});

describe('English reports inside a fronted subordinate clause', () => {
  it('end at the comma that opens the main clause', () => {
    const qs = quotes('Harbour strike', 'When Ann Holt said the pier was safe, nobody on the board believed her.');
    expect(indirectWith(qs, 'pier')?.text).toBe('the pier was safe');
  });

  it('a report in the main clause keeps its commas', () => {
    const qs = quotes('Harbour strike', 'Ann Holt said the pier, the ramp and the sea wall were safe.');
    expect(indirectWith(qs, 'pier')?.text).toBe('the pier, the ramp and the sea wall were safe');
  });
});
