/** The in-memory store's shared state and helpers (see memory-store.ts). */
import { identityKey, type CopyIdentity } from '../identity.js';
import type { AnalyzedItem } from '../../model/story.js';
import type { Delivery } from '../../model/delivery.js';
import type { Subscription } from '../../model/subscription.js';
import type { Topic } from '../../model/watchlist.js';
import { WirewatchError } from '../../model/errors.js';
import type { FeedRecord } from '../store.js';

/** Whether the feed edited a stored item: another headline or text under the same key. */
export { editedVersion as edited } from '../identity.js';

/** What the identity fallbacks compare (as the SQL stores). */
export type SameAs = { canonicalLink: string | null; guid?: string | null } & CopyIdentity;

export const copy = <T>(v: T): T => structuredClone(v);

export interface StoredItem {
  id: number;
  feedUrl: string;
  a: AnalyzedItem;
  /** The speaker entity of each quote (same order as `a.quotes`). */
  speakerIds: (number | null)[];
  /** When the item first matched each topic it ever matched (ADR 0281; `a.topicsSeen` is not kept). */
  seen: Map<string, Date>;
}

export interface StoredSpeaker {
  id: number;
  name: string;
  bucket: string;
  spellings: string[];
}

export interface State {
  feeds: Map<string, FeedRecord>;
  items: Map<number, StoredItem>;
  itemIds: Map<string, number>;
  nextItemId: number;
  /** key: `${workspace ?? ''}\u0000${id}` */
  topics: Map<string, Topic>;
  subscriptions: Map<string, Subscription>;
  deliveries: Map<number, Delivery>;
  nextDeliveryId: number;
  speakers: Map<number, StoredSpeaker>;
  /** spelling → speaker id */
  spellings: Map<string, number>;
}

export const itemKey = (feedUrl: string, key: string) => `${feedUrl}\u0000${identityKey(key)}`;
export const topicKey = (workspace: string | null, id: string) => `${workspace ?? ''}\u0000${id}`;
export const notFound = (what: string) => new WirewatchError('store_not_found', `store: ${what} is not stored`);
export const definedOnly = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
