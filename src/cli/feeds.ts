/**
 * `wirewatch feeds import FILE.opml [--config FILE]` and `wirewatch feeds export [--config FILE]`:
 * OPML 2.0 (http://opml.org/spec2.opml) in and out of the store, parsed and generated with feedsmith.
 * Import adds each `xmlUrl` outline as a global feed (known ones are kept as they are) and shows a
 * progress bar on standard error when it is a TTY (cli-progress); the result is one JSON line on
 * standard output, naming the store. `--discover` runs each URL through feed autodiscovery first
 * (guarded fetcher, `WIREWATCH_ALLOW_CIDRS`): the JSON then lists `discovered` ({from, url}) and
 * `unchecked` (unreachable URLs, imported as written). Export prints the OPML document on standard output. The store is
 * resolved as for `wirewatch run` (store-resolution.ts) and named on standard error.
 */
import { readFile } from 'node:fs/promises';
import { redactUrlCredentials } from '../model/redact.js';
import { generateOpml } from 'feedsmith';
import { opmlFeeds, normaliseFeedUrl } from '../commands/feeds.js';
import { openStore } from '../store/open-store.js';
import { UsageError, type Subcommand } from './io.js';
import { allowCidrsFromEnv, parseOptions } from './options.js';
import { discoverFeed } from '../reader/discover/index.js';
import { Fetcher } from '../reader/fetcher/index.js';
import { startProgress } from './progress.js';
import { resolveStore } from './store-resolution.js';

/** A feed's stored interval that means "the service's `polling.interval`" (`nextCheckAfterSuccess`: ≤ 0 → the default). */
const FOLLOW_POLLING_INTERVAL = 0;

export const feedsCommand: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { config: { type: 'string', short: 'c' }, discover: { type: 'boolean', default: false } });
  const [action, file] = positionals;
  if ((action !== 'import' || !file) && action !== 'export')
    throw new UsageError('usage: wirewatch feeds import FILE.opml [--discover] [--config FILE] | feeds export [--config FILE]');
  const { path: storePath, target, source } = await resolveStore({ config: values.config }, io.env);
  io.err(`wirewatch feeds: store ${storePath} (${source})`);
  // No writer lock: a one-shot command may run beside `wirewatch run` (SQLite WAL serialises the writes).
  const { store } = await openStore(target, { lock: false });
  try {
    if (action === 'export') {
      const feeds = await store.feeds.listFeeds();
      io.out(
        generateOpml({
          head: { title: 'wirewatch feeds' },
          body: { outlines: feeds.map((f) => ({ type: 'rss', text: f.title ?? f.url, title: f.title ?? undefined, xmlUrl: f.url })) },
        }),
      );
      return 0;
    }
    const entries = await opmlFeeds(await readFile(file, 'utf8'));
    const progress = startProgress(io, 'importing feeds', entries.length);
    let added = 0;
    let known = 0;
    const invalid: string[] = [];
    const discovered: Array<{ from: string; url: string }> = [];
    const unchecked: string[] = [];
    const now = new Date();
    // --discover: each outline's URL goes through feed autodiscovery (the guarded fetcher): an old feed
    // URL that now redirects to a page, or a site URL, is replaced by the feed it announces.
    const fetcher = values.discover ? new Fetcher({ allowCidrs: allowCidrsFromEnv(io.env) }) : null;
    for (const [i, entry] of entries.entries()) {
      let url: string;
      let title = entry.title;
      try {
        url = normaliseFeedUrl(entry.url);
      } catch {
        invalid.push(redactUrlCredentials(entry.url));
        progress.update(i + 1);
        continue;
      }
      if (fetcher) {
        try {
          const found = await discoverFeed(url, fetcher);
          const to = normaliseFeedUrl(found.url);
          if (to !== url) discovered.push({ from: url, url: to });
          url = to;
          title ??= found.title;
        } catch (e) {
          unchecked.push(url);
          io.err(`wirewatch feeds: ${url}: ${e instanceof Error ? e.message : String(e)} (imported as written)`);
        }
      }
      if (await store.feeds.getFeed(url)) known++;
      else {
        // Interval 0: the feed follows the running service's `polling.interval` (poll-schedule.ts), which
        // this command may not know (no --config) and which may change after the import.
        await store.feeds.upsertFeed({ url, title, workspace: null, intervalSeconds: FOLLOW_POLLING_INTERVAL, nextCheckAt: now });
        added++;
      }
      progress.update(i + 1);
    }
    progress.stop();
    await fetcher?.close();
    io.out(JSON.stringify({ file, store: storePath, feeds: entries.length, added, known, invalid, ...(fetcher ? { discovered, unchecked } : {}) }));
    return invalid.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
};
