/**
 * Structured logging (pino) to standard error — standard output is for results only.
 * Keys are snake_case (`feed_url`, `subscription_id`); secrets are redacted by path.
 */
import { pino } from 'pino';

/**
 * One log method: structured fields (snake_case keys; an `err` key for an error) then the message, or
 * the message alone. The fields are copied into the JSON line as they are.
 */
export interface LogFn {
  (fields: object, message?: string): void;
  (message: string): void;
}

/**
 * The logger port every stage takes (injected, never a global). pino's logger satisfies it; a test can
 * pass its own recorder. `child(bindings)` returns a logger that adds `bindings` to every line
 * (`{ component: 'store' }`, `{ platform: 'discord' }`).
 */
export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  fatal: LogFn;
  child(bindings: Record<string, unknown>): Logger;
  /**
   * Whether lines of `level` are written (pino's). Optional: a logger without it writes every level.
   * For hot paths whose fields cost something to build (`debugEnabled`).
   */
  isLevelEnabled?(level: string): boolean;
}

/** Whether `logger` writes debug lines: a hot path builds its debug fields only then. */
export function debugEnabled(logger: Logger): boolean {
  return logger.isLevelEnabled ? logger.isLevelEnabled('debug') : true;
}

export interface LoggerOptions {
  /** pino level: `trace` … `fatal`, or `silent`. Default `info` (env `WIREWATCH_LOG_LEVEL`). */
  level?: string;
  /** Human-readable output (pino-pretty); default: when stderr is a TTY. */
  pretty?: boolean;
}

const REDACT = ['token', '*.token', 'secret', '*.secret', 'authorization', '*.authorization', 'headers.authorization'];

/**
 * Creates the service logger writing JSON lines to stderr (fd 2), or pretty lines on a TTY.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.WIREWATCH_LOG_LEVEL ?? 'info';
  const pretty = opts.pretty ?? process.stderr.isTTY === true;
  if (pretty) {
    return pino({
      level,
      redact: REDACT,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } },
    });
  }
  return pino({ level, redact: REDACT, base: { name: 'wirewatch' } }, pino.destination(2));
}

/** A logger that writes nothing, for tests and library defaults. */
export const silentLogger: Logger = pino({ level: 'silent' });
