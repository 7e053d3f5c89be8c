/**
 * `wirewatch demo`: the digest of the bundled newsroom feeds (config/demo/), served on 127.0.0.1 by
 * the process itself, with the clock pinned to 2026-11-27T12:00:00Z and a 3-day window.
 * No token, no network, no state left behind; the same output on every run.
 */
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../demo/fixture-server.js';
import { digestCommand } from './digest.js';
import type { CliIO } from './io.js';
import { parseOptions } from './options.js';

/** The bundled demo data, relative to this module (works from src/ and dist/). */
export const DEMO_DIR = fileURLToPath(new URL('../../config/demo/', import.meta.url));
export const DEMO_NOW = '2026-11-27T12:00:00Z';
export const DEMO_PORT = 47390;
export const DEMO_FEEDS = ['kossev-en.rss', 'wire-en.atom', 'vesti-sr.rss', 'vesti-cyr.rss', 'lajme-sq.rss'];

/** The `demo` subcommand. Options: `--format text|markdown|discord|slack`. */
export async function demoCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseOptions(argv, { format: { type: 'string', default: 'text' } });
  // A fixed port keeps the printed links the same on every run; any free port if it is taken.
  const port = Number(io.env.WIREWATCH_DEMO_PORT ?? DEMO_PORT);
  const server = await startFixtureServer(DEMO_DIR, port).catch(() => startFixtureServer(DEMO_DIR, 0));
  try {
    const env = { ...io.env, WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32', WIREWATCH_NOW: DEMO_NOW };
    return await digestCommand(
      [
        '--feed',
        ...DEMO_FEEDS.map((f) => `${server.origin}/${f}`),
        '--watchlist',
        `${DEMO_DIR}watchlist.yaml`,
        '--since',
        '3d',
        '--format',
        values.format!,
      ],
      { ...io, env },
    );
  } finally {
    await server.close();
  }
}
