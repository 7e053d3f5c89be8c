/**
 * The final fit pass over Slack payloads (issue 24): whatever the renderer produced, every text is
 * cut to its Block Kit limit (limits.ts: section 3000, header 150, context ≤ 10 elements of ≤ 3000,
 * fallback text 40,000) and a message over 50 blocks (less the delivery reserve) is split — so Slack
 * never answers `invalid_blocks` to a digest over one hostile story. Runs after rendering; it does not
 * restructure what the renderer built.
 */
import type { KnownBlock } from '@slack/types';
import type { SlackMessagePayload } from './render.js';
import {
  CONTEXT_ELEMENTS_MAX,
  DELIVERY_BLOCK_RESERVE,
  HEADER_TEXT_MAX,
  MESSAGE_BLOCKS_MAX,
  MESSAGE_TEXT_MAX,
  SECTION_TEXT_MAX,
  TEXT_OBJECT_MAX,
} from './limits.js';

/** https://docs.slack.dev/reference/block-kit/blocks/section-block (`fields`: up to 10, each ≤ 2000 characters) */
const SECTION_FIELDS_MAX = 10;
const SECTION_FIELD_TEXT_MAX = 2000;

/**
 * Cuts Slack mrkdwn (or plain text) to at most `max` UTF-16 units, ending with `…`, without leaving
 * half a link or mention (`<https://…|label` with no `>`), half an entity (`&am`) or half a surrogate pair.
 */
export function cutMrkdwn(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return s.slice(0, Math.max(0, max));
  let t = s.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  const lt = t.lastIndexOf('<');
  if (lt > t.lastIndexOf('>')) t = t.slice(0, lt);
  t = t.replace(/&[a-z#0-9]*$/i, '');
  return `${t}…`;
}

type TextObject = { type: string; text: string };

function fitText<T extends TextObject | undefined>(o: T, max: number): T {
  return o && o.text.length > max ? ({ ...o, text: cutMrkdwn(o.text, max) } as T) : o;
}

function fitBlock(b: KnownBlock): KnownBlock {
  switch (b.type) {
    case 'header':
      return { ...b, text: fitText(b.text, HEADER_TEXT_MAX) };
    case 'section':
      return {
        ...b,
        ...(b.text ? { text: fitText(b.text, SECTION_TEXT_MAX) } : {}),
        ...(b.fields ? { fields: b.fields.slice(0, SECTION_FIELDS_MAX).map((f) => fitText(f, SECTION_FIELD_TEXT_MAX)) } : {}),
      };
    case 'context':
      return {
        ...b,
        elements: b.elements
          .slice(0, CONTEXT_ELEMENTS_MAX)
          .map((e) => ('text' in e && typeof e.text === 'string' ? fitText(e as TextObject, TEXT_OBJECT_MAX) : e)) as typeof b.elements,
      };
    default:
      return b;
  }
}

/**
 * Fits payloads to Slack's limits (see the module comment). Blocks keep their order; a message over
 * the block budget is split into several, each with the same fallback text (cut to 40,000).
 * @param reserve blocks kept free per message for the delivery-key context block (default `DELIVERY_BLOCK_RESERVE`)
 */
export function fitSlackPayloads(payloads: readonly SlackMessagePayload[], reserve = DELIVERY_BLOCK_RESERVE): SlackMessagePayload[] {
  const perMessage = MESSAGE_BLOCKS_MAX - reserve;
  const out: SlackMessagePayload[] = [];
  for (const p of payloads) {
    const blocks = p.blocks.map(fitBlock);
    const text = cutMrkdwn(p.text, MESSAGE_TEXT_MAX);
    if (blocks.length <= perMessage) {
      out.push({ ...p, blocks, text });
      continue;
    }
    for (let i = 0; i < blocks.length; i += perMessage) out.push({ ...p, blocks: blocks.slice(i, i + perMessage), text });
  }
  return out;
}
