import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../model/article.js';
import { extractQuotes } from './extract.js';
import { roleFromEvidence } from './role-evidence.js';

describe('the person who plays a part is an actor (role from evidence, ADR 0273)', () => {
  it('`tumači X`, `interpreton X`, `played by X`', () => {
    expect(roleFromEvidence('Glavnu ulogu tumači', 'sr')?.head).toBe('actor');
    expect(roleFromEvidence('Rolin kryesor e interpreton', 'sq')?.head).toBe('actor');
    expect(roleFromEvidence('The lead is played by', 'en')?.head).toBe('actor');
  });

  it('sr: a later bare `glumica` finds her', () => {
    const qs = extractQuotes(
      articleFromText(
        [
          'Premijera u Kragujevcu',
          'Predstavu je režirao Goran Lukić.',
          'Glavnu ulogu tumači Dragana Ristić. „Ovo je najteža uloga koju sam ikad igrala“, kaže glumica.',
        ].join('\n\n'),
      ),
    );
    expect(qs[0]?.speaker).toBe('Dragana Ristić');
  });
});
