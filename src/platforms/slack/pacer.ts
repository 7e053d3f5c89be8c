/**
 * Per-channel pacing of posts: Slack allows about one message per second per channel for
 * `chat.postMessage` ("Rate limits", special rate limits: https://docs.slack.dev/reference/methods/chat.postMessage#rate_limiting).
 * Pacing is about real elapsed time on Slack's side, so it runs on a monotonic time source (not the
 * service's injected `Clock`, which tests pin); both the time source and the sleep are injectable.
 */
import { setTimeout as delay } from 'node:timers/promises';

/** Slack's per-channel posting rate: one message per 1000 ms. */
export const POST_INTERVAL_MS = 1000;

export interface PacerOptions {
  /** Minimum gap between two posts to one channel, ms. Default `POST_INTERVAL_MS`. */
  intervalMs?: number;
  /** Monotonic milliseconds; default `performance.now()`. */
  now?: () => number;
  /** Waits `ms`; default `timers/promises` setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export class ChannelPacer {
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Channel → the earliest time (monotonic ms) its next post may start. */
  private readonly next = new Map<string, number>();
  /** Channel → the tail of its queue, so concurrent posts to one channel take turns. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(opts: PacerOptions = {}) {
    this.intervalMs = opts.intervalMs ?? POST_INTERVAL_MS;
    this.now = opts.now ?? (() => performance.now());
    this.sleep = opts.sleep ?? ((ms) => delay(ms).then(() => undefined));
  }

  /**
   * Runs `send` once `channel`'s previous post started at least `intervalMs` ago; posts to one
   * channel run one at a time, in call order. Other channels are not held up.
   * @returns what `send` returns; its rejection is passed on (the slot is still used)
   */
  async run<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(channel) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(channel, tail);
    await previous;
    try {
      const wait = (this.next.get(channel) ?? -Infinity) - this.now();
      if (wait > 0) await this.sleep(wait);
      this.next.set(channel, this.now() + this.intervalMs);
      return await send();
    } finally {
      release();
      if (this.tails.get(channel) === tail) this.tails.delete(channel);
    }
  }
}
