/**
 * Smaller forms of one Slack message, for when `chat.postMessage` still answers `invalid_blocks`,
 * `invalid_blocks_format` or `msg_too_long` although the fit pass kept it within Block Kit's
 * documented limits (a limit we do not know of, a link Slack will not take, a change on Slack's
 * side). The adapter posts the same part again in the next form; the number of messages never
 * changes, so the part numbers in the other messages' metadata, and the ledger's exactly-once
 * guarantee, stay as they were (ADR 0241). Every story keeps its title in every form: a refused
 * payload is shortened, never dropped.
 */
import type { KnownBlock } from '@slack/types';
import type { SlackMessagePayload } from './render.js';
import { cutMrkdwn } from './fit.js';

/** How many smaller forms there are (levels 1 … SLACK_SHRINK_LEVELS). */
export const SLACK_SHRINK_LEVELS = 3;

/** `<url|label>` → `label`, `<url>` → `url` (Slack's link markup; a refused link is one cause of `invalid_blocks`). */
export function unlinkMrkdwn(s: string): string {
  return s.replace(/<(?:https?:|mailto:)[^|>]*\|([^>]*)>/g, '$1').replace(/<((?:https?:|mailto:)[^>]*)>/g, '$1');
}

type TextObject = { type: string; text: string };
const cutText = <T extends TextObject>(o: T, max: number, links: boolean): T => ({ ...o, text: cutMrkdwn(links ? o.text : unlinkMrkdwn(o.text), max) });

/** A block at level 1 (links kept) or 2 (no links, no accessories or fields); null drops it. */
function shrinkBlock(b: KnownBlock, level: 1 | 2): KnownBlock | null {
  const links = level === 1;
  const sectionMax = level === 1 ? 1000 : 300;
  const contextMax = level === 1 ? 300 : 150;
  switch (b.type) {
    case 'header':
    case 'divider':
      return b;
    case 'section': {
      if (!b.text && !(links && b.fields)) return null;
      const out: KnownBlock = { type: 'section', ...(b.block_id ? { block_id: b.block_id } : {}) };
      if (b.text) out.text = cutText(b.text, sectionMax, links);
      if (links && b.fields) out.fields = b.fields.slice(0, 5).map((f) => cutText(f, 300, true));
      if (links && b.accessory) out.accessory = b.accessory;
      return out;
    }
    case 'context': {
      const elements = b.elements.filter((e): e is typeof e & TextObject => 'text' in e && typeof e.text === 'string').slice(0, 5);
      return elements.length > 0 ? { ...b, elements: elements.map((e) => cutText(e, contextMax, links)) } : null;
    }
    default:
      return links ? b : null;
  }
}

/**
 * The message at shrink `level`: 1 = section texts cut to 1000 and context texts to 300 characters;
 * 2 = also no links, accessories, fields or blocks other than header, section, context and divider,
 * sections cut to 300; 3 = no blocks but the last (the delivery-key context block `withDeliveryKey`
 * adds), the stories' titles (first line of each section, links as plain labels) as the message
 * text, at most 300 characters. The metadata (delivery key and part) is kept as is.
 * @param level 1 … SLACK_SHRINK_LEVELS
 */
export function shrinkSlackPayload(p: SlackMessagePayload, level: number): SlackMessagePayload {
  const l = Math.min(Math.max(level, 1), SLACK_SHRINK_LEVELS);
  if (l < 3) {
    const blocks = p.blocks.map((b) => shrinkBlock(b, l as 1 | 2)).filter((b): b is KnownBlock => b !== null);
    return { ...p, blocks, text: cutMrkdwn(l === 1 ? p.text : unlinkMrkdwn(p.text), l === 1 ? 1000 : 300) };
  }
  const lines: string[] = [];
  for (const b of p.blocks.slice(0, -1)) {
    if (b.type === 'header') lines.push(`*${b.text.text}*`);
    else if (b.type === 'section' && b.text) lines.push(unlinkMrkdwn(b.text.text.split('\n')[0]));
  }
  const last = p.blocks.at(-1);
  // No longer than level 2's text: `msg_too_long` is about the text, so no level may lengthen it.
  return { ...p, blocks: last && last.type === 'context' ? [last] : [], text: cutMrkdwn(lines.join('\n') || unlinkMrkdwn(p.text), 300) };
}
