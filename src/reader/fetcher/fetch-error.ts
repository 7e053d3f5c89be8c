/**
 * The fetcher's error type: a `WirewatchError` that also carries the HTTP status (when there was a
 * response) and the earliest time a retry is welcome (from `Retry-After`, RFC 9110 §10.2.3).
 */
import { WirewatchError } from '../../model/errors.js';

/**
 * Codes a fetch can fail with:
 * - `bad_url`: not an absolute http(s) URL, or a redirect `Location` that is not one;
 * - `blocked_address`: the host resolves to (or is) a loopback / private / link-local / unique-local /
 *   multicast / unspecified / otherwise non-public address that is not on the allow-list;
 * - `dns`: the host name does not resolve;
 * - `connect`: the TCP connection was refused or failed;
 * - `tls`: the TLS handshake or the certificate failed;
 * - `timeout`: the connect timeout or the total deadline passed;
 * - `reset`: the server closed the connection before the response was complete;
 * - `http_status`: a final status other than 2xx/304 (see `status`, `retryAt`);
 * - `too_large`: the body, after decompression, exceeds `maxBytes`;
 * - `bad_encoding`: an unknown `Content-Encoding`, or a compressed body that does not decode;
 * - `redirect_loop`: a redirect back to a URL already visited, or more than `maxRedirects`;
 * - `aborted`: the caller cancelled the fetch (`FetchRequest.signal`: the service is shutting down).
 */
export type FetchErrorCode =
  'bad_url' | 'blocked_address' | 'dns' | 'connect' | 'tls' | 'timeout' | 'reset' | 'http_status' | 'too_large' | 'bad_encoding' | 'redirect_loop' | 'aborted';

/** A failed fetch. `message` starts with `fetcher:` and names the URL. */
export class FetchError extends WirewatchError {
  /** HTTP status of the final response, when the failure is one (`http_status`), else null. */
  readonly status: number | null;
  /** Earliest time to try again, from `Retry-After` (429/503, RFC 9110 §10.2.3 and §15.5.20/§15.6.4), or null. */
  readonly retryAt: Date | null;
  /** The URL being fetched when it failed (the last hop of a redirect chain). */
  readonly url: string;
  constructor(code: FetchErrorCode, message: string, opts: { url: string; status?: number | null; retryAt?: Date | null; cause?: unknown }) {
    super(code, message, { cause: opts.cause });
    this.name = 'FetchError';
    this.url = opts.url;
    this.status = opts.status ?? null;
    this.retryAt = opts.retryAt ?? null;
  }
  /** Alias of `retryAt` under the name the issue uses. */
  get retryAfter(): Date | null {
    return this.retryAt;
  }
}
