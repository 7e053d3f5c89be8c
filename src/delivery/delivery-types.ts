/** The dispatcher's ports, options and outcomes (re-exported by dispatcher.ts). */
import type { Clock } from '../model/clock.js';
import type { Delivery } from '../model/delivery.js';
import type { Subscription, Target, PlatformName } from '../model/subscription.js';
import type { DeliveryStore, SubscriptionStore } from '../store/store.js';
import type { Logger } from '../log/logger.js';

/**
 * What the dispatcher needs of a chat platform: the posting half of `ChatPlatform`
 * (src/platforms/platform.ts). Declared here so delivery/ does not import platforms/.
 */
export interface DeliveryPlatform {
  readonly name: PlatformName;
  post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }): Promise<{ id: string }[]>;
  findPosted(target: Target, idempotencyKey: string): Promise<{ id: string }[] | null>;
  /**
   * Where admin notices of `sub` go when it names no `noticeChannel`: Discord the server's system
   * channel, Slack a DM with whoever subscribed; null when there is none. Absent: the subscription's
   * own channel (the console).
   */
  noticeChannel?(sub: Subscription): Promise<string | null>;
}

/** Builds the platform payloads of one delivery (a digest window or one item), or null when there is nothing to send. */
export type PayloadBuilder = (sub: Subscription, kind: Delivery['kind'], subject: string) => Promise<unknown[] | null>;

/** Hooks for metrics (http/metrics.ts implements them). */
export interface DeliveryMetrics {
  sent(platform: string, kind: Delivery['kind'], latencySeconds: number): void;
  failed(platform: string, code: string, final: boolean): void;
  queueDepth(n: number): void;
}

export interface DispatcherOptions {
  deliveries: DeliveryStore;
  subscriptions: SubscriptionStore;
  platforms: Map<PlatformName, DeliveryPlatform>;
  payloads: PayloadBuilder;
  clock: Clock;
  logger?: Logger;
  metrics?: DeliveryMetrics;
  /** Attempts after the first before a row is marked `failed`. Default 5. */
  retries?: number;
  /** First retry delay in ms; doubles per attempt, capped at `retryMaxMs`. Default 30 000. */
  retryBaseMs?: number;
  /** Default 3 600 000 (1 h). */
  retryMaxMs?: number;
  /**
   * Called once a permanent error paused `sub` (after the pause is stored), with the failed row's id:
   * the service sends the admin notice. Errors are logged, never thrown back into the delivery.
   */
  onPaused?: (sub: Subscription, deliveryId: number) => Promise<void>;
  /**
   * Other processes deliver from the same ledger (a scaled-out deployment): a `pending` row may have
   * been posted by a worker that died before `markSent`, so the platform is asked (`findPosted`) before
   * any pending row is posted, not only after an attempt this process knows of. Default false.
   */
  sharedLedger?: boolean;
}

/** The outcome of one `deliver` call. */
export type DeliveryOutcome =
  | { status: 'sent'; delivery: Delivery; messageIds: string[]; /** true when reconciliation found it already posted */ found?: boolean }
  | { status: 'already_sent' | 'failed' | 'skipped'; delivery: Delivery | null; reason?: string }
  | { status: 'retry'; delivery: Delivery; retryAt: Date; error: string };

export interface Retry {
  subscriptionId: string;
  kind: Delivery['kind'];
  subject: string;
  at: number;
}
