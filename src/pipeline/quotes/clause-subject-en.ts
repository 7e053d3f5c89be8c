/**
 * English clause subjects for pronoun salience (ADR 0134): whether a name mention is the grammatical
 * subject of its sentence's main clause. A subject stands at the sentence start (after a linker, `But`,
 * and any titles or role words: `But Sen. Jane Roe`), or right after a fronted adverbial or subordinate
 * clause closed by a comma (`On Tuesday, Roe …`, `Speaking in Ames, Roe …`, `When Doe left, Roe …`),
 * and is followed by a lower-case word that is no preposition or conjunction (its verb), after any
 * parenthesis or lower-case apposition (`Roe (D-Ore.) said`, `Roe, a lawyer, said`). A name right after a
 * subordinator (`When Doe left`) is no main-clause subject.
 */
import { enClauseWords } from './lexicon/en.js';
import { npIsh } from './name-runs.js';

const LINKER = new RegExp(`^(?:(?:${enClauseWords.clauseLinkers.join('|')})\\b,?\\s*)+`, 'i');
const SUBORDINATOR = new RegExp(`^(?:${enClauseWords.subordinators.join('|')})\\b`, 'i');
const NOT_AFTER = new Set(enClauseWords.notAfterSubject);
/**
 * A parenthesis, a lower-case apposition between commas, or a short capitalised one (a state after a
 * place: `Roe, 33, of Baldwin, Miss., said`), right after a name.
 */
const ASIDE = /^\s*(?:\([^()]{0,60}\)|,\s*(?:\p{Ll}|\d)[^,;]{0,100}?,|,\s*\p{Lu}[\p{L}.]{0,12},)/u;
/** Most asides read after one name. */
const MAX_ASIDES = 4;
/** Longest fronted adverbial or subordinate clause (words) before a subject. */
const MAX_FRONTED = 25;

/**
 * True when the name at [a, b) of `s` is the main-clause subject of the sentence starting at `sentStart`.
 * @param s masked paragraph text (quotes blanked)
 */
export function isClauseSubject(s: string, a: number, b: number, sentStart: number): boolean {
  let prefix = s.slice(sentStart, a).replace(LINKER, '');
  const comma = prefix.lastIndexOf(', ');
  if (comma >= 0) {
    const fronted = prefix.slice(0, comma);
    if (/["“”]/.test(fronted) || fronted.split(/\s+/).length > MAX_FRONTED) return false;
    prefix = prefix.slice(comma + 2);
  } else if (SUBORDINATOR.test(prefix.trim())) return false;
  if (prefix.trim() !== '' && !npIsh(prefix)) return false;
  let after = s.slice(b);
  for (let k = 0, aside = ASIDE.exec(after); aside && k < MAX_ASIDES; k++, aside = ASIDE.exec(after)) after = after.slice(aside[0].length);
  const next = /^\s+(\p{Ll}+)/u.exec(after);
  return next !== null && !NOT_AFTER.has(next[1]);
}

const TITLE_M = new Set(enClauseWords.genderedTitles.m);
const TITLE_F = new Set(enClauseWords.genderedTitles.f);

/**
 * The gender an English honorific or gendered role noun right before a name tells (`Ms. Roe`, `Mr Roe`,
 * `spokeswoman Jane Roe`), or null.
 * @param before the text before the name (only its last word is read)
 */
export function titleGender(before: string): 'm' | 'f' | null {
  const w = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (!w) return null;
  return TITLE_M.has(w) ? 'm' : TITLE_F.has(w) ? 'f' : null;
}
