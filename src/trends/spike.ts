/**
 * Spike detection: is today's count of a topic's (or a speaker's) mentions far above its own usual?
 * The usual is the mean of the trailing baseline days (28 by default, today excluded). A day is a
 * spike when its count reaches `minCount` and is improbable under a Poisson law with that mean:
 * P(X ≥ today) < `alpha`. News mentions per day are counts, so Poisson is the natural null model; a
 * baseline below `minRate` is raised to it, so a topic that is usually silent needs `minCount` stories,
 * not one, to "spike" (docs/trends.md; ADR 0262).
 */

export interface SpikeOptions {
  /** Days of baseline before today. Default 28. */
  baselineDays: number;
  /** Fewest mentions today that may be a spike. Default 5. */
  minCount: number;
  /** Largest Poisson upper-tail probability that counts as a spike. Default 0.001. */
  alpha: number;
  /** Lowest daily rate assumed for the baseline. Default 0.5. */
  minRate: number;
}

export const SPIKE_DEFAULTS: SpikeOptions = { baselineDays: 28, minCount: 5, alpha: 0.001, minRate: 0.5 };

export interface SpikeVerdict {
  spike: boolean;
  today: number;
  /** Mean mentions per baseline day. */
  usual: number;
  /** P(X ≥ today) for X ~ Poisson(max(usual, minRate)). */
  pValue: number;
}

/**
 * P(X ≥ k) for X ~ Poisson(λ), summed in log space (exact for the small counts of news mentions).
 * @param k a whole number ≥ 0
 * @param lambda the mean, > 0
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  // P(X ≥ k) = 1 − Σ_{i<k} e^−λ λ^i / i!
  let term = Math.exp(-lambda);
  let cdf = term;
  for (let i = 1; i < k; i++) {
    term *= lambda / i;
    cdf += term;
  }
  return Math.max(0, 1 - cdf);
}

/**
 * The verdict for the last entry of `counts` (today) against the `baselineDays` before it.
 * @param counts per-day counts, oldest first, today last (fewer baseline days than asked: those there are)
 */
export function detectSpike(counts: readonly number[], opts: Partial<SpikeOptions> = {}): SpikeVerdict {
  const o = { ...SPIKE_DEFAULTS, ...opts };
  const today = counts[counts.length - 1] ?? 0;
  const base = counts.slice(Math.max(0, counts.length - 1 - o.baselineDays), counts.length - 1);
  const usual = base.length ? base.reduce((a, b) => a + b, 0) / base.length : 0;
  const pValue = poissonUpperTail(today, Math.max(usual, o.minRate));
  return { spike: today >= o.minCount && pValue < o.alpha, today, usual, pValue };
}
