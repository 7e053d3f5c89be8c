/** One hop's pieces: the URL of a request or a Location, the response headers, and the final answer as a `FetchResponse`. */
import { readBody } from './body.js';
import { FetchError } from './fetch-error.js';
import { notBeforeFromHeaders, parseRetryAfter } from './freshness.js';
import { discardBody, type TransportResponse } from './request.js';
import type { FetchRequest, FetchResponse } from './types.js';

/** Redirect statuses followed by hand (RFC 9110 §15.4), and the permanent ones among them. */
export const REDIRECTS = new Set([301, 302, 303, 307, 308]);
export const PERMANENT = new Set([301, 308]);

/** Response headers with lower-cased names, repeated ones joined with `, `. */
export function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in raw) {
    const v = raw[k];
    if (v === undefined || !Object.hasOwn(raw, k)) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/**
 * `text` (resolved against `base` when given) as an http(s) URL without its fragment.
 * @param from what the message says the URL came from (e.g. " (redirect from …)")
 * @throws FetchError `bad_url`
 */
export function parseHttpUrl(text: string, base: string | null, from: string): URL {
  let u: URL;
  try {
    u = base === null ? new URL(text) : new URL(text, base);
  } catch (err) {
    throw new FetchError('bad_url', `fetcher: "${text}"${from} is not a valid URL`, { url: text, cause: err });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError('bad_url', `fetcher: "${u.href}"${from} is not an http(s) URL`, { url: u.href });
  // Setting the hash re-serialises the URL: only when there is one (a feed URL seldom has it).
  if (u.hash !== '' || u.href.endsWith('#')) u.hash = '';
  return u;
}

/**
 * The last hop's answer as a `FetchResponse`: 304 with the validators kept, 2xx with the body read
 * (decoded, capped), anything else a `FetchError`.
 * @param maxBytes cap on the decoded body
 * @throws FetchError `http_status` (with `retryAt` from Retry-After), `too_large`, `bad_encoding`
 */
export async function finalResponse(
  req: FetchRequest,
  url: URL,
  res: TransportResponse,
  resHeaders: Record<string, string>,
  now: Date,
  permanentUrl: string | null,
  maxBytes: number,
): Promise<FetchResponse> {
  const status = res.statusCode;
  if (status === 304) {
    // The all-304 round's path (issue 23): one object, no spread of a shared base.
    const notBefore = notBeforeFromHeaders(resHeaders, now);
    await discardBody(res.body);
    return {
      url: url.href,
      permanentUrl: permanentUrl !== null && permanentUrl !== req.url ? permanentUrl : null,
      headers: resHeaders,
      contentType: resHeaders['content-type'] ?? null,
      notBefore,
      status,
      body: new Uint8Array(0),
      etag: resHeaders['etag'] ?? req.etag ?? null,
      lastModified: resHeaders['last-modified'] ?? req.lastModified ?? null,
    };
  }
  const base = {
    url: url.href,
    permanentUrl: permanentUrl !== null && permanentUrl !== req.url ? permanentUrl : null,
    headers: resHeaders,
    contentType: resHeaders['content-type'] ?? null,
    notBefore: notBeforeFromHeaders(resHeaders, now),
  };
  if (status < 200 || status > 299) {
    await discardBody(res.body);
    const retryAt = parseRetryAfter(resHeaders['retry-after'], now);
    const retryText = retryAt ? `; retry after ${retryAt.toISOString()}` : '';
    throw new FetchError('http_status', `fetcher: ${url.href} answered HTTP ${status}${retryText}`, {
      url: url.href,
      status,
      retryAt,
    });
  }
  const length = Number(resHeaders['content-length']);
  if (!resHeaders['content-encoding'] && Number.isFinite(length) && length > maxBytes) {
    await discardBody(res.body);
    throw new FetchError('too_large', `fetcher: ${url.href} is ${length} bytes, over the ${maxBytes}-byte limit`, {
      url: url.href,
    });
  }
  const body = await readBody(res.body, resHeaders['content-encoding'] ?? null, maxBytes, url.href, Number.isFinite(length) && length >= 0 ? length : null);
  return {
    ...base,
    status,
    body,
    etag: resHeaders['etag'] ?? null,
    lastModified: resHeaders['last-modified'] ?? null,
  };
}
