/**
 * The marks of a paragraph as tokens, and what surrounds each one: the characters on either side and
 * whether the mark could open (left-flanking) or close (right-flanking) a quote. Part of `findMarkSpans`
 * (`marks.ts`).
 */
import { isSpace } from './text.js';

/** D = double marks (incl. two apostrophes), G = guillemets, S = single marks. */
export type Family = 'D' | 'G' | 'S';

/** One quote mark (or mark pair such as `''`) at its offset in the paragraph. */
export interface Token {
  pos: number;
  len: number;
  mark: string;
}

/** A token in its paragraph: the characters beside it and which way it could face. */
export interface MarkContext {
  tok: Token;
  /** The character before the mark (undefined at the paragraph's start). */
  before: string | undefined;
  /** The character after the mark (undefined at the paragraph's end). */
  after: string | undefined;
  atStart: boolean;
  atEnd: boolean;
  /** Could open: followed by something other than a space or closing punctuation. */
  leftFlank: boolean;
  /** Could close: preceded by something other than a space. */
  rightFlank: boolean;
  /** The paragraph uses »…« (reversed guillemets); see `reversedGuillemets`. */
  reversedG: boolean;
}

const TWO = /^(?:''|‘'|‘’|’’|’'|,,)/;
const ONE = /[„‚“”"«»‹›‘’']/;

/** True for a letter or digit (any script); false for undefined. */
export const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Every character a mark (`ONE`) or a two-character mark (`TWO`) can start with. */
const MARK_START = /[„‚“”"«»‹›‘’',]/g;

/**
 * The quote marks of `s` in order; a two-character mark (`''`, `‘’`, `,,` …) is one token. Jumps from one
 * character that can start a mark to the next (`MARK_START`) instead of slicing and testing every
 * character of the paragraph (issue 23); the tokens are the same.
 */
export function tokens(s: string): Token[] {
  const out: Token[] = [];
  MARK_START.lastIndex = 0;
  for (let m = MARK_START.exec(s); m !== null; m = MARK_START.exec(s)) {
    const i = m.index;
    // `…from,'''`: an inner single quote closes before the double one (`''… 'Go back,'''`), so a closing
    // run of three apostrophes is `'` then `''`, not `''` then `'`.
    if (s.startsWith("'''", i) && i > 0 && !/\s/.test(s[i - 1]) && s[i + 3] !== "'") {
      out.push({ pos: i, len: 1, mark: "'" }, { pos: i + 1, len: 2, mark: "''" });
      MARK_START.lastIndex = i + 3;
      continue;
    }
    const two = TWO.exec(s.slice(i, i + 2));
    if (two) {
      out.push({ pos: i, len: 2, mark: two[0] });
      MARK_START.lastIndex = i + 2;
      continue;
    }
    if (ONE.test(s[i])) out.push({ pos: i, len: 1, mark: s[i] });
  }
  return out;
}

/**
 * True when the paragraph quotes »…« style: its first guillemet is » or › followed by a non-space
 * (German, Danish, some Serbian print).
 */
export function reversedGuillemets(s: string, toks: Token[]): boolean {
  const firstG = toks.find((t) => t.mark === '«' || t.mark === '»' || t.mark === '‹' || t.mark === '›');
  return firstG !== undefined && (firstG.mark === '»' || firstG.mark === '›') && !isSpace(s[firstG.pos + 1]) && firstG.pos + 1 < s.length;
}

/** The surroundings of token `t` in `s`. */
export function contextOf(s: string, t: Token, reversedG: boolean): MarkContext {
  const before = s[t.pos - 1];
  const after = s[t.pos + t.len];
  const atStart = t.pos === 0;
  const atEnd = t.pos + t.len >= s.length;
  const leftFlank = !atEnd && !isSpace(after) && !/[,.;:!?)\]…]/.test(after);
  const rightFlank = !atStart && !isSpace(before);
  return { tok: t, before, after, atStart, atEnd, leftFlank, rightFlank, reversedG };
}
