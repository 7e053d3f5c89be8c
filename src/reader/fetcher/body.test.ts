import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { deflateSync, gunzipSync } from 'node:zlib';
import { packBody, readBody } from './body.js';

const chunks = (n: number, size: number) => Array.from({ length: n }, (_, i) => Buffer.alloc(size, 0x61 + (i % 26)));

describe('readBody: one buffer per body (issue 24, peak memory)', () => {
  it('reads a body of known length straight into one buffer of its own (no concatenation copy)', async () => {
    const parts = chunks(10, 64 * 1024);
    const body = await readBody(Readable.from(parts), null, 15 * 1024 * 1024, 'http://127.0.0.1/f', 10 * 64 * 1024);
    expect(body.byteLength).toBe(10 * 64 * 1024);
    expect(body.buffer.byteLength).toBe(body.byteLength); // owns its buffer: it can be moved to a worker
    expect(Buffer.from(body).equals(Buffer.concat(parts))).toBe(true);
  });

  it('a body longer or shorter than announced is still read whole and exact', async () => {
    const parts = chunks(3, 5000);
    const longer = await readBody(Readable.from(parts), null, 1 << 20, 'http://127.0.0.1/f', 7000);
    expect(Buffer.from(longer).equals(Buffer.concat(parts))).toBe(true);
    const shorter = await readBody(Readable.from(parts), null, 1 << 20, 'http://127.0.0.1/f', 20_000);
    expect(Buffer.from(shorter).equals(Buffer.concat(parts))).toBe(true);
    expect(shorter.buffer.byteLength).toBe(15_000);
  });

  it('keeps the too_large cap with an announced length', async () => {
    await expect(readBody(Readable.from(chunks(4, 1000)), null, 3000, 'http://127.0.0.1/f', 2000)).rejects.toMatchObject({ code: 'too_large' });
  });
});

describe('packBody', () => {
  it('gzips a text body (it reads back the same) and leaves compressed or tiny bodies as they are', async () => {
    const doc = Buffer.from(`<rss version="2.0"><channel>${'<item><title>Vest</title></item>'.repeat(2000)}</channel></rss>`);
    const packed = await packBody(doc);
    expect(packed.byteLength).toBeLessThan(doc.byteLength / 10);
    expect(gunzipSync(packed).equals(doc)).toBe(true);
    expect(await packBody(packed)).toBe(packed);
    const deflated = new Uint8Array(deflateSync(doc));
    expect(await packBody(deflated)).toBe(deflated);
    const one = new Uint8Array([0x3c]);
    expect(await packBody(one)).toBe(one);
  });
});
