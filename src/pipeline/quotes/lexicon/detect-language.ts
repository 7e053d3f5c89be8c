/** Guesses an article's language (which quote lexicon applies) from its letters and a few function words. */

/** Serbian Latin letters with diacritics (`čćžšđ`, either case), as char codes. */
const SR_LETTERS = new Set([...'čćžšđČĆŽŠĐ'].map((ch) => ch.charCodeAt(0)));

/**
 * Guesses the language of a text from its letters and a few function words.
 * @returns `sr-Cyrl`, `sr-Latn`, `sq` or `en`
 */
export function detectLanguage(text: string): 'en' | 'sr-Latn' | 'sr-Cyrl' | 'sq' {
  // The letter counts in one pass over the text (they were four regex passes, each building an array
  // of every match: a Latin article's every letter; issue 23).
  let cyr = 0;
  let lat = 0;
  let e = 0;
  let srLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    } else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c === 0xeb || c === 0xcb) e++;
    else if (SR_LETTERS.has(c)) srLetters++;
  }
  if (cyr > lat) return 'sr-Cyrl';
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const sq = e + 3 * count(/\b(dhe|është|për|nga|tha|të)\b/g);
  const srl = srLetters + 3 * count(/\b(je|da|su|kako|koji|nije|od|za)\b/g);
  const enn = 3 * count(/\b(the|and|that|said|of|is)\b/g);
  if (sq > srl && sq > enn) return 'sq';
  if (srl > enn) return 'sr-Latn';
  return 'en';
}
