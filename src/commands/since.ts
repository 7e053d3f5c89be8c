/** The `since` option of `quotes` (and the `days` of `trend`): how far back a search reaches. */
import { UserError } from '../model/errors.js';

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * A `since` value → the instant it names: a duration back from `now` (`24h`, `7d`, `2w`; a bare
 * number is days) or a calendar date / instant (`2026-03-01` is midnight UTC, `2026-03-01T08:00Z`).
 * @throws UserError `bad_since` with an example, for anything else or a date in the future
 */
export function parseSince(value: string, now: Date): Date {
  const v = value.trim().toLowerCase();
  const rel = /^(\d{1,4})\s*([hdw]?)$/.exec(v);
  if (rel) return new Date(now.getTime() - Number(rel[1]) * UNIT_MS[rel[2] || 'd']);
  if (/^\d{4}-\d{2}-\d{2}([t ][0-9:.]+(z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v.toUpperCase().replace(' ', 'T'));
    if (!Number.isNaN(d.getTime()) && d.getTime() <= now.getTime()) return d;
  }
  throw new UserError('`since` takes a duration (`24h`, `7d`, `2w`) or a past date (`2026-03-01`).', 'bad_since');
}
