/**
 * The term syntax of watchlists (docs/term-syntax.md):
 * - a word or phrase: `Kosovo`, `Resolution 1244` (optionally in double quotes); every word must occur,
 *   in order, with only spaces, hyphens, dashes or apostrophes between them;
 * - `A NEAR/n B`: A and B (each a word or phrase) in either order with at most n words between them;
 * - `-term`: an exclude term (a mention is dropped when it occurs in the same sentence);
 * - case: a word written in capitals (`NATO`) is an acronym: it matches capitals with its own diacritics
 *   and, from four letters on, the title-case house style (`Nato`, `Kfor`; `WHO` is not `Who`), never
 *   lower case; `=NIS` (capitals after `=`) matches capitals only, for an
 *   acronym that is also a word or a place (`Nis` the city is not `=NIS` the company); any other word
 *   never matches an all-capitals token of four letters or fewer (`Nis` does not match `NIS`).
 */
import { WirewatchError } from '../../model/errors.js';
import { isAllCaps, letterCount, tokenize } from '../text/tokens.js';
import type { FormGuard } from './form-guards.js';

/** Largest n accepted in `NEAR/n`. */
export const MAX_NEAR_DISTANCE = 50;
/** Longest term accepted, in characters. */
export const MAX_TERM_LENGTH = 200;
/** Most words accepted in one phrase. */
export const MAX_PHRASE_WORDS = 16;

/** One word of a term, with what the case rules need. */
export interface TermWord {
  /** As written in the watchlist. */
  surface: string;
  /** Lower case, Cyrillic → Latin, diacritics kept. */
  latin: string;
  /** Folded (no diacritics). */
  folded: string;
  /** Written in capitals with at least two letters (`NATO`): an acronym, never matched in lower case. */
  capitalsOnly: boolean;
  /** Written `=NIS`: capitals only, not even the title-case house style (`Nis`). */
  exactCapitals: boolean;
  /** Has a letter: the short all-capitals guard applies unless `capitalsOnly`. */
  hasLetter: boolean;
  /** The spelling checks of its derived Serbian forms, set when a watchlist is compiled (`form-guards.ts`). */
  guards?: readonly FormGuard[];
}

/** A sequence of words that must occur in order. */
export type Phrase = TermWord[];

/** A parsed term. */
export type ParsedTerm =
  | { kind: 'phrase'; source: string; negated: boolean; phrase: Phrase }
  | { kind: 'near'; source: string; negated: boolean; left: Phrase; right: Phrase; distance: number };

function invalid(term: string, reason: string): WirewatchError {
  return new WirewatchError('invalid_term', `matcher: invalid term ${JSON.stringify(term)}: ${reason}`);
}

function parsePhrase(term: string, text: string, side: string): Phrase {
  let body = text.trim();
  if (body.length >= 2 && body.startsWith('"') && body.endsWith('"')) body = body.slice(1, -1);
  // `=WORD`: this word in capitals only (the `=` is not a word character, so it is read off the text).
  const exact = new Set<number>();
  for (const m of body.matchAll(/(?<=^|\s)=(?=\p{L})/gu)) exact.add(m.index! + 1);
  const words = tokenize(body).map((t) => {
    const capitalsOnly = isAllCaps(t.text) && letterCount(t.text) >= 2;
    if (exact.has(t.start) && !capitalsOnly) throw invalid(term, `"=${t.text}" needs a word written in capitals, e.g. "=NIS"`);
    return { surface: t.text, latin: t.latin, folded: t.folded, capitalsOnly, exactCapitals: exact.has(t.start), hasLetter: letterCount(t.text) > 0 };
  });
  if (words.length === 0) throw invalid(term, side ? `the ${side} side of NEAR has no words` : 'it has no words');
  if (words.length > MAX_PHRASE_WORDS) throw invalid(term, `more than ${MAX_PHRASE_WORDS} words`);
  if (words.some((w) => w.surface === 'NEAR')) throw invalid(term, 'write NEAR/n with a distance, e.g. "A NEAR/4 B"');
  return words;
}

/**
 * Parses one term of a watchlist.
 * @param term the term as written (`Resolution 1244`, `humanitarian center NEAR/4 Niš`, `-Red Cross`)
 * @returns the parsed term
 * @throws WirewatchError `invalid_term` naming the term: empty, too long, no words, a NEAR with a
 *   missing side or a second NEAR, a NEAR distance that is not an integer in 0..50
 */
export function parseTerm(term: string): ParsedTerm {
  if (typeof term !== 'string') throw invalid(String(term), 'not a string');
  let text = term.trim();
  if (text.length === 0) throw invalid(term, 'it is empty');
  if (text.length > MAX_TERM_LENGTH) throw invalid(term, `longer than ${MAX_TERM_LENGTH} characters`);
  let negated = false;
  if (/^-\S/u.test(text) && !/^-\p{N}/u.test(text)) {
    negated = true;
    text = text.slice(1);
  }
  const ops = [...text.matchAll(/(?<=^|\s)NEAR\/(\S*)(?=\s|$)/g)];
  if (ops.length > 1) throw invalid(term, 'only one NEAR per term');
  if (ops.length === 0) return { kind: 'phrase', source: term, negated, phrase: parsePhrase(term, text, '') };
  const op = ops[0];
  const n = op[1];
  if (!/^\d+$/.test(n) || Number(n) > MAX_NEAR_DISTANCE) {
    throw invalid(term, `NEAR distance must be a whole number from 0 to ${MAX_NEAR_DISTANCE}, not "${n}"`);
  }
  const at = op.index ?? 0;
  const leftText = text.slice(0, at);
  const rightText = text.slice(at + op[0].length);
  if (!leftText.trim()) throw invalid(term, 'NEAR needs a word or phrase on its left');
  if (!rightText.trim()) throw invalid(term, 'NEAR needs a word or phrase on its right');
  return {
    kind: 'near',
    source: term,
    negated,
    left: parsePhrase(term, leftText, 'left'),
    right: parsePhrase(term, rightText, 'right'),
    distance: Number(n),
  };
}

/**
 * Checks one term without keeping the result (for commands that accept a term from a user).
 * @throws WirewatchError `invalid_term` with a message naming the term and what is wrong
 */
export function validateTerm(term: string): void {
  parseTerm(term);
}
