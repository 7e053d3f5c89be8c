import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

function partials(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')))
    .filter((q) => q.kind === 'partial')
    .map((q) => [q.text, q.speaker]);
}

describe('a quoted clause after a complementiser is a partial, not a title (partial.ts quotedClause)', () => {
  it('sr-Cyrl: `додао да «Норвешка поштује Споразум 1999»` and `„…“` alike are the diplomat’s words', () => {
    const got = partials(
      'Наслов',
      'Амбасадор Норвешке Олаф Берг рекао је: „Мост је безбедан.“',
      'Овај дипломата је додао да «Норвешка поштује Споразум 1999».',
      'Берг је поновио да „Норвешка поштује Споразум 1999“.',
    );
    expect(got).toEqual([
      ['Норвешка поштује Споразум 1999', 'Олаф Берг'],
      ['Норвешка поштује Споразум 1999', 'Олаф Берг'],
    ]);
  });

  it('a title after a noun stays a title (`u emisiji „Jutarnji Program“`)', () => {
    expect(partials('Naslov', 'Ministar Olaf Berg je rekao u emisiji „Jutarnji Program Danas“ da je most bezbedan.')).toEqual([]);
  });
});
