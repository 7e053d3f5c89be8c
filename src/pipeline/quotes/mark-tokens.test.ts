/**
 * `tokens` jumps between the characters that can start a mark (issue 23); it must give exactly the tokens
 * of the plain scan that tested every character, on written text and on random strings of marks.
 */
import { describe, expect, it } from 'vitest';
import { tokens, type Token } from './mark-tokens.js';

/** The scan `tokens` replaced: every position, a two-character mark first. */
function plainTokens(s: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < s.length; i++) {
    // A closing run of three apostrophes is an inner `'` then `''`.
    if (s.startsWith("'''", i) && i > 0 && !/\s/.test(s[i - 1]) && s[i + 3] !== "'") {
      out.push({ pos: i, len: 1, mark: "'" }, { pos: i + 1, len: 2, mark: "''" });
      i += 2;
      continue;
    }
    const two = /^(?:''|‘'|‘’|’’|’'|,,)/.exec(s.slice(i, i + 2));
    if (two) {
      out.push({ pos: i, len: 2, mark: two[0] });
      i++;
      continue;
    }
    if (/[„‚“”"«»‹›‘’']/.test(s[i])) out.push({ pos: i, len: 1, mark: s[i] });
  }
  return out;
}

describe('tokens', () => {
  it('finds the marks of written text, two-character marks as one', () => {
    const s = "„Ovo je ‚test‘“, rekao je. ''Two'' and ‘'odd'' ,,low“ «a ‹b›» — Kosovo’s O'Brien said \"no\".";
    expect(tokens(s)).toEqual(plainTokens(s));
    expect(tokens("''a''").map((t) => t.mark)).toEqual(["''", "''"]);
  });

  it("reads a closing `'''` as an inner single quote, then the double one (issue 15)", () => {
    expect(tokens("''They shout 'go home,''' he said.").map((t) => t.mark)).toEqual(["''", "'", "'", "''"]);
    expect(tokens("''They shout 'go home,''' he said.")[3].pos).toBe(23);
  });

  it('gives the plain scan’s tokens on random strings of marks', () => {
    const pool = [...'„‚“”"«»‹›‘’\',,a .', '’’', "''", ',,'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let i = 0, len = 1 + Math.floor(next() * 16); i < len; i++) s += pool[Math.floor(next() * pool.length)];
      expect(tokens(s), JSON.stringify(s)).toEqual(plainTokens(s));
    }
  });
});
