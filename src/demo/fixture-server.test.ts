import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, substituteBase, type FixtureServer } from './fixture-server.js';

const demoDir = fileURLToPath(new URL('../../config/demo', import.meta.url));

describe('fixture server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(demoDir);
  });
  afterAll(() => server.close());

  it('substitutes {{BASE}} in raw bytes without touching other bytes', () => {
    const bytes = Buffer.from([0xc8, 0x7b, 0x7b, 0x42, 0x41, 0x53, 0x45, 0x7d, 0x7d, 0xe8]);
    expect([...substituteBase(bytes, 'http://x')]).toEqual([0xc8, ...Buffer.from('http://x'), 0xe8]);
  });

  it('serves a feed with its headers and the origin substituted', async () => {
    const res = await fetch(`${server.origin}/vesti-cyr.rss`);
    expect(res.headers.get('content-type')).toBe('text/xml; charset=windows-1251');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.includes(Buffer.from('{{BASE}}'))).toBe(false);
    expect(body.includes(Buffer.from(server.origin))).toBe(true);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
  });

  it('answers a conditional GET with 304 and pages with the folder headers', async () => {
    const first = await fetch(`${server.origin}/kossev-en.rss`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${server.origin}/kossev-en.rss`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const page = await fetch(`${server.origin}/pages/dev-10-ksf-vehicles.html`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${server.origin}/../package.json`)).status).toBe(404);
    expect((await fetch(`${server.origin}/nothing.rss`)).status).toBe(404);
  });
});
