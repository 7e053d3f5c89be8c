/** Dates and durations as the panel shows them (UTC, minutes; relative to the service clock). */

/** `2026-11-27 11:59 UTC`, or `—` for null. */
export function fmtTime(d: Date | null | undefined): string {
  if (!d) return '—';
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `3 min ago`, `in 2 h`, `just now` (relative to `now`). */
export function fmtAgo(d: Date | null | undefined, now: Date): string {
  if (!d) return '—';
  const ms = d.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const [n, unit] =
    abs < 60_000
      ? [0, '']
      : abs < 3_600_000
        ? [Math.round(abs / 60_000), 'min']
        : abs < 172_800_000
          ? [Math.round(abs / 3_600_000), 'h']
          : [Math.round(abs / 86_400_000), 'days'];
  if (n === 0) return 'just now';
  return ms < 0 ? `${n} ${unit} ago` : `in ${n} ${unit}`;
}

/** `1 story`, `2 stories`. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
