/**
 * A small pool of worker threads (node:worker_threads) that parses feeds and analyses items off the
 * event loop, so no document or article — however large or hostile — can stall `/healthz`, the
 * other feeds or the digests (issue 24, issue 20; ADR 0240). Each worker runs one task at a time
 * under V8 heap limits (`resourceLimits`) and a per-task deadline: a task over its deadline or a worker
 * that runs out of memory is ended, its task rejected with a coded error, and a fresh worker started
 * for the next task. The main thread keeps the I/O: fetching, the store, the platforms.
 *
 * Under tsx or vitest (source `.ts` files) the worker loads its TypeScript entry through tsx's loader;
 * from `dist/` it loads the compiled `.js`.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { asCodedError, WirewatchError } from '../model/errors.js';
import { silentLogger, type Logger } from '../log/logger.js';
import type { TaskRequest, TaskResponse, Task, TaskResult } from './tasks.js';

export interface WorkerPoolOptions {
  /** Worker threads (default: one per core but one, at least 1, at most 4). */
  size?: number;
  /** A task running longer than this is ended and rejected with `task_timeout` (default 60 000 ms). */
  taskTimeoutMs?: number;
  /** V8 old-generation heap per worker in MiB (default 256): a document that needs more is refused. */
  maxOldGenerationMb?: number;
  /** Tasks over {@link BIG_TASK_BYTES} running at once, at most (default 1; see there). */
  maxBigTasks?: number;
  logger?: Logger;
}

/**
 * A task whose input (`bytes`) is larger than this is "big": parsing a multi-MiB feed costs its worker
 * several times the document in heap (the decoded text, the tree, the items), so with several workers
 * such tasks run one at a time (`maxBigTasks`) while small ones keep flowing past them — peak memory
 * stays one big parse, not one per worker (issue 24: the soak's peak RSS).
 */
export const BIG_TASK_BYTES = 4 * 1024 * 1024;

const isBig = (task: Task): boolean => 'bytes' in task && task.bytes.byteLength > BIG_TASK_BYTES;

interface Pending {
  task: Task;
  transfer: ArrayBuffer[];
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its entry (deadlines start only then: loading is not the task's time). */
  ready: boolean;
  busy: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
}

const here = import.meta.url;
const fromSource = here.endsWith('.ts');

/** Spawns one worker on the task entry (see the module comment for `.ts` vs `.js`). */
function spawn(maxOldGenerationMb: number): Worker {
  const entry = new URL(fromSource ? './task-worker.ts' : './task-worker.js', here);
  // From source, the worker first registers tsx's loader in its own thread, then imports the entry.
  const source = fromSource ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })` : null;
  return new Worker(source ?? entry, {
    eval: source !== null,
    resourceLimits: { maxOldGenerationSizeMb: maxOldGenerationMb },
    stdout: false,
    stderr: false,
  });
}

/** The pool. `run` queues a task; `close` ends the workers (tasks still queued are rejected). */
export class WorkerPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly heapMb: number;
  private readonly log: Logger;
  private readonly maxBig: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: WorkerPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? Math.min(4, availableParallelism() - 1));
    this.timeoutMs = opts.taskTimeoutMs ?? 60_000;
    this.heapMb = opts.maxOldGenerationMb ?? 256;
    this.log = opts.logger ?? silentLogger;
    this.maxBig = Math.max(1, opts.maxBigTasks ?? 1);
  }

  /**
   * Runs a task on a worker.
   * @param transfer buffers moved (not copied) to the worker; the caller must not use them afterwards
   * @throws WirewatchError with the task's own code (`feed_limit`, `not_a_feed`, ...), `task_timeout`,
   *   `worker_memory` (the heap limit was reached), `worker_failed`, or `pool_closed`
   */
  run<K extends Task['kind']>(task: Extract<Task, { kind: K }>, transfer: ArrayBuffer[] = []): Promise<TaskResult<K>> {
    if (this.closed) return Promise.reject(new WirewatchError('pool_closed', 'worker: the pool is closed'));
    return new Promise<TaskResult<K>>((resolve, reject) => {
      this.queue.push({ task, transfer, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Tasks running plus queued. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.busy).length;
  }

  /** Workers started and loaded (at most `size`; started lazily as tasks queue up). */
  get readyWorkers(): number {
    return this.slots.filter((s) => s.ready).length;
  }

  /** Big tasks running now (see `BIG_TASK_BYTES`). */
  get runningBig(): number {
    return this.slots.filter((s) => s.busy && isBig(s.busy.task)).length;
  }

  private pump(): void {
    while (this.queue.length) {
      // The first queued task that may start: a big one waits while `maxBigTasks` big ones run.
      const bigFull = this.runningBig >= this.maxBig;
      const at = bigFull ? this.queue.findIndex((p) => !isBig(p.task)) : 0;
      if (at < 0) return;
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) {
        if (this.slots.length < this.size && this.slots.every((s) => s.ready)) this.addSlot();
        return;
      }
      const next = this.queue.splice(at, 1)[0];
      const id = this.nextId++;
      const timer = setTimeout(
        () => this.fail(slot!, new WirewatchError('task_timeout', `worker: ${next.task.kind} took longer than ${this.timeoutMs} ms; ended`)),
        this.timeoutMs,
      );
      slot.busy = { ...next, id, timer };
      slot.worker.ref();
      const req: TaskRequest = { id, task: next.task };
      slot.worker.postMessage(req, next.transfer);
    }
  }

  private addSlot(): Slot {
    const worker = spawn(this.heapMb);
    const slot: Slot = { worker, ready: false, busy: null };
    worker.on('message', (msg: TaskResponse | 'ready') => {
      if (msg === 'ready') {
        slot.ready = true;
        worker.unref(); // an idle worker never keeps the process alive; pump() refs it for a task
        this.pump();
        return;
      }
      const b = slot.busy;
      if (!b || b.id !== msg.id) return;
      clearTimeout(b.timer);
      slot.busy = null;
      worker.unref();
      if (msg.ok) b.resolve(msg.result);
      else b.reject(asCodedError(msg.error)); // the code crossed the thread as a string: checked on the way in
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (!slot.ready) {
        // The entry itself failed to load: every queued task would fail the same way.
        this.remove(slot);
        for (const p of this.queue.splice(0)) p.reject(new WirewatchError('worker_failed', `worker: could not start: ${e.message}`));
        return;
      }
      const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(
        slot,
        new WirewatchError(memory ? 'worker_memory' : 'worker_failed', `worker: ${memory ? `ran out of its ${this.heapMb} MiB heap` : e.message}`),
      );
    });
    worker.on('exit', (code) => {
      if (slot.busy) this.fail(slot, new WirewatchError('worker_failed', `worker: exited with code ${code}`));
      else this.remove(slot);
    });
    this.slots.push(slot);
    return slot;
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  /** Rejects the slot's task, ends its worker and lets the next task start on a fresh one. */
  private fail(slot: Slot, err: WirewatchError): void {
    const b = slot.busy;
    slot.busy = null;
    this.remove(slot);
    if (b) {
      clearTimeout(b.timer);
      this.log.warn({ task: b.task.kind, code: err.code, err_message: err.message }, 'worker: task failed; worker replaced');
      b.reject(err);
    }
    void slot.worker.terminate().catch(() => undefined);
    if (!this.closed) this.pump();
  }

  /** Ends every worker; queued and running tasks are rejected with `pool_closed`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new WirewatchError('pool_closed', 'worker: the pool is closed'));
    const slots = this.slots.splice(0);
    for (const s of slots) {
      if (s.busy) {
        clearTimeout(s.busy.timer);
        s.busy.reject(new WirewatchError('pool_closed', 'worker: the pool is closed'));
        s.busy = null;
      }
    }
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }
}
