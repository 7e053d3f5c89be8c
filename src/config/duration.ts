/**
 * Durations in the config: a number of seconds (`900`) or a string of unit-suffixed parts
 * (`15m`, `1h30m`, `500ms`, `7d`). Parsed to milliseconds.
 */
import { z } from 'zod';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;

/**
 * Parses a duration.
 * @param value seconds as a number, or a string such as `15m`, `1h30m`, `250ms`
 * @returns milliseconds, or null when `value` is not a duration
 */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, '');
  if (/^\d+(?:\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  if (!WHOLE.test(s)) return null;
  let ms = 0;
  for (const m of s.matchAll(PART)) ms += Number(m[1]) * UNIT_MS[m[2]];
  return Math.round(ms);
}

/** Formats milliseconds back as the shortest `1h30m` form (for docs and logs). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]] as const) {
    if (rest >= size) {
      out += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return out;
}

/**
 * A zod schema for a duration field; the parsed value is milliseconds.
 * @param min smallest allowed duration in ms (default 0)
 */
export function duration(min = 0) {
  return z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === null) {
        ctx.addIssue({ code: 'custom', message: `expected a duration such as 30s, 15m, 6h or 7d (or a number of seconds), got ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      if (ms < min) {
        ctx.addIssue({ code: 'custom', message: `expected a duration of at least ${formatDuration(min)}, got ${JSON.stringify(value)}` });
        return z.NEVER;
      }
      return ms;
    });
}
