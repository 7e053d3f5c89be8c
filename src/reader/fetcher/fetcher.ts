/**
 * URL → bytes + headers, politely and defensively: undici with a total deadline and a connect
 * timeout, `Accept` for feeds or HTML, our own decompression with a cap on decoded bytes,
 * redirects followed by hand, conditional GET, `Retry-After`, freshness floors, and the SSRF guard of
 * `address-guard.ts` on every connection. The parser decodes charsets; this module never does.
 */
import { readFileSync } from 'node:fs';
import type { Clock } from '../../model/clock.js';
import { systemClock } from '../../model/clock.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { BLOCKED_CODE, blockedReason, parseAllowCidrs, type Cidr } from './address-guard.js';
import { readBody } from './body.js';
import { FetchError } from './fetch-error.js';
import { notBeforeFromHeaders, parseRetryAfter } from './freshness.js';
import { discardBody, guardedTransport, type RequestFn, type Transport, type TransportResponse } from './request.js';

export { FetchError, type FetchErrorCode } from './fetch-error.js';

/** What a successful fetch returns. */
export interface FetchResponse {
  /** The final URL, after redirects. */
  url: string;
  /** 200 (or another 2xx) with a body, or 304 Not Modified with an empty body. */
  status: number;
  /**
   * Set when the chain began with permanent redirects (301/308, RFC 9110 §15.4.2/§15.4.9, which ask
   * clients to update their links): the target of the last one in that unbroken run. Null otherwise.
   */
  permanentUrl: string | null;
  /** Response headers of the final response, names lower-cased, repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body with Content-Encoding undone (not charset-decoded); empty for 304. */
  body: Uint8Array;
  /** The `Content-Type` header as sent, or null. */
  contentType: string | null;
  /** The validators to send next time (RFC 9110 §8.8), verbatim; a 304 without them keeps the request's. */
  etag: string | null;
  lastModified: string | null;
  /** Earliest next poll the publisher asks for (Cache-Control max-age / Expires / Retry-After), or null. */
  notBefore: Date | null;
}

/** A fetch request. */
export interface FetchRequest {
  url: string;
  /** Sent as `If-None-Match` (RFC 9110 §13.1.2). */
  etag?: string | null;
  /** Sent as `If-Modified-Since` (RFC 9110 §13.1.3). */
  lastModified?: string | null;
  /** Which `Accept` header to send; default `feed`. */
  accept?: 'feed' | 'html';
  /** Cancels the fetch (connection, redirects, body) when aborted: it fails with `aborted`. */
  signal?: AbortSignal;
}

export interface FetcherOptions {
  /** Total deadline per fetch in ms, redirects and body included. Default 20 000. */
  timeoutMs?: number;
  /** TCP (+TLS) connect timeout in ms. Default 10 000 (capped by `timeoutMs`). */
  connectTimeoutMs?: number;
  /** Cap on the decoded body in bytes. Default 15 MiB. */
  maxBytes?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** CIDRs the SSRF guard lets through (`127.0.0.1/32` for the demo and tests). */
  allowCidrs?: string[];
  /**
   * The setting a `blocked_address` message tells the user to change: `fetch.allowCidrs` (default, the
   * service's config key) or `WIREWATCH_ALLOW_CIDRS` (what the one-shot commands read).
   */
  allowCidrsName?: string;
  /** Default `wirewatch/VERSION (+https://github.com/wirewatch/wirewatch)`. */
  userAgent?: string;
  /**
   * The transport (one GET; `request.ts`). Default: undici through the SSRF guard. An injected one
   * skips the guard's check of resolved addresses (literal IP hosts are still refused): for tests.
   */
  request?: RequestFn;
  clock?: Clock;
  logger?: Logger;
}

/** `Accept` headers (RFC 9110 §12.5.1). Feed types first; generic XML/JSON lower; anything as a last resort. */
export const ACCEPT_FEED =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.6, text/html;q=0.2, */*;q=0.1';
export const ACCEPT_HTML = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The default User-Agent: names wirewatch and its version. */
export const DEFAULT_USER_AGENT = `wirewatch/${packageVersion()} (+https://github.com/wirewatch/wirewatch; feed reader)`;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Codes of a connection that closed under a request with no response (undici / node). */
const UNANSWERED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    for (const sub of (e as { errors?: unknown[] }).errors ?? []) {
      const c = (sub as { code?: unknown }).code;
      if (typeof c === 'string') codes.push(c);
    }
  }
  return codes;
}

function messageOf(err: unknown): string {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === BLOCKED_CODE) return (e as Error).message;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * Maps an undici / node error to a FetchError with an admin-readable message (codes as in `FetchErrorCode`).
 * @param deadlineHit true when our total deadline aborted the request
 */
export function classifyFetchError(err: unknown, url: string, deadlineHit: boolean, timeoutMs: number): FetchError {
  if (err instanceof FetchError) return err;
  const codes = codesOf(err);
  const has = (pred: (c: string) => boolean) => codes.some(pred);
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (has((c) => c === BLOCKED_CODE)) return new FetchError('blocked_address', messageOf(err), { url, cause: err });
  if (deadlineHit || has((c) => ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT'].includes(c))) {
    const what = has((c) => c === 'UND_ERR_CONNECT_TIMEOUT') ? 'connecting to' : 'fetching';
    return new FetchError('timeout', `fetcher: ${what} ${url} took too long (limit ${timeoutMs} ms total)`, { url, cause: err });
  }
  if (has((c) => ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME'].includes(c)))
    return new FetchError('dns', `fetcher: the host ${host} does not resolve (DNS)`, { url, cause: err });
  if (has((c) => /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL|HOSTNAME_MISMATCH)/.test(c) || c.includes('CERT')))
    return new FetchError('tls', `fetcher: TLS with ${host} failed: ${messageOf(err)}`, { url, cause: err });
  if (has((c) => ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EHOSTDOWN'].includes(c)))
    return new FetchError('connect', `fetcher: could not connect to ${host} (${codes[0]})`, { url, cause: err });
  if (has((c) => ['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'].includes(c)))
    return new FetchError('reset', `fetcher: ${host} closed the connection before ${url} was complete`, { url, cause: err });
  return new FetchError('connect', `fetcher: fetching ${url} failed: ${messageOf(err)}`, { url, cause: err });
}

function parseHttpUrl(text: string, base: string | null, from: string): URL {
  let u: URL;
  try {
    u = base === null ? new URL(text) : new URL(text, base);
  } catch (err) {
    throw new FetchError('bad_url', `fetcher: "${text}"${from} is not a valid URL`, { url: text, cause: err });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new FetchError('bad_url', `fetcher: "${u.href}"${from} is not an http(s) URL`, { url: u.href });
  u.hash = '';
  return u;
}

/**
 * The HTTP client of the reader. One instance per process (it holds a connection pool); `close()` it.
 */
export class Fetcher {
  private readonly transport: Transport;
  private readonly allow: Cidr[];
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly userAgent: string;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly allowCidrsName: string;

  /** @throws WirewatchError `bad_config` when an `allowCidrs` entry does not parse */
  constructor(opts: FetcherOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    const connectTimeoutMs = Math.min(opts.connectTimeoutMs ?? 10_000, this.timeoutMs);
    this.maxBytes = opts.maxBytes ?? 15 * 1024 * 1024;
    this.maxRedirects = opts.maxRedirects ?? 5;
    this.userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
    this.clock = opts.clock ?? systemClock;
    this.logger = opts.logger ?? silentLogger;
    this.allow = parseAllowCidrs(opts.allowCidrs);
    this.allowCidrsName = opts.allowCidrsName ?? 'fetch.allowCidrs';
    this.transport = opts.request
      ? { request: opts.request, close: async () => undefined }
      : guardedTransport({ allow: this.allow, connectTimeoutMs, timeoutMs: this.timeoutMs });
  }

  /**
   * Fetches `req.url` with GET, following up to `maxRedirects` redirects (301/302/303/307/308,
   * RFC 9110 §15.4) by hand, each hop through the SSRF guard. Sends `If-None-Match` /
   * `If-Modified-Since` from `req` on every hop (the validators were stored from the final response).
   * @returns the final 2xx or 304 response (see `FetchResponse`)
   * @throws FetchError with code `bad_url`, `blocked_address`, `dns`, `connect`, `tls`, `timeout`,
   *   `reset`, `http_status` (with `status` and, for 429/503 with `Retry-After`, `retryAt`),
   *   `too_large`, `bad_encoding` or `redirect_loop`
   */
  async fetch(req: FetchRequest): Promise<FetchResponse> {
    const controller = new AbortController();
    let deadlineHit = false;
    const timer = setTimeout(() => {
      deadlineHit = true;
      controller.abort(new Error('deadline'));
    }, this.timeoutMs);
    let current = req.url;
    const cancel = () => controller.abort(new Error('aborted'));
    if (req.signal?.aborted) cancel();
    req.signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await this.follow(req, controller.signal, (u) => (current = u));
    } catch (err) {
      if (req.signal?.aborted && !deadlineHit) throw new FetchError('aborted', `fetcher: fetching ${current} was cancelled`, { url: current, cause: err });
      let fe = classifyFetchError(err, current, deadlineHit, this.timeoutMs);
      if (fe.code === 'blocked_address' && this.allowCidrsName !== 'fetch.allowCidrs') {
        fe = new FetchError('blocked_address', fe.message.replace(/allow it with fetch\.allowCidrs$/, `allow it with ${this.allowCidrsName}`), { url: fe.url, cause: fe.cause });
      }
      this.logger.debug({ feed_url: req.url, url: current, code: fe.code, err: fe.message }, 'fetch failed');
      throw fe;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', cancel);
    }
  }

  private async follow(req: FetchRequest, signal: AbortSignal, onHop: (url: string) => void): Promise<FetchResponse> {
    let url = parseHttpUrl(req.url, null, '');
    const visited = new Set<string>();
    let permanentUrl: string | null = null;
    let permanentRun = true;
    for (let hop = 0; ; hop++) {
      onHop(url.href);
      visited.add(url.href);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (/^[\d.]+$|:/.test(host)) {
        const reason = blockedReason(host, this.allow);
        if (reason)
          throw new FetchError(
            'blocked_address',
            `fetcher: refusing to connect to ${host} (a ${reason} address); allow it with ${this.allowCidrsName}`,
            { url: url.href },
          );
      }
      const headers: Record<string, string> = {
        accept: req.accept === 'html' ? ACCEPT_HTML : ACCEPT_FEED,
        'accept-encoding': 'gzip, br, deflate',
        'user-agent': this.userAgent,
      };
      // The stored validators came from the final response, so every hop carries them: a feed behind a
      // standing temporary redirect still gets its 304 (a redirecting hop ignores them).
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const res = await this.requestOnce(url, headers, signal);
      const resHeaders = flattenHeaders(res.headers);
      const status = res.statusCode;
      const now = this.clock.now();

      if (REDIRECTS.has(status)) {
        await discardBody(res.body);
        const location = resHeaders['location'];
        if (!location)
          throw new FetchError('http_status', `fetcher: ${url.href} answered ${status} without a Location`, { url: url.href, status });
        const next = parseHttpUrl(location, url.href, ` (redirect from ${url.href})`);
        if (visited.has(next.href))
          throw new FetchError('redirect_loop', `fetcher: ${req.url} redirects in a loop (back to ${next.href})`, { url: url.href, status });
        if (hop + 1 > this.maxRedirects)
          throw new FetchError('redirect_loop', `fetcher: ${req.url} redirects more than ${this.maxRedirects} times`, { url: url.href, status });
        if (permanentRun && PERMANENT.has(status)) permanentUrl = next.href;
        else permanentRun = false;
        this.logger.debug({ feed_url: req.url, from: url.href, to: next.href, status }, 'redirect');
        url = next;
        continue;
      }

      return this.finalResponse(req, url, res, resHeaders, now, permanentUrl);
    }
  }

  /**
   * The last hop's answer as a `FetchResponse`: 304 with the validators kept, 2xx with the body read
   * (decoded, capped), anything else a `FetchError`.
   * @throws FetchError `http_status` (with `retryAt` from Retry-After), `too_large`, `bad_encoding`
   */
  private async finalResponse(
    req: FetchRequest,
    url: URL,
    res: TransportResponse,
    resHeaders: Record<string, string>,
    now: Date,
    permanentUrl: string | null,
  ): Promise<FetchResponse> {
    const status = res.statusCode;
    const base = {
      url: url.href,
      permanentUrl: permanentUrl !== null && permanentUrl !== req.url ? permanentUrl : null,
      headers: resHeaders,
      contentType: resHeaders['content-type'] ?? null,
      notBefore: notBeforeFromHeaders(resHeaders, now),
    };
    if (status === 304) {
      await discardBody(res.body);
      return {
        ...base,
        status,
        body: new Uint8Array(0),
        etag: resHeaders['etag'] ?? req.etag ?? null,
        lastModified: resHeaders['last-modified'] ?? req.lastModified ?? null,
      };
    }
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
    if (!resHeaders['content-encoding'] && Number.isFinite(length) && length > this.maxBytes) {
      await discardBody(res.body);
      throw new FetchError('too_large', `fetcher: ${url.href} is ${length} bytes, over the ${this.maxBytes}-byte limit`, {
        url: url.href,
      });
    }
    const body = await readBody(res.body, resHeaders['content-encoding'] ?? null, this.maxBytes, url.href, Number.isFinite(length) && length >= 0 ? length : null);
    return {
      ...base,
      status,
      body,
      etag: resHeaders['etag'] ?? null,
      lastModified: resHeaders['last-modified'] ?? null,
    };
  }

  /**
   * One GET, retried once when the connection was closed before any response arrived (`request()`
   * rejects before the status line and headers). That is the keep-alive race: the pool reuses a socket
   * the server has just closed as idle, and the request dies unanswered with `UND_ERR_SOCKET` /
   * `ECONNRESET` / `EPIPE`. GET is idempotent, so a client may retry it on a new connection
   * (RFC 9110 §9.2.2). A reset after the headers (mid-body) is not retried, nor a request our deadline
   * aborted; a second reset is the feed's failure (`reset`).
   */
  private async requestOnce(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<TransportResponse> {
    const send = () => this.transport.request(url, { headers, signal });
    try {
      return await send();
    } catch (err) {
      if (signal.aborted || !codesOf(err).some((c) => UNANSWERED_CODES.has(c))) throw err;
      this.logger.debug({ url: url.href, err: messageOf(err) }, 'connection closed before a response; retrying the GET once');
      return await send();
    }
  }

  /** Closes pooled connections. */
  async close(): Promise<void> {
    await this.transport.close();
  }
}
