/**
 * Digest → Discord message payloads (embeds built with @discordjs/builders' EmbedBuilder, which
 * also validates each embed against Discord's limits). One embed per story, split across messages
 * at story boundaries; posting is the adapter's job.
 */
import { embedBuilder, embedLength, type EmbedBuilder } from './builders.js';
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
import { discordLink, escapeDiscord } from './escape.js';
import { overflowEmbeds } from './overflow.js';
import { cutMarkdown } from './fit.js';
import {
  DELIVERY_FOOTER_RESERVE,
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_TITLE_MAX,
  MESSAGE_CONTENT_MAX,
  MESSAGE_EMBED_CHARS_MAX,
  MESSAGE_EMBEDS_MAX,
  QUOTE_DISPLAY_MAX,
} from './limits.js';

/** An embed as Discord's API takes it (what `EmbedBuilder#toJSON` returns). */
export type APIEmbed = ReturnType<EmbedBuilder['toJSON']>;

/**
 * One message to post (Discord "Create Message" JSON params,
 * https://discord.com/developers/docs/resources/message#create-message). `allowed_mentions` with an
 * empty `parse` list means nothing in it can ping anyone.
 */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
}

/** A notice label opening a line: `Feed failing`. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const COLOR_ENTRY = 0x3b82f6;
const COLOR_NOTICE = 0xf59e0b;
const ALSO_MAX = 900;
const WHY_MAX = 600;
/** An outlet name is shown with at most this many characters (a feed title can be anything; issue 24). */
const OUTLET_MAX = 200;

/** Neutralises mentions in text that Discord does not render as markdown (author names, footers). */
function plain(s: string, max: number): string {
  return fitEscaped(s, max, (t) => cleanText(t).replace(/@/g, '@\u200b').replace(/</g, '<\u200b'));
}

function entryEmbed(d: Digest, topicName: string, e: DigestEntry): APIEmbed {
  const { outlet, time } = metaParts(d, e);
  const lines: string[] = [];
  const meta = [outlet ? `**${fitEscaped(outlet, OUTLET_MAX, escapeDiscord)}**` : null, time].filter((x) => x);
  if (meta.length > 0) lines.push(meta.join(' · '));
  if (e.alsoIn.length > 0) {
    let also = `${msg(d, 'also')}: `;
    let shown = 0;
    for (const a of e.alsoIn) {
      const link = discordLink(truncate(cleanText(a.outlet), 100), safeHttpLink(a.link));
      if (also.length + link.length + 2 > ALSO_MAX) break;
      also += (shown > 0 ? ', ' : '') + link;
      shown++;
    }
    if (shown < e.alsoIn.length) also += `${shown > 0 ? ', ' : ''}${msg(d, 'andMore', { count: e.alsoIn.length - shown })}`;
    lines.push(also);
  }
  const why = whyText(e);
  if (why) lines.push(`-# ${escapeDiscord(msg(d, 'why'))}: ${fitEscaped(why, WHY_MAX, escapeDiscord)}`);
  let description = lines.join('\n');
  const [open, close] = quoteMarks(d);
  for (const q of e.quotes) {
    const link = safeHttpLink(q.link);
    const passage = link ? ` ${discordLink('↗', link)}` : '';
    const from = via(quoteVia(e, q, d), (x) => fitEscaped(x, 120, escapeDiscord));
    const who = inMarks(q) ? attribution(q, d) : reportAttribution(q, d);
    const by = who ? fitEscaped(who, 200, escapeDiscord) : '';
    const line = inMarks(q)
      ? `> ${open}${fitEscaped(q.text, QUOTE_DISPLAY_MAX, escapeDiscord)}${close} — **${by}**${from}${passage}`
      : `> _${escapeDiscord(reportLabel(d, q))}:_ ${fitEscaped(q.text, QUOTE_DISPLAY_MAX, escapeDiscord)}${by ? ` (**${by}**)` : ''}${from}${passage}`;
    if (description.length + 2 + line.length > EMBED_DESCRIPTION_MAX) break;
    description += (description ? '\n\n' : '') + line;
  }
  const embed = embedBuilder()
    .setColor(COLOR_ENTRY)
    .setAuthor({ name: plain(topicName, EMBED_AUTHOR_NAME_MAX) || 'wirewatch' })
    .setTitle(fitEscaped(entryTitle(e, d), EMBED_TITLE_MAX, escapeDiscord) || escapeDiscord(msg(d, 'untitled')));
  const url = safeHttpLink(e.link);
  if (url) embed.setURL(url);
  // Cut before the builder validates (issue 24): one over-long field must never refuse the digest.
  if (description) embed.setDescription(cutMarkdown(description, EMBED_DESCRIPTION_MAX));
  return embed.toJSON();
}

function noticesEmbed(d: Digest): APIEmbed | null {
  if (d.notices.length === 0) return null;
  let description = '';
  let shown = 0;
  for (const n of d.notices) {
    const label = capitalise(noticeLabel(d, n));
    const line = `⚠️ **${label}:** ${fitEscaped(noticeText(d, n), 500, escapeDiscord)}`;
    if (description.length + line.length + 40 > EMBED_DESCRIPTION_MAX) break;
    description += (shown > 0 ? '\n' : '') + line;
    shown++;
  }
  if (shown < d.notices.length) description += `\n${escapeDiscord(msg(d, 'moreNotices', { count: d.notices.length - shown }))}`;
  return embedBuilder().setColor(COLOR_NOTICE).setTitle(msg(d, 'notices')).setDescription(description).toJSON();
}

/**
 * Renders a digest as Discord messages: the first carries the summary and window in `content` and
 * the notices embed; then one embed per story (author = its topic, title linked to the story,
 * outlet · time, also, why, key quotes with a link to the passage). Stories are packed in order
 * into messages of at most 10 embeds and 6000 embed characters, keeping `DELIVERY_FOOTER_RESERVE`
 * free for `withDeliveryKey`. An empty digest gives one message saying so.
 * Limits: ./limits.ts. Safety: ./escape.ts.
 */
export function renderDiscord(d: Digest): DiscordMessagePayload[] {
  const units: APIEmbed[] = [];
  const notices = noticesEmbed(d);
  if (notices) units.push(notices);
  for (const s of d.sections) {
    for (const e of s.entries) units.push(entryEmbed(d, s.topicName, e));
    units.push(...overflowEmbeds(s, d.locale));
  }
  if (d.sections.length === 0)
    units.push(
      embedBuilder()
        .setColor(COLOR_ENTRY)
        .setDescription(escapeDiscord(emptyText(d)))
        .toJSON(),
    );

  const budget = MESSAGE_EMBED_CHARS_MAX - DELIVERY_FOOTER_RESERVE;
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let chars = 0;
  for (const u of units) {
    const len = embedLength(u);
    if (current.length > 0 && (current.length >= MESSAGE_EMBEDS_MAX || chars + len > budget)) {
      messages.push(current);
      current = [];
      chars = 0;
    }
    current.push(u);
    chars += len;
  }
  messages.push(current);

  const summary = `**${escapeDiscord(summaryLine(d))}**`;
  return messages.map((embeds, i) => {
    const part = messages.length > 1 ? ` · ${escapeDiscord(msg(d, 'part', { part: i + 1, total: messages.length }))}` : '';
    const content = i === 0 ? `${summary} · ${escapeDiscord(formatWindow(d))}${part}` : `${summary}${part}`;
    return { content: truncate(content, MESSAGE_CONTENT_MAX), embeds, allowed_mentions: { parse: [] } };
  });
}

/**
 * Returns copies of the payloads with the delivery key in the footer of the last embed of each
 * message (`wirewatch • <key>`), replacing any footer there. Within limits because `renderDiscord`
 * keeps `DELIVERY_FOOTER_RESERVE` characters free in every message.
 * @throws WirewatchError `invalid_key` when the footer would not fit the reserve, or a message has no embed
 */
export function withDeliveryKey(payloads: readonly DiscordMessagePayload[], key: string): DiscordMessagePayload[] {
  const text = `wirewatch • ${key}`;
  if (text.length > DELIVERY_FOOTER_RESERVE) {
    throw new WirewatchError(
      'invalid_key',
      `discord render: delivery key is ${key.length} characters; the footer keeps room for ${DELIVERY_FOOTER_RESERVE - 12}`,
    );
  }
  return payloads.map((p, i) => {
    if (p.embeds.length === 0) throw new WirewatchError('invalid_key', `discord render: message ${i + 1} has no embed to carry the delivery key`);
    const embeds = p.embeds.map((e) => ({ ...e }));
    embeds[embeds.length - 1] = { ...embeds[embeds.length - 1], footer: { text } };
    return { ...p, embeds };
  });
}
