/**
 * Errors carry a code and say which stage they came from (`fetcher: …`). The codes are one closed
 * list, so a caller can switch on them, a log can be searched for them and a code that crossed a
 * thread or process boundary as a string (`worker/`, the CLI's JSON output) can be checked on the way in.
 */

/** Every code a `WirewatchError` may carry, by the stage that raises it. */
export const WIREWATCH_ERROR_CODES = [
  // reader/fetcher (FetchErrorCode)
  'bad_url',
  'blocked_address',
  'dns',
  'connect',
  'tls',
  'timeout',
  'reset',
  'http_status',
  'too_large',
  'bad_encoding',
  'redirect_loop',
  'aborted',
  // reader/parser, reader/article, reader/discover
  'not_a_feed',
  'no_article',
  'feed_limit',
  // pipeline/matcher, config
  'invalid_term',
  'invalid_watchlist',
  'config',
  'bad_config',
  'invalid_option',
  'invalid_schedule',
  'invalid_window',
  'invalid_key',
  'unsupported_locale',
  // store
  'store',
  'store_conflict',
  'store_not_found',
  'store_outdated',
  'store_corrupt',
  'store_too_new',
  'store_lost',
  'store_locked',
  'store_foreign',
  // worker
  'pool_closed',
  'worker_failed',
  'worker_memory',
  'task_timeout',
  // platforms, http, notices
  'discord',
  'discord_auth',
  'port_in_use',
  'bad_notice',
  // commands (UserError: the message is fit to show in a channel)
  'user_error',
  'invalid_url',
  'invalid_opml',
  'invalid_topic',
  'invalid_channel',
  'too_long',
  'not_subscribed',
  'paused',
  'not_posted',
  'unavailable',
  'unknown_command',
  'unknown_feed',
  'unknown_term',
  'unknown_topic',
  'global_feed',
  'global_topic',
  'fetch_failed',
  'forbidden',
  // quote search, trends and spike/chart opt-ins (issue 19)
  'bad_state',
  'bad_page',
  'bad_since',
  'missing_topic',
  'bad_days',
  // cli
  'usage',
  'not_found',
  'io',
  // anything not raised as a WirewatchError
  'internal',
] as const;

/** A machine-readable error code (`timeout`, `not_a_feed`, `invalid_term`, …). */
export type WirewatchErrorCode = (typeof WIREWATCH_ERROR_CODES)[number];

const KNOWN = new Set<string>(WIREWATCH_ERROR_CODES);

/** Whether `code` is one of `WIREWATCH_ERROR_CODES`. */
export function isWirewatchErrorCode(code: unknown): code is WirewatchErrorCode {
  return typeof code === 'string' && KNOWN.has(code);
}

export class WirewatchError extends Error {
  /** Machine-readable code, one of `WIREWATCH_ERROR_CODES`. */
  readonly code: WirewatchErrorCode;
  constructor(code: WirewatchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'WirewatchError';
  }
}

/** An error whose message is fit to show in a chat channel (commands). */
export class UserError extends WirewatchError {
  constructor(message: string, code: WirewatchErrorCode = 'user_error') {
    super(code, message);
    this.name = 'UserError';
  }
}

/**
 * Any thrown value as a `WirewatchError`: one is returned as it is; an object with a known `code` (a
 * `WirewatchError` serialised across a worker thread) keeps it; Node's `ENOENT` becomes `not_found`
 * and its other system errors (`EACCES`, `EISDIR`, …) `io`; anything else gets `fallback`. The original
 * value is the `cause`, and the message is kept.
 * @param fallback the code for a value that has none (default `internal`)
 */
export function asCodedError(e: unknown, fallback: WirewatchErrorCode = 'internal'): WirewatchError {
  if (e instanceof WirewatchError) return e;
  const message =
    e instanceof Error
      ? e.message
      : typeof e === 'object' && e && typeof (e as { message?: unknown }).message === 'string'
        ? (e as { message: string }).message
        : String(e);
  const raw = typeof e === 'object' && e ? (e as { code?: unknown }).code : undefined;
  const code: WirewatchErrorCode = isWirewatchErrorCode(raw)
    ? raw
    : raw === 'ENOENT'
      ? 'not_found'
      : typeof raw === 'string' && /^E[A-Z]+$/.test(raw)
        ? 'io'
        : fallback;
  return new WirewatchError(code, message, { cause: e });
}
