import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { participleHost } from './participle-partial-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const partialWith = (qs: Quote[], words: string) => qs.find((q) => q.kind === 'partial' && q.text.includes(words));

describe('English quoted words inside a participle report (issue 15)', () => {
  it('a one-word quote after `, saying` is the main-clause subject’s partial', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'Vos apologised the next day, saying it had been “childish” to shout at the mayor.',
    );
    expect(partialWith(qs, 'childish')?.speaker).toBe('Pieter Vos');
  });

  it('after a fronted adverbial the subject is still the main clause’s', () => {
    const qs = quotes(
      'Harbour plan',
      'Mara Olsen and Pieter Vos spoke to reporters in Dover on Monday.',
      'At the quay on Tuesday, Olsen rejected the toll, arguing that it was “unfair” on fishermen.',
    );
    expect(partialWith(qs, 'unfair')?.speaker).toBe('Mara Olsen');
  });

  it('a pronoun subject of the main clause speaks for the participle', () => {
    const qs = quotes(
      'Harbour plan',
      'Pieter Vos spoke to reporters in Dover on Monday.',
      'Although he thanked the crowd, he struck a calmer tone, saying the council still had time to agree on the ferry.',
    );
    expect(qs.find((q) => q.kind === 'indirect' && q.text.includes('time to agree'))?.speaker).toBe('Pieter Vos');
  });

  it('a short quote with no participle of saying before it stays a scare quote', () => {
    const qs = quotes('Harbour plan', 'Pieter Vos spoke in Dover.', 'The “smart” ferry, running since May, carries twelve cars.');
    expect(partialWith(qs, 'smart')).toBeUndefined();
  });

  it('finds the participle that opens the report holding the mark', () => {
    const s = 'Roe left early, saying it was “odd” to stay.';
    expect(participleHost('en', s, 0, s.indexOf('“'))).toBe(s.indexOf('saying'));
    expect(participleHost('en', s, 0, s.indexOf('saying'))).toBe(-1);
    expect(participleHost('sr', s, 0, s.indexOf('“'))).toBe(-1);
  });
});
