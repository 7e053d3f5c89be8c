/**
 * The service's first start: feeds, global topics and subscriptions seeded from the config into an
 * empty store (or again with `--reset-from-config`). `service.ts` re-exports it.
 */
import type { Config } from './config/schema.js';
import { subscriptionFromConfig } from './config/subscription.js';
import type { Store } from './store/store.js';

/**
 * Seeds feeds, global topics and subscriptions from the config on first start (an empty store), or
 * always with `reset` (`--reset-from-config`: config entries replace stored ones, global topics no
 * longer in the config are removed; subscriptions keep their delivery progress). Afterwards the database is the source of truth that admins edit.
 * @returns whether it seeded and how many of each
 */
export async function seedFromConfig(
  store: Store,
  config: Config,
  now: Date,
  opts: { reset?: boolean } = {},
): Promise<{ seeded: boolean; feeds: number; topics: number; subscriptions: number }> {
  const empty =
    (await store.feeds.listFeeds()).length === 0 &&
    (await store.watchlists.listTopics(null)).length === 0 &&
    (await store.subscriptions.listSubscriptions()).length === 0;
  if (!empty && !opts.reset) return { seeded: false, feeds: 0, topics: 0, subscriptions: 0 };
  for (const f of config.feeds) {
    const url = typeof f === 'string' ? f : f.url;
    const interval = typeof f === 'string' ? config.polling.interval : (f.interval ?? config.polling.interval);
    const existing = await store.feeds.getFeed(url);
    if (existing) await store.feeds.updateFeed(url, { intervalSeconds: Math.round(interval / 1000) });
    else await store.feeds.upsertFeed({ url, workspace: null, intervalSeconds: Math.round(interval / 1000), nextCheckAt: now });
  }
  for (const t of config.topics) await store.watchlists.upsertTopic({ ...t, workspace: null });
  if (opts.reset) {
    // The config is the whole global scope: a global topic taken out of it goes (so a server can take
    // its id over with `watch add`; see commands/watch.ts refuseGlobal). Workspace topics stay.
    const wanted = new Set(config.topics.map((t) => t.id));
    for (const t of await store.watchlists.listTopics(null)) if (!wanted.has(t.id)) await store.watchlists.removeTopic(null, t.id);
  }
  for (const s of config.subscriptions) {
    const sub = subscriptionFromConfig(s, config);
    const existing = await store.subscriptions.findSubscription(sub.platform, sub.workspace, sub.channel);
    await store.subscriptions.upsertSubscription(
      existing ? { ...sub, id: existing.id, lastWindowEnd: existing.lastWindowEnd, paused: existing.paused, pausedReason: existing.pausedReason } : sub,
    );
  }
  return { seeded: true, feeds: config.feeds.length, topics: config.topics.length, subscriptions: config.subscriptions.length };
}
