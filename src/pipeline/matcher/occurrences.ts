/**
 * The phrase occurrences one scan finds, kept in flat arrays a matcher reuses from article to article
 * (issue 23, ADR 0235): no object per occurrence, no map per article. Occurrences of one phrase are
 * chained in the order they were found, and the phrases in the order of their first occurrence.
 */

/** Growable `Int32Array` helper: a copy with room for at least `need` entries. */
function grow(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** One matcher's occurrence lists; `reset` before each article. Not shared between threads. */
export class Occurrences {
  /** Per occurrence: paragraph, first and last word (indices within the paragraph), next occurrence of its phrase (-1: none). */
  paragraph: Int32Array = new Int32Array(256);
  first: Int32Array = new Int32Array(256);
  last: Int32Array = new Int32Array(256);
  next: Int32Array = new Int32Array(256);
  /** Occurrences recorded since `reset`. */
  count = 0;
  /** Phrase ids with an occurrence, in the order of their first one; `foundCount` of them. */
  found: Int32Array = new Int32Array(64);
  foundCount = 0;

  /**
   * Per phrase id p: phrases[3p] the generation it was last found in; phrases[3p + 1] and [3p + 2]
   * its first and last occurrence, valid while the generation is the current one (one cache line).
   */
  private readonly phrases: Int32Array;
  /** Per NEAR term: resolved in this article when it equals the current generation. */
  private readonly nearStamp: Int32Array;
  private generation = 0;

  /**
   * @param phrases the number of phrase ids
   * @param nears the number of NEAR terms
   */
  constructor(phrases: number, nears: number) {
    this.phrases = new Int32Array(3 * phrases);
    this.nearStamp = new Int32Array(nears);
  }

  /** Forgets every occurrence and NEAR mark (a new article). */
  reset(): void {
    this.count = 0;
    this.foundCount = 0;
    if (++this.generation === 0x7fffffff) {
      for (let p = 0; p < this.phrases.length; p += 3) this.phrases[p] = 0;
      this.nearStamp.fill(0);
      this.generation = 1;
    }
  }

  /** Records phrase `id` at words [first, last] of `paragraph`. */
  add(id: number, paragraph: number, first: number, last: number): void {
    const o = this.count++;
    if (o === this.paragraph.length) {
      this.paragraph = grow(this.paragraph, o + 1);
      this.first = grow(this.first, o + 1);
      this.last = grow(this.last, o + 1);
      this.next = grow(this.next, o + 1);
    }
    this.paragraph[o] = paragraph;
    this.first[o] = first;
    this.last[o] = last;
    this.next[o] = -1;
    const s = 3 * id;
    if (this.phrases[s] !== this.generation) {
      this.phrases[s] = this.generation;
      this.phrases[s + 1] = o;
      this.found = grow(this.found, this.foundCount + 1);
      this.found[this.foundCount++] = id;
    } else {
      this.next[this.phrases[s + 2]] = o;
    }
    this.phrases[s + 2] = o;
  }

  /** Marks NEAR term `near` as resolved for this article; false when it already was. */
  markNear(near: number): boolean {
    if (this.nearStamp[near] === this.generation) return false;
    this.nearStamp[near] = this.generation;
    return true;
  }

  /** The first occurrence of phrase `id` (follow `next`), or -1 when it has none. */
  headOf(id: number): number {
    return this.phrases[3 * id] === this.generation ? this.phrases[3 * id + 1] : -1;
  }
}
