/** Option parsing helpers shared by CLI subcommands (node:util parseArgs underneath). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

/**
 * parseArgs with strict checking; a bad option becomes a `UsageError` whose message names it
 * (`unknown option '--sinc'`, `option '--since' needs a value`), rewritten from node:util's wording.
 */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(optionErrorText(e instanceof Error ? e.message : String(e), Object.keys(options)));
  }
}

/** node:util parseArgs' error text → one short sentence naming the option (and the known ones). */
export function optionErrorText(message: string, known: string[]): string {
  const list = known
    .filter((k) => k !== 'help')
    .map((k) => `--${k}`)
    .join(', ');
  let m = /^Unknown option '([^']+)'/.exec(message);
  if (m) return `unknown option '${m[1]}'${list ? ` (options: ${list}, --help)` : ''}`;
  m = /^Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
  if (m) return `option '${m[2]}' needs a value`;
  m = /^Option '(-\w, )?(--[\w-]+)[^']*' does not take an argument/.exec(message);
  if (m) return `option '${m[2]}' takes no value`;
  // `--max-quotes -1`: parseArgs will not take a value that starts with a dash after a space.
  m = /^Option '(-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(message);
  if (m) return `option '${m[2]}' is followed by something starting with '-': if that is its value, write ${m[2]}=VALUE`;
  return message;
}

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Parses a duration such as `90m`, `24h`, `3d`, `1w` (a bare number is hours).
 * @returns milliseconds
 * @throws UsageError for anything else
 */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw]?)$/i.exec(text.trim());
  if (!m) throw new UsageError(`'${text}' is not a duration (try 24h, 3d, 90m)`);
  return Number(m[1]) * UNITS[(m[2] || 'h').toLowerCase()];
}

/**
 * The current time for a command: `--now` if given, else `WIREWATCH_NOW`, else the real clock.
 * @throws UsageError when the value is not an ISO 8601 time
 */
export function resolveNow(flag: string | undefined, env: NodeJS.ProcessEnv): Date {
  const text = flag ?? env.WIREWATCH_NOW;
  if (!text) return new Date();
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new UsageError(`'${text}' is not an ISO 8601 time`);
  return d;
}

/** What a one-shot command's `blocked_address` message tells the user to set (the variable it reads). */
export const ALLOW_CIDRS_ENV = 'WIREWATCH_ALLOW_CIDRS (e.g. WIREWATCH_ALLOW_CIDRS=127.0.0.1/32)';

/** CIDRs the fetcher may reach despite the SSRF guard: `WIREWATCH_ALLOW_CIDRS` (comma-separated). */
export function allowCidrsFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.WIREWATCH_ALLOW_CIDRS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
