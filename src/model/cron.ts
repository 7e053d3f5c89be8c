/**
 * What is wrong with a five-field cron expression, in words that name the field: one check shared by
 * the config schema, slash commands and the cron calendar, so a user who typed `0 25 * * *` reads
 * "field 2 (hour) is "25": expected 0–23", not a parser's internal message.
 * Field order and ranges are Vixie cron's (crontab(5)); croner (the evaluator) decides validity.
 */
import { Cron } from 'croner';

/** The five fields in order, with the values each accepts (crontab(5)). */
export const CRON_FIELDS = [
  { name: 'minute', accepts: '0–59' },
  { name: 'hour', accepts: '0–23' },
  { name: 'day of month', accepts: '1–31' },
  { name: 'month', accepts: '1–12 or JAN–DEC' },
  { name: 'day of week', accepts: '0–7 (0 and 7 are Sunday) or SUN–SAT' },
] as const;

const accepted = (expr: string): boolean => {
  try {
    new Cron(expr, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
};

/**
 * The problem with `expr` as a five-field cron expression, or null when croner accepts it.
 * @param expr e.g. `0 8 * * 1-5` (minute hour day-of-month month day-of-week)
 * @returns a sentence such as `has 4 fields; expected 5: minute hour day-of-month month day-of-week` or
 *   `field 2 (hour) is "25": expected 0–23, a list (1,2), a range (1-5), a step (*\/15) or *`
 */
export function cronProblem(expr: string): string | null {
  const fields = expr.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 5) {
    return `has ${fields.length} field${fields.length === 1 ? '' : 's'}; expected 5: minute hour day-of-month month day-of-week (e.g. "0 8 * * 1-5")`;
  }
  // Each field checked alone, the others wildcards: the first that croner refuses is the one named.
  for (let i = 0; i < 5; i++) {
    const probe = fields.map((f, j) => (j === i ? f : '*')).join(' ');
    if (!accepted(probe)) {
      const f = CRON_FIELDS[i];
      return `field ${i + 1} (${f.name}) is "${fields[i].length > 40 ? fields[i].slice(0, 39) + '…' : fields[i]}": expected ${f.accepts}, a list (1,2), a range (1-5), a step (*/15) or *`;
    }
  }
  if (!accepted(fields.join(' '))) return 'its fields do not combine into a valid schedule';
  return firesEver(fields.join(' ')) ? null : 'never fires: no date has that day of month in that month (e.g. 31 in February); a digest would never go out';
}

/**
 * Whether a valid expression ever fires: croner's next run from a fixed date (so the answer does not
 * depend on today). Any schedule that fires at all fires within eight years of any date (29 February
 * within one leap cycle); croner returns null for one that never does (`0 0 31 2 *`, `0 0 30 2 *`).
 */
function firesEver(expr: string): boolean {
  const cron = new Cron(expr, { paused: true });
  try {
    return cron.nextRun(new Date('2001-01-01T00:00:00Z')) !== null;
  } finally {
    cron.stop();
  }
}
