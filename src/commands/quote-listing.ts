/**
 * The reply of `quotes`, written for the platform it is shown on: Discord markdown (masked links),
 * Slack mrkdwn (`<url|title>`), plain text on the console. Every piece of feed text (quote, speaker,
 * outlet, title) is escaped for that platform first (`escapeDiscord` / `escapeSlack`: no mention, no
 * markup of its own), and the whole stays within a message's limits.
 */
import type { PlatformName } from '../model/subscription.js';
import type { QuoteHit } from '../store/store.js';
import { escapeDiscord, discordLink } from '../digest/render/discord/escape.js';
import { escapeSlack, slackLink } from '../digest/render/slack/escape.js';
import { cleanText, formatTime, truncate } from '../digest/render/format.js';
import { translator } from '../digest/i18n/index.js';

/** Quotes per page: five quotes of `QUOTE_CHARS` with their lines fit Discord's 2,000-character content. */
export const QUOTES_PER_PAGE = 5;
/** Longest quote text shown, characters (cut at a word with `…`). */
export const QUOTE_CHARS = 240;
/** Budget of a listing: Discord message content is at most 2,000 characters, a Slack section text 3,000. */
const BUDGET: Record<PlatformName, number> = { discord: 1900, slack: 2900, console: 4000 };

export interface QuoteListing {
  platform: PlatformName;
  locale: string;
  timezone: string;
  hits: QuoteHit[];
  total: number;
  page: number;
  pages: number;
  /** The command that shows the next page, as typed on the platform (already inline code), or null on the last page. */
  next: string | null;
}

/**
 * The words of one hit as shown: in quote marks for a direct or partial quote (the speaker's words as
 * the article marks them); after a label for indirect speech, never in marks: `interview:` for an
 * interview answer, `reported:` for a paraphrase (ADR 0295). `escape` escapes feed text for the platform.
 */
function words(l: QuoteListing, h: QuoteHit, escape: (s: string) => string, emphasis: (s: string) => string): string {
  const t = translator(l.locale);
  const text = escape(truncate(cleanText(h.quote.text), QUOTE_CHARS));
  if (h.quote.kind !== 'indirect') return `${t.marks[0]}${text}${t.marks[1]}`;
  return `${emphasis(`${escape(t.t(h.quote.form === 'answer' ? 'interview' : 'reported'))}:`)} ${text}`;
}

const asIs = (s: string) => s;

/** One quote: `“text” — Speaker · Outlet · 3 Mar 2026, 08:00 · [Title](link)`, escaped for the platform. */
function line(l: QuoteListing, h: QuoteHit, n: number): string {
  const t = translator(l.locale);
  const speaker = h.speakerName ?? h.quote.speaker ?? t.t('unattributed');
  const when = formatTime({ timezone: l.timezone, locale: l.locale }, h.time);
  const title = truncate(cleanText(h.title) || t.t('untitled'), 120);
  if (l.platform === 'discord') {
    const parts = [`**${escapeDiscord(speaker)}**`, h.outlet ? escapeDiscord(h.outlet) : null, escapeDiscord(when), discordLink(title, safeUrl(h.link))];
    return `${n}. ${words(l, h, escapeDiscord, (s) => `_${s}_`)} — ${parts.filter(Boolean).join(' · ')}`;
  }
  if (l.platform === 'slack') {
    const parts = [`*${escapeSlack(speaker)}*`, h.outlet ? escapeSlack(h.outlet) : null, escapeSlack(when), slackLink(title, safeUrl(h.link))];
    return `${n}. ${words(l, h, escapeSlack, (s) => `_${s}_`)} — ${parts.filter(Boolean).join(' · ')}`;
  }
  return `${n}. ${words(l, h, asIs, asIs)} — ${[speaker, h.outlet, when, title, h.link].filter(Boolean).join(' · ')}`;
}

/** Only http(s) links become links. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The reply text of one page of quotes: a heading (`12 quotes · page 1/3`), one line per quote, and
 * how to get the next page. Lines that would pass the platform's budget are left out (never cut
 * inside a link).
 */
export function renderQuoteListing(l: QuoteListing): string {
  const t = translator(l.locale);
  if (l.total === 0) return t.t('quotesNone');
  const bold = (s: string) => (l.platform === 'slack' ? `*${s}*` : l.platform === 'discord' ? `**${s}**` : s);
  const out = [bold(t.t('quotesHeading', { total: l.total, page: l.page, pages: l.pages }))];
  const tail = l.next ? t.t('quotesNextPage', { command: l.next }) : null;
  let used = out[0].length + (tail?.length ?? 0) + 2;
  const first = (l.page - 1) * QUOTES_PER_PAGE;
  l.hits.forEach((h, i) => {
    const s = line(l, h, first + i + 1);
    if (used + s.length + 1 > BUDGET[l.platform]) return;
    out.push(s);
    used += s.length + 1;
  });
  if (tail) out.push(tail);
  return out.join('\n');
}
