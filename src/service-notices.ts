/**
 * The service's admin notices about feeds (failing, recovered), sent through the ledger.
 */
import type { PlatformName } from './model/subscription.js';
import { tenantOf } from './model/tenant.js';
import type { Dispatcher } from './delivery/dispatcher.js';
import { noticeSubject, type NoticeEvent } from './notices/notices.js';
import type { ServiceDeps } from './service-types.js';

/**
 * Sends the admin notice of a feed event once to every notice destination that sees the feed: per
 * tenant that reads it (every tenant for a global feed), one message per distinct notice channel
 * (the platform default counts as one), through the ledger (kind `notice`, subject = the event).
 */
export async function feedNotice(
  deps: Pick<ServiceDeps, 'store' | 'cluster'>,
  connected: ReadonlySet<PlatformName>,
  dispatcher: Pick<Dispatcher, 'deliver'>,
  event: Extract<NoticeEvent, { url: string }>,
): Promise<void> {
  const { store } = deps;
  const feed = await store.feeds.getFeed(event.url);
  if (!feed) return;
  const subject = noticeSubject(event);
  const seen = new Set<string>();
  for (const sub of await store.subscriptions.listSubscriptions()) {
    const tenant = tenantOf(sub);
    // Handed to the queue, a notice goes out from whichever process has the platform connected.
    if (!deps.cluster && !connected.has(sub.platform)) continue;
    if (feed.workspace !== null && (tenant === null || !feed.tenants.includes(tenant))) continue;
    const destination = `${sub.platform}\u0000${sub.workspace}\u0000${sub.noticeChannel ?? (sub.platform === 'console' ? sub.channel : '')}`;
    if (seen.has(destination)) continue;
    seen.add(destination);
    await (deps.cluster?.handOff ?? dispatcher).deliver(sub, 'notice', subject);
  }
}
