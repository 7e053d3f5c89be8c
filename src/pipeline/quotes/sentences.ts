/**
 * Sentence geometry inside one masked paragraph: where a sentence starts, where a paragraph's words
 * start after a blanked dateline, where a sentence ends (`sentenceEnd`, past abbreviations such as
 * `Mr.`, `U.S.`), and the subject noun phrase that opens a sentence.
 */
import { allLexicons } from './lexicon/index.js';
import { en } from './lexicon/en.js';
import { sr } from './lexicon/sr.js';
import { sq } from './lexicon/sq.js';
import { parseRole } from './roles.js';
import { escapeRe, isSpace } from './text.js';
import { matchAllOf } from './match-all.js';
import { perText } from './scan-memo.js';

/** Abbreviations that never end a sentence: every language's titles (`Mr.`, `Sen.`, `Prof.`) and a few more. */
const FULL_WORD_TITLES = new Set(['sir', 'dame', 'lord', 'lady', 'miss', 'zoti', 'zonja', 'gospodin', 'gospođa', 'gospodja', 'messrs']);
const ABBREVIATIONS = new Set([...[en, sr, sq].flatMap((l) => l.titles).filter((t) => !FULL_WORD_TITLES.has(t)), 'st', 'no', 'br', 'tzv', 'jr', 'vs', 'nr']);

/** True when the text ends with an abbreviation whose full stop ends no sentence (`Sen`, `U.S`, an initial `Q`). */
export function isAbbreviation(before: string): boolean {
  const w = /(?:^|[\s(])((?:[A-Za-z]|(?![\0-\x7f])\p{L})+(?:\.(?:[A-Za-z]|(?![\0-\x7f])\p{L}))*)$/u.exec(before);
  return w !== null && (w[1].length === 1 || /\./.test(w[1]) || ABBREVIATIONS.has(w[1].toLowerCase()));
}

/** End of the sentence that starts at `from` (a `.`, `!` or `?` followed by space and a capital or the end). */
export function sentenceEnd(s: string, from: number, to: number): number {
  // While an article is extracted, a paragraph's sentence ends are found once and read by every frame.
  const ends = perText(s, sentenceEnds);
  if (ends !== null) return endAfter(ends, from, to);
  // The next sentence may open with any opening mark, the reversed guillemets of »…« and ‚…‘ too.
  const re = /[.!?]["“”»’']?(?=[\s\u00a0]+[\p{Lu}„“"«»›‚‘'–—-]|$)/gu;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    // not an abbreviation (`Mr.`, `Sen.`, `a.m.`, `U.S.`, an initial `Jane Q. Roe`)
    if (isAbbreviation(s.slice(Math.max(0, m.index - 8), m.index))) continue;
    return m.index + m[0].length;
  }
  return to;
}

/**
 * Every sentence end of `s` that `sentenceEnd` can give, as pairs (the mark's offset, the end) in order. A
 * match of the end pattern cannot start inside another (its second character is a closing quote mark, never
 * `.`, `!` or `?`), so one scan from the start finds every offset where a search from anywhere would stop.
 */
function sentenceEnds(s: string): number[] {
  const out: number[] = [];
  const re = /[.!?]["“”»’']?(?=[\s\u00a0]+[\p{Lu}„“"«»›‚‘'–—-]|$)/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!isAbbreviation(s.slice(Math.max(0, m.index - 8), m.index))) out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/** `sentenceEnd` from the pairs of `sentenceEnds`: the first end whose mark stands in `[from, to)`, else `to`. */
function endAfter(ends: number[], from: number, to: number): number {
  let lo = 0;
  let hi = ends.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[2 * mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < ends.length && ends[2 * lo] < to ? ends[2 * lo + 1] : to;
}

/** Start of the sentence holding offset `at` (not before `floor`), past leading spaces. */
export function sentenceStartOf(s: string, at: number, floor: number): number {
  let start = floor;
  for (let i = floor; i < at;) {
    const e = sentenceEnd(s, i, at);
    if (e >= at) break;
    start = e;
    i = e;
  }
  while (start < at && isSpace(s[start])) start++;
  return start;
}

/** Start of the last sentence of `s`. */
export function lastSentenceStart(s: string): number {
  let start = 0;
  for (let i = 0; i < s.length;) {
    const e = sentenceEnd(s, i, s.length);
    if (e >= s.length) break;
    start = e;
    i = e;
  }
  return start;
}

/** Start offsets of every sentence of `s` (the first is 0), ascending. */
export function sentenceStarts(s: string): number[] {
  const out = [0];
  for (let i = 0; i < s.length;) {
    const e = sentenceEnd(s, i, s.length);
    if (e >= s.length || e <= i) break;
    out.push(e);
    i = e;
  }
  return out;
}

/** Where a paragraph's words start: its dateline, label or byline is blanked out of the masked text (`lead.ts`). */
export function dateline(s: string): number {
  return s.length - s.trimStart().length;
}

/** A fronted clause before a subject (`When asked about it, `, `Upitan o tome, `), in any of the languages. */
const FRONTED = new RegExp(
  `^(?:(?:${allLexicons
    .flatMap((l) => l.cues.frontedLeads)
    .map(escapeRe)
    .join('|')})\\b[^,]*,\\s*)+`,
  'iu',
);

/** The subject span between a sentence start and a verb, past a fronted clause (`After the talks, |she|`). */
export function npSpan(s: string, start: number, end: number): [number, number] {
  let a = start;
  const head = s.slice(start, end);
  const lead = FRONTED.exec(head);
  if (lead) a += lead[0].length;
  let b = end;
  while (b > a && /[\s,]/.test(s[b - 1])) b--;
  const t = s.slice(a, b).replace(/\s+(je|su|has|had|also)$/i, '');
  return [a, a + t.length];
}

const NP_WORD = /^(?:the|a|an|of|for|to|in|at|and|e|i|të|në|van|von|de|der|\d+)$/i;

/** The subject noun phrase that opens a sentence (`Serbia's chief negotiator, Milena Obradović`, `She`). */
export function sentenceSubject(s: string, start: number): [number, number] | null {
  const segs = s.slice(start).split(/(?<=,)/);
  let end = start;
  let off = start;
  for (const seg of segs) {
    const ok = npPrefix(seg);
    if (ok === 0) break;
    end = off + ok;
    if (ok < seg.replace(/,$/, '').trimEnd().length) break;
    off += seg.length;
  }
  return end > start ? [start, end] : null;
}

/** Length of the prefix of a comma segment made of noun-phrase words (capitalised, role, particle, possessive). */
function npPrefix(seg: string): number {
  let ok = 0;
  for (const w of matchAllOf(/(?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+(?:[-'’](?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+)*/gu, seg)) {
    const t = w[0];
    if (/^\p{Lu}/u.test(t) || NP_WORD.test(t) || parseRole(t) || /['’]s$/.test(t)) ok = w.index! + t.length;
    else break;
  }
  return ok;
}

/** Serbian clause subject: everything before the first finite verb (`X obišla je …`, `X je …`). */
export function serbianSubject(s: string, start: number, limit: number): [number, number] | null {
  const m = /\s(?:\p{L}+(?:o|la|li|le)\s+(?:je|su)|je|su)\s/u.exec(s.slice(start, limit));
  if (!m || m.index === 0) return null;
  return [start, start + m.index];
}
