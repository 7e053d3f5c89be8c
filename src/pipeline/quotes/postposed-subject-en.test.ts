import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { postposedSubject } from './postposed-subject-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('en: a postposed subject after `, said` (postposed-subject-en.ts)', () => {
  it('reads a name, a role or a name with an adjunct as the subject', () => {
    expect(postposedSubject(' veteran strategist Tom Baxter.')).toBe(true);
    expect(postposedSubject(' the mayor.')).toBe(true);
    expect(postposedSubject(' Roe on Tuesday.')).toBe(true);
    expect(postposedSubject(' a retired judge, who sits on the board.')).toBe(true);
  });

  it('reads a clause as a clause', () => {
    expect(postposedSubject(' the plan failed.')).toBe(false);
    expect(postposedSubject(' Roe would resign.')).toBe(false);
    expect(postposedSubject(' the level of the Tisa at the Novi Bečej gauge peaked at four metres.')).toBe(false);
    expect(postposedSubject(' he was tired.')).toBe(false);
    expect(postposedSubject(' the ferry plan.')).toBe(false);
  });

  it('gives the words before the comma to the postposed subject', () => {
    const qs = quotes('Harbour plans', 'His backing could matter more for the town than for the port, said veteran pilot Tom Baxter.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'His backing could matter more for the town than for the port', speaker: 'Tom Baxter' });
  });

  it('a subject and its apposition before the verb still report the clause after it', () => {
    const qs = quotes('Harbour plans', 'Tom Baxter, a harbour pilot, said the Danube ferry plan was late.');
    expect(qs[0]).toMatchObject({ kind: 'indirect', text: 'the Danube ferry plan was late', speaker: 'Tom Baxter' });
  });
});

describe('en: a one-word postposed subject with an apposition closes the sentence', () => {
  it('`…, said Baxter, a pilot who …` gives the words before the comma, not the whole sentence', () => {
    const qs = quotes(
      'Harbour plans',
      'Tom Baxter runs the pilots.',
      'New rules are a burden that slow the repairs, said Baxter, a pilot who founded two towing firms after the war.',
    );
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'New rules are a burden that slow the repairs', speaker: 'Tom Baxter' });
  });
});

describe('en: quotes around the subject of a report', () => {
  it('a quote that closes a relative or participle clause after the subject leaves the report to the subject', () => {
    const qs = quotes(
      'Harbour plans',
      'Tom Baxter, who calls the harbour a "scrapyard," said he doubts the ferry can be saved.',
      'Ann Holt, citing "the worst storm in decades," said the sea wall could fail within a year.',
    );
    expect(qs.find((q) => q.kind === 'indirect' && q.text.includes('ferry'))).toMatchObject({
      text: 'he doubts the ferry can be saved',
      speaker: 'Tom Baxter',
    });
    expect(qs.find((q) => q.kind === 'indirect' && q.text.includes('sea wall'))).toMatchObject({
      text: 'the sea wall could fail within a year',
      speaker: 'Ann Holt',
    });
  });

  it('an apposition that opens with a possessive name closes a postposed subject', () => {
    const qs = quotes('Harbour plans', 'The storms have badly damaged the sea wall, said Ann Holt, Dover’s chief engineer.');
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'The storms have badly damaged the sea wall', speaker: 'Ann Holt' });
  });
});
