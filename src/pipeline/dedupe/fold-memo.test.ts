import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../text/fold.js';
import { foldedTokens, shingles } from './shingles.js';
import { MEMO_MAX, memoFold, memoShingles, memoSizes, memoWordSet } from './fold-memo.js';

const TEXTS = ['Резолуција 1244 Савета безбедности', 'Rezolucija 1244 Saveta bezbednosti', 'Kosova, Kosovu — Prishtinë', ''];

describe('fold memo', () => {
  it('returns what the unmemoised functions return, for any text and script', () => {
    for (const t of TEXTS) {
      expect(memoFold(t)).toBe(fold(t));
      expect([...memoWordSet(t)]).toEqual([...new Set(foldedTokens(t))]);
      for (const k of [1, 2, 3]) expect([...memoShingles(t, k)]).toEqual([...shingles(foldedTokens(t), k)]);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (t, k) => {
        expect(memoFold(t)).toBe(fold(t));
        expect([...memoShingles(t, k)]).toEqual([...shingles(foldedTokens(t), k)]);
      }),
    );
  });

  it('computes each text once: a repeat (even an equal string built anew) gets the same object', () => {
    const text = TEXTS[0] + ' ' + Date.now().toString(36);
    const a = memoShingles(text, 2);
    expect(memoShingles(`${text}`.slice(0), 2)).toBe(a);
    expect(memoShingles([...text].join(''), 2)).toBe(a);
    expect(memoShingles(text, 3)).not.toBe(a);
    expect(memoWordSet(text)).toBe(memoWordSet([...text].join('')));
  });

  it('stays bounded', () => {
    for (let i = 0; i < MEMO_MAX + 10; i++) memoFold(`text ${i}`);
    expect(memoSizes().fold).toBeLessThanOrEqual(MEMO_MAX);
  });
});
