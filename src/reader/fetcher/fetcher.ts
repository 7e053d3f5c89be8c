/**
 * URL → bytes + headers, politely and defensively: undici with a total deadline and a connect
 * timeout, `Accept` for feeds or HTML, our own decompression with a cap on decoded bytes,
 * redirects followed by hand, conditional GET, `Retry-After`, freshness floors, and the SSRF guard of
 * `address-guard.ts` on every connection. The parser decodes charsets; this module never does.
 * This file is the client (deadline, hops, the one retry of an unanswered GET); the shapes are in
 * `types.ts`, error classification in `classify.ts`, the last hop's answer in `response.ts`.
 */
import type { Clock } from '../../model/clock.js';
import { systemClock } from '../../model/clock.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { blockedReason, parseAllowCidrs, type Cidr } from './address-guard.js';
import { classifyFetchError, codesOf, messageOf, UNANSWERED_CODES } from './classify.js';
import { FetchError } from './fetch-error.js';
import { guardedTransport, discardBody, type Transport, type TransportResponse } from './request.js';
import { finalResponse, flattenHeaders, parseHttpUrl, PERMANENT, REDIRECTS } from './response.js';
import { ACCEPT_FEED, ACCEPT_HTML, DEFAULT_USER_AGENT, type FetcherOptions, type FetchRequest, type FetchResponse } from './types.js';

export { FetchError, type FetchErrorCode } from './fetch-error.js';
export { classifyFetchError } from './classify.js';
export * from './types.js';

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
  /**
   * The guard's verdict on each IP-literal host seen (`blockedReason` against the fixed allow-list), so
   * a round of feeds on one literal host parses the address once, not once per fetch. Bounded.
   */
  private readonly literalVerdicts = new Map<string, string | null>();
  /**
   * The fetches in flight per caller's signal: one abort listener per signal (the poller's one for a
   * whole round) instead of one added and removed per fetch.
   */
  private readonly followers = new WeakMap<AbortSignal, Set<() => void>>();

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
    const following = req.signal ? this.cancelWith(req.signal, cancel) : null;
    try {
      return await this.follow(req, controller.signal, (u) => (current = u));
    } catch (err) {
      if (req.signal?.aborted && !deadlineHit) throw new FetchError('aborted', `fetcher: fetching ${current} was cancelled`, { url: current, cause: err });
      let fe = classifyFetchError(err, current, deadlineHit, this.timeoutMs);
      if (fe.code === 'blocked_address' && this.allowCidrsName !== 'fetch.allowCidrs') {
        fe = new FetchError('blocked_address', fe.message.replace(/allow it with fetch\.allowCidrs$/, `allow it with ${this.allowCidrsName}`), {
          url: fe.url,
          cause: fe.cause,
        });
      }
      this.logger.debug({ feed_url: req.url, url: current, code: fe.code, err: fe.message }, 'fetch failed');
      throw fe;
    } finally {
      clearTimeout(timer);
      following?.delete(cancel);
    }
  }

  /**
   * Calls `cancel` when `signal` aborts (at once when it has): the set of this signal's fetches in
   * flight, which the caller leaves (`delete(cancel)`) when its fetch ends.
   */
  private cancelWith(signal: AbortSignal, cancel: () => void): Set<() => void> | null {
    if (signal.aborted) {
      cancel();
      return null;
    }
    let fetches = this.followers.get(signal);
    if (!fetches) {
      const set = (fetches = new Set());
      this.followers.set(signal, set);
      signal.addEventListener('abort', () => [...set].forEach((c) => c()), { once: true });
    }
    fetches.add(cancel);
    return fetches;
  }

  /** Why the IP-literal `hostname` (of a URL) may not be fetched, or null (also for a host name: the connector checks its addresses). */
  private literalVerdict(hostname: string): string | null {
    let verdict = this.literalVerdicts.get(hostname);
    if (verdict === undefined) {
      const host = hostname.replace(/^\[|\]$/g, '');
      verdict = /^[\d.]+$|:/.test(host) ? blockedReason(host, this.allow) : null;
      if (this.literalVerdicts.size >= 1024) this.literalVerdicts.clear();
      this.literalVerdicts.set(hostname, verdict);
    }
    return verdict;
  }

  private async follow(req: FetchRequest, signal: AbortSignal, onHop: (url: string) => void): Promise<FetchResponse> {
    let url = parseHttpUrl(req.url, null, '');
    // The URLs this fetch has been at, made at its first redirect (most fetches have none: issue 23).
    let visited: Set<string> | null = null;
    let permanentUrl: string | null = null;
    let permanentRun = true;
    for (let hop = 0; ; hop++) {
      onHop(url.href);
      const reason = this.literalVerdict(url.hostname);
      if (reason) {
        const host = url.hostname.replace(/^\[|\]$/g, '');
        throw new FetchError(
          'blocked_address',
          `fetcher: refusing to connect to ${host} (${/^[aeiou]/i.test(reason) ? 'an' : 'a'} ${reason} address); allow it with ${this.allowCidrsName}`,
          {
            url: url.href,
          },
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
        if (!location) throw new FetchError('http_status', `fetcher: ${url.href} answered ${status} without a Location`, { url: url.href, status });
        const next = parseHttpUrl(location, url.href, ` (redirect from ${url.href})`);
        visited ??= new Set();
        visited.add(url.href);
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

      return finalResponse(req, url, res, resHeaders, now, permanentUrl, this.maxBytes);
    }
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
