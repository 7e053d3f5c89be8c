/**
 * The service's delivery side, wired to its parts: the dispatcher (ledger, retries, pause notices),
 * the digest scheduler, instant alerts and spike alerts. A scaled-out process hands what they would
 * post to the job queue instead (`cluster.handOff`).
 */
import type { PlatformName, Subscription } from './model/subscription.js';
import type { Logger } from './log/logger.js';
import type { ChatPlatform } from './platforms/platform.js';
import { Dispatcher, type DeliveryPlatform } from './delivery/dispatcher.js';
import { DigestScheduler } from './scheduler/digest-scheduler.js';
import { InstantAlerts } from './scheduler/instant.js';
import { SpikeAlerts } from './scheduler/spikes.js';
import { ChannelStories } from './service-received.js';
import { noticeSubject } from './notices/notices.js';
import type { ServiceMetrics } from './http/metrics.js';
import type { ServiceDeps } from './service-types.js';

/** The parts that post: built once per service. */
export interface ServiceDelivery {
  dispatcher: Dispatcher;
  scheduler: DigestScheduler;
  alerts: InstantAlerts;
  spikes: SpikeAlerts;
}

/** What the delivery parts need from the service beyond its deps. */
export interface DeliveryWiring {
  log: Logger;
  metrics: ServiceMetrics;
  platforms: Map<PlatformName, ChatPlatform>;
  /** The platforms whose adapters are connected (read at each due digest). */
  connected: Set<PlatformName>;
  /** A ledger row's payloads (`ServiceDigests.payloads`), called when the row is posted. */
  payloads: (sub: Subscription, kind: 'digest' | 'item' | 'notice' | 'spike', subject: string) => Promise<unknown[] | null>;
  /** A live cron job's trigger (`Service.triggerTick`). */
  onDue: () => void;
}

/**
 * Builds the dispatcher, digest scheduler, instant and spike alerts of one service. A paused
 * subscription is told so by an admin notice through the same dispatcher.
 */
export function createServiceDelivery(deps: ServiceDeps, w: DeliveryWiring): ServiceDelivery {
  const { config, store, clock } = deps;
  const dispatcher: Dispatcher = new Dispatcher({
    deliveries: store.deliveries,
    subscriptions: store.subscriptions,
    platforms: w.platforms as Map<PlatformName, DeliveryPlatform>,
    payloads: w.payloads,
    clock,
    logger: w.log,
    metrics: w.metrics,
    retries: config.digests.retries,
    retryBaseMs: config.digests.retryBase,
    sharedLedger: deps.cluster !== undefined,
    onPaused: async (sub, deliveryId) => {
      await dispatcher.deliver(sub, 'notice', noticeSubject({ kind: 'subscription_paused', deliveryId }));
    },
  });
  // A scaled-out process hands deliveries to the job queue; a single process posts them itself.
  const handOff = deps.cluster?.handOff ?? dispatcher;
  const scheduler = new DigestScheduler({
    subscriptions: store.subscriptions,
    deliveries: store.deliveries,
    dispatcher: handOff,
    clock,
    graceMs: config.digests.grace,
    platforms: () => w.connected,
    onDue: w.onDue,
    logger: w.log,
  });
  const alerts = new InstantAlerts({
    subscriptions: store.subscriptions,
    watchlists: store.watchlists,
    feeds: store.feeds,
    dispatcher: handOff,
    ledger: { deliveries: store.deliveries, items: store.items },
    stories: new ChannelStories({ store, clock }),
    clock,
    perHour: config.digests.instantPerHour,
    cap: deps.cluster?.alertCap,
    logger: w.log,
  });
  // Scaled out, spikes are looked for by the leader's sweep (sweepInstantAlerts) and handed to the queue.
  const spikes = new SpikeAlerts({ store, dispatcher: handOff, clock, perHour: config.digests.instantPerHour, logger: w.log });
  return { dispatcher, scheduler, alerts, spikes };
}
