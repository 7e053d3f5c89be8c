/**
 * A neutral `CommandReply` → the messages posted to a slash command's `response_url`
 * (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses).
 */
import type { RespondArguments } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { CommandReply } from '../../commands/command.js';
import { MESSAGE_BLOCKS_MAX, SECTION_TEXT_MAX } from '../../digest/render/slack/limits.js';
import type { SlackMessagePayload } from '../../digest/render/slack/render.js';
import type { Digest } from '../../model/digest.js';

/** A `response_url` may be used 5 times within 30 minutes (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses). */
export const RESPONSE_URL_USES = 5;
/** Fallback `text` of a response, characters (the notification line; the blocks carry the rest). */
const FALLBACK_MAX = 3000;

/**
 * The `response_url` messages for a reply: `ephemeral` or `in_channel` as the reply says; the text (Slack
 * mrkdwn, converted by `toSlackMrkdwn` unless `mrkdwnAlready`) in a section, then the digest's blocks
 * (rendered with `render`); a digest longer than one message continues in further messages, up to
 * `RESPONSE_URL_USES`, the last saying how many were left out. Never `replace_original`.
 */
export function replyMessages(reply: CommandReply, render: (d: Digest) => SlackMessagePayload[], mrkdwnAlready = false): RespondArguments[] {
  const response_type = reply.ephemeral ? 'ephemeral' : 'in_channel';
  const text = mrkdwnAlready ? reply.text : toSlackMrkdwn(reply.text);
  const intro: KnownBlock = { type: 'section', text: { type: 'mrkdwn', text: clip(text, SECTION_TEXT_MAX), verbatim: true } };
  const payloads = reply.digest ? render(reply.digest) : [];
  if (payloads.length === 0) return [{ response_type, text: clip(text, FALLBACK_MAX), blocks: [intro], replace_original: false }];
  const out: RespondArguments[] = [];
  for (const [i, p] of payloads.slice(0, RESPONSE_URL_USES).entries()) {
    const blocks = i === 0 ? [intro, ...p.blocks].slice(0, MESSAGE_BLOCKS_MAX) : p.blocks;
    out.push({ response_type, text: i === 0 ? clip(text, FALLBACK_MAX) : p.text, blocks, unfurl_links: false, unfurl_media: false, replace_original: false });
  }
  if (payloads.length > RESPONSE_URL_USES) {
    const last = out[out.length - 1] as { blocks?: KnownBlock[] };
    const more: KnownBlock = {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `…and ${payloads.length - RESPONSE_URL_USES} more messages (Slack lets a command answer ${RESPONSE_URL_USES} times).` },
      ],
    };
    last.blocks = [...(last.blocks ?? []).slice(0, MESSAGE_BLOCKS_MAX - 1), more];
  }
  return out;
}

/**
 * Neutral reply text (already mention-safe, Markdown-ish) → Slack mrkdwn: `&`, `<`, `>` escaped (so no
 * link or mention can form, https://docs.slack.dev/messaging/formatting-message-text#escaping) and
 * `**bold**` written `*bold*`. The one exception: a channel link `<#C…>` (which the reply itself wrote:
 * user text reaches a reply only through `safeText`, which breaks `<#…>`) stays a link, so Slack shows
 * the channel's name, not its id; a channel link notifies nobody.
 */
export function toSlackMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/&lt;#([CG][A-Z0-9]{2,})&gt;/g, '<#$1>')
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
