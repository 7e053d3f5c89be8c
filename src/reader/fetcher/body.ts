/**
 * Reading a response body with `Content-Encoding` decoded here (RFC 9110 §8.4: codings are listed in
 * the order applied, so they are undone in reverse) and a cap on the DECODED size, so a gzip bomb
 * stops after `maxBytes` of output rather than after it has filled memory.
 */
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw, gzip, constants as zc } from 'node:zlib';
import { FetchError } from './fetch-error.js';

/** Undoes `deflate`: RFC 9110 §8.4.1.2 says zlib-wrapped, but many servers send raw deflate; sniff. */
class DeflateSniffer extends Transform {
  private inner: Transform | null = null;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.inner) {
      // A zlib header: CMF low nibble 8 (deflate) and (CMF*256 + FLG) % 31 == 0 (RFC 1950 §2.2).
      const zlib = chunk.length >= 2 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | chunk[1]) % 31 === 0;
      this.inner = zlib ? createInflate() : createInflateRaw();
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (e) => this.destroy(e));
    }
    if (this.inner.write(chunk)) cb();
    else this.inner.once('drain', () => cb());
  }
  override _flush(cb: TransformCallback): void {
    if (!this.inner) return cb();
    this.inner.once('end', () => cb());
    this.inner.end();
  }
}

function decoderFor(coding: string, url: string): Transform | null {
  switch (coding) {
    case 'identity':
    case '':
      return null;
    case 'gzip':
    case 'x-gzip':
      // Lenient: tolerate truncated trailing data the way browsers do.
      return createGunzip({ finishFlush: zc.Z_SYNC_FLUSH });
    case 'deflate':
      return new DeflateSniffer();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new FetchError('bad_encoding', `fetcher: ${url} sent an unsupported Content-Encoding "${coding}"`, { url });
  }
}

/** Counts bytes and fails with `too_large` past the limit; keeps the first bytes (to name a wrong coding). */
class Cap extends Transform {
  total = 0;
  head: Buffer = Buffer.alloc(0);
  constructor(
    private readonly limit: number,
    private readonly url: string,
    private readonly what: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (this.head.length < 4) this.head = Buffer.concat([this.head, chunk.subarray(0, 4 - this.head.length)]);
    this.total += chunk.length;
    if (this.total > this.limit) {
      cb(new FetchError('too_large', `fetcher: ${this.url} is larger than ${this.limit} bytes ${this.what}; it was not read further`, { url: this.url }));
      return;
    }
    cb(null, chunk);
  }
}

/** The coding the first bytes of a body announce: gzip (1f 8b), zlib-wrapped deflate, or null. */
function sniffCoding(head: Buffer): string | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 2 && (head[0] & 0x0f) === 8 && ((head[0] << 8) | head[1]) % 31 === 0) return 'deflate';
  if (head.length >= 1 && (head[0] === 0x3c || head[0] === 0xef || head[0] === 0x7b)) return 'identity';
  return null;
}

/**
 * Collects a body's chunks. With a known length (an uncompressed body's `Content-Length`) they are
 * copied into one buffer of that size as they arrive, so a 15 MiB feed is never in memory twice (the
 * chunks and their concatenation); a body longer than announced falls back to collecting chunks.
 */
class Collector {
  private chunks: Uint8Array[] = [];
  private out: Uint8Array | null;
  private filled = 0;
  constructor(expected: number | null) {
    this.out = expected !== null && expected > 0 ? new Uint8Array(expected) : null;
  }
  add(chunk: Uint8Array): void {
    if (this.out && this.filled + chunk.byteLength <= this.out.byteLength) {
      this.out.set(chunk, this.filled);
      this.filled += chunk.byteLength;
      return;
    }
    if (this.out) {
      this.chunks.push(this.out.subarray(0, this.filled));
      this.out = null;
    }
    this.chunks.push(chunk);
  }
  /** The body, in a buffer of its own whenever it was longer than 4 KiB (see `worker/tasks.ts` `movable`). */
  result(): Uint8Array {
    if (this.out) return this.filled === this.out.byteLength ? this.out : this.out.slice(0, this.filled);
    const buf = Buffer.concat(this.chunks);
    this.chunks = [];
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
}

/**
 * Reads `body` to the end, undoing `contentEncoding`, keeping at most `maxBytes` decoded bytes.
 * @param body the raw response body stream
 * @param contentEncoding the `Content-Encoding` header value, or null
 * @param maxBytes cap on decoded bytes (and on the raw bytes, which never legitimately exceed them by much)
 * @param expectedLength the body's `Content-Length` when it is not encoded (at most `maxBytes`), else null:
 *   the body is read into one buffer of that size
 * @throws FetchError `too_large` past the cap, `bad_encoding` for an unknown or corrupt coding;
 *   stream errors (reset, abort) are rethrown as they are for the caller to classify
 */
export async function readBody(
  body: Readable,
  contentEncoding: string | null,
  maxBytes: number,
  url: string,
  expectedLength: number | null = null,
): Promise<Uint8Array> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity')
    .reverse();
  const decoders = codings.map((c) => decoderFor(c, url)).filter((d): d is Transform => d !== null);
  const collector = new Collector(codings.length === 0 && expectedLength !== null && expectedLength <= maxBytes ? expectedLength : null);
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      collector.add(chunk);
      cb();
    },
  });
  const wire = new Cap(maxBytes, url, 'on the wire');
  const stages: Transform[] = [wire, ...decoders, new Cap(maxBytes, url, 'decoded')];
  try {
    await pipeline([body, ...stages, sink]);
  } catch (err) {
    if (err instanceof FetchError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    // zlib's codes are Z_*; the brotli decoder's are its BROTLI_DECODER_ERROR_* names as ERR__ERROR_*
    // (gzip bytes labelled `br` give ERR__ERROR_FORMAT_…, which used to fall through to `connect`).
    if (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__ERROR_') || code === 'ERR__ZLIB_INITIALIZATION_FAILED') {
      const looks = sniffCoding(wire.head);
      const seen = looks === 'identity' ? 'are not compressed' : `look like ${looks}`;
      const hint = looks && !codings.includes(looks) ? `; the bytes ${seen} (the server's Content-Encoding header is wrong)` : '';
      throw new FetchError(
        'bad_encoding',
        `fetcher: ${url} sent a body that does not decode as ${codings.join(', ')} (Content-Encoding: ${contentEncoding})${hint}`,
        {
          url,
          cause: err,
        },
      );
    }
    throw err;
  }
  return collector.result();
}

const gzipAsync = promisify(gzip);

/** The largest body `packBody` compresses: the parser decompresses at most this much (sniff.ts's `SNIFF_MAX_BYTES`, the fetcher's default cap). */
export const PACK_MAX_BYTES = 15 * 1024 * 1024;

/**
 * A body made small for keeping in memory: gzipped at level 1 on libuv's thread pool (not the event
 * loop). The feed parser reads gzip bytes as the document they hold (sniff.ts), so the packed body
 * parses as the original. A body that is compressed already (gzip/zlib magic) or larger than
 * `PACK_MAX_BYTES` is returned as it is.
 */
export async function packBody(bytes: Uint8Array): Promise<Uint8Array> {
  const [b0, b1] = bytes;
  const gzipped = b0 === 0x1f && b1 === 0x8b;
  const zlib = (b0 & 0x0f) === 8 && b0 >> 4 <= 7 && ((b0 << 8) | b1) % 31 === 0; // RFC 1950 §2.2
  if (bytes.byteLength < 2 || bytes.byteLength > PACK_MAX_BYTES || gzipped || zlib) return bytes;
  return new Uint8Array(await gzipAsync(bytes, { level: 1 }));
}
