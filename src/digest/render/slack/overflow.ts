/**
 * Slack rendering of a section's "+N more" overflow (stories over `digests.maxEntries`): a context line
 * `+N more in Topic`, then section blocks listing `• <link|headline> — outlet`, as many lines per block
 * as fit `SECTION_TEXT_MAX`. Every story gets its line; `renderSlack` packs the blocks into messages of
 * at most 50 blocks.
 */
import type { KnownBlock } from '@slack/types';
import type { DigestSection } from '../../../model/digest.js';
import { safeHttpLink } from '../../links.js';
import { cleanText, entryTitle, fitEscaped, truncate } from '../format.js';
import { overflowHeading } from '../overflow.js';
import { escapeSlack, slackLink } from './escape.js';
import { SECTION_TEXT_MAX } from './limits.js';

const OVERFLOW_TITLE_MAX = 200;

function line(m: NonNullable<DigestSection['more']>[number], locale: string): string {
  const title = truncate(cleanText(entryTitle(m, { locale })), OVERFLOW_TITLE_MAX) || 'untitled';
  const outlet = m.outlet ? ` — _${fitEscaped(m.outlet, 100, escapeSlack)}_` : '';
  const full = `• ${slackLink(title, safeHttpLink(m.link))}${outlet}`;
  // A link longer than a section (a pathological URL) cannot be shown; the headline still is.
  return full.length <= SECTION_TEXT_MAX ? full : `• ${fitEscaped(title, OVERFLOW_TITLE_MAX, escapeSlack)}${outlet}`;
}

/** The overflow blocks of one section (a context heading, then sections of lines); none when it has no overflow. */
export function overflowBlocks(s: DigestSection, locale = 'en'): KnownBlock[] {
  if (!s.more || s.more.length === 0) return [];
  const blocks: KnownBlock[] = [{ type: 'context', elements: [{ type: 'mrkdwn', text: `*${escapeSlack(overflowHeading(s, locale))}*`, verbatim: true }] }];
  let current = '';
  const flush = () => {
    if (current) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: current, verbatim: true } });
    current = '';
  };
  for (const m of s.more) {
    const l = line(m, locale);
    if (current && current.length + 1 + l.length > SECTION_TEXT_MAX) flush();
    current += (current ? '\n' : '') + l;
  }
  flush();
  return blocks;
}
