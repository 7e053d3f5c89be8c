/**
 * Tokens and sentences by Unicode text segmentation (UAX #29: a plain scanner for common scripts,
 * `Intl.Segmenter` for the rest), with
 * offsets into the original text, shared by the matcher and the quote extractor.
 */
import { detach, fold, latinLower } from './fold.js';
import { scanWords } from './word-scan.js';

/** One word of a text. */
export interface Token {
  /** The word as it stands in the original text (the surface form). */
  text: string;
  /** Offsets [start, end) in the original text, UTF-16 code units. */
  start: number;
  end: number;
  /** Lower case, Cyrillic → Latin, diacritics kept (`nišu`). */
  latin: string;
  /** Fully folded: lower case, Latin, no diacritics, `đ` → `dj` (`nisu`). */
  folded: string;
}

/** A span of text: offsets [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

// Made on first use: V8's first `Intl.Segmenter` builds ICU's locale list (≈ 90 M instructions), which
// a start (the config's term check, no text yet) need not pay (ADR 0278).
let wordSeg: Intl.Segmenter | undefined;
let sentenceSeg: Intl.Segmenter | undefined;
const wordSegmenter = (): Intl.Segmenter => (wordSeg ??= new Intl.Segmenter('und', { granularity: 'word' }));
const sentenceSegmenter = (): Intl.Segmenter => (sentenceSeg ??= new Intl.Segmenter('und', { granularity: 'sentence' }));

// A run of letters followed by a run of digits (or the reverse) inside one UAX #29 word, as in the
// hashtag `#UNSCR1244` or `COVID19`: the parts become tokens of their own.
const LETTER_DIGIT_RUN = /\p{L}[\p{L}\p{M}]*|\p{N}+(?:[.,]\p{N}+)*/gu;
const HAS_LETTER_AND_DIGIT = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{M}\p{N}]+$/u;

const PLAIN_ASCII = /^[A-Za-z0-9]+$/;

/** Lower-cased and folded forms by surface form: news text repeats its words (bounded, cleared when full). */
const forms = new Map<string, { latin: string; folded: string }>();
const FORMS_MAX = 50_000;

/**
 * A word's lower-case Latin and folded forms, as a token of it carries them (`Нишу` → `nišu`, `nisu`).
 * @param text one word's surface form
 */
export function wordForms(text: string): { latin: string; folded: string } {
  if (PLAIN_ASCII.test(text)) {
    const lower = text.toLowerCase();
    return { latin: lower, folded: lower };
  }
  let f = forms.get(text);
  if (!f) {
    if (forms.size >= FORMS_MAX) forms.clear();
    f = { latin: latinLower(text), folded: fold(text) };
    forms.set(text, f);
  }
  return f;
}

function makeToken(text: string, start: number): Token {
  if (PLAIN_ASCII.test(text)) {
    // Fast path: nothing to transliterate or fold but the case.
    const lower = text.toLowerCase();
    return { text, start, end: start + text.length, latin: lower, folded: lower };
  }
  let f = forms.get(text);
  if (!f) {
    if (forms.size >= FORMS_MAX) forms.clear();
    const key = detach(text); // `text` may be a view into a long article (see `detach`)
    f = { latin: latinLower(key), folded: fold(key) };
    forms.set(key, f);
  }
  return { text, start, end: start + text.length, latin: f.latin, folded: f.folded };
}

/**
 * Splits `text` into word tokens at Unicode word boundaries (UAX #29). Punctuation, spaces and
 * symbols are not tokens, so hyphen, dash and space variants all separate words alike
 * (`Russian-Serbian` = `Russian–Serbian` = `Russian Serbian`). An apostrophe inside a word keeps it
 * whole (`Kosovo’s`); a word made of a letter run and a digit run (`UNSCR1244`) is split in two.
 * Runs of Latin, Cyrillic, digits and common punctuation go through a plain scanner (`word-scan.ts`,
 * the same boundaries as the segmenter, at a tenth of its cost); anything else through
 * `Intl.Segmenter`.
 * @param text any text; offsets refer to it unchanged
 * @returns the tokens in order, with offsets into `text`
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachWord(text, (word, start) => out.push(makeToken(word, start)));
  return out;
}

/**
 * The words `tokenize` finds, without building tokens: calls `emit(word, start)` for each, in order
 * (`word` is the surface form, `start` its offset into `text` in UTF-16 code units). For callers
 * that keep their own per-word data (the matcher, issue 23); `tokenize` is built on it.
 */
export function forEachWord(text: string, emit: (word: string, start: number) => void): void {
  scanWords(
    text,
    (start, end, mixed) => (mixed ? splitWord(text.slice(start, end), start, emit) : emit(text.slice(start, end), start)),
    (start, end) => {
      for (const seg of wordSegmenter().segment(text.slice(start, end))) {
        if (seg.isWordLike) splitWord(seg.segment, start + seg.index, emit);
      }
    },
  );
}

/** One UAX #29 word: emitted whole, or as two and more words when it joins letter and digit runs. */
function splitWord(word: string, start: number, emit: (word: string, start: number) => void): void {
  if (HAS_LETTER_AND_DIGIT.test(word)) {
    for (const m of word.matchAll(LETTER_DIGIT_RUN)) emit(m[0], start + (m.index ?? 0));
  } else {
    emit(word, start);
  }
}

/**
 * `tokenize` by `Intl.Segmenter` word iteration alone: the reference the scanner is tested against
 * (`tokens.property.test.ts`).
 */
export function tokenizeBySegmenter(text: string): Token[] {
  const out: Token[] = [];
  const emit = (word: string, start: number) => out.push(makeToken(word, start));
  for (const seg of wordSegmenter().segment(text)) {
    if (seg.isWordLike) splitWord(seg.segment, seg.index, emit);
  }
  return out;
}

/**
 * Splits `text` into sentences at Unicode sentence boundaries (UAX #29, `Intl.Segmenter`).
 * Trailing spaces belong to the sentence before them; the spans cover the whole text.
 * @returns spans [start, end) into `text`, in order; an empty text gives `[]`
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const seg of sentenceSegmenter().segment(text)) out.push({ start: seg.index, end: seg.index + seg.segment.length });
  return out;
}

/**
 * Index of the span containing `offset` (binary search over ordered, contiguous spans).
 * @returns the index, or -1 when `offset` lies outside every span
 */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** True when `word` has at least one letter and no lower-case letter (`NIS`, `НИС`, `KFOR`). */
export function isAllCaps(word: string): boolean {
  const last = word[word.length - 1];
  if (last !== undefined && last !== last.toUpperCase()) return false; // fast path: ends in a lower-case letter
  return /\p{L}/u.test(word) && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Number of letters in `word` (`NIŠ` → 3). */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}
