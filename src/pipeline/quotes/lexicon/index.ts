/** Picks the quote lexicon for an article's language. */
import type { QuoteLexicon } from './types.js';
import { en } from './en.js';
import { sr } from './sr.js';
import { sq } from './sq.js';

export type { QuoteLexicon } from './types.js';
export { en, sr, sq };

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

/** The lexicon for a BCP 47 tag (`sr-Cyrl` and `sr-Latn` share one); English when unknown. */
export function lexiconFor(language: string | null | undefined): QuoteLexicon {
  const primary = (language ?? 'en').toLowerCase().split('-')[0];
  if (primary === 'sr' || primary === 'hr' || primary === 'bs' || primary === 'sh' || primary === 'cnr') return sr;
  if (primary === 'sq') return sq;
  return en;
}

/** Every lexicon, for rules that read all languages at once (a quote in one language inside an article in another). */
export const allLexicons: readonly QuoteLexicon[] = [en, sr, sq];
