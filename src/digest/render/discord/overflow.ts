/**
 * Discord rendering of a section's "+N more" overflow (stories over `digests.maxEntries`): embeds whose
 * description lists `• [headline](link) — outlet`, as many lines per embed as fit
 * `EMBED_DESCRIPTION_MAX` (and a message's 6000-character budget, which `renderDiscord` packs by).
 * Every story gets its line: a long list takes several embeds (and so several messages), never "…".
 */
import { embedBuilder, type EmbedBuilder } from './builders.js';
import type { DigestSection } from '../../../model/digest.js';
import { safeHttpLink } from '../../links.js';
import { cleanText, entryTitle, fitEscaped, truncate } from '../format.js';
import { overflowHeading } from '../overflow.js';
import { discordLink, escapeDiscord } from './escape.js';
import { DELIVERY_FOOTER_RESERVE, EMBED_AUTHOR_NAME_MAX, EMBED_DESCRIPTION_MAX, EMBED_TITLE_MAX, MESSAGE_EMBED_CHARS_MAX } from './limits.js';

const COLOR_OVERFLOW = 0x94a3b8;
/** Headline characters kept on an overflow line. */
const OVERFLOW_TITLE_MAX = 200;
/** An overflow embed's description stays under this (room for title, author and the delivery footer in one message). */
const OVERFLOW_DESCRIPTION_MAX = Math.min(
  EMBED_DESCRIPTION_MAX,
  MESSAGE_EMBED_CHARS_MAX - DELIVERY_FOOTER_RESERVE - EMBED_TITLE_MAX - EMBED_AUTHOR_NAME_MAX - 100,
);

type APIEmbed = ReturnType<EmbedBuilder['toJSON']>;

/** One line per overflow story. */
function line(m: NonNullable<DigestSection['more']>[number], locale: string): string {
  const title = truncate(cleanText(entryTitle(m, { locale })), OVERFLOW_TITLE_MAX) || 'untitled';
  const outlet = m.outlet ? ` — ${fitEscaped(m.outlet, 100, escapeDiscord)}` : '';
  const full = `• ${discordLink(title, safeHttpLink(m.link))}${outlet}`;
  // A link longer than an embed (a pathological URL) cannot be shown; the headline still is.
  return full.length <= OVERFLOW_DESCRIPTION_MAX ? full : `• ${fitEscaped(title, OVERFLOW_TITLE_MAX, escapeDiscord)}${outlet}`;
}

/** The overflow embeds of one section; none when it has no overflow. */
export function overflowEmbeds(s: DigestSection, locale = 'en'): APIEmbed[] {
  if (!s.more || s.more.length === 0) return [];
  const chunks: string[] = [];
  let current = '';
  for (const m of s.more) {
    const l = line(m, locale);
    if (current && current.length + 1 + l.length > OVERFLOW_DESCRIPTION_MAX) {
      chunks.push(current);
      current = '';
    }
    current += (current ? '\n' : '') + l;
  }
  if (current) chunks.push(current);
  const heading = fitEscaped(overflowHeading(s, locale), EMBED_TITLE_MAX, escapeDiscord);
  return chunks.map((description, i) =>
    embedBuilder()
      .setColor(COLOR_OVERFLOW)
      .setTitle(chunks.length > 1 ? truncate(`${heading} (${i + 1}/${chunks.length})`, EMBED_TITLE_MAX) : heading)
      .setDescription(description)
      .toJSON(),
  );
}
