/**
 * Cooperative time slicing for the poll round's main-thread work (issue 24). Each feed's loop over
 * its items runs on the event loop (store reads and writes are synchronous) and gives the loop a turn
 * every `sliceMs`. Yielding with a bare `setImmediate` was not enough: every feed that yielded resumed
 * in the same check phase, one slice each, so eight busy feeds held the loop for eight slices in a row
 * (the soak saw 0.8 s). Here the turns are handed out one per loop iteration, in order, and the slice
 * is measured from the last turn handed out, across all feeds: at most about one slice of sliced work
 * runs between two chances for `/healthz` and the sockets.
 */
export class LoopTurns {
  private readonly waiting: (() => void)[] = [];
  private armed = false;
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = 8) {}

  /**
   * Resolves at once (undefined) while the current slice lasts; else queues for a turn of the event
   * loop: one waiter is let go per iteration (its own `setImmediate`), first come first served.
   */
  slice(): Promise<void> | undefined {
    if (performance.now() - this.sliceStart < this.sliceMs) return undefined;
    return this.turn();
  }

  /** Waits for a turn of the event loop of its own (see the class comment), starting a new slice. */
  turn(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.arm();
    });
  }

  private arm(): void {
    if (this.armed) return;
    this.armed = true;
    // An immediate queued while the check phase runs goes to the next iteration: one waiter per iteration.
    setImmediate(() => {
      this.armed = false;
      this.sliceStart = performance.now();
      this.waiting.shift()?.();
      if (this.waiting.length > 0) this.arm();
    });
  }
}
