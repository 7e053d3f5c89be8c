/**
 * Sentence boundaries inside one paragraph or one quote, for cutting quotes to their key sentences and
 * for finding the sentence that reports an indirect quote. A rule about punctuation, not a model:
 * a sentence ends at `.`, `!`, `?` or `…` (with any closing quote marks or brackets after it) followed by
 * white space and a capital letter, a digit, an opening quote mark or a dash — unless the word before
 * the full stop is an abbreviation (`Mr.`, `tzv.`, `p.sh.`) or a single letter (an initial).
 */
import { ABBREVIATIONS } from './lexicon.js';

/** [start, end) offsets of the sentences of `text` (UTF-16 units), trimmed; empty text gives []. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?…]+["'”’»“‘«›)\]]*(?=\s+["'„“”«‹‘([–—-]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text.slice(start, m.index))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: [number, number][], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push([start, end]);
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.'’-]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 0) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of `text` as strings. */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map(([s, e]) => text.slice(s, e));
}

/** Number of words (runs of non-space characters). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}
