import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { roleQualifier } from './qualified-role-en.js';

/** The distinct speakers in order (a sentence with a quote gives its direct and its partial quote). */
function speakers(...paragraphs: string[]): (string | null)[] {
  return [...new Set(extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker))];
}

describe('English: capitalised words before a final role noun qualify the role, they are no name', () => {
  it('finds the qualifier of a role compound, and nothing in other phrases', () => {
    expect(roleQualifier('the Oregon senator')).toEqual({ name: 'Oregon', possessive: false, modifiers: [] });
    expect(roleQualifier('The former New Mexico governor')?.name).toBe('New Mexico');
    expect(roleQualifier("Hartley's spokesman")).toEqual({ name: 'Hartley', possessive: true, modifiers: [] });
    expect(roleQualifier('the Assembly majority leader')?.modifiers).toEqual(['majority']);
    expect(roleQualifier('Senator Jane Hartley')).toBeNull();
    expect(roleQualifier('the governor of Oregon')).toBeNull();
    expect(roleQualifier('Jane Hartley, the senator')).toBeNull();
    expect(roleQualifier('the senator')).toBeNull();
  });

  it('a place before the role is nobody when no senator was named, never "Oregon"', () => {
    const got = speakers('Budget talks', 'The Oregon senator said the budget was "a disgrace to the state".');
    expect(got).toEqual([null]);
  });

  it('a place before the role is the senator the article named', () => {
    const got = speakers(
      'Budget talks',
      'Senator Jane Hartley met farmers in Salem on Monday.',
      'The Oregon senator said the budget was "a disgrace to the state".',
    );
    expect(got).toEqual(['Jane Hartley']);
  });

  it("a person's possessive says whose spokesman it is: not that person", () => {
    const got = speakers(
      'Budget talks',
      'Mark Delaney said the plan was "dead on arrival".',
      'Delaney\'s spokesman said the senator "has no further comment".',
    );
    expect(got).toEqual(['Mark Delaney', null]);
  });

  it('a place before the role is the last subject when nobody holds the role, as for a bare role noun', () => {
    const got = speakers(
      'Budget talks',
      'Jane Hartley spoke to farmers in Salem on Monday, and said the budget was "a disgrace".',
      'The Oregon senator said the state would "fight every cut".',
    );
    expect(got).toEqual(['Jane Hartley']);
  });

  it("the role's own words must be in the holder's role: `thought leaders` is no `majority leader`", () => {
    const got = speakers('Budget talks', 'Thought leaders such as Paul Stone back the plan.', 'The Assembly majority leader said the plan was "a fraud".');
    expect(got).not.toContain('Paul Stone');
    expect(got).not.toContain('Assembly');
  });

  it("after a person's spokesman spoke, a lone quote is not the person named before", () => {
    const got = speakers(
      'Budget talks',
      '"We will not sign it," Mark Delaney said.',
      "Delaney's spokesman said the senator stood by his words.",
      '"NOT ON OUR WATCH"',
    );
    expect(got).toEqual(['Mark Delaney', null]);
  });

  it('a nationality before the role is nobody when no such president was named, never "Peruvian"', () => {
    const got = speakers('Trade', 'The Peruvian president said the tariffs were "an insult to our farmers".');
    expect(got).toEqual([null]);
  });
});
