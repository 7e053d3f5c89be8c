/** Picks the quote lexicon for an article's language. */
import type { QuoteLexicon } from './types.js';
import { en } from './en.js';
import { sr } from './sr.js';
import { sq } from './sq.js';

export type { QuoteLexicon } from './types.js';
export { en, sr, sq };
// In a module of its own so that the digest's presentation can use it without loading the lexicons (ADR 0278).
export { detectLanguage } from './detect-language.js';


/** The lexicon for a BCP 47 tag (`sr-Cyrl` and `sr-Latn` share one); English when unknown. */
export function lexiconFor(language: string | null | undefined): QuoteLexicon {
  const primary = (language ?? 'en').toLowerCase().split('-')[0];
  if (primary === 'sr' || primary === 'hr' || primary === 'bs' || primary === 'sh' || primary === 'cnr') return sr;
  if (primary === 'sq') return sq;
  return en;
}

/** Every lexicon, for rules that read all languages at once (a quote in one language inside an article in another). */
export const allLexicons: readonly QuoteLexicon[] = [en, sr, sq];
