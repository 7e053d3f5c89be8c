/**
 * Mentions per day: how many stored stories matched a topic (or quoted a speaker) on each calendar day
 * of a time zone. A story counts once per day however often it names the topic, so one long article
 * cannot make a trend or a spike (docs/trends.md).
 */
import type { AnalyzedItem } from '../model/story.js';
import { itemTime } from '../model/story.js';

const DAY_MS = 86_400_000;

/** The calendar day of `t` in `timeZone` as `YYYY-MM-DD` (an unknown zone counts as UTC). */
export function localDay(t: Date, timeZone: string): string {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  }
  return f.format(t);
}

/** The `n` calendar days ending with `lastDay` (`YYYY-MM-DD`), oldest first. */
export function dayKeys(lastDay: string, n: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(end - (n - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/**
 * Counts per day of the items for which `counts(item)` is true, over the `days` calendar days that end
 * with the day of `end` in `timeZone` (today included, so far).
 * @param items stored items, at least those whose time lies in those days (others are ignored)
 * @returns one entry per day, oldest first, zeros included
 */
export function dailyCounts(
  items: readonly AnalyzedItem[],
  counts: (a: AnalyzedItem) => boolean,
  days: number,
  end: Date,
  timeZone: string,
): { day: string; count: number }[] {
  const keys = dayKeys(localDay(end, timeZone), days);
  const out = new Map(keys.map((k) => [k, 0]));
  for (const a of items) {
    if (!counts(a)) continue;
    const k = localDay(itemTime(a), timeZone);
    const n = out.get(k);
    if (n !== undefined) out.set(k, n + 1);
  }
  return keys.map((day) => ({ day, count: out.get(day)! }));
}

/** The earliest instant `dailyCounts` can count for `days` days ending at `end` (a day's margin for any zone). */
export function windowStart(end: Date, days: number): Date {
  return new Date(end.getTime() - (days + 1) * DAY_MS);
}
