import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.text, q.speaker]);
}

describe('a name in apposition to the subject is the subject (en)', () => {
  it('`X’s deputy, Anna Kerr, once called it “…”`: the partial is Kerr’s, not the possessor’s', () => {
    const got = quotes(
      'Harbour plans',
      'Harbour director Tom Walsh presented the plan on Friday.',
      'Walsh’s former deputy, Anna Kerr, once called the harbour "a museum of rusty cranes".',
    );
    expect(got.find(([t]) => t.startsWith('a museum'))).toEqual(['a museum of rusty cranes', 'Anna Kerr']);
  });

  it('`His deputy, Anna Kerr, once called it “…”`: a possessive determiner too', () => {
    const got = quotes(
      'Harbour plans',
      'Harbour director Tom Walsh presented the plan on Friday.',
      'His deputy, Anna Kerr, once called the harbour "a museum of rusty cranes".',
    );
    expect(got.find(([t]) => t.startsWith('a museum'))).toEqual(['a museum of rusty cranes', 'Anna Kerr']);
  });
});

describe('an uncued quote after a sentence whose subject is a person is that person’s (en)', () => {
  it('`Asked about it, Walsh laughed. "…"`: Walsh, not the person quoted earlier in the paragraph', () => {
    const got = quotes(
      'Harbour plans',
      'Harbour director Tom Walsh presented the plan on Friday.',
      'His deputy, Anna Kerr, once called the harbour "a museum of rusty cranes". Asked about it, Walsh laughed. "Anna never liked cranes."',
    );
    expect(got.at(-1)).toEqual(['Anna never liked cranes.', 'Tom Walsh']);
  });

  it('a sentence with a group as subject (`Reporters pressed him.`) names nobody new', () => {
    const got = quotes('Harbour plans', 'Harbour director Tom Walsh said: "The cranes stay." Reporters pressed him. "They stay until the new ones arrive."');
    expect(got.at(-1)).toEqual(['They stay until the new ones arrive.', 'Tom Walsh']);
  });
});
