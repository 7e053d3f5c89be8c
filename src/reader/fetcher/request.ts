/**
 * The fetcher's transport, as a function: one GET of a URL with headers and an abort signal, answering
 * the status, the headers and the body as a stream. The default (`guardedTransport`) is an undici
 * `Agent` whose connector is the SSRF guard (`address-guard.ts`: every resolved address is checked
 * before a socket opens). Tests inject a function instead (no sockets, no sleeps); redirects,
 * validators, freshness, size caps and decoding stay the fetcher's, whatever the transport.
 */
import type { Readable } from 'node:stream';
import type { Agent } from 'undici';
import { guardedConnector, type Cidr } from './address-guard.js';

/** One response as the fetcher reads it. */
export interface TransportResponse {
  /** HTTP status code. */
  statusCode: number;
  /** Response headers, names in any case; repeated headers as arrays. */
  headers: Record<string, string | string[] | undefined>;
  /** The body, still encoded (`Content-Encoding` is the fetcher's to undo). */
  body: Readable;
}

/**
 * One GET. Rejects before any response for connection failures (with Node's or undici's error
 * `code`, which the fetcher classifies); aborts when `signal` does.
 */
export type RequestFn = (url: URL, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<TransportResponse>;

/** A transport and how to release it. */
export interface Transport {
  request: RequestFn;
  close(): Promise<void>;
}

/**
 * The default transport: undici with the SSRF guard as its connector.
 * @param opts allow: CIDRs let through the guard; connectTimeoutMs: TCP+TLS connect timeout; timeoutMs:
 *   headers and body timeouts (the fetcher's total deadline is enforced separately)
 */
export function guardedTransport(opts: { allow: Cidr[]; connectTimeoutMs: number; timeoutMs: number }): Transport {
  // undici (≈ 0.75 MB of code) is imported by the first request, not by every start (ADR 0236). It
  // is CommonJS: read through its default export, the one both Node and the bundle give an import().
  let agent: Promise<Agent> | null = null;
  const agentOf = (): Promise<Agent> =>
    (agent ??= import('undici').then(
      ({ default: undici }) =>
        new undici.Agent({
          connect: guardedConnector(undici.buildConnector, { allow: opts.allow, connectTimeoutMs: opts.connectTimeoutMs }),
          headersTimeout: opts.timeoutMs,
          bodyTimeout: opts.timeoutMs,
        }),
    ));
  return {
    request: async (url, { headers, signal }) =>
      (await agentOf()).request({ origin: url.origin, path: url.pathname + url.search, method: 'GET', headers, signal }),
    close: async () => {
      if (agent) await (await agent).close();
    },
  };
}

/** Reads and drops a body that is not wanted (a redirect's, an error's), so the connection is reused. */
export async function discardBody(body: Readable): Promise<void> {
  const dump = (body as Readable & { dump?: () => Promise<unknown> }).dump;
  if (typeof dump === 'function') await dump.call(body).catch(() => undefined);
  else body.destroy();
}
