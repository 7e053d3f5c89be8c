import { describe, expect, it } from 'vitest';
import { UserError } from '../model/errors.js';
import { describeSchedule, nextRun, scheduleToCron, validateTimezone } from './schedule.js';

describe('scheduleToCron', () => {
  it.each([
    ['08:30', '30 8 * * *'],
    ['8', '0 8 * * *'],
    ['7:05 weekdays', '5 7 * * 1-5'],
    ['18:00,06:00', '0 6,18 * * *'],
    ['09:15,09:45 weekends', '15,45 9 * * 0,6'],
    ['0 7 * * 1', '0 7 * * 1'],
  ])('%s → %s', (text, cron) => {
    expect(scheduleToCron(text)).toBe(cron);
  });

  it.each(['24:00', '12:60', 'noon', '08:30 sometimes', '8:30,9:45', '0 7 * *', '0 25 * * *', ''])('rejects %j in plain words', (text) => {
    expect(() => scheduleToCron(text)).toThrow(UserError);
  });
});

describe('time zones', () => {
  it('accepts IANA names and returns the canonical spelling', () => {
    expect(validateTimezone('Europe/Belgrade')).toBe('Europe/Belgrade');
    expect(validateTimezone('utc')).toMatch(/^(UTC|Etc\/UTC)$/);
  });
  it('rejects unknown names and bare offsets', () => {
    expect(() => validateTimezone('Europe/Atlantis')).toThrow(/not a time zone I know/);
    expect(() => validateTimezone('+02:00')).toThrow(/not a time zone/);
  });
  it('evaluates the cron in the zone, across the end of summer time', () => {
    // Europe/Belgrade leaves CEST on 2026-10-25: 08:00 local is 06:00Z before, 07:00Z after
    expect(nextRun('0 8 * * *', 'Europe/Belgrade', new Date('2026-10-24T07:00:00Z'))?.toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(nextRun('0 8 * * *', 'Europe/Belgrade', new Date('2026-10-23T07:00:00Z'))?.toISOString()).toBe('2026-10-24T06:00:00.000Z');
    expect(describeSchedule('30 8 * * 1-5', 'America/New_York', new Date('2026-11-28T12:00:00Z'))).toBe(
      '`30 8 * * 1-5` in America/New_York, next 2026-11-30 08:30',
    );
  });
});
