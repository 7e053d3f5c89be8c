/** Small statistics for the benchmarks: min and median of a few rounds. */

/** Min and median of `values` (NaN for an empty list). */
export function summarise(values: number[]): { min: number; median: number; n: number } {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { min: NaN, median: NaN, n };
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  return { min: s[0], median, n };
}

/** Per-round ratios ours[i] ÷ base[i] (paired rounds), summarised: `{ ratio: median, ratioMin: min }`. */
export function pairedRatio(ours: number[], base: number[]): { ratio: number; ratioMin: number; rounds: number } {
  const r = summarise(ours.map((v, i) => v / base[i]));
  return { ratio: r.median, ratioMin: r.min, rounds: r.n };
}
