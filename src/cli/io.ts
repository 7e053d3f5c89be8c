/**
 * CLI plumbing shared by every subcommand: standard output carries results only (JSON lines or the
 * rendered digest); messages and logs go to standard error.
 */
import { redactUrlCredentials } from '../model/redact.js';
import { asCodedError, WirewatchError, type WirewatchErrorCode } from '../model/errors.js';

export interface CliIO {
  /** Writes one result line to standard output. */
  out(line: string): void;
  /** Writes one human-readable message line to standard error. */
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  env: process.env,
};

/** A CLI subcommand: takes its own argv (after the subcommand name) and returns the exit code. */
export type Subcommand = (argv: string[], io: CliIO) => Promise<number>;

/**
 * `{code, message}` for any thrown value (`asCodedError`): `WirewatchError`s keep their code, a missing
 * file is `not_found`, other system errors `io`, anything else `internal`.
 */
export function errorInfo(e: unknown): { code: WirewatchErrorCode; message: string } {
  const { code, message } = asCodedError(e);
  return { code, message };
}

/**
 * Runs `work` for each input and prints one JSON object per input: `{file, ...result}` or
 * `{file, error: {code, message}}` (plus a one-line message on stderr). Inputs are processed in order,
 * a failing one never stops the others. Ten inputs or more show a progress bar on a terminal.
 * @returns exit code: 0 when every input succeeded, 1 otherwise
 */
export async function forEachInput(inputs: string[], io: CliIO, work: (input: string) => Promise<Record<string, unknown>>): Promise<number> {
  let failed = false;
  const { startProgress } = await import('./progress.js');
  const progress = startProgress(io, 'reading', inputs.length, { min: 10 });
  try {
    for (const file of inputs) {
      try {
        const result = await work(file);
        io.out(JSON.stringify({ file: redactUrlCredentials(file), ...result }));
      } catch (e) {
        failed = true;
        const error = errorInfo(e);
        const shown = redactUrlCredentials(file);
        error.message = redactUrlCredentials(error.message);
        io.out(JSON.stringify({ file: shown, error }));
        io.err(`wirewatch: ${shown}: ${error.code}: ${error.message}`);
      }
      progress.tick();
    }
  } finally {
    progress.stop();
  }
  return failed ? 1 : 0;
}

/** Thrown for bad command-line usage; exit code 2. */
export class UsageError extends WirewatchError {
  constructor(message: string) {
    super('usage', message);
  }
}
