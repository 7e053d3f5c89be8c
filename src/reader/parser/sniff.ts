/**
 * Content sniffing before charset decoding: a body that is still compressed although nobody said so
 * (a `.xml.gz` file, an OPML-imported cached copy, a server that gzips twice or drops
 * `Content-Encoding` — rss-parser issue #280) is recognised by its magic bytes and decompressed.
 */
import { brotliDecompressSync, gunzipSync, inflateSync, constants as zc } from 'node:zlib';
import { WirewatchError } from '../../model/errors.js';

/** Default cap on decompressed bytes (the fetcher's `fetch.maxBytes` default, 15 MiB). */
export const SNIFF_MAX_BYTES = 15 * 1024 * 1024;

/** True for gzip's magic number (RFC 1952 §2.3.1: ID1 0x1f, ID2 0x8b, CM 8 = deflate). */
export function isGzip(b: Uint8Array): boolean {
  return b.length >= 10 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08;
}

/** True for a zlib stream header (RFC 1950 §2.2: CM 8, CINFO ≤ 7, (CMF·256 + FLG) divisible by 31). */
export function isZlib(b: Uint8Array): boolean {
  return b.length >= 6 && (b[0] & 0x0f) === 8 && b[0] >> 4 <= 7 && ((b[0] << 8) | b[1]) % 31 === 0;
}

/** A document starts (after a BOM and white space) with `<` or a JSON opener: not compressed. */
function looksLikeText(b: Uint8Array): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  else if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) return true;
  else if (b[0] === 0 || b[1] === 0) return true; // UTF-16/32 without a BOM
  while (i < b.length && i < 64 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return i < b.length && (b[i] === 0x3c || b[i] === 0x7b || b[i] === 0x5b);
}

function capError(maxBytes: number): WirewatchError {
  return new WirewatchError('too_large', `parser: the compressed body decodes to more than ${maxBytes} bytes`);
}

function attempt(fn: () => Buffer, maxBytes: number): Buffer | null {
  try {
    return fn();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger|buffer.*larger/i.test((e as Error).message))
      throw capError(maxBytes);
    return null;
  }
}

/**
 * Undoes a compression the body still carries, recognised by its content (up to two layers: a gzip
 * body gzipped again by a proxy). gzip and zlib have magic bytes; brotli has none (RFC 7932), so it is
 * tried only on a body that does not look like a document, and kept only if it decodes to one.
 * @param bytes the body as received (after any `Content-Encoding` the fetcher undid)
 * @param maxBytes cap on the decompressed size (default {@link SNIFF_MAX_BYTES})
 * @returns the decompressed bytes and the layers undone (`['gzip']`...), or the input and `[]`
 * @throws WirewatchError `too_large` when the decompressed body exceeds `maxBytes` (a gzip bomb)
 */
export function sniffDecompress(bytes: Uint8Array, maxBytes = SNIFF_MAX_BYTES): { bytes: Uint8Array; layers: string[] } {
  let cur = bytes;
  const layers: string[] = [];
  const opts = { maxOutputLength: maxBytes };
  for (let depth = 0; depth < 2 && cur.length > 0 && !looksLikeText(cur); depth++) {
    let out: Buffer | null = null;
    let kind = '';
    if (isGzip(cur)) [out, kind] = [attempt(() => gunzipSync(cur, opts), maxBytes), 'gzip'];
    else if (isZlib(cur)) [out, kind] = [attempt(() => inflateSync(cur, opts), maxBytes), 'deflate'];
    else {
      out = attempt(() => brotliDecompressSync(cur, { ...opts, params: { [zc.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 0 } }), maxBytes);
      kind = 'br';
      if (out && !looksLikeText(out) && !isGzip(out)) out = null;
    }
    if (!out) break;
    cur = out;
    layers.push(kind);
  }
  return { bytes: cur, layers };
}
