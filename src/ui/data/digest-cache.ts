/**
 * Composed digests, kept for the panel's pages: the delivery log composes every past window of a
 * subscription again, and the preview the current one, on each view. A digest is kept under its
 * subscription's settings, its window and the topics it can see (so an edit of any of them composes
 * afresh); one whose window ends at the service clock's "now" (the preview) is kept for
 * `PREVIEW_TTL_MS` of wall time only, since stories keep arriving in it.
 */
import type { Digest } from '../../model/digest.js';
import type { Subscription } from '../../model/subscription.js';
import type { Topic } from '../../model/watchlist.js';

export const PREVIEW_TTL_MS = 15_000;
const MAX_DIGESTS = 300;

type Compose = (sub: Subscription, window: { start: Date; end: Date }) => Promise<Digest>;

/**
 * Wraps `compose` with the cache.
 * @param topicsOf the topics the subscription sees (part of the key)
 * @param now the service clock; `wall` the wall clock (ms) for the preview's time to live
 */
export function cachedCompose(compose: Compose, topicsOf: (sub: Subscription) => Promise<Topic[]>, now: () => Date, wall: () => number = Date.now): Compose {
  const cache = new Map<string, { at: number; live: boolean; digest: Promise<Digest> }>();
  return async (sub, window) => {
    const { lastWindowEnd: _ignored, ...settings } = sub;
    const key = JSON.stringify([settings, window.start.getTime(), window.end.getTime(), await topicsOf(sub)]);
    const hit = cache.get(key);
    if (hit && (!hit.live || wall() - hit.at < PREVIEW_TTL_MS)) return hit.digest;
    const digest = compose(sub, window);
    digest.catch(() => cache.delete(key));
    cache.set(key, { at: wall(), live: window.end.getTime() >= now().getTime(), digest });
    if (cache.size > MAX_DIGESTS) cache.delete(cache.keys().next().value as string);
    return digest;
  };
}
