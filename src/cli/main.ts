#!/usr/bin/env node
/**
 * The `wirewatch` command. Each subcommand lives in its own module and is loaded on demand so that
 * `wirewatch quotes` does not pay for discord.js.
 */
import { processIO, UsageError, errorInfo, type Subcommand } from './io.js';

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

const USAGE = `usage: wirewatch <command> [options]

commands:
  parse   --json [--full-text] INPUT...             parse feeds (files or URLs) into items
  quotes  --json FILE...                          extract quotes from articles (.txt or .html)
  match   --watchlist FILE --json FILE...         match articles against a watchlist
  digest  --feed URL|FILE... --watchlist FILE     compose a digest of matching items
  demo [--locale en|sr-Latn|sr-Cyrl|sq]          the digest of the bundled newsroom feeds
  discord register [--guild ID]                   register the Discord slash commands (token: DISCORD_TOKEN)
  run     --config FILE [--reset-from-config]     run the service (polling, digests, adapters, HTTP)
  config  check FILE... | reference              validate a config file / print the config reference
  feeds   import FILE.opml | export [--config FILE]   import or export feeds as OPML
  db      backup --db FILE OUT | migrate --db FILE   back up (online) or migrate the SQLite store; also prune, check
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    processIO.out(USAGE.trimEnd());
    return name ? 0 : 2;
  }
  const load = SUBCOMMANDS[name];
  if (!load) {
    processIO.err(`wirewatch: unknown command '${name}'\n${USAGE}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, processIO);
  } catch (e) {
    if (e instanceof UsageError) {
      processIO.err(`wirewatch ${name}: ${e.message}`);
      return 2;
    }
    const { code, message } = errorInfo(e);
    processIO.err(`wirewatch ${name}: ${code}: ${message}`);
    return 1;
  }
}

// A reader that stops early (`wirewatch parse --json big.rss | head`) closes the pipe: exit quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`wirewatch: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
