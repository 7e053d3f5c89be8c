/** `--db FILE` for one-shot commands: persist what was read into the SQLite store. */
import type { AnalyzedItem } from '../model/story.js';
import { openSqliteStore } from '../store/sqlite/index.js';

/**
 * Saves feeds and items into the store at `file` (created and migrated when new). One-shot commands
 * do not take the service's writer lock, so this works beside a running service.
 * @returns how many items were new
 */
export async function persistItems(file: string, items: AnalyzedItem[], now: Date): Promise<number> {
  const store = await openSqliteStore(file, { lock: false, clock: { now: () => now } });
  try {
    let inserted = 0;
    for (const feedUrl of new Set(items.map((a) => a.feedUrl))) {
      const outlet = items.find((a) => a.feedUrl === feedUrl)?.outlet ?? null;
      await store.feeds.upsertFeed({ url: feedUrl, title: outlet });
    }
    for (const a of items) if ((await store.items.saveItem(a)).inserted) inserted++;
    return inserted;
  } finally {
    await store.close();
  }
}
