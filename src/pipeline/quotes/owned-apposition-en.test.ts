import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('an apposition that names someone else after a person is no speaker (issue 15)', () => {
  it('`Name, Jones’ campaign manager, said`: the possessive apostrophe is no closing quote mark', () => {
    const qs = quotes('Harbour vote', 'Mara Jones runs the harbour board.', 'Tom Baker, Jones’ campaign manager, said the board would win the vote.');
    expect(withText(qs, 'indirect', 'board would win')?.speaker).toBe('Tom Baker');
  });

  it('`“…,” Name, Jones’ campaign manager, said.` gives the quote to the manager', () => {
    const qs = quotes('Harbour vote', 'Mara Jones runs the harbour board.', '“We will win the vote,” Tom Baker, Jones’ campaign manager, said.');
    expect(withText(qs, 'direct', 'win the vote')?.speaker).toBe('Tom Baker');
  });

  it('capitalised modifiers before a role (`North Dover director for Olsen`) describe the person named first', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Tom Baker, North Dover director for Olsen, said the campaign had opened a new office.',
    );
    expect(withText(qs, 'indirect', 'new office')?.speaker).toBe('Tom Baker');
  });

  it('a possessive of a principal (`Mayor Olsen’s negotiator in …`) describes the person named first', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      "Tom Baker, Mayor Olsen's negotiator in the talks with the Northern Ferry Company, wrote that he welcomed the plan.",
    );
    expect(withText(qs, 'indirect', 'welcomed the plan')?.speaker).toBe('Tom Baker');
  });

  it('a lower-case noun with a post-modifier (`vicar of the … Church of …`) describes the person named first', () => {
    const qs = quotes(
      'Harbour vote',
      'Mara Olsen runs the harbour board.',
      'Tom Baker, vicar of the Saint Anne Church of Dover and a longtime ally of Olsen, said: "Nobody on this coast argues as well as she does."',
    );
    expect(withText(qs, 'direct', 'Nobody on this coast')?.speaker).toBe('Tom Baker');
  });

  it('a segment that coordinates names is no apposition', () => {
    const qs = quotes('Harbour vote', 'Tom Baker, Mara Olsen and Jim Hale said the board would win.');
    expect(withText(qs, 'indirect', 'board would win')?.speaker).not.toBe('Tom Baker');
  });
});
