/**
 * The `wirewatch` command's dispatch (`main.ts` is the executable that loads it). Each subcommand
 * lives in its own module and is loaded on demand so that `wirewatch quotes` does not pay for
 * discord.js.
 */
import { processIO, UsageError, errorInfo, type Subcommand } from './io.js';
import { helpFor, MAIN_HELP, version, wantsHelp } from './help.js';

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

/**
 * Runs `wirewatch ARGV…` and resolves with the exit code (0 ok, 1 failure, 2 usage); errors of the
 * command are printed here, never thrown.
 */
export async function runCli(argv: string[]): Promise<number> {
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
