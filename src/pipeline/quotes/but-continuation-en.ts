/**
 * English: where a reported clause's content ends. A clause break ends it, except a `but` that keeps the
 * contrast inside the one claim (ADR 0300): `said A, but that B` (a contrasted second complement of the same
 * verb: B is said against A, not apart from it), and an elliptical remainder that has no clause of its own
 * (`…, but not its timing`, `not only A but also B`, `…, but only in private`). `…, but he …` (a new
 * subject, mostly the narrator's) still ends the content. A pair of dashes inside the clause sets off an
 * interpolation, and the content goes on after the second dash.
 */
import { butContinuation } from './lexicon/continuation-en.js';

const ELLIPTICAL = new Set(butContinuation.elliptical);
const INVERTED = new Set(butContinuation.inverted);

/** True when the text after a `but` continues the reported content (`that B`, `not X`, `also to Y`). */
export function butContinues(after: string): boolean {
  const w = /^\s*([\p{L}’']+)(?:\s+([\p{L}’']+))?(?:\s+([\p{L}’']+))?/u.exec(after);
  if (!w) return false;
  const first = w[1].toLowerCase();
  if (first === butContinuation.complementiser) return true;
  if (!ELLIPTICAL.has(first)) return false;
  // `but not only did he …`, `but never has it …`: a fronted negation inverts the clause's own auxiliary.
  const second = (w[2] ?? '').toLowerCase();
  const aux = second === 'only' ? (w[3] ?? '').toLowerCase() : second;
  return !INVERTED.has(aux);
}

/**
 * The first clause break in `s[a, b)` that ends reported content (offset into `s` and its text), skipping
 * English `but` breaks whose remainder continues it and pairs of dashes (unless `hasVerb`, a test for a verb
 * of saying, finds one after the pair). Other languages take the first break.
 */
export function contentBreak(
  breaks: RegExp,
  s: string,
  a: number,
  b: number,
  english: boolean,
  hasVerb: (text: string) => boolean = () => false,
): { index: number; text: string } | null {
  let from = a;
  while (from < b) {
    const br = breaks.exec(s.slice(from, b));
    if (!br) return null;
    const at = from + br.index;
    const rest = s.slice(at + br[0].length, b);
    // `ban all visitors — some 2,000 a day — from the quay`: a pair of dashes sets off an interpolation inside the clause.
    // (Not when a verb of saying follows the pair, `— 38 percent — who said …`: that report is its own.)
    const closing = english && /^\s[–—]\s$/.test(br[0]) ? closingDash(rest, br[0].trim()) : -1;
    if (closing >= 0 && hasVerb(rest.slice(closing))) return { index: at, text: br[0] };
    if (closing >= 0) {
      from = at + br[0].length + closing;
      continue;
    }
    if (!english || !/but$/i.test(br[0]) || !butContinues(rest)) return { index: at, text: br[0] };
    from = at + br[0].length;
  }
  return null;
}

/**
 * Where the dash that closes an interpolation ends in `rest` (the text after an opening ` — `), or -1: the same
 * dash later in the sentence with words of the clause after it (not a dash that only ends the sentence).
 */
function closingDash(rest: string, dash: string): number {
  const i = rest.indexOf(` ${dash} `);
  if (i < 0 || /[.;:!?]/.test(rest.slice(0, i))) return -1;
  const after = rest.slice(i + 3);
  return /\p{L}/u.test(after) && !/^\s*[\p{Lu}]/u.test(after) ? i + 3 : -1;
}
