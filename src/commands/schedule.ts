/**
 * Digest schedules as users type them (`08:30`, `08:30,17:00 weekdays`, or a five-field cron
 * expression) → a five-field cron expression evaluated in an IANA time zone.
 */
import { Cron } from 'croner';
import { cronProblem } from '../model/cron.js';
import { UserError } from '../model/errors.js';

/** The schedule a new subscription gets when no time is given: every day at 08:00. */
export const DEFAULT_CRON = '0 8 * * *';

const DAY_WORDS: Record<string, string> = {
  daily: '*',
  everyday: '*',
  weekdays: '1-5',
  weekends: '0,6',
};

/**
 * Validates an IANA time-zone name (`Europe/Belgrade`, `UTC`) and returns its canonical spelling as
 * the runtime's ICU database knows it (IANA tz database; ECMA-402 `timeZone` option).
 * @throws UserError when the zone is unknown or is a bare offset like `+01:00`
 */
export function validateTimezone(zone: string): string {
  const z = zone.trim();
  if (!z || /^[+-]\d/.test(z)) throw new UserError(`"${z}" is not a time zone. Use a name like Europe/Belgrade or UTC.`);
  try {
    return new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`"${z}" is not a time zone I know. Use a name like Europe/Belgrade or UTC.`);
  }
}

/**
 * Turns a schedule as typed into a five-field cron expression (minute hour day-of-month month
 * day-of-week).
 * Accepted: `HH:MM` (24-hour), several times `HH:MM,HH:MM` sharing one minute or one hour, an optional
 * day word (`daily`, `weekdays`, `weekends`), or a raw five-field cron expression.
 * @throws UserError with a plain-words explanation when the text is neither
 */
export function scheduleToCron(text: string): string {
  const t = text.trim().toLowerCase();
  if (!t) throw new UserError('Give a time like 08:30, or 08:30 weekdays.');
  const fields = t.split(/\s+/);
  if (fields.length === 5) {
    validateCron(t);
    return fields.join(' ');
  }
  let days = '*';
  let timesText = fields[0];
  if (fields.length === 2 && DAY_WORDS[fields[1]] !== undefined) days = DAY_WORDS[fields[1]];
  else if (fields.length !== 1) throw badTime(text);
  timesText = timesText.replace(/\s/g, '');
  const times = timesText.split(',').map((x) => {
    const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(x);
    if (!m) throw badTime(text);
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour > 23 || minute > 59) throw badTime(text);
    return { hour, minute };
  });
  const minutes = [...new Set(times.map((x) => x.minute))];
  const hours = [...new Set(times.map((x) => x.hour))];
  if (minutes.length > 1 && hours.length > 1) {
    throw new UserError('Several times must share the minute (08:30,17:30) or the hour; or give a cron expression.');
  }
  const cron = `${minutes.sort((a, b) => a - b).join(',')} ${hours.sort((a, b) => a - b).join(',')} * * ${days}`;
  validateCron(cron);
  return cron;
}

function badTime(text: string): UserError {
  return new UserError(`"${text.trim()}" is not a time I understand. Use 24-hour HH:MM, e.g. 08:30 or 08:30 weekdays.`);
}

function validateCron(expr: string): void {
  const problem = cronProblem(expr);
  if (problem) throw new UserError(`"${expr}" is not a valid schedule: it ${problem}.`);
}

/**
 * The next time `cron` fires after `from`, evaluated in `timezone` (croner), or null when it never does.
 */
export function nextRun(cron: string, timezone: string, from: Date): Date | null {
  const job = new Cron(cron, { paused: true, timezone });
  try {
    return job.nextRun(from);
  } finally {
    job.stop();
  }
}

/** A short description of a schedule for replies: `0 8 * * 1-5 (Europe/Belgrade), next 2026-11-30 08:00`. */
export function describeSchedule(cron: string, timezone: string, from: Date): string {
  const next = nextRun(cron, timezone, from);
  return `\`${cron}\` in ${timezone}${next ? `, next ${formatLocal(next, timezone)}` : ''}`;
}

/** `YYYY-MM-DD HH:MM` of `at` as seen in `timezone`. */
export function formatLocal(at: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
