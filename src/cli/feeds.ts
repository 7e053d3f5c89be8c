/**
 * `wirewatch feeds import FILE.opml [--config FILE]` and `wirewatch feeds export [--config FILE]`:
 * OPML 2.0 (http://opml.org/spec2.opml) in and out of the store, parsed and generated with feedsmith.
 * Import adds each `xmlUrl` outline as a global feed (known ones are kept as they are) and shows a
 * progress bar on standard error when it is a TTY (cli-progress); the result is one JSON line on
 * standard output, naming the store. Export prints the OPML document on standard output. The store is
 * resolved as for `wirewatch run` (store-resolution.ts) and named on standard error.
 */
import { readFile } from 'node:fs/promises';
import { generateOpml } from 'feedsmith';
import { opmlFeeds, normaliseFeedUrl } from '../commands/feeds.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { UsageError, type Subcommand } from './io.js';
import { parseOptions } from './options.js';
import { startProgress } from './progress.js';
import { resolveStore } from './store-resolution.js';

export const feedsCommand: Subcommand = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { config: { type: 'string', short: 'c' } });
  const [action, file] = positionals;
  if ((action !== 'import' || !file) && action !== 'export') throw new UsageError('usage: wirewatch feeds import FILE.opml [--config FILE] | feeds export [--config FILE]');
  const { path: storePath, source, config } = await resolveStore({ config: values.config }, io.env);
  io.err(`wirewatch feeds: store ${storePath} (${source})`);
  // No writer lock: a one-shot command may run beside `wirewatch run` (SQLite WAL serialises the writes).
  const store = await openSqliteStore(storePath, { lock: false });
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
    const entries = opmlFeeds(await readFile(file, 'utf8'));
    const progress = startProgress(io, 'importing feeds', entries.length);
    let added = 0;
    let known = 0;
    const invalid: string[] = [];
    const now = new Date();
    for (const [i, entry] of entries.entries()) {
      let url: string;
      try {
        url = normaliseFeedUrl(entry.url);
      } catch {
        invalid.push(entry.url);
        progress.update(i + 1);
        continue;
      }
      if (await store.feeds.getFeed(url)) known++;
      else {
        await store.feeds.upsertFeed({ url, title: entry.title, workspace: null, intervalSeconds: Math.round(config.polling.interval / 1000), nextCheckAt: now });
        added++;
      }
      progress.update(i + 1);
    }
    progress.stop();
    io.out(JSON.stringify({ file, store: storePath, feeds: entries.length, added, known, invalid }));
    return invalid.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
};
