/**
 * Opening and closing decisions for single quote marks and guillemets: ‚…‘ ‘…’ '…' and «…» ‹…›
 * (or »…« ›…‹), and the apostrophe that is not a mark (`Serbia’s`, `don't`, `t’u`). Part of
 * `findMarkSpans` (`marks.ts`).
 */
import type { MarkStack } from './mark-stack.js';
import { isLetter, type MarkContext } from './mark-tokens.js';
import { isSpace } from './text.js';

/** `‚` (low single) opens only at the start of a word, after a space or the paragraph's start. */
export function lowSingle(c: MarkContext, stack: MarkStack): void {
  if ((c.atStart || isSpace(c.before)) && isLetter(c.after)) stack.open('S', c.tok);
}

/** `‘` opens when not after text or after a bracket or dash; after text it closes an open single quote. */
export function leftSingle(c: MarkContext, stack: MarkStack): void {
  if (!c.rightFlank || /[([–—-]/.test(c.before ?? '')) stack.open('S', c.tok);
  else if (stack.hasOpen('S')) stack.close('S', c.tok);
}

/** True for `’` or `'` between two letters or digits: an apostrophe, never a mark. */
function isApostrophe(c: MarkContext): boolean {
  return isLetter(c.before) && isLetter(c.after);
}

/**
 * `’` and `'`: an apostrophe is skipped; after text and not before a letter they close an open single
 * quote; a straight `'` before a letter and not after text opens one.
 */
export function rightOrStraightSingle(c: MarkContext, stack: MarkStack): void {
  if (isApostrophe(c)) return;
  if (stack.hasOpen('S') && c.rightFlank && !isLetter(c.after)) stack.close('S', c.tok);
  else if (c.tok.mark === "'" && !c.rightFlank && isLetter(c.after)) stack.open('S', c.tok);
}

/** `«` and `‹` open, or close in a »…« paragraph. */
export function leftGuillemet(c: MarkContext, stack: MarkStack): void {
  if (c.reversedG) stack.close('G', c.tok);
  else stack.open('G', c.tok);
}

/** `»` and `›` close, or open in a »…« paragraph. */
export function rightGuillemet(c: MarkContext, stack: MarkStack): void {
  if (c.reversedG) stack.open('G', c.tok);
  else stack.close('G', c.tok);
}
