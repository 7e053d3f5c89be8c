/**
 * What a channel already received, for the two paths that must not deliver a story twice (docs/digests.md
 * "The same story, once", ADR 0288): a digest's repeat check (`ServiceDigests.withoutRepeats`) and an
 * instant alert (`InstantAlerts`, through its `AlertStories` port). Both read the channel's digests and
 * alerts of the last 48 h from the delivery ledger (`deliveredItems`) and judge "the same story" by the
 * one clustering the digest uses (`storyOf` + `clusterStories`), so a copy in the other script or from
 * another outlet is the story received whichever path delivered it, across restarts.
 */
import type { Clock } from './model/clock.js';
import type { AnalyzedItem } from './model/story.js';
import { windowTimeFor } from './model/story.js';
import type { Subscription } from './model/subscription.js';
import type { Topic } from './model/watchlist.js';
import { tenantOf, visibleMatches } from './model/tenant.js';
import type { Store } from './store/store.js';
import type { AlertStories } from './scheduler/instant.js';
import { copiesOf, firstOfEachNewStory } from './digest/alert-stories.js';
import { deliveredItems, REPEAT_LOOKBACK_MS } from './digest/repeats.js';

/** How far before an alert was begun its story's other copies are looked for, to list them under "also:" (ms). */
export const ALERT_COPIES_MS = 3_600_000;

/** Reads a value once per round when a round cache is given (`DigestFanout.shared`), else every time. */
export type Shared = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

/**
 * The time an item counts for `sub` — its first match with one of the subscription's topics (its
 * first sight, or the edit that added the topic; ADR 0281) — or null when it matches none of them.
 * @param visible the topics the subscription's tenant sees
 */
export function relevantTimeFor(sub: Pick<Subscription, 'topics'>, visible: readonly Topic[]): (a: AnalyzedItem) => Date | null {
  const subscribed = (id: string) => sub.topics.length === 0 || sub.topics.includes(id);
  const watched = new Set(visible.map((t) => t.id).filter(subscribed));
  return (a) => {
    const seen = visibleMatches(a, visible);
    return seen.matches.some((m) => subscribed(m.topicId) && m.mentions.length > 0) ? windowTimeFor(seen, watched) : null;
  };
}

/**
 * The items `sub` received in the 48 h before `now` (`deliveredItems`: its sent digest windows other
 * than `subject`, and its alerts), read through the store.
 * @param opts.beingSent count digests being sent (`pending` rows) as received too (the alert check)
 * @param opts.sentAt only ledger rows created before this time (a past digest as it was posted)
 * @param opts.shared a round cache for the earlier windows' items (subscriptions of a round share them)
 */
export async function receivedItems(
  store: Store,
  sub: Subscription,
  visible: readonly Topic[],
  opts: { subject: string; now: Date; sentAt?: Date; beingSent?: boolean; shared?: Shared },
): Promise<AnalyzedItem[]> {
  const source = {
    listDeliveries: (id: string) => store.deliveries.listDeliveries(id),
    getItem: (id: string) => store.items.getItem(id),
    itemsFirstSeen: (f: Date, t: Date, w?: string | null) => {
      const read = () => store.items.itemsFirstSeen(f, t, w);
      return opts.shared ? opts.shared(JSON.stringify([`raw items ${f.getTime()} ${t.getTime()}`, w ?? null]), read) : read();
    },
  };
  const relevant = relevantTimeFor(sub, visible);
  return deliveredItems({ id: sub.id, tenant: tenantOf(sub) }, opts.subject, opts.now, source, relevant, opts.sentAt, opts.beingSent);
}

/**
 * The instant alerts' view of a channel's stories (`AlertStories`): which of a round's candidates to
 * alert, and which stored copies an alert lists under "also:".
 */
export class ChannelStories implements AlertStories {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  /**
   * Of `items` (one channel's alert candidates of a round, in order), the first of each story the
   * channel has not received: items that cluster with a digest entry or alert of its last 48 h (sent or
   * being sent) are left out — a copy brings nothing new, and a copy with a new quote is a follow-up
   * that its next digest carries as `Update:` (ADR 0163) — and of the items that cluster with each
   * other only the first is alerted; the payload lists the others (`alertCopies`).
   */
  async firstOfEachStory(sub: Subscription, items: AnalyzedItem[]): Promise<AnalyzedItem[]> {
    if (items.length === 0) return items;
    const visible = await this.deps.store.watchlists.listTopics(tenantOf(sub));
    const received = await receivedItems(this.deps.store, sub, visible, { subject: '', now: this.deps.clock.now(), beingSent: true });
    return firstOfEachNewStory(items, received);
  }

  /**
   * Whether an alert to `sub` begun before row `rowId` (lower id, not failed, created in the last 48 h)
   * is of an item of `item`'s story (the digest's clustering, `copiesOf`): the later of two processes
   * that alerted copies of one story at the same moment yields (ADR 0297).
   */
  async alertedEarlier(sub: Subscription, item: AnalyzedItem, rowId: number): Promise<boolean> {
    const { store, clock } = this.deps;
    const since = clock.now().getTime() - REPEAT_LOOKBACK_MS;
    const rows = (await store.deliveries.listDeliveries(sub.id)).filter(
      (d) => d.kind === 'item' && d.id < rowId && d.state !== 'failed' && d.subject !== item.id && d.createdAt.getTime() >= since,
    );
    const earlier: AnalyzedItem[] = [];
    for (const d of rows) {
      const a = await store.items.getItem(d.subject);
      if (a) earlier.push(a);
    }
    return copiesOf(item, earlier).length > 0;
  }

  /**
   * The stored copies an alert of `item` to `sub` lists under "also:": the items of the same story
   * (the digest's clustering) that matched one of the channel's instant topics within
   * `ALERT_COPIES_MS` before the alert was begun (its ledger row; now, before it has one), from feeds
   * the channel sees, not alerted to it themselves — the round's other copies that `firstOfEachStory`
   * left out. Bounded by the row's time, so a retry or a crash's reconciliation rebuilds the same alert.
   * @param instant the channel's instant topics; `feeds` the feed URLs its tenant sees
   * @returns the copies as stored (their matches not renamed)
   */
  async alertCopies(sub: Subscription, item: AnalyzedItem, instant: readonly Topic[], feeds: ReadonlySet<string>): Promise<AnalyzedItem[]> {
    const { store, clock } = this.deps;
    const rows = (await store.deliveries.listDeliveries(sub.id)).filter((d) => d.kind === 'item');
    const at = (rows.find((d) => d.subject === item.id)?.createdAt ?? clock.now()).getTime();
    const alerted = new Set(rows.map((d) => d.subject));
    const ids = new Set(instant.map((t) => t.id));
    const pool = (await store.items.itemsFirstSeen(new Date(at - ALERT_COPIES_MS), new Date(at + 1), tenantOf(sub))).filter((a) => {
      if (a.id === item.id || alerted.has(a.id) || !feeds.has(a.feedUrl)) return false;
      const seen = visibleMatches(a, instant);
      if (!seen.matches.some((m) => ids.has(m.topicId) && m.mentions.length > 0)) return false;
      const t = windowTimeFor(seen, ids).getTime();
      return t >= at - ALERT_COPIES_MS && t <= at;
    });
    return copiesOf(item, pool);
  }
}
