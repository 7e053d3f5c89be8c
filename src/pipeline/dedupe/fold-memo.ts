/**
 * Memoised folding for digest composition. Composing a digest folds the same article titles, leads,
 * quotes and mention surface forms for every subscription whose window holds them (≈ 50 % of compose
 * time in `bench/run.ts digest` before this memo). Folding is a pure function of the text, so results
 * are cached by the text itself: that hits whether the caller holds the same article object (the
 * benchmark) or re-reads the items from the store for each subscription (the service). Results are
 * shared: treat them as read-only.
 *
 * Bounded: each table is cleared when it reaches `MEMO_MAX` entries (a day of items for a large
 * deployment is a few thousand articles, so a clear is rare and costs one re-fold per text).
 */
import { fold } from '../text/fold.js';
import { foldedTokens, shingles } from './shingles.js';

/** Entries per table before it is cleared. */
export const MEMO_MAX = 50_000;

function table<V>(): { get(key: string, make: () => V): V; size(): number } {
  const m = new Map<string, V>();
  return {
    get(key, make) {
      let v = m.get(key);
      if (v === undefined) {
        v = make();
        if (m.size >= MEMO_MAX) m.clear();
        m.set(key, v);
      }
      return v;
    },
    size: () => m.size,
  };
}

const folded = table<string>();
const wordSets = table<ReadonlySet<string>>();
const shingleSets = table<ReadonlySet<string>>();

/** `fold(text)` (src/pipeline/text/fold.ts), memoised. */
export function memoFold(text: string): string {
  return folded.get(text, () => fold(text));
}

/** The set of folded word tokens of `text` (`foldedTokens`), memoised; read-only. */
export function memoWordSet(text: string): ReadonlySet<string> {
  return wordSets.get(text, () => new Set(foldedTokens(text)));
}

/**
 * The `k`-word shingles of the folded tokens of `text` (`shingles(foldedTokens(text), k)`), memoised;
 * read-only.
 * @param k shingle width in words, >= 1
 */
export function memoShingles(text: string, k: number): ReadonlySet<string> {
  return shingleSets.get(`${k}\u0000${text}`, () => shingles(foldedTokens(text), k));
}

/** Entries held, per table (tests, diagnostics). */
export function memoSizes(): { fold: number; words: number; shingles: number } {
  return { fold: folded.size(), words: wordSets.size(), shingles: shingleSets.size() };
}
