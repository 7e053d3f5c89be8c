/**
 * Helpers every renderer shares: cleaning untrusted text, cutting at word boundaries, dates in the
 * subscription's time zone and locale (Intl.DateTimeFormat), and the "why this is here" line.
 */
import type { AdminNotice, Digest, DigestEntry, DigestQuote } from '../../model/digest.js';
import { translator, type Translator } from '../i18n/index.js';
import type { DigestMessages } from '../i18n/messages.js';

/** The ellipsis appended when text is cut. */
export const ELLIPSIS = '…';

/**
 * Makes untrusted text one clean line: control characters (C0, C1) and line/paragraph separators
 * become spaces, bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed so
 * they cannot reorder the layout around them, whitespace runs collapse to one space, ends trimmed.
 */
export function cleanText(s: string): string {
  return (
    s
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Cuts `s` to at most `max` UTF-16 units. When it must cut, it cuts at the last space that keeps at
 * least half of the budget, else inside the word (never inside a surrogate pair), and always appends
 * `…` (counted in `max`).
 * @param max >= 1
 */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  let cut = max - ELLIPSIS.length;
  const space = s.lastIndexOf(' ', cut);
  if (space >= cut / 2) cut = space;
  else if (/[\ud800-\udbff]/.test(s[cut - 1] ?? '')) cut -= 1;
  return s.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * Cuts the raw text so that `escape(cut)` fits in `max` units (escaping lengthens text, so cutting
 * after escaping could split an escape sequence).
 */
export function fitEscaped(raw: string, max: number, escape: (s: string) => string): string {
  let budget = max;
  for (;;) {
    const out = escape(truncate(raw, budget));
    if (out.length <= max || budget <= 1) return out.length <= max ? out : '';
    budget -= Math.max(1, out.length - max);
  }
}

/**
 * Formatters already built, per (locale, time zone, options). Building an `Intl.DateTimeFormat` costs
 * far more than formatting with one (it was ~68% of render time in `bench/run.ts digest`), and a digest
 * formats every entry's time with the same one. Small: one entry per distinct subscription locale ×
 * zone × option set; capped anyway so hostile input cannot grow it without bound.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTER_CACHE_MAX = 512;

function supportedZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function supportedLocale(locale: string): string {
  try {
    new Intl.DateTimeFormat(locale);
    return locale;
  } catch {
    return 'en';
  }
}

function formatter(d: Pick<Digest, 'timezone' | 'locale'>, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${d.locale}\u0000${d.timezone}\u0000${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) {
    const tr = translator(d.locale);
    f = new Intl.DateTimeFormat(supportedLocale(tr.intlLocale), { ...opts, ...tr.dateOptions, timeZone: supportedZone(d.timezone) });
    if (formatters.size >= FORMATTER_CACHE_MAX) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A date and time in the digest's time zone and locale (`27 Nov 2026, 10:30` in `en-GB`). An unknown zone falls back to UTC, an unknown locale to `en`. */
export function formatTime(d: Pick<Digest, 'timezone' | 'locale'>, t: Date): string {
  return formatter(d, DATE_TIME).format(t);
}

/** The digest's window as a range in its zone and locale, followed by the zone name: `26 Nov 2026, 13:00 – 27 Nov 2026, 13:00 (Europe/Belgrade)`. */
export function formatWindow(d: Digest): string {
  const f = formatter(d, DATE_TIME);
  return `${f.formatRange(d.windowStart, d.windowEnd)} (${f.resolvedOptions().timeZone})`;
}

/** Number of stories in the digest: entries plus the overflow lines of sections over their cap. */
export function entryCount(d: Digest): number {
  return d.sections.reduce((n, s) => n + s.entries.length + (s.more?.length ?? 0), 0);
}

/** One line: `Kosovo (Kosovu, Kosova); Resolution 1244` — each term, with the surface forms found when they differ from it. Not escaped. */
export function whyText(entry: DigestEntry): string {
  return entry.why
    .map(({ term, forms }) => {
      const other = forms.map(cleanText).filter((f) => f.length > 0 && f !== term);
      return other.length > 0 ? `${cleanText(term)} (${other.join(', ')})` : cleanText(term);
    })
    .join('; ');
}

/** The digest's translator (its locale's messages, marks and date options); English for an unsupported locale. */
export function tr(d: Pick<Digest, 'locale'>): Translator {
  return translator(d.locale);
}

/** One message of the digest's language. Not escaped. */
export function msg(d: Pick<Digest, 'locale'>, key: keyof DigestMessages, values?: Record<string, string | number>): string {
  return translator(d.locale).t(key, values);
}

/** `Alexander Botsan-Kharchenko, Russian ambassador`, or the speaker alone, or "unattributed" in the digest's language. Not escaped. */
export function attribution(q: DigestQuote, d: Pick<Digest, 'locale'> = { locale: 'en' }): string {
  const speaker = q.speaker ? cleanText(q.speaker) : msg(d, 'unattributed');
  return q.speakerRole ? `${speaker}, ${cleanText(q.speakerRole)}` : speaker;
}

/**
 * The headline an entry is shown with: its title, after the localised follow-up label (`Update: …`)
 * when it follows up a story the channel already received. Not escaped.
 */
export function entryTitle(e: Pick<DigestEntry, 'title' | 'followUp'>, d: Pick<Digest, 'locale'> = { locale: 'en' }): string {
  return e.followUp ? `${msg(d, 'followUp')}: ${e.title}` : e.title;
}

/** The quote marks a digest puts around a speaker's own words: `[open, close]`. */
export function quoteMarks(d: Pick<Digest, 'locale'>): readonly [string, string] {
  return translator(d.locale).marks;
}

/**
 * True when the quote is shown in quote marks: only direct and partial quotes, the speaker's own words
 * as the article marks them. Indirect speech never is: a paraphrase is shown as the outlet's report,
 * an interview answer under its own label (`reportLabel`, ADR 0295).
 */
export function inMarks(q: Pick<DigestQuote, 'kind'>): boolean {
  return q.kind === 'direct' || q.kind === 'partial';
}

/**
 * The label before a quote shown without marks: `interview` (localised) before an interviewee's answer,
 * else `reported` before the outlet's report of what was said (ADR 0295). Not escaped.
 */
export function reportLabel(d: Pick<Digest, 'locale'>, q: Pick<DigestQuote, 'form'>): string {
  return msg(d, q.form === 'answer' ? 'interview' : 'reported');
}

/**
 * The attribution after a quote shown without marks: always for an interview answer (its words are the
 * interviewee's, whoever they name), else null when the reported sentence names the speaker itself. Not escaped.
 */
export function reportAttribution(q: DigestQuote, d: Pick<Digest, 'locale'> = { locale: 'en' }): string | null {
  return q.namesSpeaker && q.form !== 'answer' ? null : attribution(q, d);
}

/** `via Вести` (in the digest's language) when the quote was taken from another outlet's copy of the story, else null. Not escaped. */
export function quoteVia(e: DigestEntry, q: DigestQuote, d: Pick<Digest, 'locale'> = { locale: 'en' }): string | null {
  return q.outlet && q.outlet !== e.outlet ? msg(d, 'via', { outlet: cleanText(q.outlet) }) : null;
}

/** ` (text)` with `text` escaped by `escape`, or '' for null. */
export function via(text: string | null, escape: (s: string) => string): string {
  return text ? ` (${escape(text)})` : '';
}

/** The line under an entry's title: outlet and time, e.g. `KoSSev English · 27 Nov 2026, 10:30`. Not escaped. */
export function metaParts(d: Digest, e: DigestEntry): { outlet: string | null; time: string | null } {
  return {
    outlet: e.outlet ? cleanText(e.outlet) : null,
    time: e.published ? formatTime(d, e.published) : null,
  };
}

/**
 * The digest's one-line summary used as a heading and as a notification text, in its language:
 * `wirewatch digest · 3 stories`, `wirewatch pregled · 3 vesti`; an instant alert says so
 * (`wirewatch alert`). Not escaped.
 */
export function summaryLine(d: Digest): string {
  if (d.kind === 'alert') return msg(d, 'alertSummary');
  return msg(d, 'digestSummary', { count: entryCount(d) });
}

/** Message shown for an empty digest, in its language. */
export function emptyText(d: Pick<Digest, 'locale'>): string {
  return msg(d, 'empty');
}

/** The label of a notice (`feed failing`, `Izvor ne radi`). Not escaped. */
export function noticeLabel(d: Pick<Digest, 'locale'>, n: AdminNotice): string {
  return msg(d, n.kind === 'feed_failing' ? 'feedFailing' : 'subscriptionPaused');
}

/** The text of a notice: from its structured facts in the digest's language when it has them, else its message. Not escaped. */
export function noticeText(d: Pick<Digest, 'locale' | 'timezone'>, n: AdminNotice): string {
  if (n.feed) {
    return cleanText(
      msg(d, 'feedFailingSince', {
        url: n.feed.url,
        since: formatTime(d, n.feed.since),
        failures: n.feed.failures ?? 0,
        error: n.feed.error ?? msg(d, 'unknownError'),
      }),
    );
  }
  return cleanText(n.message);
}
