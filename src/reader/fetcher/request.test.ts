// The fetcher over an injected transport: redirects, validators, Retry-After and the keep-alive retry
// are the fetcher's own logic, so they are tested here without sockets or sleeps.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../model/clock.js';
import { Fetcher } from './fetcher.js';
import type { RequestFn, TransportResponse } from './request.js';

const FEED = '<rss version="2.0"><channel><title>Wire</title></channel></rss>';

function reply(statusCode: number, headers: Record<string, string> = {}, body = ''): TransportResponse {
  return { statusCode, headers, body: Readable.from([Buffer.from(body)]) };
}

/** A transport answering from `routes` (by URL) and recording what was asked. */
function scripted(routes: Record<string, () => TransportResponse | Promise<TransportResponse>>) {
  const asked: { url: string; headers: Record<string, string> }[] = [];
  const request: RequestFn = async (url, { headers }) => {
    asked.push({ url: url.href, headers });
    const route = routes[url.href];
    if (!route) return reply(404);
    return route();
  };
  return { request, asked };
}

describe('Fetcher with an injected request function', () => {
  it('follows a permanent redirect, sending the validators on every hop', async () => {
    const t = scripted({
      'https://news.example/rss': () => reply(301, { location: '/feed.xml' }),
      'https://news.example/feed.xml': () => reply(200, { 'content-type': 'application/rss+xml', etag: '"v2"' }, FEED),
    });
    const res = await new Fetcher({ request: t.request }).fetch({ url: 'https://news.example/rss', etag: '"v1"' });
    expect([res.status, res.url, res.permanentUrl, res.etag]).toEqual([200, 'https://news.example/feed.xml', 'https://news.example/feed.xml', '"v2"']);
    expect(Buffer.from(res.body).toString()).toBe(FEED);
    expect(t.asked.map((a) => a.headers['if-none-match'])).toEqual(['"v1"', '"v1"']);
  });

  it('gives Retry-After of a 429 as a time on the injected clock', async () => {
    const clock = new ManualClock('2026-03-01T08:00:00Z');
    const t = scripted({ 'https://news.example/rss': () => reply(429, { 'retry-after': '120' }) });
    const err = await new Fetcher({ request: t.request, clock }).fetch({ url: 'https://news.example/rss' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'http_status', status: 429, retryAt: new Date('2026-03-01T08:02:00Z') });
  });

  it('retries a GET once when the connection closed before any response, not twice', async () => {
    let calls = 0;
    const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const once: RequestFn = async () => {
      calls++;
      if (calls === 1) throw reset();
      return reply(200, {}, FEED);
    };
    expect((await new Fetcher({ request: once }).fetch({ url: 'https://news.example/rss' })).status).toBe(200);
    expect(calls).toBe(2);
    const always: RequestFn = async () => {
      throw reset();
    };
    await expect(new Fetcher({ request: always }).fetch({ url: 'https://news.example/rss' })).rejects.toMatchObject({ code: 'reset' });
  });

  it('still refuses a literal private address before asking the transport', async () => {
    const t = scripted({});
    await expect(new Fetcher({ request: t.request }).fetch({ url: 'http://10.1.2.3/rss' })).rejects.toMatchObject({ code: 'blocked_address' });
    expect(t.asked).toEqual([]);
  });
});
