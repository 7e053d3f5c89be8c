/**
 * `wirewatch demo`: the service itself on the bundled newsroom feeds (config/demo/), served on
 * 127.0.0.1 by this process, with a temporary database, the clock pinned to 2026-11-27T12:00:00Z,
 * and one console subscription whose first digest covers the last three days. A tick a minute before
 * polls the feeds, fetches full text for teasers, matches and extracts quotes; the tick at the digest
 * time delivers that digest through
 * the delivery ledger to standard output; then everything is shut down and removed.
 * No token, no network, no state left behind; the same output on every run.
 *
 * The digest's links point at that fixture server, which stops with the demo: standard error says so
 * in one line, and `--serve` keeps the server (feeds and article pages) up until SIGINT/SIGTERM.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { parseConfig } from '../config/load.js';
import { checkLocale } from '../digest/i18n/index.js';
import { startFixtureServer } from '../demo/fixture-server.js';
import { createLogger, silentLogger } from '../log/logger.js';
import { ManualClock } from '../model/clock.js';
import { ConsolePlatform } from '../platforms/console/console-platform.js';
import { Service, seedFromConfig } from '../service.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Subscription } from '../model/subscription.js';
import { resolveUiToken } from '../ui/auth/token.js';
import { UsageError, type CliIO } from './io.js';
import { parseOptions } from './options.js';
import { DEFAULT_LOCALE } from '../model/digest.js';

/** The bundled demo data, relative to this module (works from src/ and dist/). */
export const DEMO_DIR = fileURLToPath(new URL('../../config/demo/', import.meta.url));
export const DEMO_NOW = '2026-11-27T12:00:00Z';
/** A fixed port keeps the printed links the same on every run; any free port when it is taken. */
export const DEMO_PORT = 47390;
export const DEMO_FEEDS = ['kossev-en.rss', 'wire-en.atom', 'vesti-sr.rss', 'vesti-cyr.rss', 'lajme-sq.rss'];
const DAY_MS = 86_400_000;

/** Stories per topic section shown in full with `--ui` (the rest are overflow lines, which the panel's delivery log shows). */
export const DEMO_UI_MAX_ENTRIES = 8;
/** The panel's port with `--ui` (any free port when it is taken; `WIREWATCH_DEMO_UI_PORT` overrides). */
export const DEMO_UI_PORT = 47391;

/**
 * The Discord and Slack subscriptions `--ui` adds so the panel can preview their digests. No adapter
 * runs for them (the demo has no tokens), so their digests wait: the delivery log says so.
 */
export function demoPreviewSubscriptions(lastWindowEnd: Date): Subscription[] {
  const base = {
    topics: [],
    cron: '0 12 * * *',
    timezone: 'Europe/Belgrade',
    mode: 'digest' as const,
    postEmpty: false,
    paused: false,
    pausedReason: null,
    createdBy: 'demo',
    lastWindowEnd,
  };
  return [
    { ...base, id: 'discord-newsroom', platform: 'discord', workspace: '400000000000000001', channel: '400000000000000002', locale: 'en-GB' },
    { ...base, id: 'slack-newsroom', platform: 'slack', workspace: 'T0DEMO0001', channel: 'C0DEMO0001', locale: 'en-GB' },
  ];
}

/** `port` when it is free on 127.0.0.1, else 0 (any). */
async function freeOr0(port: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(0));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

/** The demo's config: the bundled feeds and watchlist, one console subscription at 12:00 UTC. */
async function demoConfigYaml(origin: string, dir: string, locale: string, ui: { port: number } | null): Promise<string> {
  const watchlist = parse(await readFile(join(DEMO_DIR, 'watchlist.yaml'), 'utf8')) as { topics: unknown[] };
  return stringify({
    store: { path: join(dir, 'demo.db') },
    log: { level: 'warn' },
    fetch: { allowCidrs: ['127.0.0.1/32'] },
    ...(ui ? { http: { host: '127.0.0.1', port: ui.port }, ui: { enabled: true } } : {}),
    digests: { cron: '0 12 * * *', timezone: 'UTC', locale, maxQuotes: 2, maxEntries: ui ? DEMO_UI_MAX_ENTRIES : 25 },
    feeds: DEMO_FEEDS.map((f) => `${origin}/${f}`),
    topics: watchlist.topics,
    subscriptions: [{ platform: 'console', channel: 'stdout', mode: 'digest' }],
    console: { dir: join(dir, 'console') },
  });
}

/** Resolves on the first SIGINT or SIGTERM (then stops listening for them). */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (s: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(s);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/**
 * The `demo` subcommand. Options: `--verbose` (service logs on stderr), `--serve` (keep the links
 * answering), `--locale TAG` (the digest's language; default en-GB), `--ui` (keep the service running
 * with the web panel on 127.0.0.1, print its URL and token to stderr, stop on Ctrl-C; sections are
 * capped at {@link DEMO_UI_MAX_ENTRIES} stories so the panel has overflow to show, and Discord and
 * Slack subscriptions are added for the digest preview).
 */
export async function demoCommand(argv: string[], io: CliIO, opts: { until?: () => Promise<unknown> } = {}): Promise<number> {
  const { values, positionals } = parseOptions(argv, {
    verbose: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    locale: { type: 'string', default: DEFAULT_LOCALE },
    ui: { type: 'boolean', default: false },
  });
  if (positionals.length) throw new UsageError(`demo takes no arguments (got ${positionals.join(' ')})`);
  let locale: string;
  try {
    locale = checkLocale(values.locale!);
  } catch (e) {
    throw new UsageError(`--locale: ${(e as Error).message}`);
  }
  const port = Number(io.env.WIREWATCH_DEMO_PORT ?? DEMO_PORT);
  const server = await startFixtureServer(DEMO_DIR, port).catch(() => startFixtureServer(DEMO_DIR, 0));
  const dir = await mkdtemp(join(tmpdir(), 'wirewatch-demo-'));
  const logger = values.verbose ? createLogger({ level: 'info' }) : silentLogger;
  try {
    const uiPort = values.ui ? (io.env.WIREWATCH_DEMO_UI_PORT !== undefined ? Number(io.env.WIREWATCH_DEMO_UI_PORT) : await freeOr0(DEMO_UI_PORT)) : 0;
    const config = parseConfig(await demoConfigYaml(server.origin, dir, locale, values.ui ? { port: uiPort } : null), 'demo config', {});
    // WIREWATCH_UI_TOKEN(_FILE) when set, else a new token for this run (nothing is kept: the store is temporary).
    const uiToken = values.ui ? await resolveUiToken(io.env, ':memory:') : null;
    // The feeds are read a minute before the digest time: a story belongs to the first digest after
    // wirewatch first saw it (ADR 0162).
    const clock = new ManualClock(new Date(new Date(DEMO_NOW).getTime() - 60_000).toISOString());
    // The service owns the store from here: `stop()` closes it.
    const store = await openSqliteStore(config.store.path, { clock, logger });
    await seedFromConfig(store, config, clock.now());
    // The first digest covers three days of the bundled news (a new subscription's would cover one).
    const [sub] = await store.subscriptions.listSubscriptions();
    await store.subscriptions.updateSubscription(sub.id, { lastWindowEnd: new Date(new Date(DEMO_NOW).getTime() - 3 * DAY_MS) });
    if (values.ui)
      for (const s of demoPreviewSubscriptions(new Date(new Date(DEMO_NOW).getTime() - 3 * DAY_MS))) await store.subscriptions.upsertSubscription(s);
    const consolePlatform = new ConsolePlatform({
      dir: config.console.dir,
      ledger: config.console.ledger,
      clock,
      logger,
      stdout: (text: string) => io.out(text.replace(/\n$/, '')),
    });
    const service = new Service({
      config,
      store,
      clock,
      logger,
      platforms: [consolePlatform],
      http: values.ui,
      live: false,
      ...(uiToken ? { ui: { token: uiToken } } : {}),
    });
    let delivered = false;
    try {
      await service.start();
      clock.set(DEMO_NOW);
      await service.tick(clock.now());
      delivered = (await store.deliveries.listDeliveries(sub.id)).some((d) => d.state === 'sent');
      if (delivered && values.ui) {
        const url = `http://127.0.0.1:${service.httpPort}/ui/`;
        io.err(`wirewatch demo: the web panel is at ${url} until Ctrl-C`);
        io.err(
          uiToken?.generated ? `wirewatch demo: sign in with the token ${uiToken.generated}` : 'wirewatch demo: sign in with the token in WIREWATCH_UI_TOKEN',
        );
        await (opts.until ?? untilSignal)();
      }
    } finally {
      await service.stop();
    }
    if (!delivered) {
      io.err('wirewatch demo: the digest was not delivered (run with --verbose to see why)');
      return 1;
    }
    if (values.ui) return 0;
    if (values.serve) {
      io.err(`wirewatch demo: serving the digest's links at ${server.origin}/ until Ctrl-C`);
      await (opts.until ?? untilSignal)();
    } else {
      io.err(
        `wirewatch demo: the links point at ${server.origin}/, served by the demo itself: they stop answering when it exits (wirewatch demo --serve keeps them up)`,
      );
    }
    return 0;
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
