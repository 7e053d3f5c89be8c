import { describe, expect, it } from 'vitest';
import { TYPOGRAPHIC_CHARS, cyrillicToLatin, fold, foldUncached, foldWithOffsets } from './fold.js';

describe('fold', () => {
  it('folds case, diacritics, đ and Cyrillic', () => {
    expect(fold('Niš')).toBe('nis');
    expect(fold('Ђорђе')).toBe('djordje');
    expect(fold('Резолуција 1244')).toBe('rezolucija 1244');
    expect(fold('Kosovës')).toBe('kosoves');
  });
  it('transliterates keeping capitals', () => {
    expect(cyrillicToLatin('Љубљана')).toBe('Ljubljana');
    expect(cyrillicToLatin('Нишу')).toBe('Nišu');
  });
  it('maps folded offsets back to the original', () => {
    const f = foldWithOffsets('У Љубљани');
    const at = f.text.indexOf('ljubljani');
    expect(at).toBe(2);
    expect(f.map[at]).toBe(2);
    expect(f.map[f.text.length]).toBe(9);
  });
  it('folds long texts of ASCII and typographic marks as the full fold does', () => {
    const long = 'The Minister’s “plan” – he said — was ‘reckless’, and `that` ALL of it would END; 1244 ^_@[]{}~. ';
    for (const ch of TYPOGRAPHIC_CHARS) expect(fold(ch.repeat(70)), ch).toBe(foldUncached(ch.repeat(70)));
    for (let n = 0; n < 128; n++) {
      const s = `${long}${String.fromCharCode(n)}${long}`;
      expect(fold(s)).toBe(foldUncached(s));
    }
    for (const s of [long + 'Niš', long + 'Ђорђе', long + '…', long + '\u00a0', long + 'ß']) expect(fold(s)).toBe(foldUncached(s));
  });
});
