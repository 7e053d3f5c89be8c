/**
 * The plain word scanner (`word-scan.ts`) must give exactly the tokens of `Intl.Segmenter` word
 * iteration (`tokenizeBySegmenter`): same words, same offsets, same letter/digit splits. Checked on
 * random text built from every character class the scanner handles itself, the joiners in every
 * position, and characters it must hand to the segmenter (Greek, CJK, emoji, format characters, `_`).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokenizeBySegmenter } from './tokens.js';

const PIECES = [
  // letters and digits of the scanned scripts
  'a',
  'Z',
  'š',
  'Đ',
  'ë',
  'ß',
  'Ł',
  'ǅ',
  'ǀ',
  'ȡ',
  'ạ',
  'Ỳ',
  'ж',
  'Љ',
  'ӏ',
  'ґ',
  'Ѐ',
  'ҁ',
  '0',
  '7',
  'ab',
  'Niš',
  'Косово',
  '1244',
  // combining marks (Extend) and the joiners
  '\u0301',
  '\u030c',
  '\u0308\u0301',
  '.',
  "'",
  '’',
  '‘',
  ':',
  '·',
  ',',
  ';',
  // other punctuation, symbols and spaces
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u000b',
  '\u00a0',
  '-',
  '–',
  '—',
  '“',
  '”',
  '„',
  '«',
  '»',
  '"',
  '(',
  ')',
  '!',
  '?',
  '…',
  '/',
  '@',
  '#',
  '&',
  '%',
  '+',
  '×',
  '÷',
  '¨',
  '´',
  '¯',
  '¸',
  '§',
  '°',
  '¿',
  '‹',
  '‐',
  '‑',
  '•',
  '‰',
  '′',
  // handed to the segmenter
  '_',
  'λ',
  'Ω',
  '中文',
  'カタカナ',
  'ไทย',
  'שָׁלוֹם',
  '😀',
  '👍🏽',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u202f',
  '\u2009',
  'ª',
  'µ',
  '²',
  '½',
  '١٢',
  '\u0483',
  '\u2028',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));
const plain = fc.array(fc.constantFrom(...PIECES.slice(0, PIECES.indexOf('_'))), { maxLength: 40 }).map((ps) => ps.join(''));

describe('tokenize: the scanner agrees with Intl.Segmenter', () => {
  it('on text of the scanned classes only', () => {
    fc.assert(
      fc.property(plain, (s) => {
        expect(tokenize(s)).toEqual(tokenizeBySegmenter(s));
      }),
      { numRuns: 3000 },
    );
  });
  it('on text mixing in characters left to the segmenter', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokenize(s)).toEqual(tokenizeBySegmenter(s));
      }),
      { numRuns: 3000 },
    );
  });
  it('for every character below U+0500 and in U+1E00–U+203F, alone and between letters, digits and joiners', () => {
    const contexts = (c: string) => [c, `a${c}`, `${c}a`, `a${c}b`, `1${c}2`, `a${c}1`, `1${c}a`, `a.${c}`, `${c}'b`, `x ${c}y`, `a${c}\u0301b`];
    const codes = [...Array(0x500).keys(), ...Array.from({ length: 0x240 }, (_, i) => 0x1e00 + i)];
    for (const code of codes) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      for (const s of contexts(String.fromCharCode(code))) expect(tokenize(s), JSON.stringify(s)).toEqual(tokenizeBySegmenter(s));
    }
  });
  it('on news-like sentences', () => {
    const s =
      'Ruski ambasador u Nišu, „Kosovo“ i Резолуција 1244 (1999): U.S. officials said 1,244.5 votes — #UNSCR1244 isn’t co-director’s e-mail… Kosovës 3;4 a:b';
    expect(tokenize(s)).toEqual(tokenizeBySegmenter(s));
  });
});
