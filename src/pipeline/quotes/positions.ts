/**
 * Position lists of the entity index (`Entity.mentions`, `Entity.subjects`) read without a walk over every
 * position (issue 23, ADR 0292). Every pronoun, role noun and surname asks "the last mention before here"
 * or "a mention in this window" of every candidate; on a long article each candidate has many mentions,
 * and walking them all for each question made resolution grow with the square of the article's length.
 *
 * The index adds positions mostly in reading order. `EntityIndex` reports each list it creates (`track`)
 * and each position it adds (`added`); a list whose positions have only ever ascended is read by binary
 * search, any other list (one that went out of order, one made elsewhere) by the walk it always had. Taking
 * a position out of an ascending list (`splice`) keeps it ascending. Both ways give the same answers.
 */

/** Lists made by the index whose positions ascend (non-strictly) as far as the index knows. */
const ascending = new WeakSet<number[]>();

/** Starts tracking a new, empty list (`EntityIndex` calls this for each list it creates). */
export function track(xs: number[]): number[] {
  if (xs.length === 0) ascending.add(xs);
  return xs;
}

/** Appends `at` to a list, noting when the list stops ascending. */
export function added(xs: number[], at: number): void {
  if (xs.length > 0 && at < xs[xs.length - 1]) ascending.delete(xs);
  xs.push(at);
}

/** The first index of an ascending list whose position is ≥ `p` (its length when none is). */
function lowerBound(xs: number[], p: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The greatest position of `xs` below `p`, or -1. */
export function lastBefore(xs: number[], p: number): number {
  if (ascending.has(xs)) {
    const i = lowerBound(xs, p);
    return i > 0 ? Math.max(-1, xs[i - 1]) : -1;
  }
  let best = -1;
  for (const x of xs) if (x < p && x > best) best = x;
  return best;
}

/** True when some position of `xs` is in `[from, to)`. */
export function anyIn(xs: number[], from: number, to: number): boolean {
  if (ascending.has(xs)) {
    const i = lowerBound(xs, from);
    return i < xs.length && xs[i] < to;
  }
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i] < to && xs[i] >= from) return true;
  return false;
}

/** The positions of `xs` in `[from, to]`, in list order (for a test on each). */
export function within(xs: number[], from: number, to: number): number[] {
  if (ascending.has(xs)) {
    const out: number[] = [];
    for (let i = lowerBound(xs, from); i < xs.length && xs[i] <= to; i++) out.push(xs[i]);
    return out;
  }
  return xs.filter((x) => x >= from && x <= to);
}

/** True when `xs` holds `p`. */
export function holds(xs: number[], p: number): boolean {
  if (ascending.has(xs)) {
    const i = lowerBound(xs, p);
    return i < xs.length && xs[i] === p;
  }
  return xs.includes(p);
}
