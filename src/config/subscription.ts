/**
 * The subscription a config entry seeds: the config's view turned into the model's, with the defaults
 * of `config.digests` filled in (used by the seeding in `service.ts` and by `seed-drift.ts`).
 */
import type { Subscription } from '../model/subscription.js';
import type { Config, SubscriptionConfig } from './schema.js';

/** The subscription a config entry seeds (defaults from `config.digests`). */
export function subscriptionFromConfig(s: SubscriptionConfig, config: Config): Subscription {
  return {
    id: s.id ?? `${s.platform}:${s.workspace}:${s.channel}`,
    platform: s.platform,
    workspace: s.workspace,
    channel: s.channel,
    topics: s.topics,
    cron: s.cron ?? config.digests.cron,
    timezone: s.timezone ?? config.digests.timezone,
    locale: s.locale ?? config.digests.locale,
    mode: s.mode,
    postEmpty: s.postEmpty,
    paused: false,
    pausedReason: null,
    createdBy: 'config',
    lastWindowEnd: null,
    quietHours: s.quietHours ?? null,
  };
}
