/**
 * The delivery log: for each stored story and subscription, what happened to it and why (issue 18).
 * Built from the store alone: the subscription's ledger rows say which digest windows went out and
 * how; the digest of each window is composed again from the stored stories (compose is pure, so
 * that is the digest as it was posted, unless the watchlist or the story's stored matches changed
 * since) to see whether the story was a full entry, an overflow line ("+N more"), or folded into
 * another outlet's story.
 */
import type { Delivery } from '../../model/delivery.js';
import type { Digest } from '../../model/digest.js';
import type { AnalyzedItem } from '../../model/story.js';
import { windowTimeFor } from '../../model/story.js';
import type { Subscription } from '../../model/subscription.js';
import { tenantOf, visibleMatches } from '../../model/tenant.js';
import type { Topic } from '../../model/watchlist.js';
import { parseWindowSubject } from '../../model/delivery.js';
import { nextRun } from '../../commands/schedule.js';
import type { PanelDeps } from '../deps.js';
import { messageLink } from './message-links.js';

/** What happened to one story for one subscription. */
export type Fate =
  | { kind: 'delivered'; at: Date; link: string | null; messageId: string | null; topic: string }
  | { kind: 'overflow'; at: Date; link: string | null; messageId: string | null; topic: string }
  | { kind: 'duplicate'; at: Date | null; of: { id: string; title: string; outlet: string | null; link: string | null }; overflow: boolean }
  | { kind: 'not_matched'; why: string }
  | { kind: 'waiting'; next: Date | null; why: string }
  | { kind: 'paused'; reason: string }
  | { kind: 'pending'; attempts: number; error: string | null }
  | { kind: 'failed'; error: string | null }
  | { kind: 'before'; why: string };

export interface LogRow {
  item: { id: string; title: string; outlet: string | null; link: string | null; firstSeen: Date };
  subscription: Pick<Subscription, 'id' | 'platform' | 'workspace' | 'channel'>;
  fate: Fate;
}

interface Placement {
  where: 'entry' | 'more';
  topic: string;
  representative: { id: string; title: string; outlet: string | null; link: string | null };
}

/** Where every item of a digest sits: a full entry or an overflow line, and under which story. */
function placements(d: Digest): Map<string, Placement> {
  const out = new Map<string, Placement>();
  for (const s of d.sections) {
    for (const e of s.entries) {
      const rep = { id: e.id, title: e.title, outlet: e.outlet, link: e.link };
      for (const id of e.itemIds ?? [e.id]) if (!out.has(id)) out.set(id, { where: 'entry', topic: s.topicName, representative: rep });
    }
    for (const m of s.more ?? []) {
      const rep = { id: m.id, title: m.title, outlet: m.outlet, link: m.link };
      for (const id of m.itemIds) if (!out.has(id)) out.set(id, { where: 'more', topic: s.topicName, representative: rep });
    }
  }
  return out;
}

/** The message (part) of a posted digest whose payload carries the story's link, else the first. */
function partFor(deps: PanelDeps, sub: Subscription, digest: Digest, d: Delivery, link: string | null): string | null {
  if (d.messageIds.length <= 1 || !link) return d.messageIds[0] ?? null;
  const payloads = deps.render(sub.platform, digest);
  const i = payloads.findIndex((p) => JSON.stringify(p).includes(link));
  return d.messageIds[i >= 0 && i < d.messageIds.length ? i : 0];
}

/** Why a story does not match a subscription, in words. */
function notMatchedWhy(item: AnalyzedItem, visible: Topic[], followed: Set<string> | null): string {
  const seen = visibleMatches(item, visible).matches.map((m) => m.topicId);
  if (seen.length > 0) return `It matched ${seen.join(', ')}, which this subscription does not follow.`;
  if (item.matches.length > 0) return "It matched only another workspace's topics.";
  const names = visible.filter((t) => !followed || followed.has(t.id)).map((t) => t.id);
  return names.length ? `No term of ${names.join(', ')} occurs in its headline or text.` : 'This subscription follows no topic.';
}

/**
 * Why a story lies before the subscription's digest windows. An item first seen exactly at its
 * `published` was stored at its own date (`firstSeenAt`, ADR 0164): a new feed's back catalogue or an
 * item older than the retention horizon, never delivered as new. (An item read live is first seen at
 * its fetch time, which equals its `published` to the millisecond only by chance.)
 */
function beforeWhy(item: AnalyzedItem): string {
  const atOwnDate = item.item.published !== null && item.item.published.getTime() === item.firstSeen.getTime();
  return atOwnDate
    ? 'Stored at its own date, never delivered as new: a newly added feed’s back catalogue, or older than the retention horizon (docs/digests.md).'
    : 'First seen before this subscription’s first digest window (or its ledger row was pruned).';
}

/**
 * The log rows of one subscription over the stories it can see that were first seen in [from, to).
 * @returns one row per story, newest first
 * @throws WirewatchError `store` from the store
 */
export async function subscriptionLog(deps: PanelDeps, sub: Subscription, from: Date, to: Date): Promise<LogRow[]> {
  const tenant = tenantOf(sub);
  const [items, visible, ledger] = await Promise.all([
    deps.store.items.itemsFirstSeen(from, to, tenant),
    deps.store.watchlists.listTopics(tenant),
    deps.store.deliveries.listDeliveries(sub.id),
  ]);
  const followed = sub.topics.length > 0 ? new Set(sub.topics) : null;
  const windows = ledger.filter((d) => d.kind === 'digest').map((d) => ({ d, ...parseWindowSubject(d.subject) }));
  const composed = new Map<number, Promise<{ digest: Digest; at: Map<string, Placement> }>>();
  const digestOf = (w: (typeof windows)[number]) => {
    let p = composed.get(w.d.id);
    if (!p) {
      p = deps.composeFor(sub, { start: w.start, end: w.end }, w.d.createdAt).then((digest) => ({ digest, at: placements(digest) }));
      composed.set(w.d.id, p);
    }
    return p;
  };
  const now = deps.clock.now();
  const rows: LogRow[] = [];
  for (const item of items) {
    const row = { item: { id: item.id, title: item.item.title, outlet: item.outlet, link: item.item.link, firstSeen: item.firstSeen }, subscription: sub };
    const matched = visibleMatches(item, visible).matches.some((m) => !followed || followed.has(m.topicId));
    if (!matched) {
      rows.push({ ...row, fate: { kind: 'not_matched', why: notMatchedWhy(item, visible, followed) } });
      continue;
    }
    // the time the story counts for this subscription: its first match with one of its topics (ADR 0281)
    const t = windowTimeFor(visibleMatches(item, visible), followed ?? new Set(visible.map((v) => v.id))).getTime();
    const w = windows.find((x) => x.start.getTime() <= t && t < x.end.getTime());
    if (!w) {
      if (sub.lastWindowEnd && t < sub.lastWindowEnd.getTime()) {
        rows.push({ ...row, fate: { kind: 'before', why: beforeWhy(item) } });
      } else if (sub.paused) {
        rows.push({ ...row, fate: { kind: 'paused', reason: sub.pausedReason ?? 'no reason recorded' } });
      } else {
        rows.push({ ...row, fate: { kind: 'waiting', next: nextRun(sub.cron, sub.timezone, now), why: 'In the window of the next digest.' } });
      }
      continue;
    }
    if (w.d.state === 'pending') {
      rows.push({ ...row, fate: { kind: 'pending', attempts: w.d.attempts, error: w.d.lastError } });
      continue;
    }
    if (w.d.state === 'failed') {
      rows.push({ ...row, fate: { kind: 'failed', error: w.d.lastError } });
      continue;
    }
    const { digest, at } = await digestOf(w);
    const place = at.get(item.id);
    if (!place) {
      rows.push({
        ...row,
        fate: {
          kind: 'not_matched',
          why: 'Not in the digest of its window as composed now: the same story had already reached this channel (a digest or alert of the 48 h before; see that story), or its topics or matches changed since it was posted.',
        },
      });
      continue;
    }
    if (place.representative.id !== item.id) {
      rows.push({ ...row, fate: { kind: 'duplicate', at: w.d.updatedAt, of: place.representative, overflow: place.where === 'more' } });
      continue;
    }
    const messageId = partFor(deps, sub, digest, w.d, place.representative.link);
    const link = messageId ? messageLink(sub, messageId) : null;
    rows.push({ ...row, fate: { kind: place.where === 'entry' ? 'delivered' : 'overflow', at: w.d.updatedAt, link, messageId, topic: place.topic } });
  }
  return rows.sort((a, b) => b.item.firstSeen.getTime() - a.item.firstSeen.getTime() || a.item.id.localeCompare(b.item.id));
}
