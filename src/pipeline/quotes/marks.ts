/**
 * Finds quote-marked spans in a paragraph. Handles the mark styles news uses — „…“ „…” “…” "…" «…»
 * »…« ‘…’ ‹…› ''…'' ‘'…'' ‘’…’’ and reversed ”…“ — mismatched pairs within a family, a space or NBSP
 * before the closing mark, nested quotes in another style, and apostrophes that are not marks.
 * Conventions: Unicode CLDR delimiters for en/sr/sq (quotationStart/End, alternateQuotationStart/End).
 */
import { isSpace } from './text.js';

/** D = double marks (incl. two apostrophes), G = guillemets, S = single marks. */
type Family = 'D' | 'G' | 'S';

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

interface Token {
  pos: number;
  len: number;
  mark: string;
}

const TWO = /^(?:''|‘'|‘’|’’|’'|,,)/;
const ONE = /[„‚“”"«»‹›‘’']/;
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < s.length; i++) {
    const two = TWO.exec(s.slice(i, i + 2));
    if (two) {
      out.push({ pos: i, len: 2, mark: two[0] });
      i++;
      continue;
    }
    if (ONE.test(s[i])) out.push({ pos: i, len: 1, mark: s[i] });
  }
  return out;
}

/**
 * Scans one paragraph and returns its quote-marked spans in order of their opening mark.
 * Pure; never throws. An opener left unclosed at top level yields a span with `close = -1`.
 */
export function findMarkSpans(s: string): MarkSpan[] {
  const toks = tokens(s);
  // »…« style when the first guillemet is » followed by a letter (German, Danish, some Serbian print).
  const firstG = toks.find((t) => t.mark === '«' || t.mark === '»' || t.mark === '‹' || t.mark === '›');
  const reversedG = firstG !== undefined && (firstG.mark === '»' || firstG.mark === '›') && !isSpace(s[firstG.pos + 1]) && firstG.pos + 1 < s.length;
  const stack: { fam: Family; tok: Token }[] = [];
  const spans: MarkSpan[] = [];
  const hasOpen = (fam: Family) => stack.some((e) => e.fam === fam);
  const close = (fam: Family, tok: Token) => {
    let i = stack.length - 1;
    while (i >= 0 && stack[i].fam !== fam) i--;
    if (i < 0) return false;
    const opener = stack[i].tok;
    stack.length = i;
    spans.push({ open: opener.pos, openLen: opener.len, close: tok.pos, closeLen: tok.len, depth: i });
    return true;
  };
  const open = (fam: Family, tok: Token) => stack.push({ fam, tok });

  for (const t of toks) {
    const before = s[t.pos - 1];
    const after = s[t.pos + t.len];
    const atStart = t.pos === 0;
    const atEnd = t.pos + t.len >= s.length;
    const leftFlank = !atEnd && !isSpace(after) && !/[,.;:!?)\]…]/.test(after); // could open
    const rightFlank = !atStart && !isSpace(before); // could close
    switch (t.mark) {
      case '„':
      case ',,':
        open('D', t);
        break;
      case '‚':
        if ((atStart || isSpace(before)) && isLetter(after)) open('S', t);
        break;
      case '“':
        if (hasOpen('D') && (rightFlank || !leftFlank)) close('D', t);
        else if (leftFlank) open('D', t);
        break;
      case '”':
        if (hasOpen('D') && (rightFlank || !leftFlank)) close('D', t);
        else if (leftFlank && !rightFlank) open('D', t);
        else if (hasOpen('D')) close('D', t);
        break;
      case '"':
        if (hasOpen('D') && (rightFlank || !leftFlank)) close('D', t);
        else if (leftFlank) open('D', t);
        break;
      case "''":
      case '’’':
      case "’'":
        if (hasOpen('D') && (rightFlank || !leftFlank || t.mark !== "''")) close('D', t);
        else if (!rightFlank && !atEnd) open('D', t);
        break;
      case "‘'":
      case '‘’':
        if (!rightFlank || !hasOpen('D')) open('D', t);
        else close('D', t);
        break;
      case '«':
      case '‹': {
        const fam: Family = 'G';
        if (reversedG) close(fam, t);
        else open(fam, t);
        break;
      }
      case '»':
      case '›': {
        const fam: Family = 'G';
        if (reversedG) open(fam, t);
        else close(fam, t);
        break;
      }
      case '‘':
        if (!rightFlank || /[([–—-]/.test(before)) open('S', t);
        else if (hasOpen('S')) close('S', t);
        break;
      case '’':
      case "'":
        if (isLetter(before) && isLetter(after)) break; // apostrophe: Serbia’s, don't, t’u
        if (hasOpen('S') && rightFlank && !isLetter(after)) close('S', t);
        else if (t.mark === "'" && !rightFlank && isLetter(after)) open('S', t);
        break;
    }
  }
  // Unclosed openers: the outermost one runs to the end of the paragraph.
  if (stack.length > 0) {
    const outer = stack[0].tok;
    // A single mark left open is usually an apostrophe-like stray; only double marks and guillemets run on.
    if (stack[0].fam !== 'S') spans.push({ open: outer.pos, openLen: outer.len, close: -1, closeLen: 0, depth: 0 });
  }
  spans.sort((a, b) => a.open - b.open);
  return spans;
}

/** True when the paragraph (after leading spaces and dashes) begins with an opening quote mark. */
export function startsWithOpener(s: string): boolean {
  const spans = findMarkSpans(s);
  if (spans.length === 0) return false;
  const first = spans[0];
  return s.slice(0, first.open).trim() === '';
}
