/**
 * Word shingles over folded text, and the set overlaps the story clusterer uses.
 * Folding (src/pipeline/text/fold.ts) makes Serbian Cyrillic and Latin, and text with or without
 * diacritics, produce the same shingles.
 */
import { fold } from '../text/fold.js';

/**
 * Splits text into folded word tokens (runs of letters and digits), in order.
 * @param text any text, any script
 * @returns tokens, lower-case, Cyrillic transliterated, diacritics removed; `[]` for empty text
 */
export function foldedTokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The set of `k`-word shingles of a token list (`k` consecutive tokens joined by a space).
 * A list shorter than `k` gives one shingle of all its tokens (none for an empty list).
 * @param tokens word tokens, usually from `foldedTokens`
 * @param k shingle width in words, >= 1
 */
export function shingles(tokens: readonly string[], k: number): Set<string> {
  const out = new Set<string>();
  if (tokens.length === 0) return out;
  if (tokens.length < k) {
    out.add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + k <= tokens.length; i++) out.add(tokens.slice(i, i + k).join(' '));
  return out;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** Jaccard similarity |A∩B| / |A∪B| in [0, 1]; 0 when both sets are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const inter = intersectionSize(a, b);
  return inter / (a.size + b.size - inter);
}

/**
 * Containment |A∩B| / min(|A|, |B|) in [0, 1]: how much of the smaller set the larger one covers.
 * Robust to a teaser cut short (`[…]`) against the full lead. 0 when either set is empty.
 */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const min = Math.min(a.size, b.size);
  if (min === 0) return 0;
  return intersectionSize(a, b) / min;
}
