/**
 * Stories a subscription already received are not delivered again as new entries (docs/digests.md
 * "The same story, once"). Within one digest, `clusterStories` folds the outlets of one story into one
 * entry; across digests, the items the subscription already got — in a digest sent within
 * `REPEAT_LOOKBACK_MS`, or as an instant alert — are clustered together with the new digest's items by
 * the very same similarity (`storyOf` + `clusterStories`). A new item whose cluster holds one of them
 * is a repeat — left out — unless it brings something the subscription has not received: a direct or
 * partial quote (speaker known, verbatim in it) whose words stand in none of the delivered items of
 * its cluster, and it is more than the full text of a delivered teaser. Such an item is a follow-up: delivered, as an entry marked as an update that shows only
 * the new quotes (ADR 0163). What was delivered is read back from the delivery ledger (sent digest
 * windows, alerted item ids) and the stored items, so it holds across restarts.
 */
import type { Digest } from '../model/digest.js';
import { parseWindowSubject, type Delivery } from '../model/delivery.js';
import type { AnalyzedItem } from '../model/story.js';
import { clusterStories, type ClusterOptions } from '../pipeline/dedupe/cluster.js';
import { memoShingles } from '../pipeline/dedupe/fold-memo.js';
import { storyOf } from './compose.js';
import { newQuotes } from './quotes.js';
export { newQuotes } from './quotes.js';

/** How far back (ms) a subscription's deliveries count as "already received": 48 h. */
export const REPEAT_LOOKBACK_MS = 48 * 3_600_000;

/** What a new digest's items are against what the subscription already received. */
export interface AgainstDelivered {
  /** Ids of items to leave out: copies of a delivered story that bring nothing new. */
  repeated: Set<string>;
  /** Items of a delivered story that bring new quotes (follow-ups), with the delivered items of their story. */
  followUps: Map<string, AnalyzedItem[]>;
}

/**
 * Sorts the items of `digest` against the items the subscription already received: an item whose
 * cluster, formed with the delivered items, holds one of them is a follow-up when it has `newQuotes`
 * and is not merely the full text of a delivered teaser (`teaserOf`), else a repeat. The caller composes
 * the digest again without the repeats and with the follow-ups marked (`ComposeInput.followUps`), so
 * caps and "+N more" lines count only what is new.
 * @param digest the composed digest
 * @param items the items the digest was composed from (at least those its entries list)
 * @param delivered items the subscription already received (digest entries and alerts); an item that is
 *   also in the digest (an alerted item of this window) is left out with its copies
 * @param cluster the clustering thresholds the digest was composed with
 */
export function againstDelivered(digest: Digest, items: AnalyzedItem[], delivered: AnalyzedItem[], cluster?: ClusterOptions): AgainstDelivered {
  const result: AgainstDelivered = { repeated: new Set(), followUps: new Map() };
  if (delivered.length === 0) return result;
  const byId = new Map(items.map((a) => [a.id, a]));
  const entries = digest.sections.flatMap((s) => [...s.entries, ...(s.more ?? [])]);
  const fresh = [...new Set(entries.flatMap((e) => e.itemIds ?? [e.id]))].map((id) => byId.get(id)).filter((a): a is AnalyzedItem => a !== undefined);
  if (fresh.length === 0) return result;
  // The same stored item may be in this window too (an alerted one): its old copy gets an id of its own.
  const oldById = new Map(delivered.map((a) => [`old:${a.id}`, { ...a, id: `old:${a.id}` }]));
  const alerted = new Set(delivered.map((a) => a.id));
  const touched = new Set<string>();
  for (const ids of clusterStories([...fresh, ...oldById.values()].map(storyOf), cluster)) {
    const old = ids.map((id) => oldById.get(id)).filter((a): a is AnalyzedItem => a !== undefined);
    if (old.length === 0) continue;
    for (const id of ids) {
      const a = byId.get(id);
      if (!a || oldById.has(id)) continue;
      touched.add(id);
      // The full text of a delivered teaser is the story received, not news: a follow-up needs a
      // delivered copy that was not just its teaser.
      if (alerted.has(id) || old.every((o) => teaserOf(o, a))) continue;
      if (newQuotes(a, old).length > 0) result.followUps.set(id, old);
    }
  }
  // Only items that cluster with a delivered one are repeats: an item of the same entry that does not
  // (distinct from the delivered story) is a story the subscription has not received.
  for (const id of touched) if (!result.followUps.has(id)) result.repeated.add(id);
  return result;
}

/**
 * True when `short` is a teaser of `full`: its body (3-word shingles) less than half as long and at
 * least 80 % inside `full`'s, as the lead or summary of a full text is.
 */
export function teaserOf(short: AnalyzedItem, full: AnalyzedItem): boolean {
  const s = memoShingles(storyOf(short).body ?? '', 3);
  const f = memoShingles(storyOf(full).body ?? '', 3);
  if (s.size * 2 >= f.size || s.size === 0) return false;
  let n = 0;
  for (const x of s) if (f.has(x)) n++;
  return n / s.size >= 0.8;
}

/**
 * The items of `digest` whose story the subscription already received and that bring nothing new
 * (`againstDelivered`'s repeats).
 * @param digest the composed digest
 * @param items the items the digest was composed from (at least those its entries list)
 * @param delivered items the subscription already received (digest entries and alerts); an item that is
 *   also in the digest (an alerted item of this window) is left out with its copies
 * @param cluster the clustering thresholds the digest was composed with
 * @returns ids of `items` to leave out (empty when nothing repeats)
 */
export function repeatedItems(digest: Digest, items: AnalyzedItem[], delivered: AnalyzedItem[], cluster?: ClusterOptions): Set<string> {
  return againstDelivered(digest, items, delivered, cluster).repeated;
}

/** What `deliveredItems` reads: the subscription's ledger rows and the stored items (store/ ports, by shape). */
export interface DeliveredSource {
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;
  getItem(id: string): Promise<AnalyzedItem | null>;
  itemsFirstSeen(from: Date, to: Date, tenant?: string | null): Promise<AnalyzedItem[]>;
}

/**
 * The items a subscription received within `REPEAT_LOOKBACK_MS` before `now`, read back from the
 * delivery ledger: the items of its `sent` digest windows (other than `currentSubject`) that matched
 * one of its topics by then — the time the item counts for the subscription (`relevantTime`: its first
 * match with one of the subscription's topics, ADR 0281) lies in the window — and the items of its
 * instant alerts (`item` rows not `failed`; held-back alerts have no row, so they still go into the
 * digest). A story whose first sight lies in a sent window but which matched the subscription's topics
 * only after an edit was not received in that window.
 * @param relevantTime the time a stored item counts for the subscription (`windowTimeFor` over its
 *   topics, tenancy applied), or null when it matches none of its topics
 * @param before only ledger rows created before this time (a past digest recomposed as it was sent)
 * @param beingSent count `pending` digest windows too (a digest being sent or retried): an instant
 *   alert's check, which must not alert what a digest on its way already carries
 */
export async function deliveredItems(
  sub: { id: string; tenant: string | null },
  currentSubject: string,
  now: Date,
  source: DeliveredSource,
  relevantTime: (a: AnalyzedItem) => Date | null,
  before?: Date,
  beingSent = false,
): Promise<AnalyzedItem[]> {
  const since = now.getTime() - REPEAT_LOOKBACK_MS;
  const out: AnalyzedItem[] = [];
  const windows: { start: number; end: number }[] = [];
  for (const d of await source.listDeliveries(sub.id)) {
    if (before && d.createdAt.getTime() >= before.getTime()) continue;
    if (d.kind === 'item' && d.state !== 'failed' && d.createdAt.getTime() >= since) {
      const item = await source.getItem(d.subject);
      if (item) out.push(item);
    } else if (d.kind === 'digest' && (d.state === 'sent' || (beingSent && d.state === 'pending')) && d.subject !== currentSubject) {
      let w: { start: Date; end: Date };
      try {
        w = parseWindowSubject(d.subject);
      } catch {
        continue;
      }
      if (w.end.getTime() > since) windows.push({ start: Math.max(w.start.getTime(), since), end: w.end.getTime() });
    }
  }
  if (windows.length > 0) {
    const from = Math.min(...windows.map((w) => w.start));
    const to = Math.max(...windows.map((w) => w.end));
    for (const a of await source.itemsFirstSeen(new Date(from), new Date(to), sub.tenant)) {
      const t = relevantTime(a)?.getTime();
      if (t !== undefined && windows.some((w) => t >= w.start && t < w.end)) out.push(a);
    }
  }
  return out;
}
