/**
 * Reading our own digests back from `conversations.history` (`findPosted`): the message metadata that
 * marks them, the page limits, and which parts of a delivery this app posted.
 */

/** The message metadata event type that marks our digests. */
export const DIGEST_EVENT_TYPE = 'wirewatch_digest';
/** `conversations.history` page size read by `findPosted` (Slack recommends ≤ 200: https://docs.slack.dev/reference/methods/conversations.history). */
export const HISTORY_LIMIT = 100;
/** Pages of `conversations.history` read at most when looking for a delivery (50 × `HISTORY_LIMIT`). */
export const HISTORY_PAGES = 50;

/** True when `messages` hold every part of delivery `key` (by the parts count in their metadata). */
export function hasAllParts(messages: readonly HistoryMessage[], key: string): boolean {
  const seen = new Set<number>();
  let total = 0;
  for (const m of messages) {
    const p = m.metadata?.event_type === DIGEST_EVENT_TYPE ? m.metadata.event_payload : undefined;
    if (!p || p.key !== key) continue;
    seen.add(Number(p.part));
    total = Math.max(total, Number(p.parts) || Number(p.part));
  }
  return total > 0 && seen.size >= total;
}

/** History errors after which waiting cannot help: `findPosted` answers null ("cannot tell"). */
export const HISTORY_UNREADABLE = new Set([
  'slack_not_in_channel',
  'slack_missing_scope',
  'slack_channel_not_found',
  'slack_is_archived',
  'slack_not_allowed_token_type',
]);

/** The `metadata.event_payload` our digest messages carry. */
export interface DigestMetadata {
  key: string;
  part: number;
  parts?: number;
}

export interface HistoryMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * The parts of the digest with `key` among `messages` that this app posted (by bot or user id, when
 * known): part index (0-based) → message `ts`, the first of each part; `total` from the parts' metadata.
 */
export function postedParts(
  messages: HistoryMessage[],
  key: string,
  self: { userId: string | null; botId: string | null },
): { parts: Map<number, string>; total: number } {
  const parts = new Map<number, string>();
  let total = 0;
  for (const m of messages) {
    if (m.metadata?.event_type !== DIGEST_EVENT_TYPE || !m.ts) continue;
    if ((self.botId && m.bot_id && m.bot_id !== self.botId) || (self.userId && m.user && m.user !== self.userId)) continue;
    const payload = m.metadata.event_payload ?? {};
    if (payload.key !== key) continue;
    const part = Number(payload.part);
    if (!Number.isInteger(part) || part < 1 || parts.has(part - 1)) continue;
    parts.set(part - 1, m.ts);
    total = Math.max(total, Number(payload.parts) || part);
  }
  return { parts, total };
}
