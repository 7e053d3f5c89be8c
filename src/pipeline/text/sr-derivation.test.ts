import { describe, expect, it } from 'vitest';
import { fold, latinLower } from './fold.js';
import { fusedAdjectiveStem, pluralInfixStems } from './sr-derivation.js';
import { WordKeys } from './stem.js';

const keys = new WordKeys();
/** Whether a Serbian word of the text reduces to one of the term word's keys. */
const takes = (term: string, kind: 'name' | 'lower', word: string) => keys.termKeys('sr', latinLower(term), fold(term), kind).includes(keys.keyOf('sr', word));

describe('the plural infix of monosyllabic masculine nouns', () => {
  it('-ov- after a hard consonant, -ev- after a palatal one (c becomes č)', () => {
    expect(pluralInfixStems('most')).toEqual(['mostov']);
    expect(pluralInfixStems('grad')).toEqual(['gradov']);
    expect(pluralInfixStems('muž')).toEqual(['mužev']);
    expect(pluralInfixStems('kralj')).toEqual(['kraljev']);
    expect(pluralInfixStems('broj')).toEqual(['brojev']);
    expect(pluralInfixStems('stric')).toEqual(['stričev']);
    expect(pluralInfixStems('vrh')).toEqual(['vrhov']); // syllabic r
  });
  it('adds the lexicon’s -ev- plurals after a hard consonant', () => {
    expect(pluralInfixStems('put')).toEqual(['putov', 'putev']);
    expect(pluralInfixStems('car')).toEqual(['carov', 'carev']);
  });
  it('only for a consonant-final monosyllable in lower case', () => {
    expect(pluralInfixStems('centar')).toEqual([]);
    expect(pluralInfixStems('reka')).toEqual([]);
    expect(pluralInfixStems('od')).toEqual([]);
    expect(pluralInfixStems('Most')).toEqual([]);
  });
  it('gives the plural forms in both scripts the key of a term word', () => {
    for (const form of ['mostovi', 'mostova', 'mostovima', 'mostove', 'Мостови', 'мостовима']) expect(takes('most', 'lower', form)).toBe(true);
    for (const form of ['gradovi', 'gradovima']) expect(takes('grad', 'lower', form)).toBe(true);
    for (const form of ['muževi', 'мужеве', 'muževa']) expect(takes('muž', 'lower', form)).toBe(true);
    expect(takes('kralj', 'lower', 'kraljevima')).toBe(true);
    expect(takes('put', 'lower', 'putevi')).toBe(true);
  });
  it('not a name, a diminutive or another word on the same letters', () => {
    expect(takes('most', 'name', 'mostovi')).toBe(false);
    for (const other of ['Mostar', 'Mostara', 'mostarski', 'mostić', 'mostića']) expect(takes('most', 'lower', other)).toBe(false);
  });
});

describe('the fused -ski adjective of a name', () => {
  it('fuses a final sibilant or affricate with the suffix', () => {
    expect(fusedAdjectiveStem('niš')).toBe('nišk');
    expect(fusedAdjectiveStem('nis')).toBe('nisk');
    expect(fusedAdjectiveStem('odesa')).toBe('odesk');
    expect(fusedAdjectiveStem('pariz')).toBe('parisk');
    expect(fusedAdjectiveStem('leskovac')).toBe('leskovačk');
    expect(fusedAdjectiveStem('užice')).toBe('užičk');
    expect(fusedAdjectiveStem('bihać')).toBe('bihaćk');
  });
  it('leaves other names to the whole suffix', () => {
    for (const name of ['kosovo', 'beograd', 'priština', 'prizren', 'brisel']) expect(fusedAdjectiveStem(name)).toBeNull();
  });
  it('gives every case and gender, in both scripts, the key of the name (the spelling is checked by the matcher)', () => {
    for (const form of ['niški', 'Niška', 'niškog', 'niškim', 'Нишка', 'нишком']) expect(takes('Niš', 'name', form)).toBe(true);
    for (const form of ['leskovački', 'leskovačkoj']) expect(takes('Leskovac', 'name', form)).toBe(true);
    expect(takes('Niš', 'name', 'Nišavski')).toBe(false);
    expect(takes('Niš', 'lower', 'niški')).toBe(false);
  });
  it('names in other consonants keep their -ski adjective', () => {
    expect(takes('Beograd', 'name', 'beogradski')).toBe(true);
    expect(takes('Priština', 'name', 'prištinskog')).toBe(true);
    expect(takes('Prizren', 'name', 'Prizrenska')).toBe(true);
    expect(takes('Kosovo', 'name', 'kosovskim')).toBe(true);
  });
});
