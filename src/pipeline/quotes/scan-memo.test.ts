/**
 * The cursor memo (`scan-memo.ts`) answers every search exactly as a fresh global copy of the pattern
 * would: same match, groups, offset and `lastIndex`, for searches from any position in any order,
 * in patterns with lookbehind, Unicode classes, surrogate pairs, empty matches and none at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random.js';
import { beginScanMemo, endScanMemo } from './scan-memo.js';
import { scanFrom } from './text.js';
import { sentenceEnd } from './sentences.js';

const PATTERNS = [
  /(?<![\p{L}\p{N}])(?:said|told|rekao je|tha)(?![\p{L}\p{N}])/iu,
  /(?<=\s)\p{Lu}\p{Ll}+/u,
  /x*/,
  /(a)(b)?|𝐀/u,
  /,\s+(?:(\p{Ll}+)\s+)?said/u,
  /\./,
];

const POOL = ['said', 'Said', 'told', ' ', ', ', 'rekao je', 'tha', 'x', 'xx', 'a', 'b', 'ab', '𝐀', '\ud835', '\udc00', '.', 'Roe', 'ćé', 'Ž'];

/** A search and its outcome, as text: offset, groups and `lastIndex` after it. */
function outcome(m: RegExpExecArray | null, after: number): string {
  return m === null ? `null ${after}` : `${m.index}:${m.map((g) => g ?? '∅').join('|')} ${after}`;
}

describe('scan memo', () => {
  afterEach(() => endScanMemo());

  it('answers every search as a fresh global pattern does, from any position in any order', () => {
    const next = seededRandom(285);
    beginScanMemo();
    for (let n = 0; n < 400; n++) {
      let s = '';
      const len = Math.floor(next() * 30);
      for (let i = 0; i < len; i++) s += POOL[Math.floor(next() * POOL.length)];
      for (const re of PATTERNS) {
        const fresh = new RegExp(re.source, `${re.flags}g`);
        for (let q = 0; q < 12; q++) {
          const from = Math.floor(next() * (s.length + 3));
          const cursor = scanFrom(re, from);
          // A cursor goes on from where its last match ended, as a loop over `exec` does.
          for (let step = 0; step < 3; step++) {
            fresh.lastIndex = cursor.lastIndex;
            const want = outcome(fresh.exec(s), fresh.lastIndex);
            const got = cursor.exec(s);
            expect(outcome(got, cursor.lastIndex), `${re} on ${JSON.stringify(s)} from ${from}`).toBe(want);
            if (got === null || got[0] === '') break;
          }
        }
      }
    }
  });

  it('hands out copies: changing a match changes no later answer', () => {
    beginScanMemo();
    const s = 'Roe said it, and Doe said so.';
    const first = scanFrom(PATTERNS[0], 0).exec(s)!;
    first[0] = 'changed';
    first.index = 99;
    const again = scanFrom(PATTERNS[0], 2).exec(s)!;
    expect([again.index, again[0]]).toEqual([4, 'said']);
  });

  it('gives every sentence end a search without it gives, from and to anywhere', () => {
    const pool = ['Roe said so', '. ', '! ', '?', '.', '.” ', 'Mr. ', 'U.S. ', ' Q. ', 'Sen', 'the', ' ', '\u00a0', 'A', '„', 'ž', '𝐀', '\ud835', '\n'];
    const next = seededRandom(2851);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = Math.floor(next() * 16);
      for (let i = 0; i < len; i++) s += pool[Math.floor(next() * pool.length)];
      const want: number[] = [];
      const got: number[] = [];
      for (let from = 0; from <= s.length + 1; from++) for (let to = from; to <= s.length + 1; to++) want.push(sentenceEnd(s, from, to));
      beginScanMemo();
      for (let from = 0; from <= s.length + 1; from++) for (let to = from; to <= s.length + 1; to++) got.push(sentenceEnd(s, from, to));
      endScanMemo();
      expect(got, JSON.stringify(s)).toEqual(want);
    }
  });
});
