import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import { extractQuotes } from './extract.js';

function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes(articleFromText(paragraphs.join('\n\n')));
}

describe('words a speaker denies saying are not his words (docs/quality.md, denied words)', () => {
  it('en: `denied ever saying that … “…”` gives no partial quote and no report of the speaker', () => {
    const qs = quotes('Title', 'Mayor Laura Benson on Friday denied ever saying that the old bridge "should be torn down", calling the story "a fabrication".');
    expect(qs.some((q) => q.speaker === 'Laura Benson' && q.text.includes('torn down'))).toBe(false);
  });

  it('en: a denial with a clause boundary before the quote leaves the speaker her own words', () => {
    const qs = quotes('Title', 'Mayor Laura Benson denied the report, saying the bridge was "perfectly safe for traffic".');
    expect(qs.find((q) => q.kind === 'partial' && q.text.includes('perfectly safe'))?.speaker).toBe('Laura Benson');
  });

  it('sr: `demantovao je da je rekao da je … „…“`', () => {
    const qs = quotes('Naslov', 'Ministar Jovan Ilić je u utorak demantovao da je rekao da je fabrika „izgubljena stvar za opštinu“.');
    expect(qs.some((q) => q.speaker === 'Jovan Ilić')).toBe(false);
  });

  it('sq: `mohoi se kishte thënë se … “…”`', () => {
    const qs = quotes('Titulli', 'Ministri Arben Hoxha mohoi se kishte thënë se qyteti është “në falimentim të plotë”.');
    expect(qs.some((q) => q.speaker === 'Arben Hoxha')).toBe(false);
  });
});
