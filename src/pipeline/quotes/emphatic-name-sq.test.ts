import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';

describe('sq: emphatic `Vetë` before a name is no part of it', () => {
  it('`Vetë Berisha …, ai kishte thënë se …` is Berisha’s', () => {
    const qs = extractQuotes(
      articleFromText(
        [
          'Gjyqi për tenderin',
          'Ish-drejtori Ilir Berisha u shpall fajtor të enjten.',
          'Vetë Berisha nuk foli për gazetarët. Gjatë seancës së fundit, ai kishte thënë se është "i pafajshëm dhe i sulmuar politikisht".',
        ].join('\n\n'),
      ),
    );
    expect(qs.map((q) => q.speaker).filter((s) => s !== null)).toContain('Ilir Berisha');
    expect(qs.map((q) => q.speaker)).not.toContain('Vetë Berisha');
  });
});
