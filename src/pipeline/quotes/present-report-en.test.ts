import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('en: present forms that double as nouns report after a subject (ADR 0300)', () => {
  it('`X notes that …`, `she also claims that …`, `experts note that …`', () => {
    const qs = quotes(
      'H',
      'Historian Maya Lindqvist notes that the old ferry route was busier than the railway.',
      'Port engineers note that the cranes are older than the quay itself.',
      'Lindqvist also claims that the harbour records were lost in a fire.',
    );
    expect(find(qs, 'ferry route was busier')).toMatchObject({ kind: 'indirect', speaker: 'Maya Lindqvist' });
    expect(find(qs, 'cranes are older')).toMatchObject({ kind: 'indirect' });
    expect(find(qs, 'harbour records were lost')).toMatchObject({ kind: 'indirect', speaker: 'Maya Lindqvist' });
  });
  it('a commitment with an infinitive: `Okafor vows to …`, `they pledge to …`', () => {
    const qs = quotes('H', 'Mayor Lina Okafor vows to reopen the bridge before the winter.', 'The unions pledge to keep the depot running during the strike.');
    expect(find(qs, 'reopen the bridge')).toMatchObject({ kind: 'indirect', speaker: 'Lina Okafor' });
    expect(find(qs, 'keep the depot running')).toMatchObject({ kind: 'indirect' });
  });
  it('after a determiner or a possessive the form is a noun; `to` and a plural noun is no infinitive', () => {
    const qs = quotes(
      'H',
      'The notes that the inspector left on the desk were never read.',
      'Her vows to the order were made in 1990.',
      'Mayor Lina Okafor promises to voters in the east were left unkept.',
    );
    expect(find(qs, 'inspector left')).toBeUndefined();
    expect(find(qs, 'order were made')).toBeUndefined();
    expect(find(qs, 'were left unkept')).toBeUndefined();
  });
});
