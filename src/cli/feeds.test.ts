import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOpml } from 'feedsmith';
import type { CliIO } from './io.js';
import { feedsCommand } from './feeds.js';
import { configCommand } from './config.js';
import { openSqliteStore } from '../store/sqlite/index.js';

function capture(env: NodeJS.ProcessEnv = {}): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), env };
}

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="Balkans">
    <outline type="rss" text="KoSSev" xmlUrl="https://kossev.info/feed/"/>
    <outline type="rss" text="Wire" title="Balkan Wire" xmlUrl="https://wire.example/atom#frag"/>
  </outline>
  <outline type="rss" text="Broken" xmlUrl="ftp://nope.example/feed"/>
  <outline type="rss" text="Secret" xmlUrl="https://alice:hunter2pass@private.example/feed"/>
</body></opml>`;

describe('wirewatch feeds import/export', () => {
  it('imports OPML outlines as feeds (nested, normalised, invalid reported) and exports them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-feeds-'));
    writeFileSync(join(dir, 'in.opml'), OPML);
    const env = { WIREWATCH_STORE_PATH: join(dir, 'w.db') };
    const io = capture(env);
    expect(await feedsCommand(['import', join(dir, 'in.opml')], io)).toBe(1);
    expect(JSON.parse(io.stdout[0])).toMatchObject({
      store: join(dir, 'w.db'),
      feeds: 4,
      added: 2,
      known: 0,
      invalid: ['ftp://nope.example/feed', 'https://***@private.example/feed'],
    });
    expect(io.stdout.join('\n')).not.toContain('hunter2pass');
    // the store and where it came from; no progress bar when standard error is not a terminal
    expect(io.stderr).toEqual([`wirewatch feeds: store ${join(dir, 'w.db')} (WIREWATCH_STORE_PATH)`]);

    const again = capture(env);
    await feedsCommand(['import', join(dir, 'in.opml')], again);
    expect(JSON.parse(again.stdout[0])).toMatchObject({ added: 0, known: 2 });

    const out = capture(env);
    expect(await feedsCommand(['export'], out)).toBe(0);
    const doc = parseOpml(out.stdout.join('\n'));
    expect(doc.body?.outlines?.map((o) => o.xmlUrl).sort()).toEqual(['https://kossev.info/feed/', 'https://wire.example/atom']);
  });

  it('imports and exports beside a running service that holds the writer lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-feeds-locked-'));
    writeFileSync(join(dir, 'in.opml'), OPML);
    const file = join(dir, 'w.db');
    const service = await openSqliteStore(file, { lock: true }); // what `wirewatch run` holds
    try {
      await expect(openSqliteStore(file, { lock: true })).rejects.toMatchObject({ code: 'store_locked' });
      const env = { WIREWATCH_STORE_PATH: file };
      const io = capture(env);
      expect(await feedsCommand(['import', join(dir, 'in.opml')], io)).toBe(1);
      expect(JSON.parse(io.stdout[0])).toMatchObject({ added: 2 });
      expect((await service.feeds.listFeeds()).map((f) => f.url)).toEqual(['https://kossev.info/feed/', 'https://wire.example/atom']);
      // Imported without --config: each feed follows the running service's polling.interval, whatever it is.
      expect((await service.feeds.listFeeds()).map((f) => f.intervalSeconds)).toEqual([0, 0]);
      const out = capture(env);
      expect(await feedsCommand(['export'], out)).toBe(0);
      expect(out.stdout.join('\n')).toContain('https://kossev.info/feed/');
    } finally {
      await service.close();
    }
  });

  it('imports into the store of --config, as `wirewatch run` would read it, and never creates ./wirewatch.db silently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-feeds-config-'));
    writeFileSync(join(dir, 'in.opml'), OPML);
    writeFileSync(join(dir, 'c.yaml'), `store:\n  path: ${join(dir, 'service.db')}\n`);
    const io = capture();
    await feedsCommand(['import', join(dir, 'in.opml'), '--config', join(dir, 'c.yaml')], io);
    expect(JSON.parse(io.stdout[0]).store).toBe(join(dir, 'service.db'));
    expect(io.stderr[0]).toBe(`wirewatch feeds: store ${join(dir, 'service.db')} (store.path of --config ${join(dir, 'c.yaml')})`);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(feedsCommand(['import', join(dir, 'in.opml')], capture())).rejects.toThrow(
        /no store given and there is no \.\/wirewatch\.db here: pass --config FILE/,
      );
      expect(existsSync(join(dir, 'wirewatch.db'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('config check prints one JSON line per file and file:line problems on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-check-'));
    writeFileSync(join(dir, 'bad.yaml'), 'http:\n  port: 99999\n');
    const io = capture();
    expect(await configCommand(['check', join(dir, 'bad.yaml')], io)).toBe(1);
    expect(JSON.parse(io.stdout[0]).error.problems[0]).toMatchObject({ key: 'http.port', line: 2 });
    expect(io.stderr[0]).toBe(`${join(dir, 'bad.yaml')}:2:9: http.port: expected ≤ 65535`);
  });

  it('config check takes --config FILE as run does, and refuses an unknown option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-check-'));
    writeFileSync(join(dir, 'ok.yaml'), 'http:\n  port: 8080\n');
    const io = capture();
    expect(await configCommand(['check', '--config', join(dir, 'ok.yaml')], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    expect(JSON.parse(io.stdout[0])).toMatchObject({ file: join(dir, 'ok.yaml'), ok: true });
    await expect(configCommand(['check', '--conf', 'x.yaml'], capture())).rejects.toThrow(/unknown option --conf/);
  });
});

describe('wirewatch feeds import --discover', () => {
  it('replaces an outline whose URL is now a site page by the feed the page announces', async () => {
    const { createServer } = await import('node:http');
    const site = createServer((req, res) => {
      if (req.url === '/feed.xml')
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Novi feed</title></channel></rss>');
      else if (req.url === '/old.rss') res.writeHead(301, { location: '/' }).end();
      else
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>');
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    const origin = `http://127.0.0.1:${(site.address() as import('node:net').AddressInfo).port}`;
    try {
      const dir = mkdtempSync(join(tmpdir(), 'ww-feeds-'));
      writeFileSync(
        join(dir, 'in.opml'),
        `<?xml version="1.0"?><opml version="2.0"><head/><body><outline type="rss" text="Stari" xmlUrl="${origin}/old.rss"/><outline type="rss" text="Novi" xmlUrl="${origin}/feed.xml"/></body></opml>`,
      );
      const env = { WIREWATCH_STORE_PATH: join(dir, 'w.db'), WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' };
      const io = capture(env);
      expect(await feedsCommand(['import', '--discover', join(dir, 'in.opml')], io)).toBe(0);
      expect(JSON.parse(io.stdout[0])).toMatchObject({
        feeds: 2,
        added: 1,
        known: 1,
        discovered: [{ from: `${origin}/old.rss`, url: `${origin}/feed.xml` }],
        unchecked: [],
      });
      const store = await openSqliteStore(env.WIREWATCH_STORE_PATH, { lock: false });
      expect((await store.feeds.listFeeds()).map((f) => f.url)).toEqual([`${origin}/feed.xml`]);
      await store.close();
    } finally {
      await new Promise((r) => site.close(r));
    }
  });
});
