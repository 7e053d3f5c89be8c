/**
 * The slash commands as the service runs them: `commands/` given the service's store, its digest
 * preview, `/digest now` through the ledger, and OPML import and feed discovery through the guarded
 * fetcher.
 */
import type { Digest } from './model/digest.js';
import type { Subscription } from './model/subscription.js';
import { windowSubject } from './model/delivery.js';
import type { Logger } from './log/logger.js';
import type { Dispatcher } from './delivery/dispatcher.js';
import { FIRST_WINDOW_MS } from './scheduler/digest-scheduler.js';
import { validateTerm } from './pipeline/matcher/term.js';
import { createCommands } from './commands/index.js';
import type { ServiceDeps } from './service-types.js';
import type { ServiceFetcher } from './service-poller.js';

/** What the commands need from the running service. */
export interface CommandWiring {
  log: Logger;
  dispatcher: Dispatcher;
  fetcher: ServiceFetcher;
  composeFor: (sub: Subscription, window: { start: Date; end: Date }) => Promise<Digest>;
  /** The tick in progress, or null (`/digest now` waits for its poll round). */
  ticking: () => Promise<unknown> | null;
}

/** The command handler and completer every adapter (and the panel) is given. */
export function serviceCommands(deps: ServiceDeps, w: CommandWiring): ReturnType<typeof createCommands> {
  const { config, clock, store } = deps;
  return createCommands({
    store,
    clock,
    logger: w.log,
    preview: (sub) => w.composeFor(sub, { start: sub.lastWindowEnd ?? new Date(clock.now().getTime() - FIRST_WINDOW_MS), end: clock.now() }),
    // `/digest now` counts as a delivery: the window [lastWindowEnd, now) through the ledger (which
    // moves lastWindowEnd to now), so the next scheduled digest starts where it ended.
    deliverNow: async (sub) => {
      // A poll round in progress may still store items first seen before now: wait for it, or they
      // would fall into the window this digest uses up.
      await w.ticking()?.catch(() => undefined);
      // No new window while the channel's last digest is still pending (being retried, or unsettled after
      // a crash), as for the scheduler: a final failure of that row hands its window back only while it is
      // the latest, and its stories are not yet "delivered" for this digest's repeat check (ADR 0308).
      const pending = await store.deliveries.pendingDeliveries();
      if (pending.some((d) => d.subscriptionId === sub.id && d.kind === 'digest')) {
        return {
          status: 'skipped',
          windowStart: sub.lastWindowEnd ?? clock.now(),
          reason: "the channel's previous digest is still being delivered (retrying); try again once it is posted",
        };
      }
      const now = clock.now();
      const windowStart = sub.lastWindowEnd ?? new Date(now.getTime() - FIRST_WINDOW_MS);
      const subject = windowSubject(windowStart, now);
      // The ledger's beginDelivery moves lastWindowEnd to `now` in its own transaction, and a final
      // failure hands the window back there too: nothing to move here.
      const outcome = await w.dispatcher.deliver(sub, 'digest', subject);
      return { status: outcome.status, windowStart, reason: 'reason' in outcome ? outcome.reason : undefined };
    },
    validateTerm,
    // `feed import <OPML URL>` (Slack's only way; Discord's `url:` option): through the guarded fetcher
    fetchOpml: async (url) => new TextDecoder('utf-8').decode((await w.fetcher.fetch({ url, accept: 'feed' })).body),
    // `feed add <site URL>`: autodiscovery, every request through the same guarded fetcher
    // (site discovery and its HTML parser are loaded by the first `feed add`, not by every start)
    discoverFeed: async (url) => (await import('./reader/discover/index.js')).discoverFeed(url, w.fetcher),
    // The matcher's compiler (and its stemmer) is loaded by the first `watch preview`, not by the start.
    matchTopics: async (topics) => {
      const m = (await import('./pipeline/matcher/index.js')).compileWatchlist(topics);
      return (item) => m.match(item.article).map((t) => t.topicId);
    },
    defaults: {
      cron: config.digests.cron,
      timezone: config.digests.timezone,
      locale: config.digests.locale,
      feedIntervalSeconds: Math.round(config.polling.interval / 1000),
    },
  });
}
