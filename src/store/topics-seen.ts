/**
 * First sight per topic (ADR 0281): when a stored item first matched each topic it ever matched. The
 * first version's topics count from the item's first sight; a topic an edit adds counts from the poll
 * that read the edit. A digest selects an item for a channel by the earliest of these among the
 * channel's topics (`model/story.ts windowTimeFor`), so an edit that adds topic B to a story of topic A
 * reaches a B-only channel once and does not reach an A channel again. The stores keep every topic
 * ever matched (a topic an edit drops keeps its time, so an edit that brings it back is no news) and
 * hand it out as `AnalyzedItem.topicsSeen` (`shownTopicsSeen`).
 */
import type { AnalyzedItem } from '../model/story.js';

/** The topics an analysed version matches: those with a mention (what a digest or alert lists an item for). */
export function matchedTopics(a: Pick<AnalyzedItem, 'matches'>): string[] {
  return [...new Set(a.matches.filter((m) => m.mentions.length > 0).map((m) => m.topicId))];
}

/**
 * The first sights an edit adds: each topic the new version matches that the item never matched
 * before, at the edit's poll time (`edited.firstSeen`), never before the item's own first sight
 * (`firstSeen`, after the edit: `revisedFirstSeen`) — a back-catalogue item edited in a feed's first
 * read stays archive for its new topics too.
 * @param stored the topics the item ever matched (ids)
 */
export function addedTopicsSeen(
  stored: ReadonlySet<string>,
  firstSeen: Date,
  edited: Pick<AnalyzedItem, 'matches' | 'firstSeen'>,
): { topicId: string; at: Date }[] {
  const at = new Date(Math.max(firstSeen.getTime(), edited.firstSeen.getTime()));
  return matchedTopics(edited)
    .filter((t) => !stored.has(t))
    .map((topicId) => ({ topicId, at }));
}

/**
 * `AnalyzedItem.topicsSeen` as a store hands it out: every topic ever matched with its first sight, or
 * undefined when that adds nothing to `firstSeen` (every topic ever matched is matched now and was
 * first matched at `firstSeen`), so an item never edited into a topic reads back as it was saved.
 */
export function shownTopicsSeen(a: Pick<AnalyzedItem, 'matches' | 'firstSeen'>, seen: ReadonlyMap<string, Date>): Record<string, Date> | undefined {
  const now = new Set(matchedTopics(a));
  const plain = [...seen].every(([t, at]) => now.has(t) && at.getTime() === a.firstSeen.getTime()) && [...now].every((t) => seen.has(t));
  return plain ? undefined : Object.fromEntries([...seen].map(([t, at]) => [t, new Date(at.getTime())]));
}

/**
 * Whether an item lies in the candidate window [lo, hi) (ms) of `itemsFirstSeen`: first seen in it,
 * or first matching one of its topics in it.
 */
export function seenInWindow(firstSeen: Date, seen: Iterable<Date>, lo: number, hi: number): boolean {
  const inside = (t: number) => t >= lo && t < hi;
  if (inside(firstSeen.getTime())) return true;
  for (const at of seen) if (inside(at.getTime())) return true;
  return false;
}
