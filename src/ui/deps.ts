/** What the panel needs from the running service (`service.ts` builds it; tests build their own). */
import type { CommandHandler } from '../commands/command.js';
import type { Logger } from '../log/logger.js';
import type { Clock } from '../model/clock.js';
import type { Digest } from '../model/digest.js';
import type { PlatformName, Subscription } from '../model/subscription.js';
import type { Store } from '../store/store.js';
import type { UiToken } from './auth/token.js';

/** The service's loop as the overview shows it. */
export interface ServiceState {
  /** A tick (poll round, deliveries, digests) is running now. */
  ticking: boolean;
  /** When the last tick ended, with what it did; null before the first. */
  lastTick: { at: Date; polled: number; failed: number; newItems: number; digests: number; retried: number } | null;
  /** Adapters started and connected. */
  connected: PlatformName[];
  /** Ledger rows waiting for a retry. */
  pendingDeliveries: number;
}

export interface PanelDeps {
  store: Store;
  clock: Clock;
  /**
   * The command handler the chat adapters use: the panel writes watchlists and subscriptions through
   * it, so the same validation and admin rules apply (global topics are not edited, terms are checked).
   */
  commands: CommandHandler;
  /**
   * Composes a subscription's digest for a window, as a delivery would (no delivery recorded): without
   * stories the channel already got; `sentAt` gives a past digest as it was posted then.
   */
  composeFor(sub: Subscription, window: { start: Date; end: Date }, sentAt?: Date): Promise<Digest>;
  /** Renders a digest into the payloads the platform is sent (service.ts `renderFor`). */
  render(platform: PlatformName, digest: Digest): unknown[];
  /** Checks the sign-in token. */
  token: UiToken;
  /** Days the backtest looks back by default (`ui.backtestDays`). */
  backtestDays: number;
  /** A session ends after this long idle, ms (`ui.sessionTtl`). */
  sessionTtlMs: number;
  /** The service's loop (absent: not shown). */
  state?: () => Promise<ServiceState>;
  /** Wall clock for session expiry, ms (default `Date.now`). */
  wallNow?: () => number;
  logger?: Logger;
}
