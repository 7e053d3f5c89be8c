/**
 * After the first start the database, not the config file, holds the feeds, topics and subscriptions
 * (slash commands and `feeds import` edit them there). A YAML edit made later is therefore ignored; this
 * module finds such edits so that `wirewatch run` can say so once, naming `--reset-from-config`.
 */
import type { Config } from './config/schema.js';
import type { Store } from './store/store.js';
import { subscriptionFromConfig } from './config/subscription.js';

/** What the config lists that the database does not have (or has differently). */
export interface SeedDrift {
  /** Feed URLs in the config that the store lacks. */
  feeds: string[];
  /** Topic ids in the config that the store lacks or holds with other terms, excludes, name or priority. */
  topics: string[];
  /** Subscription ids (`platform:workspace:channel`) in the config that the store lacks or holds with other topics or schedule. */
  subscriptions: string[];
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Compares the config's seed lists with the store (read-only).
 * @returns the differences; all lists empty when the store is in step with the file
 */
export async function seedDrift(store: Store, config: Config): Promise<SeedDrift> {
  const feeds: string[] = [];
  for (const f of config.feeds) {
    const url = typeof f === 'string' ? f : f.url;
    if (!(await store.feeds.getFeed(url))) feeds.push(url);
  }
  const stored = new Map((await store.watchlists.listTopics(null)).map((t) => [t.id, t]));
  const topics = config.topics
    .filter((t) => {
      const s = stored.get(t.id);
      return !s || s.name !== t.name || s.priority !== t.priority || !same(s.terms, t.terms) || !same(s.exclude, t.exclude);
    })
    .map((t) => t.id);
  const subscriptions: string[] = [];
  for (const c of config.subscriptions) {
    const want = subscriptionFromConfig(c, config);
    const s = await store.subscriptions.findSubscription(want.platform, want.workspace, want.channel);
    if (!s || !same([...s.topics].sort(), [...want.topics].sort()) || s.cron !== want.cron || s.timezone !== want.timezone || s.mode !== want.mode) {
      subscriptions.push(`${want.platform}:${want.workspace}:${want.channel}`);
    }
  }
  return { feeds, topics, subscriptions };
}

/** The one warning for a drift, or null when there is none. */
export function seedDriftMessage(drift: SeedDrift, configFile: string | undefined): string | null {
  const parts = [
    drift.feeds.length ? `${drift.feeds.length} feed(s) (${drift.feeds.slice(0, 3).join(', ')}${drift.feeds.length > 3 ? ', …' : ''})` : '',
    drift.topics.length ? `topic(s) ${drift.topics.join(', ')}` : '',
    drift.subscriptions.length ? `subscription(s) ${drift.subscriptions.join(', ')}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    `main: ${configFile ?? 'the config'} lists ${parts.join('; ')} that the database does not have as written: ` +
    `since the first start the database, not this file, is in charge of feeds, topics and subscriptions, so these edits are ignored. ` +
    `Restart with --reset-from-config to apply the file (it replaces the stored entries it names), or make the change with a slash command / wirewatch feeds import`
  );
}
