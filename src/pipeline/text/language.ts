/**
 * A cheap guess of an article's language among those wirewatch has an inflection model for
 * (`en`, `sr`, `sq`), from script, letters only one language uses, and frequent function words.
 */
import { STEM_LANGUAGES, type StemLanguage } from './stem.js';
import { detach } from './fold.js';
import type { Token } from './tokens.js';

// Very frequent function words, folded. A word listed for two languages counts for neither.
const FUNCTION_WORDS: Record<StemLanguage, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said', 'on', 'it', 'by', 'has', 'are', 'this', 'from', 'be', 'not'],
  sr: ['je', 'i', 'u', 'da', 'se', 'na', 'su', 'za', 'od', 'sa', 'koji', 'kao', 'ali', 'nije', 'bi', 'iz', 'ce', 'sto', 'ili', 'rekao', 'kako', 'do'],
  sq: ['te', 'e', 'ne', 'dhe', 'per', 'qe', 'me', 'nje', 'nga', 'se', 'eshte', 'tha', 'ka', 'nuk', 'i', 'do', 'si', 'edhe', 'por', 'ta'],
};
const WORD_LANG = new Map<string, StemLanguage | null>();
for (const lang of Object.keys(FUNCTION_WORDS) as StemLanguage[]) {
  for (const w of FUNCTION_WORDS[lang]) WORD_LANG.set(w, WORD_LANG.has(w) ? null : lang);
}

/**
 * Maps a BCP 47 tag to the inflection model that fits it: `sr`, `hr`, `bs`, `cnr` (any script) → `sr`;
 * `sq` → `sq`; `en` → `en`; anything else (or null) → null.
 */
export function stemLanguageOf(tag: string | null | undefined): StemLanguage | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (['sr', 'hr', 'bs', 'cnr', 'sh'].includes(primary)) return 'sr';
  if (primary === 'sq') return 'sq';
  if (primary === 'en') return 'en';
  return null;
}

/** Evidence for each language, as `guessLanguage` counts it. */
export type LanguageScores = Record<StemLanguage, number>;

/**
 * Counts the evidence in `tokens`: each function word scores one for its language, each word with a
 * Serbian-only letter (č ć đ ž, Cyrillic) one for `sr`, each with ë or ç one for `sq`.
 */
export function languageScores(tokens: readonly Token[]): LanguageScores {
  const score: LanguageScores = { en: 0, sr: 0, sq: 0 };
  for (const t of tokens) {
    let e = evidenceMemo.get(t.text);
    if (e === undefined) {
      e = wordEvidence(t);
      if (evidenceMemo.size >= 50_000) evidenceMemo.clear();
      evidenceMemo.set(detach(t.text), e);
    }
    addEvidence(score, e);
  }
  return score;
}

/**
 * Adds one word's evidence (`wordEvidence`) to `score`, as `languageScores` counts it: callers that
 * keep a word's evidence beside the word (the matcher) score a text without building tokens.
 */
export function addEvidence(score: LanguageScores, e: number): void {
  if (e & EN) score.en++;
  if (e & SR) score.sr++;
  if (e & SQ) score.sq++;
  if (e & SR_LETTERS) score.sr++;
  else if (e & SQ_LETTERS) score.sq++;
}

const EN = 1;
const SR = 2;
const SQ = 4;
const SR_LETTERS = 8;
const SQ_LETTERS = 16;

/**
 * One token's evidence as bits: its function-word language, and Serbian-only or Albanian-only letters.
 * A token's forms follow from its surface text, so the bits are remembered by text (bounded, ADR 0231).
 */
const evidenceMemo = new Map<string, number>();

/**
 * One word's evidence for `addEvidence`, as bits (function-word language; Serbian-only or
 * Albanian-only letters). Depends only on the word's forms.
 * @param t the word's surface text, `latin` and `folded` forms (as on a `Token`)
 */
export function wordEvidence(t: Pick<Token, 'text' | 'latin' | 'folded'>): number {
  let e = 0;
  const lang = WORD_LANG.get(t.folded);
  if (lang) e |= lang === 'en' ? EN : lang === 'sr' ? SR : SQ;
  if (/[\u0400-\u04ff]/.test(t.text) || /[čćđž]/.test(t.latin)) e |= SR_LETTERS;
  else if (/[ëç]/.test(t.latin)) e |= SQ_LETTERS;
  return e;
}

/** Adds up scores (of several paragraphs). */
export function addScores(all: readonly LanguageScores[]): LanguageScores {
  const sum: LanguageScores = { en: 0, sr: 0, sq: 0 };
  for (const s of all) for (const k of STEM_LANGUAGES) sum[k] += s[k];
  return sum;
}

/**
 * Picks a language from scores: the highest when it has at least 3 points and twice the runner-up's.
 * @returns the language, or null (too short or too mixed to tell)
 */
export function pickLanguage(score: LanguageScores): StemLanguage | null {
  const ranked = (Object.entries(score) as [StemLanguage, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] >= 3 && best[1] >= 2 * second[1]) return best[0];
  return null;
}

/**
 * Guesses the language of a text from its tokens (`languageScores`, then `pickLanguage`).
 * @returns `en`, `sr` or `sq`; null when the text is too short or too mixed to tell
 */
export function guessLanguage(tokens: readonly Token[]): StemLanguage | null {
  return pickLanguage(languageScores(tokens));
}
