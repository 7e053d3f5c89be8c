/**
 * Retention (issue 4): items first read before the cut-off go with their mentions and quotes, then
 * the finished ledger rows that no stored item needs any more. Works on any `Store`.
 */
import type { Store } from './store.js';
import { retentionCutoff, DEFAULT_RETENTION_DAYS } from './defaults.js';

/**
 * Prunes `store` to the last `days` days before `now`. Items go first, so ledger rows of items
 * still stored are kept (`pruneDeliveries` keeps those), and `pending` ledger rows are never pruned.
 * @param now current time (from the injected clock)
 * @param days retention in days (default 30)
 * @param onStep called after each of the two steps (items, ledger rows), for progress displays
 * @returns the cut-off used and how many items and ledger rows were deleted
 * @throws RangeError for a non-positive `days`; WirewatchError `store` from the store
 */
export async function pruneStore(
  store: Pick<Store, 'items' | 'deliveries'>,
  now: Date,
  days: number = DEFAULT_RETENTION_DAYS,
  onStep?: () => void,
): Promise<{ before: Date; items: number; deliveries: number }> {
  const before = retentionCutoff(now, days);
  const items = await store.items.pruneItems(before);
  onStep?.();
  const deliveries = await store.deliveries.pruneDeliveries(before);
  onStep?.();
  return { before, items, deliveries };
}
