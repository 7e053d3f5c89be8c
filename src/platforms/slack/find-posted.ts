/**
 * Reading a channel's recent history for `findPosted`: `conversations.history` with all message
 * metadata, page after page (cursor pagination) until every part of a delivery is found, the history
 * ends, or `HISTORY_PAGES` pages were read.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../../log/logger.js';
import type { Target } from '../../model/subscription.js';
import { toPlatformError } from './errors.js';
import { hasAllParts, HISTORY_PAGES, HISTORY_UNREADABLE, type HistoryMessage } from './history.js';

/**
 * The channel's recent messages, newest first, read until every part of `key` is among them (at most
 * `HISTORY_PAGES` pages of `limit`). Needs `channels:history` / `groups:history` and the app in the channel.
 * @returns the messages, or null when the history cannot be read at all (the app is not in the
 *   channel, lacks the scope, the channel is gone)
 * @throws PlatformError for a passing failure (`slack_ratelimited` with `retryAfterMs`, network, 5xx)
 */
export async function readHistory(app: App, log: Logger, target: Target, limit: number, key: string): Promise<HistoryMessage[] | null> {
  const messages: HistoryMessage[] = [];
  try {
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const res = await app.client.conversations.history({
        channel: target.channel,
        limit,
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      });
      const batch = (res.messages ?? []) as HistoryMessage[];
      messages.push(...batch);
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor || hasAllParts(messages, key)) break;
    }
  } catch (e) {
    const err = toPlatformError(e, `read history of channel ${target.channel}`);
    if (!HISTORY_UNREADABLE.has(err.code) && !err.permanent) {
      // a passing failure (ratelimited, network, 5xx): ask again later rather than risk a second post
      log.warn({ channel_id: target.channel, code: err.code, retry_after_ms: err.retryAfterMs }, 'slack: findPosted failed; retry later');
      throw err;
    }
    log.warn({ channel_id: target.channel, code: err.code }, 'slack: findPosted cannot tell (history unreadable)');
    return null;
  }
  return messages;
}
