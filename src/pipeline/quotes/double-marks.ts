/**
 * Opening and closing decisions for double quote marks — „…“ „…” “…” "…" ''…'' ‘'…'' ‘’…’’ and
 * reversed ”…“ — which pair with any other double mark (a mismatched pair within the family). Part of
 * `findMarkSpans` (`marks.ts`).
 */
import type { MarkStack } from './mark-stack.js';
import type { MarkContext } from './mark-tokens.js';

/** A double mark closes an open double quote when it follows text or cannot open one. */
function closesDouble(c: MarkContext, stack: MarkStack): boolean {
  return stack.hasOpen('D') && (c.rightFlank || !c.leftFlank);
}

/** `„` and `,,` only ever open (Serbian, German and Albanian low marks). */
export function lowDouble(c: MarkContext, stack: MarkStack): void {
  stack.open('D', c.tok);
}

/** `“` and `"`: close an open double quote when facing back, else open one when facing forward. */
export function curlyOrStraightDouble(c: MarkContext, stack: MarkStack): void {
  if (closesDouble(c, stack)) stack.close('D', c.tok);
  else if (c.leftFlank) stack.open('D', c.tok);
}

/**
 * `”`: closes like `“`, but opens only when it faces forward and does not follow text, as in the
 * reversed `”…“` style.
 */
export function rightDouble(c: MarkContext, stack: MarkStack): void {
  if (closesDouble(c, stack)) stack.close('D', c.tok);
  else if (c.leftFlank && !c.rightFlank) stack.open('D', c.tok);
}

/**
 * `''`, `’’` and `’'`: close an open double quote (the two curly forms whichever way they face); else
 * open one when not after text and not at the paragraph's end.
 */
export function apostrophePairDouble(c: MarkContext, stack: MarkStack): void {
  if (stack.hasOpen('D') && (c.rightFlank || !c.leftFlank || c.tok.mark !== "''")) stack.close('D', c.tok);
  else if (!c.rightFlank && !c.atEnd) stack.open('D', c.tok);
}

/** `‘'` and `‘’` (Albanian print): open unless they follow text while a double quote is open. */
export function openingPairDouble(c: MarkContext, stack: MarkStack): void {
  if (!c.rightFlank || !stack.hasOpen('D')) stack.open('D', c.tok);
  else stack.close('D', c.tok);
}
