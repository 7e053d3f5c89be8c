/**
 * The case rules of the term syntax (docs/term-syntax.md, "Case"), split into what is known of a
 * word of the text on its own (its case shape, worked out once per interned word) and what a term
 * word asks of it. A phrase whose words ask nothing special gets a cheap check of the shapes alone
 * (`CASE_PLAIN`), worked out when the watchlist is compiled.
 */
import { fold } from '../text/fold.js';
import type { TermWordKind } from '../text/stem.js';
import { isAllCaps, letterCount } from '../text/tokens.js';
import type { Phrase, TermWord } from './term.js';

/** Shortest acronym that takes the title-case house style: `Nato`, `Kfor`, `Unmik`, but `WHO` is not "Who", `US` not "Us". */
export const MIN_HOUSE_STYLE_LETTERS = 4;

/** Case shape bits of a word of the text without its possessive: all capitals; all capitals with 4 letters or fewer; title case. */
export const ALL_CAPS = 1;
export const SHORT_ALL_CAPS = 2;
export const TITLE_CASE = 4;

/** A token without an English possessive (`NATO's` → `NATO`). */
function bare(text: string): string {
  // Fast path (profiled, ADR 0231): only a final apostrophe or `s` can start the possessive.
  const last = text[text.length - 1];
  return last === 's' || last === "'" || last === '’' ? text.replace(/['’]s?$/u, '') : text;
}

/** `Nato`, `Kfora`: a capital then only lower-case letters. */
function isTitleCase(text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text);
}

/**
 * The case shape of a word of the text, as bits (`ALL_CAPS`, `SHORT_ALL_CAPS`, `TITLE_CASE`), read
 * without an English possessive (`NATO's` is all capitals).
 * @param surface the word as it stands in the text
 */
export function caseShapeOf(surface: string): number {
  const text = bare(surface);
  const caps = isAllCaps(text);
  return (caps ? ALL_CAPS : 0) | (caps && letterCount(text) <= 4 ? SHORT_ALL_CAPS : 0) | (isTitleCase(text) ? TITLE_CASE : 0);
}

/**
 * Whether a token spells a word with the same letters where the two agree once folded: `niš` against
 * `nis` differs by a diacritic (false); `natu` against `nato` differs by an ending (true).
 */
function sameLetters(term: string, token: string): boolean {
  const n = Math.min(term.length, token.length);
  for (let k = 0; k < n; k++) {
    if (term[k] === token[k]) continue;
    return fold(term[k]) !== fold(token[k]);
  }
  return true;
}

/**
 * The case rules for one term word against one word of the text: an acronym term (`NATO`) takes
 * capitals (`NATO`, `NATO's`) and, from four letters on, the title-case house style (`Nato`, `Kfor`,
 * `Unmik`; the Guardian's and Serbian outlets' style for acronyms read as words); `=NIS` takes capitals
 * only; an acronym keeps its diacritics (`NIS` is not the dateline `NIŠ`); other words never take a
 * short all-capitals token (`Niš` is not `NIS`).
 * @param word the term word
 * @param shape the text word's `caseShapeOf` bits
 * @param latin the text word lower-cased and transliterated, diacritics kept
 */
export function caseAllows(word: TermWord, shape: number, latin: string): boolean {
  if (word.capitalsOnly) {
    if (!sameLetters(word.latin, latin)) return false;
    if (shape & ALL_CAPS) return true;
    return !word.exactCapitals && (shape & TITLE_CASE) !== 0 && letterCount(word.surface) >= MIN_HOUSE_STYLE_LETTERS;
  }
  if (!word.hasLetter) return true;
  return (shape & SHORT_ALL_CAPS) === 0;
}

/**
 * How much of the case rules a phrase needs at a place where its keys matched: `CASE_NONE` (no word
 * has a letter, `1244`: nothing to check); `CASE_PLAIN` (every word has a letter and none is an
 * acronym: no word of the place may be a short all-capitals word); `CASE_FULL` (acronyms, words
 * without letters beside words with, derived forms with guards: `caseAllows` and `formAllows` word by word).
 */
export const CASE_NONE = 0;
export const CASE_PLAIN = 1;
export const CASE_FULL = 2;

/** The case mode (`CASE_NONE`, `CASE_PLAIN`, `CASE_FULL`) of a phrase (worked out once, when the watchlist is compiled). */
export function caseModeOf(phrase: Phrase): number {
  if (phrase.some((w) => w.guards !== undefined)) return CASE_FULL; // derived forms to check (form-guards.ts)
  if (phrase.every((w) => !w.capitalsOnly && !w.hasLetter)) return CASE_NONE;
  if (phrase.every((w) => !w.capitalsOnly && w.hasLetter)) return CASE_PLAIN;
  return CASE_FULL;
}

/** A term word written with a capital and not an acronym (`Kosovo`, `Brisel`): it takes its `-ski` adjective in Serbian. */
export function isProperName(word: TermWord): boolean {
  return !word.capitalsOnly && /^\p{Lu}/u.test(word.surface) && letterCount(word.surface) >= 3;
}

/** How a term word is written, for the derived forms it takes (`TermWordKind`): a name, a lower-case word, or other. */
export function termWordKind(word: TermWord): TermWordKind {
  if (isProperName(word)) return 'name';
  return !word.capitalsOnly && /^\p{Ll}/u.test(word.surface) ? 'lower' : 'other';
}
