/**
 * "The same story, once" for instant alerts (docs/digests.md, ADR 0288): which of a round's alert
 * candidates to alert, and which copies an alert folds in, judged by the one similarity the digest uses
 * (`storyOf` + `clusterStories`, as `againstDelivered` does across digests). Pure; the service reads what
 * the channel received from the ledger (`deliveredItems`) and hands it in.
 */
import type { AnalyzedItem } from '../model/story.js';
import { clusterStories, type ClusterOptions } from '../pipeline/dedupe/cluster.js';
import { storyOf } from './compose.js';

/**
 * Of `fresh` (one channel's alert candidates, in order), the first item of each story the channel has
 * not received: an item in a cluster with one of `delivered` is left out (a copy brings nothing new; a
 * copy with a new quote is a follow-up, which the channel's next digest carries as `Update:`), and of
 * items that cluster only with each other (the Latin and the Cyrillic copy of one round, two outlets'
 * word-for-word copies) the first is kept. An item also in `delivered` (alerted before) is left out.
 * @param cluster the clustering thresholds (tests, tuning)
 * @returns the items to alert, in their order in `fresh`
 */
export function firstOfEachNewStory(fresh: readonly AnalyzedItem[], delivered: readonly AnalyzedItem[], cluster?: ClusterOptions): AnalyzedItem[] {
  if (fresh.length === 0) return [];
  // A delivered item may be a candidate too (a sweep's item alerted before): its old copy gets an id of its own.
  const old = new Map(delivered.map((a) => [`received:${a.id}`, { ...a, id: `received:${a.id}` }]));
  const order = new Map(fresh.map((a, i) => [a.id, i]));
  const keep = new Set<string>();
  for (const ids of clusterStories([...fresh, ...old.values()].map(storyOf), cluster)) {
    if (ids.some((id) => old.has(id))) continue;
    const members = ids.filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
    if (members.length > 0) keep.add(members[0]);
  }
  return fresh.filter((a) => keep.has(a.id));
}

/**
 * The items of `pool` that tell the same story as `item` (they cluster with it), in `pool`'s order:
 * the copies an alert of `item` lists under "also:".
 * @param cluster the clustering thresholds (tests, tuning)
 */
export function copiesOf(item: AnalyzedItem, pool: readonly AnalyzedItem[], cluster?: ClusterOptions): AnalyzedItem[] {
  const others = pool.filter((a) => a.id !== item.id);
  if (others.length === 0) return [];
  const story = clusterStories([item, ...others].map(storyOf), cluster).find((c) => c.includes(item.id)) ?? [];
  return others.filter((a) => story.includes(a.id));
}
