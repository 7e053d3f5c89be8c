/** Time comes from an injected clock so tests can pin or fast-forward it. */
export interface Clock {
  /** The current time. */
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at `at` that tests can move forward with `advance(ms)` or `set(date)`. */
export class ManualClock implements Clock {
  private t: number;
  constructor(at: Date | string) {
    this.t = new Date(at).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(at: Date | string): void {
    this.t = new Date(at).getTime();
  }
}
