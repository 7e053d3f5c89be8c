/**
 * Admin notices: what an admin is told, once, when a subscription pauses, a feed starts failing or a
 * failing feed recovers, with the fix in words. Each notice is a delivery-ledger row of kind `notice`
 * whose subject names the event (`noticeSubject`), so it is posted exactly once per event (per
 * recipient), survives restarts, and its text can be rebuilt from the subject for a retry.
 * Text is platform-aware: channel mentions (`<#id>`, which both Discord and Slack show as the
 * channel's name), the platform's own slash command, its permission names.
 */
import type { PlatformName, Subscription } from '../model/subscription.js';
import { WirewatchError } from '../model/errors.js';
import { platformCommand } from '../model/command-names.js';

export type NoticeEvent =
  /** `deliveryId`: the ledger row whose permanent failure paused the subscription (one notice per pause). */
  | { kind: 'subscription_paused'; deliveryId: number }
  | { kind: 'feed_failing'; url: string; since: Date }
  | { kind: 'feed_recovered'; url: string; since: Date };

/** The ledger subject of a notice: `paused:<delivery id>`, `feed_failing:<since ms>:<url>`, `feed_recovered:<since ms>:<url>`. */
export function noticeSubject(e: NoticeEvent): string {
  if (e.kind === 'subscription_paused') return `paused:${e.deliveryId}`;
  return `${e.kind}:${e.since.getTime()}:${e.url}`;
}

/**
 * Inverse of `noticeSubject`.
 * @throws WirewatchError `bad_notice` for a subject it did not write
 */
export function parseNoticeSubject(subject: string): NoticeEvent {
  const paused = /^paused:(\d+)$/.exec(subject);
  if (paused) return { kind: 'subscription_paused', deliveryId: Number(paused[1]) };
  const feed = /^(feed_failing|feed_recovered):(\d+):(.+)$/.exec(subject);
  if (feed) return { kind: feed[1] as 'feed_failing' | 'feed_recovered', since: new Date(Number(feed[2])), url: feed[3] };
  throw new WirewatchError('bad_notice', `notices: not a notice subject: ${subject}`);
}

/** What the text of a notice needs besides the event. */
export interface NoticeFacts {
  platform: PlatformName;
  /** The subscription the notice is about (paused) or delivered through (feeds). */
  subscription: Subscription;
  /** The feed's title and last error, for feed notices. */
  feed?: { title: string | null; lastError: string | null } | null;
  now: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** `<#id>` on Discord and Slack (shown as the channel name); the id itself on the console. */
export function channelRef(platform: PlatformName, channel: string): string {
  return platform === 'console' ? channel : `<#${channel}>`;
}

/**
 * A stored pause reason as shown to people: untrusted parts made safe by `safe`, the channel's id
 * replaced by its mention (shown as the channel's name), our own inline code kept as code.
 */
export function describeReason(platform: PlatformName, reason: string, channel: string, safe: (s: string) => string): string {
  const parts = reason.split(/(`[^`\n]{1,60}`)/);
  const text = parts.map((p, i) => (i % 2 === 1 ? p : safe(p))).join('');
  if (platform === 'console' || !/^[A-Z0-9]+$/.test(channel)) return text;
  return text.replace(new RegExp(`\\b(?:channel )?${channel}\\b`, 'g'), channelRef(platform, channel));
}

/** The fix for a pause, in words, from the platform error code in the paused reason. */
export function pauseFix(platform: PlatformName, reason: string, channel: string): string {
  const where = channelRef(platform, channel);
  const resume = `then run ${platformCommand(platform, 'subscribe')} in ${where} to resume`;
  if (/50013/.test(reason)) return `Give wirewatch's role View Channel, Send Messages and Embed Links in ${where} (channel settings → Permissions), ${resume}.`;
  if (/50001/.test(reason)) return `wirewatch cannot see ${where}: give its role View Channel there (channel settings → Permissions), ${resume}.`;
  if (/10003|channel_not_found/.test(reason))
    return `The channel no longer exists or wirewatch cannot see it: subscribe another channel with ${platformCommand(platform, 'subscribe')}, or ${platformCommand(platform, 'unsubscribe')} to stop.`;
  if (/not_in_channel/.test(reason)) return `Invite the app to ${where} (type \`/invite @wirewatch\` there), ${resume}.`;
  if (/is_archived/.test(reason)) return `${where} is archived: unarchive it, ${resume}; or subscribe another channel.`;
  return `Check wirewatch's access to ${where}, ${resume}.`;
}

/**
 * The notice's text (plain text with the platform's channel mentions; the renderer escapes nothing
 * in it but the untrusted parts, which are passed through `safe`).
 * @param safe escapes untrusted text (feed titles, error messages) for the platform
 */
export function noticeText(e: NoticeEvent, f: NoticeFacts, safe: (s: string) => string): string {
  const sub = f.subscription;
  if (e.kind === 'subscription_paused') {
    const reason = sub.pausedReason ?? 'the platform refused the post';
    return [
      `Digests for ${channelRef(f.platform, sub.channel)} are paused: ${describeReason(f.platform, reason, sub.channel, safe)}.`,
      `Fix: ${pauseFix(f.platform, reason, sub.channel)}`,
      'Nothing is lost meanwhile: the stories wait for the next digest after you resume.',
    ].join('\n');
  }
  const name = f.feed?.title ? `${safe(f.feed.title)} (${safe(e.url)})` : safe(e.url);
  if (e.kind === 'feed_failing') {
    return [
      `The feed ${name} has been failing since ${day(e.since)}: ${safe(f.feed?.lastError ?? 'unknown error')}.`,
      `Fix: open the URL in a browser; if the site moved its feed, ${platformCommand(f.platform, 'feed remove')} it and ${platformCommand(f.platform, 'feed add')} the new address. wirewatch keeps retrying with backoff and says here when it recovers.`,
    ].join('\n');
  }
  return `The feed ${name} is read again (it had been failing since ${day(e.since)}); its stories go into the next digest. Nothing to do.`;
}
