import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';
import { titledName } from './clause-subject-en.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}
const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

describe('en: a title before a name shows a person, whatever the first name', () => {
  it('reads the honorific or title just before the name', () => {
    expect(titledName('said Rep. ')).toBe(true);
    expect(titledName('(Gov ')).toBe(true);
    expect(titledName('the report ')).toBe(false);
  });

  it('`he` after a titled speaker with an unlisted first name is that speaker, not an earlier one', () => {
    const qs = quotes(
      'Delegates weigh a switch',
      'Senator Paul Hart said on Sunday that delegates should back him.',
      'Rep. Zander Q. Levit (Ohio), a delegate backing the governor, said he has spoken with many fellow delegates.',
      '“The reality is that most are committed,” he said.',
    );
    expect(find(qs, 'The reality is that most')?.speaker).toBe('Zander Q. Levit');
  });
});
