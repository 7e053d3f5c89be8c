import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('a quote opened in one paragraph and closed in the next without a new opening mark is one quote', () => {
  it('en: the speaker named after the closing mark speaks the first paragraph too, not the previous speaker', () => {
    const qs = quotes(
      'Title',
      'Harbour master Nina Sorel opened the new pier on Thursday. “It took us four years,” she said.',
      '“The budget was never the problem.',
      'The weather was,” replied city engineer Paul Grieve.',
    );
    const q = qs.find((x) => x.text.includes('budget was never'));
    expect(q?.speaker).toBe('Paul Grieve');
    expect(q?.text).toContain('The weather was');
    expect(qs.some((x) => x.speaker === 'Nina Sorel' && x.text.includes('weather'))).toBe(false);
  });

  it('sr: `„…` then `… “, rekao je X.`', () => {
    const qs = quotes(
      'Naslov',
      'Direktorka luke Vesna Kolar otvorila je novi mol u četvrtak.',
      '„Budžet nikada nije bio problem.',
      'Problem je bilo vreme“, rekao je inženjer Goran Babić.',
    );
    expect(qs.find((x) => x.text.includes('Budžet nikada'))?.speaker).toBe('Goran Babić');
  });
});
