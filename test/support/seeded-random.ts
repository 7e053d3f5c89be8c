/**
 * A fixed-seed pseudo-random generator (mulberry32) for tests that compare a fast path with its plain
 * form on generated inputs: the same seed gives the same inputs, so a failure is reproducible.
 * @param seed any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
