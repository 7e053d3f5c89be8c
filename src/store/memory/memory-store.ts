/**
 * The in-memory fake of every store interface, for unit tests of the stages that use the store.
 * It passes the same contract suite (`../contract.ts`) as the SQLite store; values are deep-copied in
 * and out so callers cannot change stored state by mutating what they passed or got back.
 */
import { systemClock, type Clock } from '../../model/clock.js';
import type { Store } from '../store.js';
import type { State } from './state.js';
import { MemoryFeeds } from './feeds.js';
import { MemoryItems } from './items.js';
import { MemoryWatchlists } from './watchlists.js';
import { MemorySubscriptions } from './subscriptions.js';
import { MemoryDeliveries } from './deliveries.js';
import { MemorySpeakers } from './speakers.js';

/**
 * Creates an empty in-memory store.
 * @param opts.clock supplies `nextCheckAt` for feeds added without one (default: the system clock)
 */
export function createMemoryStore(opts: { clock?: Clock } = {}): Store {
  const s: State = {
    feeds: new Map(),
    items: new Map(),
    itemIds: new Map(),
    nextItemId: 1,
    topics: new Map(),
    subscriptions: new Map(),
    deliveries: new Map(),
    nextDeliveryId: 1,
    speakers: new Map(),
    spellings: new Map(),
  };
  const feeds = new MemoryFeeds(s, opts.clock ?? systemClock);
  return {
    feeds,
    items: new MemoryItems(s, feeds),
    watchlists: new MemoryWatchlists(s),
    subscriptions: new MemorySubscriptions(s),
    deliveries: new MemoryDeliveries(s),
    speakers: new MemorySpeakers(s, feeds),
    close: async () => {},
  };
}
