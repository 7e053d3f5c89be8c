/**
 * Moving buffers between threads without a copy (`postMessage`'s transfer list): what the main
 * thread's poller hands a worker (`movable`) and what a task's result hands back (`transferOf`).
 * Apart from `tasks.ts` so that the main thread does not load the task handlers (the parsers, the
 * analyzer) to use them (ADR 0278).
 */

/**
 * The buffers a task's result hands back by moving them (a parse's `bytes`): listed in `postMessage`'s
 * transfer list, they cross threads without a copy. Only a buffer the view covers whole is moved.
 */
export function transferOf(result: unknown): ArrayBuffer[] {
  const bytes = (result as { bytes?: unknown } | null)?.bytes;
  if (!(bytes instanceof Uint8Array)) return [];
  const buf = bytes.buffer;
  return buf instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buf.byteLength ? [buf] : [];
}

/**
 * `bytes` in a buffer of its own, and that buffer, for `WorkerPool.run`'s transfer list: a body read by
 * the fetcher usually owns its buffer (moved as it is, no copy); a view into a shared one (Node's
 * small-Buffer pool) is copied first — moving that buffer would take it from its other users.
 * After the call the caller must not use `bytes`: it is detached (length 0).
 */
export function movable(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const buf = bytes.buffer;
  if (buf instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buf.byteLength && bytes.byteLength >= 4096)
    return { bytes, transfer: [buf] };
  const copy = bytes.slice();
  return { bytes: copy, transfer: [copy.buffer] };
}
