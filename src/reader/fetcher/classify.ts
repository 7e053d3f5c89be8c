/** Transport errors (undici / node, nested causes) → a `FetchError` with an admin-readable message. */
import { BLOCKED_CODE } from './address-guard.js';
import { FetchError } from './fetch-error.js';

/** Codes of a connection that closed under a request with no response (undici / node). */
export const UNANSWERED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

export function codesOf(err: unknown): string[] {
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

export function messageOf(err: unknown): string {
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
