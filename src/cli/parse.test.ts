import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { parseCommand } from './parse.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The newsroom feeds, as the demo ships them. */
const NEWSROOM = path.resolve(here, '../../config/demo');

let server: http.Server;
let base = '';

/** Serves the newsroom folder with {{BASE}} replaced in the raw bytes and each file's .headers. */
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
    const file = path.join(NEWSROOM, name);
    if (!name || !file.startsWith(NEWSROOM) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = Buffer.from(fs.readFileSync(file).toString('latin1').replaceAll('{{BASE}}', base), 'latin1');
    const headerFile = fs.existsSync(`${file}.headers`) ? `${file}.headers` : path.join(path.dirname(file), 'index.headers');
    const headers: Record<string, string> = { 'content-length': String(body.length) };
    for (const line of fs.readFileSync(headerFile, 'utf8').split('\n')) {
      const m = /^([\w-]+):\s*(.*)$/.exec(line.trim());
      if (m) headers[m[1].toLowerCase()] = m[2];
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function captureIO(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), env };
  return { io, out, err };
}

describe('wirewatch parse', () => {
  it('parses a URL through the fetcher and a file from disk, one JSON line each', async () => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ww-parse-')), 'vesti-sr.rss');
    fs.copyFileSync(path.join(NEWSROOM, 'vesti-sr.rss'), tmp);
    const { io, out } = captureIO({ WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' });
    const code = await parseCommand(['--json', `${base}/vesti-cyr.rss`, tmp], io);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const [cyr, sr] = out.map((l) => JSON.parse(l));
    expect(cyr.file).toBe(`${base}/vesti-cyr.rss`);
    expect(cyr.feed).toEqual({ title: 'Вести', link: `${base}/`, language: 'sr' });
    expect(cyr.items).toHaveLength(3);
    expect(Object.keys(cyr.items[0])).toEqual(['guid', 'title', 'link', 'published', 'author', 'summary', 'text']);
    expect(cyr.items[0].title).toMatch(/[\u0400-\u04ff]/u);
    expect(cyr.items[0].published).toBe('2026-11-27T09:30:00.000Z');
    expect(sr.items[0].title).toContain('Lazović');
  });

  it('reports a blocked address and a missing file without stopping the others', async () => {
    const { io, out, err } = captureIO({});
    const code = await parseCommand(['--json', `${base}/kossev-en.rss`, '/nonexistent/feed.rss', path.join(NEWSROOM, 'lajme-sq.rss')], io);
    expect(code).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines[0].error.code).toBe('blocked_address');
    // a one-shot command names the variable it reads, not the service's config key
    expect(lines[0].error.message).toMatch(/allow it with WIREWATCH_ALLOW_CIDRS \(e\.g\. WIREWATCH_ALLOW_CIDRS=127\.0\.0\.1\/32\)$/);
    expect(lines[1].error.code).toBe('not_found');
    expect(lines[2].items).toHaveLength(2);
    expect(err).toHaveLength(2);
  });

  it('refuses a URL with a user name and password, and never prints the password', async () => {
    const { io, out, err } = captureIO({ WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' });
    const url = base.replace('http://', 'http://alice:hunter2pass@') + '/kossev-en.rss';
    expect(await parseCommand(['--json', url], io)).toBe(1);
    const line = JSON.parse(out[0]);
    expect(line.error.code).toBe('invalid_url');
    expect(line.file).toBe(base.replace('http://', 'http://***@') + '/kossev-en.rss');
    expect([...out, ...err].join('\n')).not.toContain('hunter2pass');
  });

  it('refuses an HTML page as not_a_feed', async () => {
    const { io, out } = captureIO({ WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' });
    await parseCommand(['--json', `${base}/pages/dev-14-nisava-flood.html`], io);
    expect(JSON.parse(out[0]).error.code).toBe('not_a_feed');
  });

  it('reads a site URL through feed autodiscovery and names the feed found', async () => {
    const site = http.createServer((req, res) => {
      if (req.url === '/rss') {
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end('<rss version="2.0"><channel><title>Sajt</title><item><title>Prva</title><link>/p/1</link></item></channel></rss>');
      } else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head></html>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    try {
      const { io, out } = captureIO({ WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' });
      expect(await parseCommand(['--json', `${origin}/`], io)).toBe(0);
      const line = JSON.parse(out[0]);
      expect(line.discovered).toEqual({ url: `${origin}/rss`, via: 'link' });
      expect(line.items.map((i: { link: string }) => i.link)).toEqual([`${origin}/p/1`]);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it('--full-text replaces teasers with the linked article', async () => {
    const { io, out } = captureIO({ WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' });
    const plainIO = captureIO({ WIREWATCH_ALLOW_CIDRS: '127.0.0.1/32' });
    await parseCommand(['--json', `${base}/wire-en.atom`], plainIO.io);
    expect(await parseCommand(['--json', '--full-text', `${base}/wire-en.atom`], io)).toBe(0);
    const teaser = JSON.parse(plainIO.out[0]).items[0].text as string;
    const full = JSON.parse(out[0]).items[0].text as string;
    expect(teaser).toMatch(/\[…\]$/);
    expect(full.length).toBeGreaterThan(teaser.length * 2);
    expect(full.split('\n\n').length).toBeGreaterThan(3);
  });

  it('requires --json and an input', async () => {
    await expect(parseCommand(['x.rss'], captureIO().io)).rejects.toMatchObject({ code: 'usage' });
    await expect(parseCommand(['--json'], captureIO().io)).rejects.toMatchObject({ code: 'usage' });
  });
});
