/** How the dispatcher reads a failed post (permanent, code, Retry-After) and a digest subject's window. */
import { parseWindowSubject } from '../model/delivery.js';

/** The window of a digest subject (`start/end`), or null when it is not one. */
export function windowOf(subject: string): { start: Date; end: Date } | null {
  try {
    return parseWindowSubject(subject);
  } catch {
    return null;
  }
}

/** True for errors that must not be retried: `PlatformError` with `permanent: true` (duck-typed). */
export function isPermanent(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { permanent?: unknown }).permanent === true;
}
export function errorCode(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'error';
}
export function retryAfter(e: unknown): number | null {
  const ms = typeof e === 'object' && e !== null ? (e as { retryAfterMs?: unknown }).retryAfterMs : undefined;
  return typeof ms === 'number' && ms >= 0 ? ms : null;
}
