/**
 * A name right after a role's complement preposition (`The mayor of East Riverton, John Hale`) is what
 * the role is of, never its holder. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { followsRoleComplement } from './roles.js';

const quotes = (...paragraphs: string[]) => extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => [q.speaker, q.speakerRole]);

describe('a role of a two-word place', () => {
  it('the headline label `Mayor:` is the mayor named in the body, not the place the mayor is of', () => {
    const got = quotes(
      'Mayor: Minister promised new bridge funds',
      'The mayor of East Riverton, John Hale, said on Tuesday that the minister had promised money for a new bridge.',
      '"We were told the money would come by spring," Hale said.',
    );
    expect(got.map(([speaker]) => speaker)).toEqual(['John Hale', 'John Hale', 'John Hale']);
    // The role is the whole phrase, place included; never the clause after the name.
    expect(got[2][1]).toBe('The mayor of East Riverton');
  });

  it('`the lawyer for John Roe, Mary Doe,` gives Mary the role, and John is not the lawyer who speaks', () => {
    const got = quotes('Appeal', 'The lawyer for John Roe, Mary Doe, said the appeal would be filed on Monday.', '"We will win it," the lawyer said.');
    expect(got.at(-1)?.[0]).toBe('Mary Doe');
  });

  it('tells a complement from a holder', () => {
    expect(followsRoleComplement('The mayor of East Riverton', 'The mayor of '.length)).toBe(true);
    expect(followsRoleComplement('the envoy to Upper Vale', 'the envoy to '.length)).toBe(true);
    expect(followsRoleComplement('He flew in from Upper Vale', 'He flew in from '.length)).toBe(false);
    expect(followsRoleComplement('Mayor John Hale', 'Mayor '.length)).toBe(false);
  });
});
