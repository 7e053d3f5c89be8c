/**
 * The command line as a process runs it: `main.ts` (the `wirewatch` executable) runs this file, as the
 * entry of the CLI bundle (ADR 0236, 0286) or, unbundled, as a module. It loads the command line
 * (`cli.ts`), runs the command and ends the process.
 */

// A reader that stops early (`wirewatch parse --json big.rss | head`) closes the pipe: exit quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

/**
 * Once the command has finished, the process must end: a handle left open (a socket of an adapter
 * that failed to start, a timer) would otherwise keep a dead service running — for `run`, one that a
 * supervisor sees as alive (issue 24). Output gets a moment to flush first.
 */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1500).unref();
}

import('./cli.js')
  .then(({ runCli }) => runCli(process.argv.slice(2)))
  .then(exitSoon, (e: unknown) => {
    process.stderr.write(`wirewatch: ${String(e)}\n`);
    exitSoon(1);
  });
