import { describe, expect, it } from 'vitest';
import { cronProblem } from './cron.js';

describe('cronProblem', () => {
  it('accepts valid five-field expressions', () => {
    for (const e of ['0 8 * * 1-5', '*/15 * * * *', '30 7,19 1 JAN-MAR SUN', '0 0 * * 7']) expect(cronProblem(e)).toBeNull();
  });

  it('names the field that is wrong and what it accepts', () => {
    expect(cronProblem('0 25 * * *')).toMatch(/^field 2 \(hour\) is "25": expected 0–23/);
    expect(cronProblem('61 8 * * *')).toMatch(/^field 1 \(minute\) is "61"/);
    expect(cronProblem('0 8 32 * *')).toMatch(/^field 3 \(day of month\) is "32": expected 1–31/);
    expect(cronProblem('0 8 * 13 *')).toMatch(/^field 4 \(month\)/);
    expect(cronProblem('0 8 * * mon-fry')).toMatch(/^field 5 \(day of week\) is "mon-fry"/);
  });

  it('counts the fields when there are not five', () => {
    expect(cronProblem('0 8 * *')).toMatch(/^has 4 fields; expected 5/);
    expect(cronProblem('')).toMatch(/^has 0 fields/);
    expect(cronProblem('0 0 8 * * *')).toMatch(/^has 6 fields/);
  });

  it('refuses a schedule that never fires (a day the month never has), keeps one that fires only in leap years', () => {
    for (const e of ['0 0 31 2 *', '0 9 30 FEB *', '15 6 31 4,6,9,11 *']) expect(cronProblem(e), e).toMatch(/^never fires/);
    expect(cronProblem('0 0 29 2 *')).toBeNull();
    expect(cronProblem('0 0 31 2 1')).toBeNull(); // day of month OR day of week (crontab(5)): every Monday in February
  });
});
