import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { buildIndex } from './index-builder.js';
import { lexiconFor } from './lexicon/index.js';
import { prepareParagraph } from './paragraph.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));
const index = (...paragraphs: string[]) =>
  buildIndex(
    paragraphs.map((t) => prepareParagraph(t)),
    lexiconFor('en'),
  );

describe('English titled surnames and possessive full names are people (ADR 0137)', () => {
  it('`Mr. Vance` alone is a man named Vance, and `Tom Vance` later is the same person', () => {
    const idx = index('Harbour row', 'Mr. Vance opened the fair on Monday.', 'Tom Vance later left the hall.');
    const e = idx.byName('Vance');
    expect(e?.name).toBe('Tom Vance');
    expect(e?.gender).toBe('m');
    expect(idx.entities.filter((x) => x.kind === 'person')).toHaveLength(1);
  });

  it('a surname after a role noun (`Governor Vance`) takes the pronoun after it', () => {
    const qs = quotes('Harbour row', 'Jane Roe spoke first at the hearing.', 'Later Governor Vance criticised the plan. "It is a waste of money," he said.');
    expect(find(qs, 'waste of money')?.speaker).toBe('Vance');
  });

  it('a full name written only in the possessive (`Tom Vance’s aides`) is indexed, so `Vance` is that man', () => {
    const qs = quotes('Harbour row', 'Tom Vance’s aides met the board on Friday.', 'Vance spoke to the press after the meeting. "We will win this," he said.');
    expect(find(qs, 'win this')?.speaker).toBe('Tom Vance');
  });

  it('a surname after a possessive of the same name in the sentence before is a mention of its own', () => {
    const qs = quotes(
      'Harbour row',
      'Nora Roe and Ann Vance survived the storm.',
      'Tom Olsen was fined over the collapse, including damage to Roe’s boat. Roe said she forgave him.',
      '"Hate only hurts the hater," she said.',
    );
    expect(find(qs, 'hurts the hater')?.speaker).toBe('Nora Roe');
  });
});
