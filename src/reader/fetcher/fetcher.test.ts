import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ManualClock } from '../../model/clock.js';
import {
  body,
  compressed,
  conditional,
  gzipBomb,
  oversize,
  redirect,
  resetMidBody,
  slowBody,
  slowHeaders,
  startFaultServer,
  status,
  type FaultServer,
  type Route,
} from '../../../test/fixtures/fault-server.js';
import { ACCEPT_FEED, ACCEPT_HTML, FetchError, Fetcher, type FetcherOptions } from './fetcher.js';

const RSS = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Vesti – Niš</title></channel></rss>';
const LOOPBACK = ['127.0.0.1/32'];

let server: FaultServer;
const fetchers: Fetcher[] = [];
function fetcher(opts: FetcherOptions = {}): Fetcher {
  const f = new Fetcher({ allowCidrs: LOOPBACK, ...opts });
  fetchers.push(f);
  return f;
}

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

beforeAll(async () => {
  server = await startFaultServer();
});
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
});
afterAll(async () => {
  await server.close();
});

describe('Fetcher: a normal fetch', () => {
  it('returns the body bytes untouched, the headers and the validators, and sends feed Accept, encodings and a User-Agent', async () => {
    const bytes = Buffer.from(RSS.replace('utf-8', 'windows-1250').replace('–', '-').replace('š', '\u009a'), 'latin1');
    server.route('/plain.rss', body(bytes, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT' }));
    const res = await fetcher().fetch({ url: server.url('/plain.rss') });
    expect(res.status).toBe(200);
    expect(Buffer.from(res.body).equals(bytes)).toBe(true);
    expect(res.url).toBe(server.url('/plain.rss'));
    expect(res.permanentUrl).toBeNull();
    expect(res.contentType).toBe('application/rss+xml');
    expect(res.etag).toBe('"v1"');
    expect(res.lastModified).toBe('Tue, 24 Nov 2026 10:00:00 GMT');
    const sent = server.requests.at(-1)!.headers;
    expect(sent.accept).toBe(ACCEPT_FEED);
    expect(sent['accept-encoding']).toBe('gzip, br, deflate');
    expect(sent['user-agent']).toMatch(/^wirewatch\/\d+\.\d+\.\d+/);
  });

  it('sends the HTML Accept header for pages', async () => {
    server.route('/page.html', body('<p>x</p>', { 'content-type': 'text/html' }));
    await fetcher().fetch({ url: server.url('/page.html'), accept: 'html' });
    expect(server.requests.at(-1)!.headers.accept).toBe(ACCEPT_HTML);
  });

  it.each(['gzip', 'deflate', 'deflate-raw', 'br'] as const)('undoes Content-Encoding %s', async (coding) => {
    server.route(`/enc-${coding}`, compressed(RSS, coding, { 'content-type': 'application/rss+xml' }));
    const res = await fetcher().fetch({ url: server.url(`/enc-${coding}`) });
    expect(Buffer.from(res.body).toString('utf8')).toBe(RSS);
  });

  it.each([
    ['gzip bytes labelled br', 'gzip', 'br', /does not decode as br \(Content-Encoding: br\); the bytes look like gzip/],
    ['brotli bytes labelled gzip', 'br', 'gzip', /does not decode as gzip \(Content-Encoding: gzip\)/],
    ['plain bytes labelled br', null, 'br', /does not decode as br .*the bytes are not compressed/],
    ['gzip bytes labelled deflate', 'gzip', 'deflate', /does not decode as deflate .*the bytes look like gzip/],
  ] as const)('fails with bad_encoding, not connect, on %s (the message names what the bytes are)', async (_name, real, label, message) => {
    const path = `/mislabelled-${real}-${label}`;
    const raw = Buffer.from(RSS, 'utf8');
    server.route(path, body(real === 'gzip' ? gzipSync(raw) : real === 'br' ? brotliCompressSync(raw) : raw, { 'content-encoding': label }));
    const e = await failure(fetcher().fetch({ url: server.url(path) }));
    expect(e.code).toBe('bad_encoding');
    expect(e.message).toMatch(message);
  });

  it('fails with bad_encoding on an unknown Content-Encoding', async () => {
    server.route('/enc-zstd', body('xx', { 'content-encoding': 'zstd' }));
    expect((await failure(fetcher().fetch({ url: server.url('/enc-zstd') }))).code).toBe('bad_encoding');
  });
});

describe('Fetcher: conditional GET (RFC 9110 §13.1)', () => {
  it('sends the stored validators verbatim and returns 304 with an empty body and the validators', async () => {
    const etag = 'W/"abc-123"';
    const lastModified = 'Wed, 25 Nov 2026 08:00:00 GMT';
    server.route('/cond.rss', conditional(RSS, { etag, lastModified }));
    const f = fetcher();
    const first = await f.fetch({ url: server.url('/cond.rss') });
    expect(first.status).toBe(200);
    const second = await f.fetch({ url: server.url('/cond.rss'), etag: first.etag, lastModified: first.lastModified });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(etag);
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe(lastModified);
    expect(second.status).toBe(304);
    expect(second.body.byteLength).toBe(0);
    expect(second.etag).toBe(etag);
    expect(second.lastModified).toBe(lastModified);
  });

  it('gets a 304 through a standing temporary redirect', async () => {
    server.route('/moved-for-now.rss', redirect(302, '/cond-target.rss'));
    server.route('/cond-target.rss', conditional(RSS, { etag: '"t1"' }));
    const f = fetcher();
    const first = await f.fetch({ url: server.url('/moved-for-now.rss') });
    expect([first.status, first.etag, first.permanentUrl]).toEqual([200, '"t1"', null]);
    const second = await f.fetch({ url: server.url('/moved-for-now.rss'), etag: first.etag });
    expect(second.status).toBe(304);
    expect(second.url).toBe(server.url('/cond-target.rss'));
  });

  it('keeps the request validators when a 304 carries none', async () => {
    server.route('/bare304', (_req, res) => void res.writeHead(304).end());
    const res = await fetcher().fetch({ url: server.url('/bare304'), etag: '"e"', lastModified: 'Mon, 23 Nov 2026 00:00:00 GMT' });
    expect(res).toMatchObject({ status: 304, etag: '"e"', lastModified: 'Mon, 23 Nov 2026 00:00:00 GMT' });
  });
});

describe('Fetcher: redirects', () => {
  it('follows a permanent chain and reports where it ends as permanentUrl', async () => {
    server.route('/old.rss', redirect(301, '/older.rss'));
    server.route('/older.rss', redirect(308, server.url('/new.rss')));
    server.route('/new.rss', body(RSS));
    const res = await fetcher().fetch({ url: server.url('/old.rss') });
    expect(res.url).toBe(server.url('/new.rss'));
    expect(res.permanentUrl).toBe(server.url('/new.rss'));
  });

  it('stops permanentUrl at the first temporary hop', async () => {
    server.route('/p1', redirect(301, '/p2'));
    server.route('/p2', redirect(302, '/p3'));
    server.route('/p3', body(RSS));
    const res = await fetcher().fetch({ url: server.url('/p1') });
    expect(res.url).toBe(server.url('/p3'));
    expect(res.permanentUrl).toBe(server.url('/p2'));
  });

  it('reports no permanentUrl for a temporary redirect', async () => {
    server.route('/t1', redirect(307, '/p3'));
    expect((await fetcher().fetch({ url: server.url('/t1') })).permanentUrl).toBeNull();
  });

  it('fails with redirect_loop on a loop and on too many hops', async () => {
    server.route('/loop-a', redirect(302, '/loop-b'));
    server.route('/loop-b', redirect(302, '/loop-a'));
    expect((await failure(fetcher().fetch({ url: server.url('/loop-a') }))).code).toBe('redirect_loop');
    for (let i = 0; i < 4; i++) server.route(`/hop${i}`, redirect(302, `/hop${i + 1}`));
    server.route('/hop4', body(RSS));
    // 4 hops pass with the limit at 4 …
    expect((await fetcher({ maxRedirects: 4 }).fetch({ url: server.url('/hop0') })).url).toBe(server.url('/hop4'));
    // … and fail with 3.
    expect((await failure(fetcher({ maxRedirects: 3 }).fetch({ url: server.url('/hop0') }))).code).toBe('redirect_loop');
  });

  it('fails with bad_url when a redirect leaves http(s)', async () => {
    server.route('/to-file', redirect(302, 'file:///etc/passwd'));
    expect((await failure(fetcher().fetch({ url: server.url('/to-file') }))).code).toBe('bad_url');
  });
});

describe('Fetcher: statuses, Retry-After and freshness', () => {
  it('throws http_status with retryAt from Retry-After seconds on 429', async () => {
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    server.route('/429', status(429, { 'retry-after': '120' }));
    const err = await failure(fetcher({ clock }).fetch({ url: server.url('/429') }));
    expect(err.code).toBe('http_status');
    expect(err.status).toBe(429);
    expect(err.retryAt?.toISOString()).toBe('2026-11-27T12:02:00.000Z');
    expect(err.retryAfter).toEqual(err.retryAt);
    expect(err.message).toMatch(/^fetcher: .*429/);
  });

  it('reads an HTTP-date Retry-After on 503, and none on a plain 500', async () => {
    server.route('/503', status(503, { 'retry-after': 'Fri, 27 Nov 2026 13:00:00 GMT' }));
    server.route('/500', status(500));
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    expect((await failure(fetcher({ clock }).fetch({ url: server.url('/503') }))).retryAt?.toISOString()).toBe('2026-11-27T13:00:00.000Z');
    const e500 = await failure(fetcher({ clock }).fetch({ url: server.url('/500') }));
    expect([e500.code, e500.status, e500.retryAt]).toEqual(['http_status', 500, null]);
  });

  it('derives notBefore from Cache-Control max-age (minus Age), and from Expires − Date', async () => {
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    server.route('/maxage', body(RSS, { 'cache-control': 'public, max-age=1800', age: '600' }));
    server.route('/expires', body(RSS, { date: 'Fri, 27 Nov 2026 11:00:00 GMT', expires: 'Fri, 27 Nov 2026 11:45:00 GMT' }));
    server.route('/nocache', body(RSS, { 'cache-control': 'no-cache, max-age=9999' }));
    expect((await fetcher({ clock }).fetch({ url: server.url('/maxage') })).notBefore?.toISOString()).toBe('2026-11-27T12:20:00.000Z');
    expect((await fetcher({ clock }).fetch({ url: server.url('/expires') })).notBefore?.toISOString()).toBe('2026-11-27T12:45:00.000Z');
    expect((await fetcher({ clock }).fetch({ url: server.url('/nocache') })).notBefore).toBeNull();
  });
});

describe('Fetcher: limits', () => {
  it('stops a gzip bomb at the decoded cap with too_large', async () => {
    server.route('/bomb', gzipBomb(200 * 1024 * 1024));
    const err = await failure(fetcher({ maxBytes: 1024 * 1024 }).fetch({ url: server.url('/bomb') }));
    expect(err.code).toBe('too_large');
    expect(err.message).toMatch(/decoded/);
  });

  it('refuses an oversize body by Content-Length and by counting when there is none', async () => {
    server.route('/big', oversize(3 * 1024 * 1024));
    server.route('/big-chunked', oversize(3 * 1024 * 1024, false));
    expect((await failure(fetcher({ maxBytes: 1024 * 1024 }).fetch({ url: server.url('/big') }))).code).toBe('too_large');
    expect((await failure(fetcher({ maxBytes: 1024 * 1024 }).fetch({ url: server.url('/big-chunked') }))).code).toBe('too_large');
    // The same body passes under a larger cap.
    expect((await fetcher({ maxBytes: 4 * 1024 * 1024 }).fetch({ url: server.url('/big-chunked') })).body.byteLength).toBe(3 * 1024 * 1024);
  });

  it('times out on slow headers and on a slow body', async () => {
    server.route('/slow-headers', slowHeaders(5_000));
    server.route('/slow-body', slowBody(50));
    expect((await failure(fetcher({ timeoutMs: 300 }).fetch({ url: server.url('/slow-headers') }))).code).toBe('timeout');
    expect((await failure(fetcher({ timeoutMs: 300 }).fetch({ url: server.url('/slow-body') }))).code).toBe('timeout');
  });

  it('is cancelled by its signal (shutdown) with aborted, before the headers and mid-body, long before its deadline', async () => {
    /** The route, and a promise of the moment a request reaches it (no sleep that a loaded machine outlasts). */
    const reaching = (route: Route): { route: Route; reached: Promise<void> } => {
      let reach!: () => void;
      const reached = new Promise<void>((r) => (reach = r));
      return { route: (req, res, ctx) => (reach(), route(req, res, ctx)), reached };
    };
    const routes = { '/never-headers': reaching(slowHeaders(600_000)), '/never-body': reaching(slowBody(50)) };
    for (const [path, { route, reached }] of Object.entries(routes)) {
      server.route(path, route);
      const stop = new AbortController();
      const pending = failure(fetcher({ timeoutMs: 600_000 }).fetch({ url: server.url(path), signal: stop.signal }));
      await reached; // the request is on the server: the fetch waits for headers, or (slowBody) reads the dripping body
      stop.abort();
      const e = await pending;
      expect(e.code, path).toBe('aborted');
      expect(e.message).toMatch(/was cancelled/);
    }
    const already = new AbortController();
    already.abort();
    expect((await failure(fetcher().fetch({ url: server.url('/never-headers'), signal: already.signal }))).code).toBe('aborted');
  });

  it('one signal shared by many fetches of one fetcher (a poll round) cancels those in flight, and only those', async () => {
    let reach!: () => void;
    const reached = new Promise<void>((r) => (reach = r));
    server.route('/hangs', (req, res, ctx) => (reach(), slowHeaders(600_000)(req, res, ctx)));
    server.route('/shared-ok.rss', body(RSS, { 'content-type': 'application/rss+xml' }));
    const f = fetcher({ timeoutMs: 600_000 });
    const round = new AbortController();
    const added = vi.spyOn(round.signal, 'addEventListener');
    // Fetches that ended before the abort are not touched by it; those in flight end as aborted.
    for (let i = 0; i < 3; i++) expect((await f.fetch({ url: server.url('/shared-ok.rss'), signal: round.signal })).status).toBe(200);
    const pending = [
      failure(f.fetch({ url: server.url('/hangs'), signal: round.signal })),
      failure(f.fetch({ url: server.url('/hangs'), signal: round.signal })),
    ];
    await reached;
    round.abort();
    for (const e of await Promise.all(pending)) expect(e.code).toBe('aborted');
    // One listener for the signal, however many fetches it covered.
    expect(added).toHaveBeenCalledTimes(1);
  });

  it('reports reset when the server closes the connection mid-body', async () => {
    server.route('/reset', resetMidBody());
    expect((await failure(fetcher().fetch({ url: server.url('/reset') }))).code).toBe('reset');
  });

  it('reports connect when nothing listens', async () => {
    const gone = await startFaultServer();
    const url = gone.url('/x');
    await gone.close();
    expect((await failure(fetcher().fetch({ url }))).code).toBe('connect');
  });

  it('reports bad_url for a non-http URL or garbage', async () => {
    expect((await failure(fetcher().fetch({ url: 'ftp://example.org/feed' }))).code).toBe('bad_url');
    expect((await failure(fetcher().fetch({ url: 'not a url' }))).code).toBe('bad_url');
  });
});

describe('Fetcher: SSRF guard', () => {
  it('refuses loopback without an allow-list, before sending anything', async () => {
    server.route('/secret', body('secret'));
    const before = server.requests.length;
    const f = fetcher({ allowCidrs: [] });
    expect((await failure(f.fetch({ url: server.url('/secret') }))).code).toBe('blocked_address');
    // A name that resolves to loopback is refused too (checked on the resolved address).
    const byName = await failure(f.fetch({ url: server.url('/secret').replace('127.0.0.1', 'localhost') }));
    expect(byName.code).toBe('blocked_address');
    expect(byName.message).toMatch(/^fetcher: refusing to connect to localhost/);
    expect(server.requests.length).toBe(before);
  });

  it('checks every redirect hop: an allowed server cannot bounce the fetcher to a metadata or private address', async () => {
    server.route('/to-metadata', redirect(302, 'http://169.254.169.254/latest/meta-data/'));
    server.route('/to-private', redirect(301, 'http://10.0.0.7/feed'));
    server.route('/to-mapped', redirect(302, 'http://[::ffff:192.168.1.1]/feed'));
    for (const path of ['/to-metadata', '/to-private', '/to-mapped']) {
      expect((await failure(fetcher().fetch({ url: server.url(path) }))).code).toBe('blocked_address');
    }
  });

  it('rejects an allow-list entry that is not a CIDR', () => {
    expect(() => new Fetcher({ allowCidrs: ['not-a-cidr'] })).toThrow(/allowCidrs entry "not-a-cidr"/);
  });
});

describe('Fetcher: TLS', () => {
  it('reports tls for a certificate it cannot verify', async () => {
    const { createServer } = await import('node:https');
    const { readFileSync } = await import('node:fs');
    const dir = new URL('./testdata/', import.meta.url);
    const tlsServer = createServer({ key: readFileSync(new URL('self-signed.key', dir)), cert: readFileSync(new URL('self-signed.crt', dir)) }, (_req, res) =>
      res.end(RSS),
    );
    await new Promise<void>((r) => tlsServer.listen(0, '127.0.0.1', () => r()));
    const port = (tlsServer.address() as { port: number }).port;
    try {
      const err = await failure(fetcher().fetch({ url: `https://127.0.0.1:${port}/feed` }));
      expect(err.code).toBe('tls');
      expect(err.message).toMatch(/^fetcher: TLS with 127\.0\.0\.1:\d+ failed/);
    } finally {
      tlsServer.closeAllConnections();
      await new Promise((r) => tlsServer.close(r));
    }
  });
});

describe('classifyFetchError', () => {
  const url = 'https://news.example/feed';
  const sys = (code: string, cause?: unknown) => Object.assign(new Error(code, { cause }), { code });
  it.each([
    [sys('ENOTFOUND'), 'dns'],
    [sys('EAI_AGAIN'), 'dns'],
    [sys('ECONNREFUSED'), 'connect'],
    [sys('UND_ERR_CONNECT_TIMEOUT'), 'timeout'],
    [sys('UND_ERR_HEADERS_TIMEOUT'), 'timeout'],
    [sys('CERT_HAS_EXPIRED'), 'tls'],
    [sys('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls'],
    [sys('UND_ERR_SOCKET', sys('ECONNRESET')), 'reset'],
    [
      new Error('wrapped', {
        cause: Object.assign(new Error('fetcher: refusing to connect to x (10.0.0.1, a private address)'), { code: 'EWIREWATCH_BLOCKED' }),
      }),
      'blocked_address',
    ],
    [new Error('something else'), 'connect'],
  ])('%s → %s', async (err, code) => {
    const { classifyFetchError } = await import('./fetcher.js');
    const fe = classifyFetchError(err, url, false, 20_000);
    expect(fe.code).toBe(code);
    expect(fe.message.startsWith('fetcher: ')).toBe(true);
    expect(fe.url).toBe(url);
  });
  it('calls anything a timeout once the deadline has fired', async () => {
    const { classifyFetchError } = await import('./fetcher.js');
    expect(classifyFetchError(sys('UND_ERR_ABORTED'), url, true, 500).code).toBe('timeout');
  });
});

describe('Fetcher: keep-alive sockets the server closed', () => {
  /**
   * A loopback server that answers the first request on each connection with keep-alive, then treats
   * the connection as idle-closed: a later request on it is dropped unanswered (the race where the
   * server closes an idle socket just as the client reuses it). `midBody` instead resets after headers.
   */
  async function idleClosingServer(opts: { midBody?: boolean; everyRequest?: boolean } = {}) {
    const { createServer } = await import('node:http');
    const seen = { requests: 0, connections: 0 };
    const served = new WeakSet<object>();
    const srv = createServer((req, res) => {
      seen.requests++;
      if (opts.everyRequest || served.has(req.socket)) {
        req.socket.destroy();
        return;
      }
      served.add(req.socket);
      if (opts.midBody && seen.requests > 1) {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '10000' });
        res.write(Buffer.alloc(100, 0x20), () => setImmediate(() => req.socket.destroy()));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', connection: 'keep-alive', 'keep-alive': 'timeout=60' });
      res.end(RSS);
    });
    srv.on('connection', () => seen.connections++);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    return {
      seen,
      url: (p: string) => `http://127.0.0.1:${port}${p}`,
      close: () =>
        new Promise<void>((r) => {
          srv.closeAllConnections();
          srv.close(() => r());
        }),
    };
  }

  /** Lets undici return the socket to the pool (right after a response it opens a new one instead). */
  const settle = () => new Promise((r) => setTimeout(r, 25));

  it('retries a GET once on a new connection when a reused keep-alive socket closes before any response', async () => {
    const s = await idleClosingServer();
    try {
      const f = fetcher();
      expect((await f.fetch({ url: s.url('/a.rss') })).status).toBe(200);
      await settle();
      const second = await f.fetch({ url: s.url('/a.rss') });
      expect(Buffer.from(second.body).toString('utf8')).toBe(RSS);
      expect(s.seen).toEqual({ requests: 3, connections: 2 }); // the dropped one, then the retry on a new socket
      expect((await f.fetch({ url: s.url('/a.rss') })).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('does not retry a reset after the response began (mid-body), and gives up after one retry', async () => {
    const mid = await idleClosingServer({ midBody: true });
    try {
      const f = fetcher();
      await f.fetch({ url: mid.url('/a.rss') });
      await settle();
      // the reused socket is dropped (retried once), the new connection resets mid-body: not retried
      expect((await failure(f.fetch({ url: mid.url('/a.rss') }))).code).toBe('reset');
      expect(mid.seen.requests).toBe(3);
    } finally {
      await mid.close();
    }
    const always = await idleClosingServer({ everyRequest: true });
    try {
      expect((await failure(fetcher().fetch({ url: always.url('/a.rss') }))).code).toBe('reset');
      expect(always.seen.requests).toBe(2);
    } finally {
      await always.close();
    }
  });
});
