/**
 * Tenants: who owns a feed, a topic, a subscription and so the stories they see. A tenant is a Discord
 * guild id or a Slack team id (Discord ids are numeric snowflakes, Slack team ids start with `T` or
 * `E`, so the two never collide); `null` is the config's global scope, which every tenant sees.
 * A tenant sees the global scope plus its own rows, never another tenant's.
 *
 * Stored topic matches carry a qualified topic id (`qualifiedTopicId`), because two tenants may each
 * have a topic `ukraine` with different terms: a story matched by guild A's `ukraine` must not show up
 * under workspace B's `ukraine`. `visibleMatches` turns a stored item back into what one tenant sees.
 */
import type { AnalyzedItem } from './story.js';
import type { Target } from './subscription.js';
import type { Topic } from './watchlist.js';

/** A Discord guild id or Slack team id, or null for the global (config) scope. */
export type Tenant = string | null;

/** The tenant of a chat target: its workspace, or the global scope for the console adapter. */
export function tenantOf(target: Pick<Target, 'platform' | 'workspace'>): Tenant {
  return target.platform === 'console' ? null : target.workspace;
}

/** The id a topic's matches are stored under: the plain id for a global topic, `id@workspace` otherwise. */
export function qualifiedTopicId(topic: Pick<Topic, 'id' | 'workspace'>): string {
  return topic.workspace === null ? topic.id : `${topic.id}@${topic.workspace}`;
}

/** The topic as the matcher compiles it (its id qualified, see `qualifiedTopicId`). */
export function qualifyTopic(topic: Topic): Topic {
  return { ...topic, id: qualifiedTopicId(topic) };
}

/**
 * The item as a tenant sees it: only the matches of `topics` (the tenant's visible topics, as
 * `listTopics(tenant)` returns them), under their plain ids; mentions and `topicsSeen` renamed alike.
 */
export function visibleMatches(item: AnalyzedItem, topics: readonly Pick<Topic, 'id' | 'workspace'>[]): AnalyzedItem {
  const plain = new Map(topics.map((t) => [qualifiedTopicId(t), t.id]));
  const matches = item.matches
    .filter((m) => plain.has(m.topicId))
    .map((m) => {
      const id = plain.get(m.topicId)!;
      return { ...m, topicId: id, mentions: m.mentions.map((x) => ({ ...x, topicId: id })) };
    });
  if (!item.topicsSeen) return { ...item, matches };
  const topicsSeen = Object.fromEntries(Object.entries(item.topicsSeen).flatMap(([t, at]) => (plain.has(t) ? [[plain.get(t)!, at]] : [])));
  return { ...item, matches, topicsSeen };
}
