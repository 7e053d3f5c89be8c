#!/usr/bin/env node
/**
 * The `wirewatch` command. Each subcommand lives in its own module and is loaded on demand so that
 * `wirewatch quotes` does not pay for discord.js.
 */
import module from 'node:module';
import { processIO, UsageError, errorInfo, type Subcommand } from './io.js';
import { helpFor, MAIN_HELP, version, wantsHelp } from './help.js';

// Node ≥ 22.1 can keep the compiled code of the modules loaded from here on (the subcommand's whole
// graph) in a disk cache between starts; Node 20 has no such API, and then nothing happens (ADR 0233).
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  parse: async () => (await import('./parse.js')).parseCommand,
  quotes: async () => (await import('./quotes.js')).quotesCommand,
  match: async () => (await import('./match.js')).matchCommand,
  digest: async () => (await import('./digest.js')).digestCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
  discord: async () => (await import('./discord.js')).discordCommand,
  config: async () => (await import('./config.js')).configCommand,
  run: async () => (await import('./run.js')).runCommand,
  feeds: async () => (await import('./feeds.js')).feedsCommand,
  db: async () => (await import('./db.js')).dbCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    processIO.err(MAIN_HELP);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    processIO.out(rest.length > 0 && SUBCOMMANDS[rest[0]] ? helpFor(rest[0], rest.slice(1)) : MAIN_HELP);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    processIO.out(version());
    return 0;
  }
  const load = SUBCOMMANDS[name];
  if (!load) {
    processIO.err(`wirewatch: unknown command '${name}' (commands: ${Object.keys(SUBCOMMANDS).join(', ')}; see wirewatch --help)`);
    return 2;
  }
  if (wantsHelp(rest)) {
    processIO.out(helpFor(name, rest));
    return 0;
  }
  try {
    const command = await load();
    return await command(rest, processIO);
  } catch (e) {
    if (e instanceof UsageError) {
      const sub = rest.find((a) => !a.startsWith('-'));
      const topic = sub !== undefined && helpFor(name, rest) !== helpFor(name, []) ? `${name} ${sub}` : name;
      processIO.err(`wirewatch ${name}: ${e.message}\n(see 'wirewatch ${topic} --help')`);
      return 2;
    }
    const { code, message } = errorInfo(e);
    // A message that already starts with its code (`config: …`) is not prefixed twice.
    processIO.err(message.startsWith(`${code}:`) ? `wirewatch ${name}: ${message}` : `wirewatch ${name}: ${code}: ${message}`);
    return 1;
  }
}

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

main(process.argv.slice(2)).then(exitSoon, (e) => {
  process.stderr.write(`wirewatch: ${String(e)}\n`);
  exitSoon(1);
});
