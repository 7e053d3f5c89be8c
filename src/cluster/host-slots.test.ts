import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { freshSchema, needsPostgres, PG_TEST_URL, type FreshSchema } from '../../test/support/postgres.js';
import { HostSlots } from './host-slots.js';

const PG = await needsPostgres();

describe.skipIf(!PG)('per-host slots across processes (advisory locks)', () => {
  const schemas: FreshSchema[] = [];
  const open: HostSlots[] = [];
  let server: Server | null = null;
  afterAll(async () => {
    for (const h of open) await h.close();
    if (server) await new Promise((r) => server!.close(r));
    for (const s of schemas) await s.drop();
  });
  const slots = async (perHost: number, schema?: FreshSchema) => {
    const s = schema ?? (await freshSchema('hosts'));
    if (!schema) schemas.push(s);
    // Each instance has its own connection: the server sees two processes.
    const a = new HostSlots({ url: s.url, perHost, retryMs: 20 });
    const b = new HostSlots({ url: s.url, perHost, retryMs: 20 });
    open.push(a, b);
    return { s, a, b };
  };

  it('gives a host perHost slots in all, whichever process asks, and frees them on release or when a process goes away', async () => {
    const { a, b } = await slots(2);
    const a1 = await a.tryAcquire('feeds.example');
    const b1 = await b.tryAcquire('feeds.example');
    expect(a1).not.toBeNull();
    expect(b1).not.toBeNull();
    // Both slots are taken: neither process gets a third, not even the one that holds one already.
    expect(await a.tryAcquire('feeds.example')).toBeNull();
    expect(await b.tryAcquire('feeds.example')).toBeNull();
    // Another host is not affected.
    expect(await b.tryAcquire('other.example')).not.toBeNull();
    await b1!();
    expect(await a.tryAcquire('feeds.example')).not.toBeNull();
    // a now holds both; its connection ends (a crash looks the same to the server): b gets them.
    await a.close();
    const again = await b.tryAcquire('feeds.example');
    expect(again).not.toBeNull();
  });

  it('takes one lock per acquisition, never more (the slot query stops at the first free slot)', async () => {
    const { s, a } = await slots(4);
    const release = await a.tryAcquire('one.example');
    expect(release).not.toBeNull();
    const client = new pg.Client({ connectionString: PG_TEST_URL });
    await client.connect();
    try {
      const key = a.lockKey('one.example');
      // Two-int advisory locks show classid = key1 (as oid), objid = key2, objsubid = 2.
      const r = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND classid = $1::bigint::oid`,
        [key < 0 ? key + 2 ** 32 : key],
      );
      expect(r.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
    expect(s.name).toBeTruthy();
  });

  it('keeps deployments in different schemas apart', async () => {
    const one = await slots(1);
    const two = await slots(1);
    expect(await one.a.tryAcquire('feeds.example')).not.toBeNull();
    expect(await two.a.tryAcquire('feeds.example')).not.toBeNull();
    expect(await one.b.tryAcquire('feeds.example')).toBeNull();
  });

  it('holds requests to one host from two processes to perHost at once (a loopback server counts them)', async () => {
    let inFlight = 0;
    let most = 0;
    let served = 0;
    server = createServer((_req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        served++;
        res.end('ok');
      }, 30);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
    const { a, b } = await slots(2);
    const get = async (h: HostSlots) => {
      const release = await h.acquire(new URL(url).host);
      try {
        await (await fetch(url)).text();
      } finally {
        await release();
      }
    };
    // 8 requests at once from each process.
    await Promise.all([...Array.from({ length: 8 }, () => get(a)), ...Array.from({ length: 8 }, () => get(b))]);
    expect(served).toBe(16);
    expect(most).toBeLessThanOrEqual(2);
    expect(most).toBe(2);
  });

  it('stops waiting when the request is aborted', async () => {
    const { a, b } = await slots(1);
    expect(await a.tryAcquire('busy.example')).not.toBeNull();
    const halt = new AbortController();
    const waiting = b.acquire('busy.example', halt.signal);
    halt.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
  });
});
