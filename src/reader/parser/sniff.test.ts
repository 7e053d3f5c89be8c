import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { isGzip, isZlib, sniffDecompress } from './sniff.js';

const FEED = Buffer.from(
  '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Sažeto</title>' +
    '<item><title>Stiglo bez zaglavlja</title><link>http://127.0.0.1/a</link></item></channel></rss>',
);

describe('content sniffing', () => {
  it('recognises gzip and zlib by their magic bytes', () => {
    expect(isGzip(gzipSync(FEED))).toBe(true);
    expect(isZlib(deflateSync(FEED))).toBe(true);
    expect(isGzip(FEED) || isZlib(FEED)).toBe(false);
  });

  it.each([
    ['gzip', gzipSync(FEED), ['gzip']],
    ['zlib', deflateSync(FEED), ['deflate']],
    ['brotli', brotliCompressSync(FEED), ['br']],
    ['gzip twice', gzipSync(gzipSync(FEED)), ['gzip', 'gzip']],
  ])('parses a %s body that came without Content-Encoding', async (_name, body, layers) => {
    expect(sniffDecompress(body).layers).toEqual(layers);
    const r = await parseFeed(body, { contentType: 'application/rss+xml' });
    expect(r.feed.title).toBe('Sažeto');
    expect(r.items.map((i) => i.title)).toEqual(['Stiglo bez zaglavlja']);
  });

  it('leaves plain documents alone and still refuses bytes that are no feed', async () => {
    expect(sniffDecompress(FEED)).toEqual({ bytes: FEED, layers: [] });
    await expect(parseFeed(Buffer.from([0x00, 0x13, 0x37, 0x99, 0x42, 0x17, 0x01]))).rejects.toMatchObject({ code: 'not_a_feed' });
  });

  it('stops a gzip bomb at the cap instead of filling memory', () => {
    const bomb = gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x20));
    expect(() => sniffDecompress(bomb, 1024 * 1024)).toThrow(/more than 1048576 bytes/);
  });
});
