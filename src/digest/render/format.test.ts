import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTime, formatWindow } from './format.js';
import type { Digest } from '../../model/digest.js';

const T = new Date('2026-11-27T09:30:00Z');

describe('formatTime / formatWindow', () => {
  afterEach(() => vi.restoreAllMocks());

  it('formats in the digest zone and locale, falling back to UTC / en for unknown ones', () => {
    expect(formatTime({ timezone: 'Europe/Belgrade', locale: 'en-GB' }, T)).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Belgrade' }).format(T),
    );
    expect(formatTime({ timezone: 'Asia/Tokyo', locale: 'en-GB' }, T)).toContain('18:30');
    expect(formatTime({ timezone: 'Europe/Belgrade', locale: 'en-GB' }, T)).toContain('10:30');
    expect(formatTime({ timezone: 'Mars/Olympus', locale: 'en-GB' }, T)).toContain('09:30');
    expect(formatTime({ timezone: 'UTC', locale: 'sr-Latn' }, T)).toBe(
      new Intl.DateTimeFormat('sr-Latn', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(T),
    );
    const d = { timezone: 'Europe/Belgrade', locale: 'en-GB', windowStart: new Date('2026-11-26T12:00:00Z'), windowEnd: T } as Digest;
    expect(formatWindow(d)).toMatch(/13:00.*10:30 \(Europe\/Belgrade\)$/);
  });

  it('builds one Intl.DateTimeFormat per (locale, zone, options), not one per call', () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built++;
      return new Real(...args);
    } as unknown as typeof Intl.DateTimeFormat);
    const zone = { timezone: 'America/Montevideo', locale: 'de-AT' };
    const first = formatTime(zone, T);
    const afterFirst = built;
    for (let i = 0; i < 200; i++) expect(formatTime(zone, new Date(T.getTime() + i * 60_000))).toBeTypeOf('string');
    expect(formatTime(zone, T)).toBe(first);
    expect(built).toBe(afterFirst);
    formatTime({ timezone: 'America/Montevideo', locale: 'fr' }, T);
    expect(built).toBeGreaterThan(afterFirst);
  });
});
