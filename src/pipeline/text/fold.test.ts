import { describe, expect, it } from 'vitest';
import { CYRILLIC_TO_LATIN, TYPOGRAPHIC_CHARS, cyrillicToLatin, fold, foldUncached, foldWithOffsets } from './fold.js';

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
  it('folds short ASCII words, lower case or not, as the full fold does', () => {
    for (let n = 0; n < 128; n++) {
      const c = String.fromCharCode(n);
      for (const s of [c, `ab${c}`, `${c}xyz`, `word${c}s`, `twelve-${c}ch`, `thirteen-${c}chr`]) expect(fold(s), JSON.stringify(s)).toBe(foldUncached(s));
    }
    // Slices of a paragraph stored two bytes a character (a curly quote in it), as the extractor folds them.
    const para = 'The minister’s aide said Kosovo’s talks would resume, “we are ready.”';
    for (let a = 0; a < para.length; a++)
      for (let b = a; b <= Math.min(para.length, a + 14); b++) expect(fold(para.slice(a, b))).toBe(foldUncached(para.slice(a, b)));
  });
  it('transliterates every Cyrillic letter as a replace letter by letter did', () => {
    const table = CYRILLIC_TO_LATIN;
    const old = (s: string) =>
      s.replace(/[\u0400-\u04ff]/g, (c) => {
        const lower = c.toLowerCase();
        const lat = table[lower];
        if (lat === undefined) return c;
        if (c === lower || lat.length === 0) return lat;
        return lat[0].toUpperCase() + lat.slice(1);
      });
    let all = '';
    for (let c = 0x3f0; c <= 0x510; c++) all += String.fromCharCode(c) + (c % 7 === 0 ? ' x' : '');
    for (const s of [all, all.toUpperCase(), 'Љубљана и Ниш', 'ЉУБЉАНА', 'Plain text', '', 'мешано ćirilica 1244']) expect(cyrillicToLatin(s)).toBe(old(s));
  });
  it('has no combining mark below U+0300 (the mark strip tests its class only above it)', () => {
    for (let c = 0; c < 0x300; c++) expect(/\p{M}/u.test(String.fromCharCode(c)), c.toString(16)).toBe(false);
    expect(['Niš', 'e\u0301', 'a\u0300\u0301b', 'ǅ', 'ﬁ', 'Ё'].map(fold)).toEqual(['nis', 'e', 'ab', 'dz', 'fi', 'e']);
  });
});
