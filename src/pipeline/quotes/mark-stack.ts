/**
 * The open quotes of a paragraph while `findMarkSpans` (`marks.ts`) scans it: openers are pushed with
 * their family, a closer closes the innermost open quote of its family (and any deeper ones of another
 * family with it), and a quote's depth is how many quotes were open outside it.
 */
import type { Family, Token } from './mark-tokens.js';
import type { MarkSpan } from './marks.js';

/** The stack of open quotes and the spans closed so far. */
export class MarkStack {
  private readonly stack: { fam: Family; tok: Token }[] = [];
  /** Closed spans in the order they closed. */
  readonly spans: MarkSpan[] = [];

  /** True when a quote of family `fam` is open at any depth. */
  hasOpen(fam: Family): boolean {
    return this.stack.some((e) => e.fam === fam);
  }

  /** Opens a quote of family `fam` at `tok`. */
  open(fam: Family, tok: Token): void {
    this.stack.push({ fam, tok });
  }

  /**
   * Closes the innermost open quote of family `fam` at `tok`, dropping any opened inside it; false
   * (and nothing changes) when none is open.
   */
  close(fam: Family, tok: Token): boolean {
    let i = this.stack.length - 1;
    while (i >= 0 && this.stack[i].fam !== fam) i--;
    if (i < 0) return false;
    const opener = this.stack[i].tok;
    this.stack.length = i;
    this.spans.push({ open: opener.pos, openLen: opener.len, close: tok.pos, closeLen: tok.len, depth: i });
    return true;
  }

  /**
   * The spans, in order of their opening mark, once the paragraph is scanned. The outermost opener left
   * unclosed runs to the paragraph's end (`close = -1`) unless it is a single mark, which is usually an
   * apostrophe-like stray.
   */
  finish(): MarkSpan[] {
    if (this.stack.length > 0) {
      const outer = this.stack[0].tok;
      if (this.stack[0].fam !== 'S') this.spans.push({ open: outer.pos, openLen: outer.len, close: -1, closeLen: 0, depth: 0 });
    }
    this.spans.sort((a, b) => a.open - b.open);
    return this.spans;
  }
}
