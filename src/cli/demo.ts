/**
 * `wirewatch demo`: the service itself on the bundled newsroom feeds (config/demo/), served on
 * 127.0.0.1 by this process, with a temporary database, the clock pinned to 2026-11-27T12:00:00Z,
 * and one console subscription whose first digest covers the last three days. A tick a minute before
 * polls the feeds, fetches full text for teasers, matches and extracts quotes; the tick at the digest
 * time delivers that digest through
 * the delivery ledger to standard output; then everything is shut down and removed.
 * No token, no network, no state left behind; the same output on every run.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { parseConfig } from '../config/load.js';
import { startFixtureServer } from '../demo/fixture-server.js';
import { createLogger, silentLogger } from '../log/logger.js';
import { ManualClock } from '../model/clock.js';
import { ConsolePlatform } from '../platforms/console/console-platform.js';
import { Service, seedFromConfig } from '../service.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { UsageError, type CliIO } from './io.js';
import { parseOptions } from './options.js';

/** The bundled demo data, relative to this module (works from src/ and dist/). */
export const DEMO_DIR = fileURLToPath(new URL('../../config/demo/', import.meta.url));
export const DEMO_NOW = '2026-11-27T12:00:00Z';
/** A fixed port keeps the printed links the same on every run; any free port when it is taken. */
export const DEMO_PORT = 47390;
export const DEMO_FEEDS = ['kossev-en.rss', 'wire-en.atom', 'vesti-sr.rss', 'vesti-cyr.rss', 'lajme-sq.rss'];
const DAY_MS = 86_400_000;

/** The demo's config: the bundled feeds and watchlist, one console subscription at 12:00 UTC. */
async function demoConfigYaml(origin: string, dir: string): Promise<string> {
  const watchlist = parse(await readFile(join(DEMO_DIR, 'watchlist.yaml'), 'utf8')) as { topics: unknown[] };
  return stringify({
    store: { path: join(dir, 'demo.db') },
    log: { level: 'warn' },
    fetch: { allowCidrs: ['127.0.0.1/32'] },
    digests: { cron: '0 12 * * *', timezone: 'UTC', locale: 'en-GB', maxQuotes: 2, maxEntries: 25 },
    feeds: DEMO_FEEDS.map((f) => `${origin}/${f}`),
    topics: watchlist.topics,
    subscriptions: [{ platform: 'console', channel: 'stdout', mode: 'digest' }],
    console: { dir: join(dir, 'console') },
  });
}

/** The `demo` subcommand. Options: `--verbose` (service logs on stderr). */
export async function demoCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, { verbose: { type: 'boolean', default: false } });
  if (positionals.length) throw new UsageError(`demo takes no arguments (got ${positionals.join(' ')})`);
  const port = Number(io.env.WIREWATCH_DEMO_PORT ?? DEMO_PORT);
  const server = await startFixtureServer(DEMO_DIR, port).catch(() => startFixtureServer(DEMO_DIR, 0));
  const dir = await mkdtemp(join(tmpdir(), 'wirewatch-demo-'));
  const logger = values.verbose ? createLogger({ level: 'info' }) : silentLogger;
  try {
    const config = parseConfig(await demoConfigYaml(server.origin, dir), 'demo config', {});
    // The feeds are read a minute before the digest time: a story belongs to the first digest after
    // wirewatch first saw it (ADR 0162).
    const clock = new ManualClock(new Date(new Date(DEMO_NOW).getTime() - 60_000).toISOString());
    // The service owns the store from here: `stop()` closes it.
    const store = await openSqliteStore(config.store.path, { clock, logger });
    await seedFromConfig(store, config, clock.now());
    // The first digest covers three days of the bundled news (a new subscription's would cover one).
    const [sub] = await store.subscriptions.listSubscriptions();
    await store.subscriptions.updateSubscription(sub.id, { lastWindowEnd: new Date(new Date(DEMO_NOW).getTime() - 3 * DAY_MS) });
    const consolePlatform = new ConsolePlatform({ dir: config.console.dir, ledger: config.console.ledger, clock, logger, stdout: (text: string) => io.out(text.replace(/\n$/, '')) });
    const service = new Service({ config, store, clock, logger, platforms: [consolePlatform], http: false, live: false });
    let delivered = false;
    try {
      await service.start();
      clock.set(DEMO_NOW);
      await service.tick(clock.now());
      delivered = (await store.deliveries.listDeliveries(sub.id)).some((d) => d.state === 'sent');
    } finally {
      await service.stop();
    }
    if (!delivered) io.err('wirewatch demo: the digest was not delivered (run with --verbose to see why)');
    return delivered ? 0 : 1;
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
