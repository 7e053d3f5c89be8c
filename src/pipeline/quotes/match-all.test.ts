/** `matchAllOf` yields what `String.prototype.matchAll` yields (issue 23, ADR 0285). */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/seeded-random.js';
import { matchAllOf } from './match-all.js';

const PATTERNS = [/(?<![\p{L}])\p{Lu}\p{Ll}+/gu, /x*/g, /x*/gu, /(?:)/gu, /(a)(b)?|𝐀/gu, /\S+/g, /(?<name>\p{Ll})\p{Ll}?/gu, /$/gm, /\b/g];
const POOL = ['Roe', 'said', ' ', 'x', 'xx', 'a', 'b', 'ab', '𝐀', '\ud835', '\udc00', '\n', 'Ž', 'ćé', '.'];

/** Every match as text: offset, groups, named groups. */
function show(ms: Iterable<RegExpExecArray>): string {
  return [...ms].map((m) => `${m.index}:${m.map((g) => g ?? '∅').join('|')}:${JSON.stringify(m.groups ?? null)}`).join(' ');
}

describe('matchAllOf', () => {
  it('yields what matchAll yields, from the pattern’s lastIndex, and leaves lastIndex as it was', () => {
    const next = seededRandom(285);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(next() * 20);
      for (let i = 0; i < len; i++) s += POOL[Math.floor(next() * POOL.length)];
      for (const re of PATTERNS) {
        re.lastIndex = next() < 0.8 ? 0 : Math.floor(next() * (s.length + 2));
        const before = re.lastIndex;
        const want = show(s.matchAll(re));
        expect(show(matchAllOf(re, s)), `${re} on ${JSON.stringify(s)} from ${before}`).toBe(want);
        expect(re.lastIndex).toBe(before);
        re.lastIndex = 0;
      }
    }
  });

  it('lets the loop body use the same pattern', () => {
    const re = /\p{Lu}\p{Ll}+/gu;
    const seen: string[] = [];
    for (const m of matchAllOf(re, 'Roe met Doe and Poe')) {
      seen.push(m[0]);
      re.exec('Xyz Abc');
    }
    expect(seen).toEqual(['Roe', 'Doe', 'Poe']);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchAllOf(/a/, 'a')).toThrow(TypeError);
  });
});
