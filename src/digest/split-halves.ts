/**
 * English news writes one utterance split by its attribution (`"The works are late," she said, "but the
 * bridge opens in May."`) and the extractor gives it as two direct quotes, as English corpora annotate it
 * (`pipeline/quotes/lexicon/split-quote.ts`; ADR 0304). A digest shows them as the one quote they are: the halves are
 * merged here into one quote whose text joins them with a space and whose span covers both, so
 * `verbatimForm` presents it as `A … b` (the same form a Serbian or Albanian split quote, joined by the
 * extractor, takes). Shown apart, the first half would read as a fragment (`“The association”`).
 */
import type { Quote } from '../model/quote.js';
import { SPLIT_GAP_MAX, verbatimForm } from './quotes.js';

/** Quote marks and spaces the gap may hold around the attribution. */
const MARKS = /["“”„‘’'«»‹›]/g;

const merged = new WeakMap<readonly Quote[], readonly Quote[]>();

/**
 * True when `b` continues `a` after an inserted attribution: `a` direct, `b` direct or partial, one speaker, one paragraph, `b`
 * right after `a` (at most `SPLIT_GAP_MAX` characters between, `verbatimForm`'s own bound), `a` not ending a sentence, `b` opening in lower
 * case, and no sentence end in the text between them.
 * @param paragraph the text of the paragraph both quotes are in (offsets are into it)
 */
export function continuesAfterAttribution(a: Quote, b: Quote, paragraph: string): boolean {
  // After an apposition (`said X, the chief, "and …"`) the extractor reads the second half as a quoted phrase.
  if (a.kind !== 'direct' || (b.kind !== 'direct' && b.kind !== 'partial') || a.paragraph !== b.paragraph || a.speaker === null || a.speaker !== b.speaker)
    return false;
  if (b.start < a.end || b.start - a.end > SPLIT_GAP_MAX) return false;
  if (/[.!?…]$/u.test(a.text.trim()) || !/^\p{Ll}/u.test(b.text.trim())) return false;
  const between = paragraph.slice(a.end, b.start).replace(MARKS, '');
  return !/[.!?;:]/.test(between) && /\p{L}/u.test(between);
}

/**
 * The item's quotes with each pair of split halves (`continuesAfterAttribution`) merged into one quote
 * (text `A b`, span from A's start to B's end, A's other fields, so direct) when `verbatimForm` can show the
 * merged quote; other quotes are returned as they are, in
 * their order. Memoised per `quotes` array (every digest of a round reads the same items).
 * @param paragraphs the article's paragraphs the quotes' offsets point into
 */
export function mergeSplitHalves(quotes: readonly Quote[], paragraphs: readonly string[]): readonly Quote[] {
  const known = merged.get(quotes);
  if (known) return known;
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    const para = paragraphs[q.paragraph];
    if (prev && para !== undefined && continuesAfterAttribution(prev, q, para)) {
      const joined = { ...prev, text: `${prev.text.trim()} ${q.text.trim()}`, end: q.end, confidence: Math.min(prev.confidence, q.confidence) };
      // Merged only where the digest can show it (`A … b`); otherwise the halves stay, never both lost.
      if (verbatimForm({ paragraphs }, joined) !== null) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(q);
  }
  const result = out.length === quotes.length ? quotes : out;
  merged.set(quotes, result);
  return result;
}
