import { describe, expect, it } from 'vitest';
import { added, anyIn, holds, lastBefore, track, within } from './positions.js';

/** The walks the index used before (ADR 0292): the answers the binary searches must give. */
const walk = {
  lastBefore: (xs: number[], p: number) => xs.reduce((best, x) => (x < p && x > best ? x : best), -1),
  anyIn: (xs: number[], from: number, to: number) => xs.some((x) => x >= from && x < to),
  within: (xs: number[], from: number, to: number) => xs.filter((x) => x >= from && x <= to),
  holds: (xs: number[], p: number) => xs.includes(p),
};

describe('position lists', () => {
  it('answer as a walk over every position, for lists in order, out of order, spliced and untracked', () => {
    let seed = 11;
    const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
    const wrong: string[] = [];
    for (let round = 0; round < 300; round++) {
      const xs = round % 5 === 0 ? [] : track([]);
      let at = 0;
      for (let k = rand(12); k > 0; k--) {
        // Mostly ascending, with repeats; now and then a step back (a mention added out of reading order).
        at = rand(6) === 0 ? rand(40) : at + rand(4);
        if (xs.length > 0 && rand(5) === 0) xs.splice(rand(xs.length), 1);
        added(xs, at);
      }
      for (let p = -2; p < 45; p++) {
        const q = p + rand(10);
        const got = [lastBefore(xs, p), anyIn(xs, p, q), within(xs, p, q).join(), holds(xs, p)];
        const want = [walk.lastBefore(xs, p), walk.anyIn(xs, p, q), walk.within(xs, p, q).join(), walk.holds(xs, p)];
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${JSON.stringify(xs)} p=${p} q=${q}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
