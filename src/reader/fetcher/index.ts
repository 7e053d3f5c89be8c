/** The reader's HTTP client: see `fetcher.ts`. */
export * from './fetcher.js';
export { blockedReason, parseAllowCidrs } from './address-guard.js';
export { notBeforeFromHeaders, parseRetryAfter, parseHttpDate, parseCacheControl } from './freshness.js';
