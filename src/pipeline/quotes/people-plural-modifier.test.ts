/**
 * A name that only qualifies a plural of people after it (`Harbor Daily reporters asked`) is not the
 * clause's subject, so a later role nobody holds (`the senator said`) is not given to it. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { isClauseSubject } from './clause-subject-en.js';

const speakers = (...paragraphs: string[]) => extractQuotes(articleFromText(paragraphs.join('\n\n'))).map((q) => q.speaker);

describe('a name before a plural of people qualifies the group', () => {
  it('`Harbor Daily reporters asked …` then `the senator said`: nobody named is the senator', () => {
    const got = speakers(
      'Port budget',
      'The senator spoke about the port on Monday.',
      'Harbor Daily reporters asked about the plan. "We will not back down," the senator said.',
    );
    expect(got).toEqual([null]);
  });

  it('the name is no subject before a people plural, and still one before a verb', () => {
    const s = 'Acme Holdings employees said the plant would close.';
    expect(isClauseSubject(s, 0, 'Acme Holdings'.length, 0)).toBe(false);
    const t = 'Jane Roe said the plant would close.';
    expect(isClauseSubject(t, 0, 'Jane Roe'.length, 0)).toBe(true);
  });
});
