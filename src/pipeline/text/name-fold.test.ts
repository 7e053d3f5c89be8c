import { describe, expect, it } from 'vitest';
import { foldName, nameSkeleton } from './name-fold.js';

describe('name skeletons across orthographies (ADR 0284)', () => {
  it('folds Albanian, Serbian Latin and Cyrillic spellings of one name alike', () => {
    expect(foldName('Hoxha')).toBe('hodza');
    expect(foldName('Hodža')).toBe('hodza');
    expect(foldName('Хоџа')).toBe('hodza');
    expect(foldName('Shehu')).toBe(foldName('Šehu'));
    expect(foldName('Zhuri')).toBe(foldName('Žuri'));
    expect(foldName('Çeku')).toBe(foldName('Čeku'));
    expect(foldName('Dervishë')).toBe(foldName('Derviše'));
  });

  it('gives a word already folded the skeleton of the word as written', () => {
    expect(nameSkeleton('hoxha')).toBe('hodza');
    expect(nameSkeleton('thaci')).toBe(foldName('Thaçi'));
    expect(nameSkeleton('petrovic')).toBe('petrovic');
  });
});
