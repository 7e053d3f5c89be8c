/**
 * Guessing the single-byte charset of feed bytes that are not UTF-8 and declare nothing usable:
 * Cyrillic (windows-1251 or KOI8-R) by the shape of the high bytes, else the feed's language, else the
 * bytes' evidence for windows-1250 over windows-1252. Used by charset.ts (`decodeFeedBytes`).
 */

const CENTRAL_EUROPEAN = /^(sr|hr|bs|sl|cs|sk|pl|hu|ro|sq|cnr)\b/i;
const CYRILLIC_LANGS = /^(ru|uk|be|bg|mk)\b/i;

/**
 * Bytes that read as a Central European letter in windows-1250 and as a letter rare in Western text (or
 * a symbol) in windows-1252, with how strongly each one, next to a Latin letter, speaks for 1250:
 * š ž Š Ž (0x9A 0x9E 0x8A 0x8E — the same code points in 1252, where they are rare: loanwords only),
 * ć Ć / æ Æ (0xE6 0xC6), đ Đ / ð Ð (0xF0 0xD0), ś ź Ś Ź ť Ť / œ Ÿ Œ and holes (0x9C 0x9F 0x8C 0x8F 0x9D 0x8D),
 * ą ł ż Ł Ą Ż / ¹ ³ ¿ £ ¥ ¯ (0xB9 0xB3 0xBF 0xA3 0xA5 0xAF — symbols inside a word), ř ě / ø ì (0xF8 0xEC, weaker).
 * Negative: bytes common in Western languages and rare in 1250 ones: à À (0xE0 0xC0 = ŕ Ŕ, Slovak only), å Å (0xE5 0xC5 = ĺ Ĺ).
 * č Č / è È (0xE8 0xC8) is decided by what follows, see `guessSingleByte`.
 * Source: the WHATWG Encoding Standard's windows-1250 and windows-1252 index tables.
 */
const CENTRAL_EUROPEAN_BYTES: ReadonlyMap<number, number> = new Map([
  [0x9a, 2],
  [0x9e, 2],
  [0x8a, 2],
  [0x8e, 2],
  [0xe6, 2],
  [0xc6, 2],
  [0xf0, 2],
  [0xd0, 2],
  [0x9c, 1],
  [0x8c, 1],
  [0x9f, 2],
  [0x8f, 2],
  [0x9d, 2],
  [0x8d, 2],
  [0xb9, 2],
  [0xb3, 2],
  [0xbf, 2],
  [0xa3, 2],
  [0xa5, 2],
  [0xaf, 2],
  [0xf8, 1],
  [0xec, 1],
  [0xe0, -2],
  [0xc0, -2],
  [0xe5, -2],
  [0xc5, -2],
]);

const isAsciiLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const isAsciiVowel = (b: number | undefined) => b !== undefined && 'aeiouAEIOU'.includes(String.fromCharCode(b));

/**
 * Byte evidence for windows-1250 over windows-1252 (positive) or the other way (negative): the sum of
 * `CENTRAL_EUROPEAN_BYTES` over high bytes next to an ASCII letter (inside or at the edge of a Latin
 * word; a lone symbol between spaces says nothing). 0xE8/0xC8 are č/Č or è/È: before a vowel they are
 * č (`Vučić`, `Čačak`: Slavic č is followed by vowels; French/Italian è is followed by a consonant,
 * `très`, `problème`), at the end of a word after a letter they are è (`caffè`), else they say nothing.
 */
function centralEuropeanEvidence(bytes: Uint8Array): number {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const prev = bytes[i - 1];
    const next = bytes[i + 1];
    if (!isAsciiLetter(prev) && !isAsciiLetter(next)) continue;
    if (b === 0xe8 || b === 0xc8) {
      if (isAsciiVowel(next)) score += 1;
      else if (isAsciiLetter(prev) && !isAsciiLetter(next) && (next === undefined || next < 0x80)) score -= 1;
      continue;
    }
    score += CENTRAL_EUROPEAN_BYTES.get(b) ?? 0;
  }
  return score;
}

/**
 * Guesses the single-byte charset of bytes that are not UTF-8 and either claimed to be (a server default
 * of `charset=utf-8` over a legacy file) or declared nothing:
 *  - Cyrillic words (windows-1251, or KOI8-R when most high bytes are in KOI8-R's lower-case range
 *    0xC0–0xDF): runs of three or more high bytes hold most of the high bytes, or most high bytes stand in
 *    words of two or more letters (0xC0–0xFF) without any ASCII letter (short Cyrillic words, `на`, `од`),
 *    or the feed's language is a
 *    Cyrillic one;
 *  - otherwise the feed's declared language (`<language>`, `xml:lang`, ASCII in every candidate) picks
 *    windows-1250 for Central European languages and windows-1252 for any other;
 *  - with no language, the bytes decide (`centralEuropeanEvidence`): windows-1250 when they speak for it
 *    (`Vučić` is 0x56 0x75 0xE8 0x69 0xE6 — `Vuèiæ` in 1252), else windows-1252.
 * @param bytes the document's bytes; @param head its first 1024 bytes as latin1 (for the language)
 *  - Central European text is ISO-8859-2 rather than windows-1250 when its bytes say so (`isoLatin2Evidence`).
 * @returns `windows-1251`, `koi8-r`, `windows-1250`, `iso-8859-2` or `windows-1252`
 */
export function guessSingleByte(bytes: Uint8Array, head: string): string {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  let upperHalf = 0;
  /** High bytes in the current word (letters and high bytes), and whether it has an ASCII letter. */
  let wordHigh = 0;
  let wordLatin = false;
  /** High bytes of the word in 0xC0–0xFF (letters in 1251 — а–я, А–Я — as in 1252). */
  let wordLetters = 0;
  let inPureWords = 0;
  const flush = () => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  const endWord = () => {
    // Two or more high bytes, no ASCII letter: a short Cyrillic word (a lone `à`, a dash, quotes are not).
    if (!wordLatin && wordHigh >= 2 && wordLetters === wordHigh) inPureWords += wordHigh;
    wordHigh = 0;
    wordLetters = 0;
    wordLatin = false;
  };
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      run++;
      wordHigh++;
      if (b >= 0xc0) wordLetters++;
      if (b >= 0xe0) upperHalf++;
    } else {
      flush();
      if (isAsciiLetter(b)) wordLatin = true;
      else endWord();
    }
  }
  flush();
  endWord();
  const lang = /<(?:language|dc:language)>\s*([\w-]+)|xml:lang=["']([\w-]+)/i.exec(head);
  const tag = lang ? (lang[1] ?? lang[2]) : '';
  const cyrillic = high > 0 && (inRuns / high > 0.5 || inPureWords / high > 0.6 || CYRILLIC_LANGS.test(tag));
  if (cyrillic) return upperHalf / high >= 0.5 ? 'windows-1251' : 'koi8-r';
  const central = tag ? CENTRAL_EUROPEAN.test(tag) : centralEuropeanEvidence(bytes) > 0;
  if (!central) return 'windows-1252';
  return isoLatin2Evidence(bytes) ? 'iso-8859-2' : 'windows-1250';
}

/**
 * Bytes that are a letter in ISO-8859-2 and a symbol in windows-1250 (Š © 0xA9, Ž ® 0xAE, Ś ¦ 0xA6,
 * ś ¶ 0xB6, Ť « 0xAB, ť » 0xBB, Ź ¬ 0xAC, ą ± 0xB1), or the letter ISO-8859-2 puts where windows-1250 has
 * another (š/ą 0xB9, ž/ľ 0xBE, ź/Ľ 0xBC, Ą/ˇ 0xA1). Source: the WHATWG Encoding Standard's index tables.
 */
const LATIN2_LETTERS = new Set([0xa9, 0xae, 0xa6, 0xb6, 0xab, 0xbb, 0xac, 0xb1, 0xb9, 0xbe, 0xbc, 0xa1]);

/**
 * Whether Central European single-byte text is ISO-8859-2 rather than windows-1250: it has no byte in
 * 0x80–0x9F (C1 controls in ISO-8859-2, never in text; windows-1250 puts š ž Š Ž ś ź ť there, so any
 * Serbian, Croatian, Czech or Polish text of some length in 1250 has one) and at least one byte of
 * `LATIN2_LETTERS` next to an ASCII letter (`Niš` is 0x4E 0x69 0xB9 in ISO-8859-2, `Nią` in 1250).
 */
function isoLatin2Evidence(bytes: Uint8Array): boolean {
  let latin2 = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b < 0xa0) return false;
    if (!latin2 && LATIN2_LETTERS.has(b) && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))) latin2 = true;
  }
  return latin2;
}
