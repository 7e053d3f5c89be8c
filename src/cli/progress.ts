/**
 * Progress on standard error for commands that can run longer than a few seconds (feeds import, db
 * backup/prune, backtests, digests of many feeds, many input files): a cli-progress bar when standard
 * error is a terminal, nothing otherwise (a log file or a pipe gets only the result and the messages).
 */
import cliProgress from 'cli-progress';
import { processIO, type CliIO } from './io.js';

/** A progress display; every method is a no-op when it is off. */
export interface Progress {
  /** Sets the number of steps done (and optionally a new total). */
  update(done: number, total?: number): void;
  /** Adds one step. */
  tick(): void;
  /** Removes the bar (call once, also on failure). */
  stop(): void;
}

const OFF: Progress = { update: () => {}, tick: () => {}, stop: () => {} };

/**
 * True when a bar should show: the command writes to the real standard error, it is a TTY, and
 * neither `WIREWATCH_NO_PROGRESS` nor `CI` is set.
 */
export function progressWanted(io: CliIO, stream: { isTTY?: boolean } = process.stderr): boolean {
  if (io.err !== processIO.err) return false;
  if (io.env.WIREWATCH_NO_PROGRESS || (io.env.CI && io.env.CI !== 'false')) return false;
  return stream.isTTY === true;
}

/**
 * Starts a progress bar labelled `label` with `total` steps, or returns a no-op when
 * `progressWanted(io)` is false or `total` is below `min` (too short to be worth a bar).
 */
export function startProgress(io: CliIO, label: string, total: number, opts: { min?: number; force?: boolean } = {}): Progress {
  if (!(opts.force ?? progressWanted(io)) || total < (opts.min ?? 2)) return OFF;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {eta_formatted}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  let stopped = false;
  return {
    update(n, t) {
      done = n;
      if (t !== undefined) bar.setTotal(t);
      bar.update(n);
    },
    tick() {
      bar.update(++done);
    },
    stop() {
      if (!stopped) bar.stop();
      stopped = true;
    },
  };
}
