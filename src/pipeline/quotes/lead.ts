/**
 * Paragraph leads that are nobody's words and no part of a sentence: wire datelines (`BEOGRAD – `,
 * `BELGRADE, 6 Dec (Tanjug) – `, `Belgrade (Reuters) - `, `PRISHTINË, 5 dhjetor –`), post labels
 * (`UPDATE:`, `Notice:`, `FOTO:`) and bylines (`By Jane Roe`, `Piše: Jovan Jovanović`).
 * They are blanked out of the masked text before any frame is tried, so that the sentence — and a
 * quote that opens it — starts after them.
 */
import { fold } from '../text/fold.js';
import type { QuoteLexicon } from './lexicon/types.js';
import type { Paragraph } from './paragraph.js';

const key = (s: string) =>
  fold(s)
    .replace(/[^\p{L}/]+/gu, ' ')
    .trim();

/** An all-capitals place of one to four words (`NEW YORK`, `BEOGRAD/PRIŠTINA`, `KOSOVSKA MITROVICA`). */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*\p{Lu}(?:[\s/]+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}`;
/** A title-case place (`Belgrade`, `New York`) — a dateline only with a date or an agency after it. */
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?:[\s/]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}`;
/** `, 6 Dec`, `, December 6, 2026`, `, 6. decembra 2026.` — a short date tail with no sentence in it. */
const DATE_TAIL = String.raw`,\s*[^–—\-(),"“”„«»:;]{0,30}\d[^–—\-(),"“”„«»:;]{0,12}(?:,\s*\d{4})?`;
const AGENCY = String.raw`\s*\([^()]{1,40}\)`;
const DASH = String.raw`\s*[–—-]{1,2}\s+`;

const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:${CAPS_PLACE})(?:${DATE_TAIL})?(?:${AGENCY})?|(?:${TITLE_PLACE})(?:(?:${DATE_TAIL})(?:${AGENCY})?|${AGENCY}))${DASH}`,
  'u',
);

const LABEL = /^\s*([\p{L}][\p{L}/'’ ]{1,24}?)\s*:\s+/u;

/**
 * End offset of a paragraph's lead (dateline or label), or 0 when the paragraph has none.
 * @param text the paragraph (any script; Cyrillic should be given in its Latin view)
 * @param lex the article's lexicon (its `leadLabels`)
 * @param datelines whether a dateline may open this paragraph (only the first body paragraphs carry one)
 * @returns the number of leading UTF-16 units to skip
 */
export function leadEnd(text: string, lex: QuoteLexicon, datelines = true): number {
  let end = 0;
  // A label may precede a dateline (`UPDATE: BEOGRAD – …`) and vice versa; two rounds at most.
  for (let round = 0; round < 2; round++) {
    const rest = text.slice(end);
    const d = DATELINE.exec(rest);
    if (datelines && d && !/^\s*[–—-]/.test(rest)) {
      end += d[0].length;
      continue;
    }
    const l = LABEL.exec(rest);
    if (l && lex.leadLabels.includes(key(l[1]))) {
      end += l[0].length;
      continue;
    }
    break;
  }
  return end;
}

/**
 * True when the whole paragraph is a byline (`By Jane Roe`, `Piše: Jovan Jovanović`, `Nga Arben Hoxha`,
 * `Jane Roe, Reuters`): it carries no speech and names no speaker.
 */
export function isByline(text: string, lex: QuoteLexicon): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 80 || (/[.!?"“”„«»]$/.test(t) && !/\p{Lu}\.$/u.test(t))) return false;
  const m = /^([\p{L}]+)\s*:?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*(?:,|and|i|dhe|&)\s*.*)?$/u.exec(t);
  return m !== null && lex.bylineMarkers.includes(key(m[1]));
}

/**
 * Blanks a paragraph's lead (or the whole paragraph when it is a byline) out of its masked text, keeping
 * offsets: frames, the entity index and sentence starts all see the paragraph as starting after it.
 * @param p the prepared paragraph (its `masked` is replaced)
 * @param pi the paragraph's index (0 = headline, which keeps everything)
 */
export function blankLead(p: Paragraph, pi: number, lex: QuoteLexicon): void {
  if (pi === 0) return;
  const end = isByline(p.view.text, lex) ? p.masked.length : leadEnd(p.view.text, lex, pi <= 2);
  if (end === 0 || p.spans.some((s) => s.open < end)) return;
  p.masked = ' '.repeat(end) + p.masked.slice(end);
}
