/**
 * A plain scanner for Unicode word boundaries (UAX #29, "Word Boundaries", rules WB4–WB12) over the
 * characters news text is mostly made of: ASCII, Latin-1, Latin Extended-A/B and Additional, Cyrillic,
 * combining diacritics and common punctuation. It finds the same word-like segments as
 * `Intl.Segmenter` word iteration at about a tenth of the cost (issue 23: segmenter iteration was
 * two thirds of the matcher's time). A run holding any other character (Greek, CJK, emoji, format
 * characters, `_` and the other rare joiners) is handed to the segmenter instead, so nothing outside
 * this table is ever guessed. `tokens.property.test.ts` checks it against the segmenter.
 *
 * Classes (UAX #29 Word_Break values of the characters listed): ALetter (letters), Numeric (ASCII
 * digits), Extend (U+0300–U+036F), MidLetter (`:` `·`), MidNumLet (`.` `'` `‘` `’`), MidNum (`,` `;`),
 * Other (the punctuation and symbols listed below). Runs are cut at ASCII white space, where UAX #29
 * always breaks on both sides, so each run is scanned on its own.
 */

const enum C {
  Space = 0,
  Letter = 1,
  Digit = 2,
  Extend = 3,
  MidLetter = 4,
  MidNumLet = 5,
  MidNum = 6,
  Other = 7,
  Complex = 8,
}

/** Classes of U+0000–U+04FF; everything else is looked up in `classOf`. */
const TABLE = new Uint8Array(0x500).fill(C.Complex);
const set = (from: number, to: number, c: C) => TABLE.fill(c, from, to + 1);
set(0x21, 0x2f, C.Other);
set(0x3a, 0x40, C.Other);
set(0x5b, 0x60, C.Other);
set(0x7b, 0x7e, C.Other);
set(0x41, 0x5a, C.Letter);
set(0x61, 0x7a, C.Letter);
set(0x30, 0x39, C.Digit);
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) TABLE[c] = C.Space;
TABLE[0x3a] = C.MidLetter; // :
TABLE[0x2e] = C.MidNumLet; // .
TABLE[0x27] = C.MidNumLet; // '
TABLE[0x2c] = C.MidNum; // ,
TABLE[0x3b] = C.MidNum; // ;
TABLE[0x5f] = C.Complex; // _ (ExtendNumLet)
set(0xa0, 0xbf, C.Other); // no-break space, ¡ ¢ £ … « » ¿
for (const c of [0xaa, 0xad, 0xb2, 0xb3, 0xb5, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]) TABLE[c] = C.Complex; // ª soft hyphen ² ³ µ ¸ (ALetter) ¹ º ¼ ½ ¾
TABLE[0xb7] = C.MidLetter;
set(0xc0, 0x24f, C.Letter); // Latin-1 letters, Latin Extended-A and -B
TABLE[0xd7] = C.Other; // ×
TABLE[0xf7] = C.Other; // ÷
set(0x300, 0x36f, C.Extend);
set(0x400, 0x4ff, C.Letter); // Cyrillic
set(0x482, 0x489, C.Complex); // ҂ and the Cyrillic combining marks

function classOf(code: number): C {
  if (code < 0x500) return TABLE[code];
  if (code >= 0x1e00 && code <= 0x1eff) return C.Letter; // Latin Extended Additional
  if (code === 0x2018 || code === 0x2019) return C.MidNumLet;
  // ‐ ‑ ‒ – — ― ‖ ‗ ‚ ‛ “ ” „ ‟ † ‡ • ‣ … ‰ ‱ ′ ″ ‴ ‵ ‶ ‷ ‸ ‹ › ※ ‼ ‽ ‾
  if ((code >= 0x2010 && code <= 0x2023) || code === 0x2026 || (code >= 0x2030 && code <= 0x203e)) return C.Other;
  return C.Complex;
}

/**
 * Calls `word(start, end, mixed)` for every word-like UAX #29 segment of `text` (letters and digits,
 * with the joiners between them; `mixed` when it holds both a letter and a digit), in order, and `complex(start, end)` instead for each white-space-delimited run
 * the scanner does not cover (the caller segments it with `Intl.Segmenter`; offsets are into `text`).
 */
export function scanWords(text: string, word: (start: number, end: number, mixed: boolean) => void, complex: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) === C.Space) {
      i++;
      continue;
    }
    let j = i;
    let simple = true;
    for (; j < n; j++) {
      const c = classOf(text.charCodeAt(j));
      if (c === C.Space) break;
      if (c === C.Complex) simple = false;
    }
    // A mark right after white space belongs to the space (WB4): left to the segmenter.
    if (simple && classOf(text.charCodeAt(i)) !== C.Extend) scanRun(text, i, j, word);
    else complex(i, j);
    i = j;
  }
}

/** The end of the unit starting at `k`: its character and the Extend characters after it (WB4). */
function unitEnd(text: string, k: number, end: number): number {
  let e = k + 1;
  while (e < end && classOf(text.charCodeAt(e)) === C.Extend) e++;
  return e;
}

/** Words of one run of simple characters [from, to) without white space. */
function scanRun(text: string, from: number, to: number, word: (start: number, end: number, mixed: boolean) => void): void {
  let k = from;
  while (k < to) {
    const base = classOf(text.charCodeAt(k));
    let end = unitEnd(text, k, to);
    if (base !== C.Letter && base !== C.Digit) {
      k = end; // punctuation, symbols and joiners that join nothing: not word-like
      continue;
    }
    let last = base;
    let kinds = base === C.Letter ? 1 : 2;
    while (end < to) {
      const c = classOf(text.charCodeAt(end));
      if (c === C.Letter || c === C.Digit) {
        // WB5, WB8, WB9, WB10: letters and digits in any order stay together.
        last = c;
        kinds |= c === C.Letter ? 1 : 2;
        end = unitEnd(text, end, to);
        continue;
      }
      if (c !== C.MidLetter && c !== C.MidNumLet && c !== C.MidNum) break;
      const next = unitEnd(text, end, to);
      if (next >= to) break;
      const v = classOf(text.charCodeAt(next));
      // WB6/WB7: letter (MidLetter | MidNumLet) letter; WB11/WB12: digit (MidNum | MidNumLet) digit.
      const joins =
        (last === C.Letter && v === C.Letter && (c === C.MidLetter || c === C.MidNumLet)) ||
        (last === C.Digit && v === C.Digit && (c === C.MidNum || c === C.MidNumLet));
      if (!joins) break;
      last = v;
      kinds |= v === C.Letter ? 1 : 2;
      end = unitEnd(text, next, to);
    }
    word(k, end, kinds === 3);
    k = end;
  }
}
