/** The fetcher's shapes: a request, a response, the options; the `Accept` headers and User-Agent it sends. */
import { readFileSync } from 'node:fs';
import type { Clock } from '../../model/clock.js';
import type { Logger } from '../../log/logger.js';
import type { RequestFn } from './request.js';

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
