/**
 * An organisation a bare type word refers to when the same sentence names it in full:
 * `U Rusko-srpskom humanitarnom centru u Nišu završena je obuka, saopštio je centar.` →
 * `Rusko-srpski humanitarni centar`; `Два авиона Руско-српског хуманитарног центра …, саопштио је центар.`
 * → `Руско-српски хуманитарни центар`; `… at the Russian-Serbian Humanitarian Centre, the centre said.` →
 * `Russian-Serbian Humanitarian Centre`.
 *
 * `orgNamedIn` looks from the sentence's end for a head noun of the type (`isHeadFor`), widens it to the
 * name around it (`modifiersStart`, `trailingNameEnd`, `withoutPreposition`) and, when the head is
 * inflected, puts the name back in the nominative (`inNominative`).
 */
import { fold } from '../text/fold.js';
import { orgHead } from './roles.js';

const WORD = /(?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+(?:[-'’](?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+)*/gu;
const isCap = (w: string) => /^\p{Lu}/u.test(w);
/** Serbian adjective endings in oblique cases (folded): `-skog`, `-nom`, `-ih`, `-oj`, `-ske`. */
const OBLIQUE_ADJ = /(?:og|om|oj|eg|em|ih|im|e|u)$/;

/** Two inflected forms of one noun: a common prefix of at least four letters (`centru`/`centar`). */
function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.min(4, a.length, b.length);
}

/**
 * True when word `k` of `ws` can head a name of type `typeWord`: an organisation head of the same stem,
 * and — when it is the type word itself, lower case — after a capitalised word or an oblique adjective
 * (`humanitarnom centru`), not a bare common noun (`the city centre`).
 */
function isHeadFor(ws: string[], k: number, typeWord: string): boolean {
  if (orgHead(ws[k]) === null || !sameStem(fold(ws[k]), fold(typeWord))) return false;
  const bareCommonNoun = fold(ws[k]) === fold(typeWord) && !isCap(ws[k]) && k > 0 && !isCap(ws[k - 1]) && !OBLIQUE_ADJ.test(fold(ws[k - 1]));
  return !bareCommonNoun;
}

/** True for an unhyphenated Serbian adjective in an oblique case right after a capitalised word (`humanitarnog`). */
function isObliqueModifier(ws: string[], i: number): boolean {
  return /-/.test(ws[i]) === false && /(?:sk|čk|ck|n|v|sk)(?:og|om|oj|ih|e)$/.test(fold(ws[i])) && i > 0 && isCap(ws[i - 1]);
}

/** Where the modifiers before head `k` start: capitalised words or adjectives agreeing in case. */
function modifiersStart(ws: string[], k: number): number {
  let from = k;
  while (from > 0 && (isCap(ws[from - 1]) || isObliqueModifier(ws, from - 1))) from--;
  return from;
}

/**
 * Where the name ends: after the capitalised words that follow a capitalised head (`Qendra Humanitare
 * Ruso-Serbe`, `Centre for Emergencies`), else right after the head.
 */
function trailingNameEnd(ws: string[], k: number): number {
  let to = k + 1;
  if (isCap(ws[k])) while (to < ws.length && isCap(ws[to]) && orgHead(ws[to]) === null) to++;
  return to;
}

/** Drops a sentence-initial preposition from a name of three words or more (`U Rusko-srpskom …`). */
function withoutPreposition(name: string[], from: number): void {
  if (from === 0 && /^(?:u|na|iz|od|za|in|at|from|of|the|në|nga)$/i.test(fold(name[0])) && name.length > 2) name.shift();
}

/**
 * The name with inflected head `head` replaced by `typeWord` (capitalised as the head was) and the
 * Serbian adjectives before it put in the nominative agreeing with it: `-og`/`-om` → `-i` for a
 * masculine head, `-e`/`-oj` → `-a` for a feminine one (`-a`/`-а` type word).
 */
function inNominative(name: string[], head: string, typeWord: string): string {
  const feminine = /[aа]$/.test(typeWord);
  const out = name.map((w, i) => {
    if (w === head) return isCap(w) ? typeWord[0].toLocaleUpperCase() + typeWord.slice(1) : typeWord;
    if (i >= name.indexOf(head)) return w;
    return feminine ? w.replace(/(?:oj|e)$/, 'a').replace(/(?:ој|е)$/, 'а') : w.replace(/(?:og|om|oga|omu)$/, 'i').replace(/(?:ог|ом|ога|ому)$/, 'и');
  });
  return out.join(' ');
}

/**
 * The nominative name of the organisation of type `typeWord` (a bare noun in the nominative, as the
 * attribution gives it: `centar`, `центар`, `centre`) named with at least one capitalised word in
 * `sentence` (original script), or null. Serbian oblique adjectives are put back in the nominative
 * agreeing with the head (`-og`/`-om` → `-i` for a masculine head, `-e`/`-oj` → `-a` for a feminine one)
 * and the head is replaced by `typeWord`; English and Albanian names are kept as written.
 * Pure; never throws.
 */
export function orgNamedIn(sentence: string, typeWord: string): string | null {
  if (!orgHead(typeWord)) return null;
  const ws = [...sentence.matchAll(WORD)].map((m) => m[0]);
  for (let k = ws.length - 1; k >= 0; k--) {
    if (!isHeadFor(ws, k, typeWord)) continue;
    const from = modifiersStart(ws, k);
    const name = ws.slice(from, trailingNameEnd(ws, k));
    if (name.length < 2 || !name.some(isCap)) continue;
    withoutPreposition(name, from);
    if (fold(ws[k]) === fold(typeWord)) return name.join(' ');
    return inNominative(name, ws[k], typeWord);
  }
  return null;
}
