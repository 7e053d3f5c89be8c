/**
 * `feed add` with a site URL: autodiscovery through the real Fetcher (SSRF guard) against a server on
 * 127.0.0.1; the reply names the feed found. Pages and feeds written for this test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import { discoverFeed } from '../reader/discover/index.js';
import { Fetcher } from '../reader/fetcher/index.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Invoker } from './command.js';
import { createCommands } from './handler.js';

let server: Server;
let bare: Server;
let origin = '';
let bareOrigin = '';
beforeAll(async () => {
  bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><head><title>Only pages here</title></head></html>');
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
  bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><head><link rel="alternate" type="application/rss+xml" title="Vesti" href="/rss"></head><body>Outlet</body></html>');
    } else if (req.url === '/rss') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>Outlet — vesti</title><item><title>x</title></item></channel></rss>');
    } else if (req.url === '/about') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><head><title>About</title></head></html>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await new Promise<void>((r) => bare.close(() => r()));
});

const admin: Invoker = { userId: 'u1', canEditWatchlists: true, canManageSubscriptions: true };

function setup(allowCidrs: string[]) {
  const clock = new ManualClock('2026-11-29T12:00:00Z');
  const store = createMemoryStore({ clock });
  const fetcher = new Fetcher({ allowCidrs });
  const { handle } = createCommands({ store, clock, preview: async () => Promise.reject(new Error('unused')), discoverFeed: (u) => discoverFeed(u, fetcher) });
  const add = (url: string) => handle({ name: 'feed add', platform: 'discord', workspace: 'g1', channel: 'c1', invoker: admin, options: { url } });
  return { store, add };
}

describe('feed add with autodiscovery', () => {
  it('adds the feed a site URL announces and names it in the reply', async () => {
    const { store, add } = setup(['127.0.0.1/32']);
    const r = await add(`${origin}/`);
    expect(r.text).toMatch(new RegExp(`^Added Outlet — vesti \`${origin}/rss\` \\(the feed of \`${origin}/\`\\); it is read within a few minutes\\.`));
    expect((await store.feeds.listFeeds()).map((f) => [f.url, f.title])).toEqual([[`${origin}/rss`, 'Outlet — vesti']]);
    expect((await add(`${origin}/rss`)).text).toContain('is already being read');
  });

  it('finds the feed at a usual path when the page announces none', async () => {
    const { add } = setup(['127.0.0.1/32']);
    expect((await add(`${origin}/about`)).text).toContain(`Added Outlet — vesti \`${origin}/rss\` (the feed of \`${origin}/about\`)`);
  });

  it('refuses a page with no feed, and a private address, without storing anything', async () => {
    const { store, add } = setup(['127.0.0.1/32']);
    expect((await add(`${bareOrigin}/home`)).text).toMatch(/^No feed found at `.*\/home`: discovery: .* is not a feed/);
    const guarded = setup([]);
    expect((await guarded.add(`${origin}/`)).text).toMatch(/^No feed found at .*refusing to connect to 127\.0\.0\.1/);
    expect(await store.feeds.listFeeds()).toEqual([]);
    expect(await guarded.store.feeds.listFeeds()).toEqual([]);
  });
});
