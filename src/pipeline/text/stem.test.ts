import { describe, expect, it } from 'vitest';
import { albanianKey, englishKey, WordKeys } from './stem.js';

const keys = new WordKeys();
const same = (lang: 'en' | 'sr' | 'sq', a: string, b: string) => keys.keyOf(lang, a) === keys.keyOf(lang, b);

describe('Serbian keys (Snowball)', () => {
  it('gives a name and its case forms one key', () => {
    for (const form of ['Kosova', 'Kosovu', 'Kosovom', 'Косову']) expect(same('sr', 'Kosovo', form)).toBe(true);
    for (const form of ['Niša', 'Nišu', 'Nišom', 'Нишу']) expect(same('sr', 'Niš', form)).toBe(true);
    for (const form of ['Rezolucije', 'Rezoluciju', 'Rezoluciji', 'Резолуцијом']) expect(same('sr', 'Rezolucija', form)).toBe(true);
  });
  it('handles the fleeting a (centar / centra / centru)', () => {
    expect(same('sr', 'centar', 'centra')).toBe(true);
    expect(same('sr', 'centar', 'centru')).toBe(true);
    expect(same('sr', 'humanitarni', 'humanitarnog')).toBe(true);
  });
  it('gives a term word its base form as a second key', () => {
    expect(keys.termKeys('sr', 'brisel', 'brisel')).toEqual([keys.keyOf('sr', 'Brisel'), 'brisel']);
    expect(keys.keyOf('sr', 'Briselu')).toBe('brisel');
    expect(keys.termKeys('sr', 'niš', 'nis')).toEqual(['nis']);
    expect(keys.termKeys('en', 'brisel', 'brisel')).toEqual(['brisel']);
    expect(keys.termKeys('sr', 'kosovo', 'kosovo', 'name')).toContain(keys.keyOf('sr', 'kosovskoj'));
    expect(keys.termKeys('sr', 'kosovo', 'kosovo')).not.toContain(keys.keyOf('sr', 'kosovskoj'));
  });
  it('keeps false friends apart', () => {
    expect(same('sr', 'Niš', 'nisu')).toBe(false);
    expect(same('sr', 'Niš', 'nisam')).toBe(false);
    expect(same('sr', 'Niš', 'Nisi')).toBe(false);
    expect(same('sr', 'Niš', 'Nišava')).toBe(false);
    expect(same('sr', 'Niš', 'Нишава')).toBe(false);
  });
});

describe('Albanian keys (ending list)', () => {
  it('strips case and definiteness endings', () => {
    expect(albanianKey('kosoves')).toBe('kosov');
    for (const form of ['Kosovës', 'Kosovën', 'Kosovë']) expect(same('sq', 'Kosova', form)).toBe(true);
    for (const form of ['Qendrës', 'qendër', 'qendrën']) expect(same('sq', 'Qendra', form)).toBe(true);
    expect(same('sq', 'Rezoluta', 'Rezolutës')).toBe(true);
  });
  it('keeps short words and the verb nis apart from names', () => {
    expect(albanianKey('ne')).toBe('ne');
    expect(same('sq', 'Nis', 'nisi')).toBe(false);
    expect(same('sq', 'Nis', 'nisur')).toBe(false);
  });
});

describe('English keys', () => {
  it('drops possessives and regular plurals', () => {
    expect(englishKey("kosovo's")).toBe('kosovo');
    expect(englishKey("kosovo'")).toBe('kosovo');
    expect(englishKey('centres')).toBe('centre');
    expect(englishKey('agencies')).toBe('agency');
    expect(englishKey('boxes')).toBe('box');
    expect(same('en', 'Center', 'centers')).toBe(true);
  });
  it('leaves -ss, -us, -is and short words alone', () => {
    expect(englishKey('nis')).toBe('nis');
    expect(englishKey('cross')).toBe('cross');
    expect(englishKey('status')).toBe('status');
    expect(englishKey('analysis')).toBe('analysis');
    expect(same('en', 'Nis', 'Nisava')).toBe(false);
  });
});
