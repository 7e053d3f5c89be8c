/** An item after the pipeline: its article text, topic matches and quotes. */
import type { Article } from './article.js';
import type { Item } from './feed.js';
import type { Quote } from './quote.js';
import type { TopicMatch } from './watchlist.js';

export interface AnalyzedItem {
  /** Stable id: the store's id, or `feedUrl + '#' + item.key` outside a store. */
  id: string;
  feedUrl: string;
  /** The outlet's name (the feed title), or null. */
  outlet: string | null;
  item: Item;
  /** Full text when fetched, else the feed's text; paragraphs[0] is the headline. */
  article: Article;
  /** When wirewatch first read this item. */
  firstSeen: Date;
  matches: TopicMatch[];
  quotes: Quote[];
  /**
   * When the item first matched each topic it ever matched (topic id → time; a store sets it, ADR 0281):
   * a topic an edit added counts from the poll that read the edit. Absent when that says nothing more
   * than `firstSeen` — every topic the item ever matched it matches now, and first matched at
   * `firstSeen` (nearly every item; items outside a store).
   */
  topicsSeen?: Record<string, Date>;
}

/** The time an item counts as published: its `published`, or when it was first read. */
export function itemTime(a: Pick<AnalyzedItem, 'item' | 'firstSeen'>): Date {
  return a.item.published ?? a.firstSeen;
}

/**
 * A `pubDate` more than this many ms after wirewatch first saw the item is a wrong date (a wrong
 * offset, a typo'd year), not a story from the future: such an item is shown, ranked and windowed by
 * its first-seen time (docs/digests.md "When a story lands in a digest").
 */
export const FUTURE_PUBDATE_SLACK_MS = 5 * 60_000;

/** True when the item's `published` lies more than {@link FUTURE_PUBDATE_SLACK_MS} after its first sight. */
export function hasFuturePubDate(a: Pick<AnalyzedItem, 'item' | 'firstSeen'>): boolean {
  return a.item.published !== null && a.item.published.getTime() - a.firstSeen.getTime() > FUTURE_PUBDATE_SLACK_MS;
}

/**
 * The time shown for an item and used to rank it: its `published`, or its first-seen time when it has
 * none or when that date lies in the future of its first sight ({@link hasFuturePubDate}).
 */
export function shownTime(a: Pick<AnalyzedItem, 'item' | 'firstSeen'>): Date {
  return a.item.published && !hasFuturePubDate(a) ? a.item.published : a.firstSeen;
}

/**
 * The time that decides which digest an item belongs to: when wirewatch first saw it, whatever its
 * `pubDate` says (ADR 0162). A story published at 20:10 and first polled at 20:31 belongs to the digest
 * after 20:31, not to the 20:30 one that could not have listed it.
 */
export function windowTime(a: Pick<AnalyzedItem, 'firstSeen'>): Date {
  return a.firstSeen;
}

/**
 * The time that decides which digest of a channel watching `watched` (topic ids as the item's matches
 * name them; null: every topic) an item belongs to: the earliest time it first matched one of those
 * topics (`topicsSeen`, ADR 0281), else its first sight (`windowTime`). A story that matched topic A
 * and, after an edit, topic B too belongs for a B-only channel to the window of the edit, for A and A+B
 * channels to its first sight: each channel gets it once.
 */
export function windowTimeFor(a: Pick<AnalyzedItem, 'firstSeen' | 'topicsSeen'>, watched: ReadonlySet<string> | null): Date {
  if (!a.topicsSeen) return windowTime(a);
  let best: number | null = null;
  for (const [topic, at] of Object.entries(a.topicsSeen)) {
    if (watched && !watched.has(topic)) continue;
    if (best === null || at.getTime() < best) best = at.getTime();
  }
  return best === null ? windowTime(a) : new Date(best);
}

/**
 * A new feed's first read: an item whose `published` lies more than this many ms before the read is the
 * feed's back catalogue, stored first seen at its `published` (so the digest windows have passed it) and
 * never alerted. The same 24 h a new subscription's first digest looks back (`FIRST_WINDOW_MS`): a channel
 * that subscribes gets the last day's stories, and so does a feed that is added (ADR 0164).
 */
export const BACK_CATALOGUE_AGE_MS = 24 * 3_600_000;

/**
 * The first-seen time of an item read at `now`: `now`, except (1) in a feed's first read (`firstRead`,
 * the feed never read completely) for an item published more than {@link BACK_CATALOGUE_AGE_MS} before
 * `now` — the feed's back catalogue — and (2) in any read for an item published before the retention
 * horizon (`retentionDays`, config `retention.days`): both are first seen at their `published`
 * (docs/digests.md, ADR 0164), so no digest window takes them.
 */
export function firstSeenAt(item: Pick<Item, 'published'>, now: Date, firstRead: boolean, retentionDays = 30): Date {
  if (item.published === null) return now;
  const age = now.getTime() - item.published.getTime();
  // Older than the retention horizon: such an item may be one that retention pruned while the feed still
  // carries it (a long-lived feed entry, or this very back catalogue the night after its first read).
  // Seen again, it is stored at its date and never delivered as new: delivered, it would come twice.
  if (age > retentionDays * 86_400_000) return item.published;
  return firstRead && age > BACK_CATALOGUE_AGE_MS ? item.published : now;
}

/** True when the item was first seen more than {@link BACK_CATALOGUE_AGE_MS} before `now` (a back-catalogue item: never alerted). */
export function isBackCatalogue(a: Pick<AnalyzedItem, 'firstSeen'>, now: Date): boolean {
  return now.getTime() - a.firstSeen.getTime() > BACK_CATALOGUE_AGE_MS;
}
