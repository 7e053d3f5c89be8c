/**
 * `--help` text for every command and subcommand (`wirewatch help`, `wirewatch feeds import --help`),
 * each with its options and examples, and the helpers main.ts uses to find the right one. Help goes to
 * standard output (it is what the user asked for) with exit code 0.
 */
import { readFileSync } from 'node:fs';
import { defaultConfig } from '../config/load.js';

/** The top-level usage. */
export const MAIN_HELP = `usage: wirewatch <command> [options]        (wirewatch <command> --help for its options)

commands:
  parse    parse feeds (files or URLs) into items, one JSON line each
  quotes   extract quotes from articles (.txt or .html)
  match    match articles against a watchlist, or backtest a watchlist on the store
  digest   compose one digest of matching items from feeds
  demo     the digest of the bundled newsroom feeds (no token, no network)
  run      run the service (polling, digests, Discord/Slack adapters, /healthz)
  config   check config files, print the config reference
  feeds    import or export feeds as OPML
  db       back up, migrate, prune or check the store
  discord  register the Discord slash commands

options:
  -h, --help      show help (also after any command)
  -V, --version   print the version

examples:
  npm run demo
  wirewatch run --config config/wirewatch.yaml
  wirewatch feeds import newsroom.opml --config config/wirewatch.yaml
  wirewatch config check config/wirewatch.yaml`;

const STORE = `store: --config FILE (its store.url, else store.path), else WIREWATCH_CONFIG, else WIREWATCH_STORE_URL,
       else WIREWATCH_STORE_PATH, else ./wirewatch.db; a postgres:// URL is the PostgreSQL store
       (the same resolution as \`wirewatch run\`); the store used is printed on standard error.`;

/** Help per command path ("feeds import"); a group's entry lists its subcommands. */
export const HELP: Record<string, string> = {
  parse: `usage: wirewatch parse --json [--full-text] INPUT...

Parses feeds (RSS, Atom, RDF, JSON Feed; files or http(s) URLs) and prints one JSON line per input:
{"file","feed":{...},"items":[...]} or {"file","error":{"code","message"}}.

options:
  --json          print JSON lines (required)
  --full-text     replace teaser items' text with the article fetched from their link
environment:
  WIREWATCH_ALLOW_CIDRS   private ranges URLs may reach anyway, e.g. 127.0.0.1/32 (SSRF guard)

examples:
  wirewatch parse --json config/demo/kossev-en.rss
  WIREWATCH_ALLOW_CIDRS=127.0.0.1/32 wirewatch parse --json --full-text http://127.0.0.1:8080/feed.rss`,

  quotes: `usage: wirewatch quotes --json FILE...

Extracts quotes (who said what) from articles: a .txt (headline, blank line, paragraphs) or an .html page.
Prints one JSON line per file: {"file","quotes":[{kind,text,speaker,speakerRole,paragraph,start,end,...}]}.

options:
  --json          print JSON lines

examples:
  wirewatch quotes --json article.txt
  wirewatch quotes --json config/demo/pages/kossev-botsan-kharchenko.html`,

  match: `usage: wirewatch match --watchlist FILE [--json] [--explain] [--language TAG] FILE...
       wirewatch match --watchlist FILE --db DB [--days 7] [--now ISO] [--json] [--explain]

Matches articles against a watchlist; with --db, backtests the watchlist on the stored items of the
last --days days and lists the topics each would gain or lose.

options:
  --watchlist FILE   the watchlist (YAML: topics with terms and excludes)
  --json             one JSON line per file
  --explain          show each mention's sentence
  --language TAG     the articles' language (default: guessed)
  --db DB            backtest on this SQLite store (opened read-only)
  --days N           backtest window in days (default 7)
  --now ISO          the end of the window (default: now, or WIREWATCH_NOW)

examples:
  wirewatch match --watchlist config/demo/watchlist.yaml --json article.txt
  wirewatch match --watchlist watchlist.yaml --db wirewatch.db --days 30 --explain`,

  // A getter: its defaults come from parsing the default config, which no other command's start needs
  // (as a plain value it was parsed three times by every `wirewatch` start, `run` included; ADR 0293).
  get digest(): string {
    const { digests } = defaultConfig();
    return `usage: wirewatch digest --feed URL|FILE... --watchlist FILE [options]

One-shot: reads the feeds, fetches full text for teasers, matches, extracts quotes and prints one digest.

options:
  --feed URL|FILE    a feed (repeatable; positional arguments are feeds too)
  --watchlist FILE   the watchlist
  --since 24h        window length, back from --now (s, m, h, d, w)
  --now ISO          end of the window (default: now, or WIREWATCH_NOW)
  --format F         text | markdown | discord | slack | json (default text)
  --timezone TZ      time zone for times (default UTC)
  --locale TAG       the digest's language: en, sr-Latn, sr-Cyrl, sq, or a regional variant (default en-GB)
  --max-quotes N     key quotes per story (default: digests.maxQuotes, ${digests.maxQuotes})
  --quote-words N    word budget of one quote: longer ones are cut to key sentences (default ${digests.quoteWords})
  --entry-words N    word budget of all the quotes of one story (default ${digests.entryQuoteWords})
  --no-full-text     do not fetch linked articles for teasers
  --db FILE          also save the items into this SQLite store
environment:
  WIREWATCH_ALLOW_CIDRS   private ranges feed URLs may reach anyway, e.g. 127.0.0.1/32

examples:
  wirewatch digest --feed config/demo/kossev-en.rss --watchlist config/demo/watchlist.yaml --since 3d --now 2026-11-27T12:00:00Z
  wirewatch digest --feed https://www.kossev.info/feed/ --watchlist watchlist.yaml --format markdown`;
  },

  demo: `usage: wirewatch demo [--verbose] [--serve] [--locale TAG] [--ui]

The service itself on the bundled newsroom feeds (config/demo/), served on 127.0.0.1 by this process,
with a temporary database and a pinned clock: prints one digest and exits, leaving nothing behind.
The digest's links point at that fixture server, so they only answer while the demo runs: --serve keeps
it (and the pages) up after the digest until Ctrl-C.

options:
  --verbose       show the service's logs on standard error
  --serve         keep serving the linked pages after the digest, until Ctrl-C
  --locale TAG    the digest's language: en, sr-Latn, sr-Cyrl, sq (default en-GB)
  --ui            keep running with the web panel (docs/ui.md) on 127.0.0.1 and print its URL and
                  sign-in token, until Ctrl-C (sections capped at 8 stories, so overflow shows;
                  Discord and Slack subscriptions added for the preview; WIREWATCH_UI_TOKEN sets the token)

examples:
  npm run demo
  npm run demo -- --ui
  wirewatch demo --serve
  wirewatch demo --locale sr-Latn`,

  run: `usage: wirewatch run --config FILE [--reset-from-config] [--role all|scheduler|worker]

Runs the service until SIGTERM/SIGINT. On the first start the config's feeds, topics and subscriptions
seed the database; after that the database is in charge (slash commands, feeds import) and the file's
lists are ignored, with one warning when they differ: --reset-from-config re-seeds from the file.

options:
  -c, --config FILE       the config (default: WIREWATCH_CONFIG)
  --reset-from-config     re-seed feeds, topics and subscriptions from the config
  --role ROLE             all (default): one process does everything. On a PostgreSQL store
                          (store.url), scheduler: one elected leader queues polls and digests and
                          holds the chat gateways; worker: polls feeds and posts (docs/scaling.md)

examples:
  wirewatch run --config config/wirewatch.yaml
  WIREWATCH_HTTP_PORT=9090 wirewatch run --config config/wirewatch.yaml --reset-from-config
  WIREWATCH_STORE_URL=postgres://wirewatch@db/wirewatch wirewatch run --config wirewatch.yaml --role worker`,

  config: `usage: wirewatch config check [--strict] FILE... | wirewatch config reference

subcommands:
  check FILE...   validate config files: every problem at once, as file:line:column: key: message
  reference       print the Markdown reference generated from the schema

examples:
  wirewatch config check config/wirewatch.yaml
  wirewatch config reference > docs/config-reference.md`,

  'config check': `usage: wirewatch config check [--strict] FILE...

Validates config files (YAML, schema, cross-references such as subscription topics, WIREWATCH_…
environment overrides). Prints one JSON line per file on standard output and each problem on standard
error as file:line:column: key: message — all of them, a YAML syntax error with the problems before it.
A valid file that polls nothing (empty, or no feeds) passes with a warning on standard error
(file: warning: …) and a "warnings" list in its JSON line.
Exit 0 when all are valid (with or without warnings), 1 otherwise; --strict: 1 on a warning too.

examples:
  wirewatch config check config/wirewatch.yaml
  WIREWATCH_POLLING_INTERVAL=5m wirewatch config check config/wirewatch.yaml`,

  'config reference': `usage: wirewatch config reference

Prints the Markdown reference of every setting, its default and its environment variable.

example:
  wirewatch config reference > docs/config-reference.md`,

  feeds: `usage: wirewatch feeds import FILE.opml [--config FILE] | wirewatch feeds export [--config FILE]

subcommands:
  import FILE.opml   add the OPML file's feeds to the store (known ones are kept)
  export             print the store's feeds as OPML

${STORE}

examples:
  wirewatch feeds import newsroom.opml --config config/wirewatch.yaml
  wirewatch feeds export --config config/wirewatch.yaml > feeds.opml`,

  'feeds import': `usage: wirewatch feeds import FILE.opml [--config FILE]

Adds each outline's xmlUrl as a global feed, polled at polling.interval; prints one JSON line
{"file","store","feeds","added","known","invalid"}. A progress bar shows on a terminal.

options:
  -c, --config FILE   the service's config (its store.path is the store)
${STORE}

examples:
  wirewatch feeds import newsroom.opml --config config/wirewatch.yaml
  WIREWATCH_STORE_PATH=/var/lib/wirewatch/wirewatch.db wirewatch feeds import newsroom.opml`,

  'feeds export': `usage: wirewatch feeds export [--config FILE]

Prints the store's feeds as an OPML 2.0 document on standard output.

options:
  -c, --config FILE   the service's config (its store.path is the store)
${STORE}

example:
  wirewatch feeds export --config config/wirewatch.yaml > feeds.opml`,

  db: `usage: wirewatch db backup OUT | migrate | prune [--older-than 30d] | check   [--db FILE|URL | --config FILE]
       wirewatch db copy --from FILE --to postgres://…

subcommands:
  backup OUT   online backup (consistent while the service writes); PostgreSQL: prints the pg_dump command
  migrate      apply pending schema migrations (SQLite: refused while \`run\` holds the file)
  prune        retention: delete old items and finished delivery rows
  check        SQLite: PRAGMA integrity_check; PostgreSQL: schema version, indexes, ledger
  copy         move a SQLite store into an empty PostgreSQL database (ids and ledger kept)

options:
  --db FILE|URL       the store (wins over the resolution below; also WIREWATCH_DB)
  -c, --config FILE   the service's config (its store.path is the store)
${STORE}

examples:
  wirewatch db backup --config config/wirewatch.yaml backup.db
  wirewatch db prune --db wirewatch.db --older-than 14d
  wirewatch db copy --from wirewatch.db --to postgres://wirewatch@db:5432/wirewatch`,

  'db backup': `usage: wirewatch db backup OUT [--db FILE | --config FILE]

Online backup of the store into OUT (consistent while the service writes), with progress on a terminal.
${STORE}

example:
  wirewatch db backup --config config/wirewatch.yaml /backups/wirewatch-$(date +%F).db`,

  'db migrate': `usage: wirewatch db migrate [--db FILE | --config FILE]

Applies pending schema migrations; refused while \`wirewatch run\` holds the store.
${STORE}

example:
  wirewatch db migrate --db /var/lib/wirewatch/wirewatch.db`,

  'db prune': `usage: wirewatch db prune [--older-than 30d] [--now ISO] [--db FILE | --config FILE]

Deletes items first seen before --older-than ago and finished delivery-ledger rows.
${STORE}

example:
  wirewatch db prune --config config/wirewatch.yaml --older-than 14d`,

  'db check': `usage: wirewatch db check [--db FILE | --config FILE]

Runs SQLite's integrity check; exit 1 when it finds problems.
${STORE}

example:
  wirewatch db check --db wirewatch.db`,

  discord: `usage: wirewatch discord register [--guild ID | --config FILE]

subcommands:
  register   register the slash commands (/digest, /watch, /feed, /wirewatch)

examples:
  DISCORD_TOKEN=… wirewatch discord register --guild 123456789012345678`,

  'discord register': `usage: wirewatch discord register [--guild ID | --config FILE]

Registers the slash commands globally (up to an hour to appear) or in one guild (instant).
The token comes from DISCORD_TOKEN or DISCORD_TOKEN_FILE.

options:
  --guild ID          register in this guild only
  --config FILE       take the guild from discord.testGuild

examples:
  DISCORD_TOKEN=… wirewatch discord register
  DISCORD_TOKEN_FILE=/run/secrets/discord wirewatch discord register --guild 123456789012345678`,
};

/** True when argv asks for help: `-h` or `--help` before a `--`. */
export function wantsHelp(argv: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/**
 * The help text for `wirewatch NAME ARGV…`: the subcommand's (`feeds import`) when the first
 * positional names one, else the command's.
 */
export function helpFor(name: string, argv: string[]): string {
  const sub = argv.find((a) => !a.startsWith('-'));
  return (sub !== undefined && HELP[`${name} ${sub}`]) || HELP[name] || MAIN_HELP;
}

/** The package version (package.json beside dist/ and src/). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
