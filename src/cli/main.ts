#!/usr/bin/env node
/**
 * The `wirewatch` executable (package.json `bin`; built into `dist/cli/main.js`, the bundled entry of
 * ADR 0236). It turns on Node's compile cache first, then loads the command line (`cli.ts`), so the
 * cache covers everything a command loads.
 */
import { enableCompileCache } from './compile-cache.js';

enableCompileCache();

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
