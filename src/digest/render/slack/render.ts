/**
 * Digest → Slack message payloads as Block Kit JSON (types from @slack/types). One section per story,
 * split across messages at story boundaries; posting is the adapter's job.
 */
import type { ContextBlock, DividerBlock, HeaderBlock, KnownBlock, MessageMetadata, SectionBlock } from '@slack/types';
import type { Digest, DigestEntry } from '../../../model/digest.js';
import { WirewatchError } from '../../../model/errors.js';
import { safeHttpLink } from '../../links.js';
import {
  attribution,
  entryTitle,
  inMarks,
  quoteMarks,
  reportAttribution,
  reportLabel,
  quoteVia,
  via,
  cleanText,
  emptyText,
  msg,
  noticeLabel,
  noticeText,
  fitEscaped,
  formatWindow,
  metaParts,
  summaryLine,
  truncate,
  whyText,
} from '../format.js';
import { escapeSlack, plainSlack, slackLink, slackLinkMarkup } from './escape.js';
import { overflowBlocks } from './overflow.js';
import {
  DELIVERY_BLOCK_RESERVE,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCKS_MAX,
  MESSAGE_TEXT_MAX,
  QUOTE_DISPLAY_MAX,
  SECTION_TEXT_MAX,
  TEXT_OBJECT_MAX,
} from './limits.js';

/**
 * One message to post (`chat.postMessage` arguments without the channel,
 * https://docs.slack.dev/reference/methods/chat.postMessage). `text` is the notification fallback.
 */
export interface SlackMessagePayload {
  blocks: KnownBlock[];
  text: string;
  unfurl_links: false;
  unfurl_media: false;
  metadata?: MessageMetadata;
}

/** A notice label opening a line: `Feed failing`. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const TITLE_MAX = 300;
const ALSO_MAX = 900;
const WHY_MAX = 600;

function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(plainSlack(text), HEADER_TEXT_MAX) || 'wirewatch' } };
}

function context(mrkdwn: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn, verbatim: true }] };
}

function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn, verbatim: true } };
}

const DIVIDER: DividerBlock = { type: 'divider' };

function entryBlocks(d: Digest, e: DigestEntry): KnownBlock[] {
  const { outlet, time } = metaParts(d, e);
  const title = fitEscaped(entryTitle(e, d), TITLE_MAX, escapeSlack) || escapeSlack(msg(d, 'untitled'));
  const url = safeHttpLink(e.link);
  const lines = [`*${slackLinkMarkup(title, url)}*`];
  const meta = [outlet ? `_${fitEscaped(outlet, 200, escapeSlack)}_` : null, time ? escapeSlack(time) : null].filter((x) => x);
  if (meta.length > 0) lines.push(meta.join(' · '));
  if (e.alsoIn.length > 0) {
    let also = `${msg(d, 'also')}: `;
    let shown = 0;
    for (const a of e.alsoIn) {
      const link = slackLink(truncate(cleanText(a.outlet), 100), safeHttpLink(a.link));
      if (also.length + link.length + 2 > ALSO_MAX) break;
      also += (shown > 0 ? ', ' : '') + link;
      shown++;
    }
    if (shown < e.alsoIn.length) also += `${shown > 0 ? ', ' : ''}${msg(d, 'andMore', { count: e.alsoIn.length - shown })}`;
    lines.push(also);
  }
  let text = lines.join('\n');
  const [open, close] = quoteMarks(d);
  for (const q of e.quotes) {
    const link = safeHttpLink(q.link);
    const passage = link ? ` ${slackLink('↗', link)}` : '';
    const from = via(quoteVia(e, q, d), (x) => fitEscaped(x, 120, escapeSlack));
    const who = inMarks(q) ? attribution(q, d) : reportAttribution(q, d);
    const by = who ? fitEscaped(who, 200, escapeSlack) : '';
    const line = inMarks(q)
      ? `>${open}${fitEscaped(q.text, QUOTE_DISPLAY_MAX, escapeSlack)}${close} — *${by}*${from}${passage}`
      : `>_${escapeSlack(reportLabel(d, q))}:_ ${fitEscaped(q.text, QUOTE_DISPLAY_MAX, escapeSlack)}${by ? ` (*${by}*)` : ''}${from}${passage}`;
    if (text.length + 1 + line.length > SECTION_TEXT_MAX) break;
    text += '\n' + line;
  }
  const blocks: KnownBlock[] = [section(text)];
  const why = whyText(e);
  if (why) blocks.push(context(`${escapeSlack(msg(d, 'why'))}: ${fitEscaped(why, WHY_MAX, escapeSlack)}`));
  blocks.push(DIVIDER);
  return blocks;
}

function noticeBlocks(d: Digest): KnownBlock[] {
  if (d.notices.length === 0) return [];
  let text = '';
  let shown = 0;
  for (const n of d.notices) {
    const label = capitalise(noticeLabel(d, n));
    const line = `:warning: *${label}:* ${fitEscaped(noticeText(d, n), 500, escapeSlack)}`;
    if (text.length + line.length + 40 > TEXT_OBJECT_MAX) break;
    text += (shown > 0 ? '\n' : '') + line;
    shown++;
  }
  if (shown < d.notices.length) text += `\n${escapeSlack(msg(d, 'moreNotices', { count: d.notices.length - shown }))}`;
  return [section(text), DIVIDER];
}

/**
 * Renders a digest as Slack messages: the first opens with a header (summary), a context line with
 * the window and the notices; each topic gets a header (`Topic (continued)` when it carries over to
 * the next message); each story is a mrkdwn section (linked title, outlet · time, also, key quotes
 * with a link to the passage), a context block (why) and a divider. Stories are packed in order into
 * messages of at most 50 blocks minus `DELIVERY_BLOCK_RESERVE`. An empty digest gives one message
 * saying so. Limits: ./limits.ts. Safety: ./escape.ts.
 */
export function renderSlack(d: Digest): SlackMessagePayload[] {
  const budget = MESSAGE_BLOCKS_MAX - DELIVERY_BLOCK_RESERVE;
  const intro: KnownBlock[] = [header(summaryLine(d)), context(escapeSlack(formatWindow(d))), ...noticeBlocks(d)];
  if (d.sections.length === 0) intro.push(section(escapeSlack(emptyText(d))));

  const messages: { blocks: KnownBlock[]; titles: string[] }[] = [{ blocks: intro, titles: [] }];
  for (const s of d.sections) {
    let headed: (typeof messages)[number] | null = null;
    for (const e of s.entries) {
      const blocks = entryBlocks(d, e);
      let current = messages[messages.length - 1];
      const needHeader = headed !== current;
      if (current.blocks.length + blocks.length + (needHeader ? 1 : 0) > budget) {
        current = { blocks: [], titles: [] };
        messages.push(current);
      }
      if (headed !== current) {
        current.blocks.push(header(headed === null ? s.topicName : msg(d, 'continued', { topic: s.topicName })));
        headed = current;
      }
      current.blocks.push(...blocks);
      current.titles.push(cleanText(e.title));
    }
    for (const block of overflowBlocks(s, d.locale)) {
      if (messages[messages.length - 1].blocks.length + 1 > budget) messages.push({ blocks: [], titles: [] });
      messages[messages.length - 1].blocks.push(block);
    }
  }

  return messages.map((m, i) => {
    const part = messages.length > 1 ? ` · ${msg(d, 'part', { part: i + 1, total: messages.length })}` : '';
    const titles = m.titles.length > 0 ? `: ${m.titles.join('; ')}` : '';
    return {
      blocks: m.blocks,
      text: fitEscaped(`${summaryLine(d)}${part}${titles}`, Math.min(MESSAGE_TEXT_MAX, 1000), escapeSlack),
      unfurl_links: false,
      unfurl_media: false,
    };
  });
}

/**
 * Returns copies of the payloads carrying the delivery key: message metadata
 * `{ event_type: 'wirewatch_digest', event_payload: { key, part } }` (part counts from 1;
 * https://docs.slack.dev/messaging/message-metadata) and a closing context block
 * `wirewatch • <key>` in the block `renderSlack` keeps free.
 * @throws WirewatchError `invalid_key` for an empty key or one longer than 64 characters
 */
export function withDeliveryKey(payloads: readonly SlackMessagePayload[], key: string): SlackMessagePayload[] {
  if (key.length === 0 || key.length > 64) {
    throw new WirewatchError('invalid_key', `slack render: delivery key must be 1–64 characters (got ${key.length})`);
  }
  return payloads.map((p, i) => ({
    ...p,
    blocks: [...p.blocks, context(`wirewatch • ${escapeSlack(key)}`)],
    metadata: { event_type: 'wirewatch_digest', event_payload: { key, part: i + 1, parts: payloads.length } },
  }));
}
