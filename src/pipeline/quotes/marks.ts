/**
 * Finds quote-marked spans in a paragraph. Handles the mark styles news uses — „…“ „…” “…” "…" «…»
 * »…« ‘…’ ‹…› ''…'' ‘'…'' ‘’…’’ and reversed ”…“ — mismatched pairs within a family, a space or NBSP
 * before the closing mark, nested quotes in another style, and apostrophes that are not marks.
 * Conventions: Unicode CLDR delimiters for en/sr/sq (quotationStart/End, alternateQuotationStart/End).
 *
 * The scan is split by step (ADR 0276): `mark-tokens.ts` finds the marks and what surrounds each,
 * `double-marks.ts` and `single-marks.ts` decide for each mark style whether it opens, closes or is
 * skipped (an apostrophe), and `mark-stack.ts` pairs openers with closers and records the nesting.
 */
import { apostrophePairDouble, curlyOrStraightDouble, lowDouble, openingPairDouble, rightDouble } from './double-marks.js';
import { MarkStack } from './mark-stack.js';
import { contextOf, reversedGuillemets, tokens, type MarkContext } from './mark-tokens.js';
import { leftGuillemet, leftSingle, lowSingle, rightGuillemet, rightOrStraightSingle } from './single-marks.js';

/** One quote-marked span of a paragraph. */
export interface MarkSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Length of the opening mark (1 or 2). */
  openLen: number;
  /** Offset of the closing mark, or -1 when the span runs to the paragraph's end unclosed. */
  close: number;
  closeLen: number;
  /** Nesting depth: 0 = top level. */
  depth: number;
}

/** What each mark does where it stands: open, close, or nothing. */
const STEP = new Map<string, (c: MarkContext, stack: MarkStack) => void>([
  ['„', lowDouble],
  [',,', lowDouble],
  ['“', curlyOrStraightDouble],
  ['"', curlyOrStraightDouble],
  ['”', rightDouble],
  ["''", apostrophePairDouble],
  ['’’', apostrophePairDouble],
  ["’'", apostrophePairDouble],
  ["‘'", openingPairDouble],
  ['‘’', openingPairDouble],
  ['«', leftGuillemet],
  ['‹', leftGuillemet],
  ['»', rightGuillemet],
  ['›', rightGuillemet],
  ['‚', lowSingle],
  ['‘', leftSingle],
  ['’', rightOrStraightSingle],
  ["'", rightOrStraightSingle],
]);

/**
 * Scans one paragraph and returns its quote-marked spans in order of their opening mark.
 * Pure; never throws. An opener left unclosed at top level yields a span with `close = -1`.
 */
export function findMarkSpans(s: string): MarkSpan[] {
  const toks = tokens(s);
  const reversedG = reversedGuillemets(s, toks);
  const stack = new MarkStack();
  for (const t of toks) STEP.get(t.mark)?.(contextOf(s, t, reversedG), stack);
  return stack.finish();
}

/** True when the paragraph (after leading spaces and dashes) begins with an opening quote mark. */
export function startsWithOpener(s: string): boolean {
  const spans = findMarkSpans(s);
  if (spans.length === 0) return false;
  const first = spans[0];
  return s.slice(0, first.open).trim() === '';
}
