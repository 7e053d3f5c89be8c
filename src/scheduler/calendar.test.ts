import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CronCalendar } from './calendar.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Wall-clock time of `d` in `tz` as `YYYY-MM-DD HH:MM`. */
function wall(d: Date, tz: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describe('CronCalendar', () => {
  it('runs a digest in a spring-forward gap at the first valid minute after (Europe/Belgrade)', () => {
    const cal = new CronCalendar('30 2 * * *', 'Europe/Belgrade');
    const runs = cal.between(new Date('2026-03-27T12:00:00Z'), new Date('2026-03-30T12:00:00Z'));
    expect(runs.map((d) => wall(d, 'Europe/Belgrade'))).toEqual(['2026-03-28 02:30', '2026-03-29 03:00', '2026-03-30 02:30']);
    // 03:00 CEST is UTC+2
    expect(iso(runs[1])).toBe('2026-03-29T01:00:00.000Z');
  });

  it('runs a digest in a fall-back overlap once (Europe/Belgrade)', () => {
    const cal = new CronCalendar('30 2 * * *', 'Europe/Belgrade');
    const runs = cal.between(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'));
    expect(runs.map(iso)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('handles America/New_York gap and overlap', () => {
    const gap = new CronCalendar('15 2 * * *', 'America/New_York');
    expect(gap.between(new Date('2026-03-07T12:00:00Z'), new Date('2026-03-09T12:00:00Z')).map((d) => wall(d, 'America/New_York'))).toEqual([
      '2026-03-08 03:00',
      '2026-03-09 02:15',
    ]);
    const overlap = new CronCalendar('30 1 * * *', 'America/New_York');
    const runs = overlap.between(new Date('2026-10-31T12:00:00Z'), new Date('2026-11-02T12:00:00Z'));
    expect(runs.map(iso)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('evaluates weekday schedules in the subscription time zone, not UTC', () => {
    // 00:30 Monday in Tokyo is Sunday 15:30 UTC
    const cal = new CronCalendar('30 0 * * 1', 'Asia/Tokyo');
    expect(iso(cal.next(new Date('2026-11-27T00:00:00Z')))).toBe('2026-11-29T15:30:00.000Z');
  });

  it('finds the latest and previous occurrences for catch-up', () => {
    const cal = new CronCalendar('0 8 * * *', 'Europe/Belgrade');
    const now = new Date('2026-11-27T12:00:00Z');
    expect(iso(cal.latest(new Date('2026-11-24T00:00:00Z'), now))).toBe('2026-11-27T07:00:00.000Z');
    expect(iso(cal.latest(new Date('2026-11-27T07:00:00Z'), now))).toBeNull();
    expect(iso(cal.previous(new Date('2026-11-27T07:00:00Z')))).toBe('2026-11-26T07:00:00.000Z');
  });

  it('rejects bad schedules with a scheduler error', () => {
    expect(() => new CronCalendar('0 8 * *', 'UTC')).toThrow(/scheduler: the schedule "0 8 \* \*" has 4 fields; expected 5/);
    expect(() => new CronCalendar('0 8 * * 9', 'UTC')).toThrow(/field 5 \(day of week\)/);
    expect(() => new CronCalendar('0 8 * * *', 'Mars/Base')).toThrow(/scheduler: invalid schedule/);
  });
});

describe('CronCalendar backward steps agree with forward enumeration (property)', () => {
  const schedules = ['* * * * *', '*/7 * * * *', '30 2 * * *', '15 1 * * 0', '0 9 * * 1-5', '0 0 29 2 *', '45 23 31 * *'];
  const zones = ['UTC', 'Europe/Belgrade', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
  it('latest(after, now) and previous(at) equal the last of between(...) for any schedule, zone and times', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...schedules),
        fc.constantFrom(...zones),
        // around both 2026 DST changes and across a year, to the millisecond
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
        fc.integer({ min: 0, max: 36 * 3_600_000 }),
        (expr, tz, nowMs, spanMs) => {
          const cal = new CronCalendar(expr, tz);
          const now = new Date(nowMs);
          const after = new Date(nowMs - spanMs);
          const forward = cal.between(after, now, 5000);
          expect(iso(cal.latest(after, now))).toBe(iso(forward.at(-1) ?? null));
          const before = cal.between(new Date(nowMs - 6 * 3_600_000 - 1), new Date(nowMs - 1), 5000);
          expect(iso(cal.previous(now, 6 * 3_600_000))).toBe(iso(before.at(-1) ?? null));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000); // up to 150 × 5,000 minute enumerations: over 30 s on a loaded 2-core machine
});
