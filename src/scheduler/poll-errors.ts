/**
 * How the poller reads an error: its code (a `WirewatchError` code, else `internal`), its message, and
 * which codes abort a feed's poll instead of skipping one item.
 */

/**
 * Errors that abort a feed's poll without advancing anything (the store or the worker pool is gone):
 * skipping the item would let the validators move past it.
 */
export const ABORT_CODES = new Set(['store', 'store_not_found', 'pool_closed', 'worker_failed']);

/** The error's string `code`, or `internal` when it has none. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'internal';
}

/** The error's message (any thrown value as a string). */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
