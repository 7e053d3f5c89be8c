/** Picks the quote lexicon for an article's language. */
import type { QuoteLexicon } from './types.js';
import { en } from './en.js';
import { sr } from './sr.js';
import { sq } from './sq.js';

export type { QuoteLexicon } from './types.js';
export { en, sr, sq };

/**
 * Guesses the language of a text from its letters and a few function words.
 * @returns `sr-Cyrl`, `sr-Latn`, `sq` or `en`
 */
export function detectLanguage(text: string): 'en' | 'sr-Latn' | 'sr-Cyrl' | 'sq' {
  const cyr = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const lat = (text.match(/[A-Za-z]/g) ?? []).length;
  if (cyr > lat) return 'sr-Cyrl';
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const sq = count(/[ëË]/g) + 3 * count(/\b(dhe|është|për|nga|tha|të)\b/g);
  const srl = count(/[čćžšđČĆŽŠĐ]/g) + 3 * count(/\b(je|da|su|kako|koji|nije|od|za)\b/g);
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
