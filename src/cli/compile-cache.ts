/**
 * Node's module compile cache (ADR 0233, 0236): on Node ≥ 22.1 the compiled code of the modules a
 * start loads is kept on disk (`NODE_COMPILE_CACHE`, else the system's temp directory) and reused by
 * the next start; Node 20 has no such API, and then these do nothing. `NODE_DISABLE_COMPILE_CACHE=1`
 * turns it off.
 */
import module from 'node:module';

type CacheApi = { enableCompileCache?: () => unknown; flushCompileCache?: () => void };

/** Turns the cache on for every module loaded from now on (the caller's own static imports are already compiled). */
export function enableCompileCache(): void {
  try {
    (module as CacheApi).enableCompileCache?.();
  } catch {
    // a cache that cannot be set up (read-only temp directory) only costs speed
  }
}

/**
 * Writes what has been compiled so far to the cache now (Node ≥ 22.10), instead of at exit: a
 * service that is killed, not stopped, still leaves its cache for the next start.
 */
export function flushCompileCache(): void {
  try {
    (module as CacheApi).flushCompileCache?.();
  } catch {
    // as above
  }
}
