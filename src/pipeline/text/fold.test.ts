import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, fold, foldWithOffsets } from './fold.js';

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
});
