/**
 * Posting a delivery's parts to a Slack channel: `chat.postMessage` with Block Kit, unfurls off, each
 * part carrying the delivery key in its message metadata, paced per channel; a part Slack refuses as
 * a payload is posted again in a smaller form; file parts are shared after the messages.
 */
import type { App } from '@slack/bolt';
import type { ReplyFile } from '../../commands/command.js';
import type { Logger } from '../../log/logger.js';
import type { Target } from '../../model/subscription.js';
import { isFilePart } from '../../model/payload-file.js';
import { withDeliveryKey, type SlackMessagePayload } from '../../digest/render/slack/index.js';
import { shrinkSlackPayload, SLACK_SHRINK_LEVELS } from '../../digest/render/slack/shrink.js';
import type { MessageRef } from '../platform.js';
import { toPlatformError } from './errors.js';
import type { ChannelPacer } from './pacer.js';
import { DIGEST_EVENT_TYPE, type DigestMetadata } from './history.js';

/** What posting uses: the app's Web API client, the pacer, the log, the parts known posted, and the file upload. */
export interface PostContext {
  app: App;
  pacer: ChannelPacer;
  log: Logger;
  /** Delivery key → parts known to be in the channel (index → ts), from a failed attempt or a history scan. */
  partial: Map<string, Map<number, string>>;
  upload: (target: Target, file: ReplyFile) => Promise<string>;
}

/**
 * Posts `payloads` in order to `target.channel` under delivery key `key`; parts in `s.partial` are not
 * posted again, and the parts posted before a failure are remembered there for the retry.
 * @returns the posted messages' `ts` (and shared files' ids), in order
 * @throws PlatformError as `toPlatformError` classifies Slack's answer
 */
export async function postPayloads(s: PostContext, target: Target, payloads: unknown[], key: string): Promise<MessageRef[]> {
  // File parts (a digest's trend chart) are shared after the messages, through the upload flow; they
  // carry no metadata, so reconciliation counts the messages only (a crash between the two loses the
  // chart, never posts the digest twice).
  const files = payloads.filter(isFilePart);
  const stamped = withDeliveryKey(payloads.filter((p) => !isFilePart(p)) as SlackMessagePayload[], key);
  const n = stamped.length;
  const known = s.partial.get(key) ?? new Map<number, string>();
  s.partial.set(key, known);
  const refs: MessageRef[] = [];
  for (let i = 0; i < n; i++) {
    const already = known.get(i);
    if (already) {
      refs.push({ id: already });
      continue;
    }
    const metadata = { event_type: DIGEST_EVENT_TYPE, event_payload: { key, part: i + 1, parts: n } satisfies DigestMetadata };
    // A part Slack refuses as a payload (invalid_blocks, msg_too_long) is posted again in the next
    // smaller form (shrink.ts); the refused call posted nothing, and the part count stays n (ADR 0241).
    for (let level = 0; ; level++) {
      const p = level === 0 ? stamped[i] : shrinkSlackPayload(stamped[i], level);
      try {
        const res = await s.pacer.run(target.channel, () =>
          s.app.client.chat.postMessage({
            channel: target.channel,
            text: p.text,
            blocks: p.blocks,
            unfurl_links: false,
            unfurl_media: false,
            metadata,
          }),
        );
        const ts = String(res.ts ?? '');
        known.set(i, ts);
        refs.push({ id: ts });
        if (level > 0)
          s.log.warn(
            { channel_id: target.channel, team_id: target.workspace, part: i + 1, parts: n, shrink_level: level },
            'slack: posted in a smaller form after Slack refused the payload',
          );
        break;
      } catch (e) {
        const err = toPlatformError(e, `post to channel ${target.channel}`);
        s.log.warn(
          {
            channel_id: target.channel,
            team_id: target.workspace,
            code: err.code,
            permanent: err.permanent,
            payload_refused: err.payloadRefused,
            shrink_level: level,
            retry_after_ms: err.retryAfterMs,
            part: i + 1,
            parts: n,
          },
          'slack: post failed',
        );
        if (err.payloadRefused && level < SLACK_SHRINK_LEVELS) continue;
        if (known.size === 0) s.partial.delete(key);
        throw err;
      }
    }
  }
  for (const f of files) refs.push({ id: await s.upload(target, f.file) });
  s.partial.delete(key);
  s.log.info({ channel_id: target.channel, team_id: target.workspace, messages: refs.length, idempotency_key: key }, 'slack: posted');
  return refs;
}
