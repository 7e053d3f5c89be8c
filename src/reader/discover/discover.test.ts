/**
 * Feed autodiscovery against a real HTTP server on 127.0.0.1, through the reader's Fetcher and its
 * SSRF guard. Pages and feeds written for this test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../fetcher/index.js';
import { discoverFeed, feedLinksOf } from './discover.js';

const RSS = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>Vest</title><link>/v/1</link></item></channel></rss>`;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom sajt</title><entry><id>urn:1</id><title>Unos</title></entry></feed>`;

let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    switch (path) {
      case '/':
        return send(
          200,
          'text/html; charset=utf-8',
          `<!DOCTYPE html><html><head><title>Outlet</title>
<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
<link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" title="Outlet &amp; co" href="/feed/">
</head><body><a href="/not-announced.xml">rss</a></body></html>`,
        );
      case '/feed/':
        return send(200, 'application/rss+xml', RSS('Outlet vesti'));
      case '/mislabelled':
        return send(200, 'text/html; charset=utf-8', RSS('Pogrešan tip'));
      case '/comments/feed/':
        return send(200, 'application/rss+xml', RSS('Komentari'));
      case '/old-feed':
        return send(301, 'text/plain', '', { location: '/magazin/' });
      case '/magazin/':
        return send(200, 'text/html', '<html><head><base href="/m/"><link rel="alternate feed" type="application/atom+xml" href="atom"></head></html>');
      case '/m/atom':
        return send(200, 'application/atom+xml', ATOM);
      case '/bare/':
        return send(200, 'text/html', '<html><head><title>No links</title></head><body>hi</body></html>');
      case '/rss.xml':
        return send(200, 'application/rss+xml', RSS('Po putanji'));
      case '/broken/':
        return send(200, 'text/html', '<html><head><link rel="alternate" type="application/rss+xml" href="http://127.0.0.2:1/feed"></head></html>');
      default:
        return send(404, 'text/plain', 'no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

describe('feed autodiscovery', () => {
  const fetcher = () => new Fetcher({ allowCidrs: ['127.0.0.1/32'] });

  it('returns the URL itself when it is a feed', async () => {
    const f = await discoverFeed(`${base}/feed/`, fetcher());
    expect(f).toMatchObject({ url: `${base}/feed/`, title: 'Outlet vesti', via: 'direct' });
  });

  it('reads a feed served as text/html as the feed it is', async () => {
    const f = await discoverFeed(`${base}/mislabelled`, fetcher());
    expect(f).toMatchObject({ url: `${base}/mislabelled`, title: 'Pogrešan tip', via: 'direct' });
  });

  it("finds the site's feed from a site URL, before the comments feed", async () => {
    const f = await discoverFeed(`${base}/`, fetcher());
    expect(f).toMatchObject({ url: `${base}/feed/`, title: 'Outlet vesti', via: 'link' });
    expect(f.parsed.items[0].link).toBe(`${base}/v/1`);
  });

  it('follows an old feed URL that now redirects to an HTML page, honouring <base href> and rel="alternate feed"', async () => {
    const f = await discoverFeed(`${base}/old-feed`, fetcher());
    expect(f).toMatchObject({ url: `${base}/m/atom`, title: 'Atom sajt', via: 'link' });
  });

  it('falls back to the usual feed paths when the page announces none', async () => {
    const f = await discoverFeed(`${base}/bare/`, fetcher());
    expect(f).toMatchObject({ url: `${base}/rss.xml`, title: 'Po putanji', via: 'path' });
  });

  it('sends every candidate through the SSRF guard', async () => {
    await expect(discoverFeed(`${base}/broken/`, fetcher())).rejects.toMatchObject({ code: 'blocked_address' });
    await expect(discoverFeed(`${base}/`, new Fetcher())).rejects.toMatchObject({ code: 'blocked_address' });
  });

  it('says what it tried when nothing is a feed', async () => {
    const only = {
      fetch: async () => ({
        url: `${base}/x/`,
        status: 200,
        permanentUrl: null,
        headers: {},
        body: Buffer.from('<html><head></head></html>'),
        contentType: 'text/html',
        etag: null,
        lastModified: null,
        notBefore: null,
      }),
    };
    const calls: string[] = [];
    const counting = { fetch: async (req: { url: string }) => (calls.push(req.url), calls.length === 1 ? only.fetch() : Promise.reject(new Error('404'))) };
    await expect(discoverFeed(`${base}/x/`, counting)).rejects.toThrow(/no <link rel="alternate"> feed.*\/feed, \/rss, \/rss\.xml/);
  });

  it('reads only <link> announcements of feed types, resolved against the page', () => {
    const links = feedLinksOf(
      '<head><link rel="Alternate" type="application/atom+xml; charset=utf-8" href="a.xml"><link rel="alternate" type="text/html" href="/fr/"><link rel="alternate" type="application/feed+json" href="https://127.0.0.1/j.json"></head>',
      'http://127.0.0.1/blog/',
    );
    expect(links.map((l) => l.href)).toEqual(['http://127.0.0.1/blog/a.xml', 'https://127.0.0.1/j.json']);
  });
});
