/**
 * Backtest: what a (changed) watchlist would have matched among stored items, compared with what the
 * stored matches say, so an admin can try a change before saving it.
 */
import type { AnalyzedItem } from '../../model/story.js';
import type { TopicMatch } from '../../model/watchlist.js';
import { itemTime } from '../../model/story.js';
import type { Matcher } from './compile.js';

/**
 * What a backtest reads: the stored items of a window. `ItemStore` satisfies it; the pipeline names
 * only the method it needs, so it never imports the store (docs/ARCHITECTURE.md, one-way flow).
 */
export interface StoredItems {
  /** Items first seen in [from, to), with their stored topic matches. */
  itemsInWindow(from: Date, to: Date): Promise<AnalyzedItem[]>;
}

/** One stored item whose matches under the tried watchlist are non-empty or differ from the stored ones. */
export interface BacktestRow {
  id: string;
  title: string;
  link: string | null;
  outlet: string | null;
  /** The item's time (published, else first seen). */
  time: Date;
  /** Matches under the tried watchlist. */
  matches: TopicMatch[];
  /** Topic ids matched now but not in the stored matches. */
  added: string[];
  /** Topic ids in the stored matches that no longer match. */
  removed: string[];
}

/**
 * Re-matches the items stored in [from, to) with `matcher`.
 * @param items the store's items (only `itemsInWindow` is used)
 * @param onProgress called before each item with (items started, items in the window), for a progress bar
 * @returns one row per item that matches a topic now or matched one before, in time order
 * @throws WirewatchError `store` from the store
 */
export async function backtest(
  items: StoredItems,
  matcher: Matcher,
  from: Date,
  to: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<BacktestRow[]> {
  const rows: BacktestRow[] = [];
  const stored = await items.itemsInWindow(from, to);
  for (const [i, a] of stored.entries()) {
    onProgress?.(i + 1, stored.length);
    const matches = matcher.match(a.article);
    const now = new Set(matches.map((m) => m.topicId));
    const before = new Set(a.matches.map((m) => m.topicId));
    if (now.size === 0 && before.size === 0) continue;
    rows.push({
      id: a.id,
      title: a.item.title,
      link: a.item.link,
      outlet: a.outlet,
      time: itemTime(a),
      matches,
      added: [...now].filter((t) => !before.has(t)),
      removed: [...before].filter((t) => !now.has(t)),
    });
  }
  return rows;
}
