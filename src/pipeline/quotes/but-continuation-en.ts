/**
 * English: where a reported clause's content ends. A clause break ends it, except a `but` that keeps the
 * contrast inside the one claim (ADR 0300): `said A, but that B` (a contrasted second complement of the same
 * verb: B is said against A, not apart from it), and an elliptical remainder that has no clause of its own
 * (`…, but not its timing`, `not only A but also B`, `…, but only in private`). `…, but he …` (a new
 * subject, mostly the narrator's) still ends the content.
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
 * English `but` breaks whose remainder continues it. Other languages take the first break.
 */
export function contentBreak(breaks: RegExp, s: string, a: number, b: number, english: boolean): { index: number; text: string } | null {
  let from = a;
  while (from < b) {
    const br = breaks.exec(s.slice(from, b));
    if (!br) return null;
    const at = from + br.index;
    if (!english || !/but$/i.test(br[0]) || !butContinues(s.slice(at + br[0].length, b))) return { index: at, text: br[0] };
    from = at + br[0].length;
  }
  return null;
}
