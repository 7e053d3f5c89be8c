/**
 * Admin notices of feed events (a feed failing past `polling.failingAfter`, a failing feed read again),
 * sent once to every notice destination that sees the feed.
 */
import type { PlatformName, Subscription } from './model/subscription.js';
import { tenantOf } from './model/tenant.js';
import type { Store } from './store/store.js';
import { noticeSubject, type NoticeEvent } from './notices/notices.js';

/** Where a notice goes: the dispatcher, or the cluster's job queue. */
export interface NoticeSink {
  deliver(sub: Subscription, kind: 'notice', subject: string): Promise<unknown>;
}

/**
 * Sends the admin notice of a feed event once to every notice destination that sees the feed: per
 * tenant that reads it (every tenant for a global feed), one message per distinct notice channel
 * (the platform default counts as one), through the ledger (kind `notice`, subject = the event).
 * @param connected the platforms connected in this process; null when scaled out (the queue's
 *   process with the platform connected posts it)
 * @throws what the store and `sink` throw
 */
export async function feedNotice(
  store: Store,
  sink: NoticeSink,
  connected: ReadonlySet<PlatformName> | null,
  event: Extract<NoticeEvent, { url: string }>,
): Promise<void> {
  const feed = await store.feeds.getFeed(event.url);
  if (!feed) return;
  const subject = noticeSubject(event);
  const seen = new Set<string>();
  for (const sub of await store.subscriptions.listSubscriptions()) {
    const tenant = tenantOf(sub);
    // Handed to the queue, a notice goes out from whichever process has the platform connected.
    if (connected && !connected.has(sub.platform)) continue;
    if (feed.workspace !== null && (tenant === null || !feed.tenants.includes(tenant))) continue;
    const destination = `${sub.platform}\u0000${sub.workspace}\u0000${sub.noticeChannel ?? (sub.platform === 'console' ? sub.channel : '')}`;
    if (seen.has(destination)) continue;
    seen.add(destination);
    await sink.deliver(sub, 'notice', subject);
  }
}
