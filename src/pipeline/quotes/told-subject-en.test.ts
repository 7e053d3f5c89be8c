import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { addresseeVerb, subjectBeforeTell } from './told-subject-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const withText = (qs: Quote[], kind: Quote['kind'], words: string) => qs.find((q) => q.kind === kind && q.text.includes(words));

describe('after `told` stands the one spoken to, never the speaker (issue 15)', () => {
  it('`…, Name, an apposition, told the Ledger.` gives the report to the name, not the outlet', () => {
    const qs = quotes(
      'Rail plan',
      'The county board met on Monday.',
      'The rail plan will change the valley for good, Martin Delacroix, a longtime transit advocate, told the Daily Ledger.',
    );
    expect(withText(qs, 'indirect', 'change the valley')?.speaker).toBe('Martin Delacroix');
  });

  it('a quoted phrase inside the report goes to the same speaker', () => {
    const qs = quotes(
      'Rail plan',
      'The county board met on Monday.',
      'The rail plan "will change the valley for good," Martin Delacroix, a longtime transit advocate, told the Daily Ledger.',
    );
    expect(withText(qs, 'partial', 'change the valley')?.speaker).toBe('Martin Delacroix');
  });

  it('`…, his aide, Name, told the Ledger.`: the name segment right before the verb', () => {
    const qs = quotes(
      'Rail plan',
      'Senator Hugo Brandt backs the plan.',
      'The senator will fight for the plan until the vote, his chief aide, Nora Quill, told the Daily Ledger.',
    );
    expect(withText(qs, 'indirect', 'fight for the plan')?.speaker).toBe('Nora Quill');
  });

  it('reads comma segments backwards, past a closing quote mark', () => {
    const before = 'The plan “qqqqqq” Martin Delacroix, a longtime transit advocate';
    const r = subjectBeforeTell(before);
    expect(r && before.slice(r.np[0], r.np[1]).trim()).toBe('Martin Delacroix, a longtime transit advocate');
    expect(subjectBeforeTell('The plan will fail, and that is all')).toBeNull();
    expect(addresseeVerb('told')).toBe(true);
    expect(addresseeVerb('said')).toBe(false);
  });
});
