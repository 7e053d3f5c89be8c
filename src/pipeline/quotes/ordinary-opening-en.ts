/**
 * English (issue 15): a capitalised word that opens a name run only because it opens a sentence or a
 * headline (`Continued Roe: “…”`, `Having heard them, Judge Roe …`, `Protest groups say …`) is an ordinary
 * word when the same article writes it in lower case and never capitalises it inside a sentence. A listed
 * first name never counts (`Bill`, `Frank`, `Mark` are written in lower case too), nor does a word of an
 * organisation’s name (`Judicial Council`). A title no list knows goes too (`Pope Francis` → `Francis`). What is left of the run
 * (`Roe`) is the name; nothing left means no name.
 */
import { fold } from '../text/fold.js';
import { isFirstName } from './lexicon/first-names.js';
import { matchAllOf } from './match-all.js';
import { orgHead } from './roles.js';

/** The article's word evidence the rule reads (`EntityIndex.evidence`). */
export interface WordEvidence {
  /** Words the article capitalises away from sentence starts anywhere (folded). */
  capsInside: Set<string>;
  /** Words the article writes in lower case (folded); empty unless the article is English. */
  lower: Set<string>;
}

export const LOWER_WORD =
  /(?=[^\0-`{-\x7f])(?<![0-9A-Za-z'-])(?<![\p{L}\p{N}’](?<=[^\0-\x7f]))(?:[a-z]|(?![\0-\x7f])\p{Ll})(?:[A-Za-z'-]|(?![\0-\x7f])[\p{L}’])*/gu;

/** Adds every word `text` writes in lower case (folded, possessive `'s` dropped) to `into`. */
export function collectLowerWords(text: string, into: Set<string>): void {
  for (const m of matchAllOf(LOWER_WORD, text)) into.add(fold(m[0]).replace(/['’]s$/, ''));
}

/** True when a capitalised word is an ordinary word by the article's own writing (see the module comment). */
export function ordinaryWord(word: string, ev: WordEvidence): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const f = fold(word).replace(/['’]s$/, '');
  return ev.lower.has(f) && !ev.capsInside.has(f) && !isFirstName(f);
}

/**
 * How many characters of `name` its leading ordinary words take (with the spaces after them); the name is
 * what follows. Equals `name.length` when every word is ordinary.
 */
export function ordinaryOpeningLength(name: string, ev: WordEvidence): number {
  if (ev.lower.size === 0 || orgHead(name)) return 0;
  let at = 0;
  for (const m of name.matchAll(/\S+\s*/g)) {
    if (!ordinaryWord(m[0].trim(), ev)) break;
    at = m.index + m[0].length;
  }
  return at;
}
