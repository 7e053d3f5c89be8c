import { describe, expect, it } from 'vitest';
import { detectSpike, poissonUpperTail } from './spike.js';

const ordinary = [2, 3, 1, 4, 2, 3, 2, 1, 3, 2, 4, 2, 3, 1, 2, 3, 2, 2, 4, 1, 3, 2, 2, 3, 1, 2, 3, 2];

describe('spike detection', () => {
  it('computes the Poisson upper tail', () => {
    expect(poissonUpperTail(0, 2)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 12);
  });

  it("flags a burst against the topic's own 28-day usual, and not an ordinary day", () => {
    const burst = detectSpike([...ordinary, 14]);
    expect(burst.spike).toBe(true);
    expect(burst.usual).toBeCloseTo(65 / 28, 6);
    expect(burst.pValue).toBeLessThan(0.001);
    expect(detectSpike([...ordinary, 4]).spike).toBe(false);
    expect(detectSpike([...ordinary, 6]).spike).toBe(false);
  });

  it('needs the minimum count for a usually silent topic', () => {
    const silent = Array(28).fill(0);
    expect(detectSpike([...silent, 3]).spike).toBe(false);
    expect(detectSpike([...silent, 5]).spike).toBe(true);
    expect(detectSpike([...silent, 5], { minCount: 8 }).spike).toBe(false);
  });

  it('a busy topic needs far more than a quiet one', () => {
    const busy = Array(28).fill(20);
    expect(detectSpike([...busy, 30]).spike).toBe(false);
    expect(detectSpike([...busy, 40]).spike).toBe(true);
  });
});
