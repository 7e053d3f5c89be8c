/**
 * Quote-specific text helpers: a Latin view of a paragraph with an offset map back to the original,
 * whitespace classes (NBSP counts as space), sentence spans and token helpers.
 */
import { cyrillicToLatin, detach, fold } from '../text/fold.js';
import { execFrom } from './scan-memo.js';

/** A paragraph transliterated to Latin (case kept) with `map[i]` = original offset of unit i. */
export interface LatinView {
  text: string;
  map: number[];
}

/**
 * Transliterates Cyrillic letters to Serbian Latin keeping case and everything else as is, with a
 * map from view offsets to original offsets (`map[text.length]` = original length).
 */
export function latinView(s: string): LatinView {
  if (!/[\u0400-\u04ff]/.test(s)) {
    const map = new Array<number>(s.length + 1);
    for (let i = 0; i <= s.length; i++) map[i] = i;
    return { text: s, map };
  }
  // Runs of other characters are copied whole; each Cyrillic letter's Latin form is looked up once per letter
  // (a regex replace per letter and a concatenation per character were most of this function; issue 23).
  let text = '';
  const map: number[] = [];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x400 || c > 0x4ff) {
      map.push(i);
      continue;
    }
    const ch = s[i];
    let out = latinOfCyrillic(ch);
    // Keep all-caps words all caps (ЉУБЉАНА → LJUBLJANA) when the next letter is upper case too.
    if (out.length > 1 && ch !== ch.toLowerCase() && i + 1 < s.length && s[i + 1] !== s[i + 1].toLowerCase()) out = out.toUpperCase();
    for (let k = 0; k < out.length; k++) map.push(i);
    text += s.slice(run, i) + out;
    run = i + 1;
  }
  text += s.slice(run);
  map.push(s.length);
  return { text, map };
}

/** `cyrillicToLatin` of one Cyrillic letter (U+0400–U+04FF), remembered: at most 256 entries. */
function latinOfCyrillic(ch: string): string {
  let out = cyrillicLetters.get(ch);
  if (out === undefined) {
    out = cyrillicToLatin(ch);
    cyrillicLetters.set(ch, out);
  }
  return out;
}
const cyrillicLetters = new Map<string, string>();

/** True for any space character, including NBSP (U+00A0) and narrow NBSP (U+202F). */
export function isSpace(ch: string | undefined): boolean {
  return ch === undefined ? false : /[\s\u00a0\u202f\u2009]/.test(ch);
}

/** Trims spaces (NBSP included) and the given trailing punctuation from [start, end) of `s`. */
export function trimSpan(s: string, start: number, end: number, trailing = /[\s\u00a0\u202f,;:–—-]/): [number, number] {
  while (start < end && isSpace(s[start])) start++;
  while (end > start && (isSpace(s[end - 1]) || trailing.test(s[end - 1]))) end--;
  return [start, end];
}

/** Sentence spans [start, end) of `s` (Intl.Segmenter, sentence granularity). */
export function sentenceSpans(s: string): [number, number][] {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: [number, number][] = [];
  for (const part of seg.segment(s)) out.push([part.index, part.index + part.segment.length]);
  return out;
}

/** Word tokens of a string (letters, digits, inner hyphens and apostrophes). */
export function words(s: string): string[] {
  if (s.length > WORDS_MEMO_MAX_CHARS) return s.match(WORD) ?? [];
  let ws = wordsMemo.get(s);
  if (ws === undefined) {
    if (wordsMemo.size >= WORDS_MEMO_MAX_ENTRIES) wordsMemo.clear();
    // Key and words are cut from a copy: a slice of a long text would keep the whole text alive (`detach`).
    const key = detach(s);
    ws = key.match(WORD) ?? [];
    wordsMemo.set(key, ws);
  }
  // A copy: callers may change the array they get (`pop`, `sort`).
  return ws.slice();
}

/**
 * `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*` with each class split into its ASCII part and the rest: the same
 * matches, but ASCII letters and digits are read without a Unicode class test out of the regex code (issue 23,
 * `ascii-guards.test.ts`).
 */
export const WORD = /(?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+(?:[-'’](?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+)*/gu;
/** The same names and clause heads are split into words many times per article (ADR 0231). */
const WORDS_MEMO_MAX_CHARS = 200;
const WORDS_MEMO_MAX_ENTRIES = 20_000;
const wordsMemo = new Map<string, string[]>();

/** Folded word tokens (see `fold`). */
export function foldedWords(s: string): string[] {
  return words(fold(s));
}

/** True when `w` starts with a capital letter. */
export function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Escapes a string for use in a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lists at least this long get the ASCII guards in `phraseRe`. */
const PHRASE_GUARD_MIN = 8;

/**
 * A lookahead `(?=[…])` of the characters the phrases can start with (a space stands for `[\s\u00a0]`, as
 * `phraseRe` writes it), to put before an alternation of them: a match of the alternation starts with one
 * of these characters, and under the same flags the class folds case exactly as the literals do, so the
 * guard only drops positions where no alternative can start. The regex code tests it in one step; without
 * it, a long case-insensitive alternation tries its alternatives at every position (issue 23, ADR 0301).
 * Empty (no guard) when a phrase is empty.
 */
export function firstCharGuard(phrases: string[]): string {
  const firsts = new Set<string>();
  for (const p of phrases) {
    if (p === '') return '';
    const c = String.fromCodePoint(p.codePointAt(0)!);
    firsts.add(c === ' ' ? '\\s\\u00a0' : c.replace(/[\\\][^-]/g, '\\$&'));
  }
  return `(?=[${[...firsts].join('')}])`;
}

/**
 * A case-insensitive alternation of phrases (longest first) with Unicode word boundaries. A long list (the
 * speech verbs) leads with `firstCharGuard`, then asks that the character before is no ASCII letter or
 * digit, a test the regex code makes itself, and tests the Unicode classes only for a character before
 * that is not ASCII (`[\p{L}\p{N}](?<=[^\0-\x7f])` inside the lookbehind: read backwards, the ASCII test
 * comes first). Without that split, `(?<![\p{L}\p{N}])` calls out of the regex code at every position
 * (issue 23). Each guard is implied by the plain form, so the matches are the same (`ascii-guards.test.ts`).
 * A short list is left as it is: its literal alternatives are found by a faster search without it.
 */
export function phraseRe(phrases: string[], flags = 'iu'): RegExp {
  const list = [...new Set(phrases)];
  const alt = list
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '[\\s\\u00a0]+'))
    .join('|');
  if (list.length < PHRASE_GUARD_MIN) return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
  return new RegExp(`${firstCharGuard(list)}(?<![0-9A-Za-z])(?<![\\p{L}\\p{N}](?<=[^\\0-\\x7f]))(?:${alt})(?![\\p{L}\\p{N}])`, flags);
}

/** Two folded name words are the same when equal or one is the other plus an inflection of ≤ 3 letters. */
export function sameNameWord(p: string, q: string): boolean {
  // No destructuring of a pair: this runs for every name word against every key, and each pair was an allocation.
  const s = p.length <= q.length ? p : q;
  const l = s === p ? q : p;
  return s === l || (s.length >= 4 && l.length - s.length <= 3 && l.startsWith(s));
}

/** What `scanFrom` gives: a global pattern's `exec` from a position, like a fresh `RegExp` with `g`. */
export interface RegExpCursor {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
}

/**
 * A cursor over a shared pattern, positioned at `from`: shared (cached, module-level) regexes are
 * never advanced themselves, so no caller has to reset their `lastIndex`. `exec` and `test` behave as
 * on a fresh global copy of `re` (same matches, same `lastIndex` after each call, reset to 0 when
 * nothing is found). The cursors of one pattern share one global copy (made once, ADR 0231) and set
 * its `lastIndex` before each call, so any number of them can be in use at once; building a new
 * `RegExp` per call cost several microseconds for the long verb alternations.
 */
export function scanFrom(re: RegExp, from: number): RegExpCursor {
  let g = globalCopies.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalCopies.set(re, g);
  }
  return new Cursor(g, from);
}

const globalCopies = new WeakMap<RegExp, RegExp>();

class Cursor implements RegExpCursor {
  constructor(
    private readonly re: RegExp,
    public lastIndex: number,
  ) {}

  exec(s: string): RegExpExecArray | null {
    // While an article is extracted, a search another frame already made of this text is answered from memory.
    const { m, after } = execFrom(this.re, s, this.lastIndex);
    this.lastIndex = after;
    return m;
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}
