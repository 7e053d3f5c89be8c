/**
 * Reading an article's words and finding the watchlist's phrases among them, in one pass per
 * paragraph and inflection model. Each word costs a lookup in the matcher's word table (its key
 * numbers and first trie nodes are worked out once per distinct word); a word that starts a phrase
 * then walks the trie's flat arrays (ADR 0235), so the cost follows the words of the text and what
 * they match, not the number of terms.
 */
import { addEvidence, pickLanguage, type LanguageScores } from '../text/language.js';
import { STEM_LANGUAGES, type StemLanguage } from '../text/stem.js';
import { forEachWord } from '../text/tokens.js';
import { CASE_NONE, CASE_PLAIN, SHORT_ALL_CAPS, caseAllows } from './case-rules.js';
import type { Occurrences } from './occurrences.js';
import { acceptedCaseMode, acceptedPhrase, type WatchlistIndex } from './watchlist-index.js';
import type { WordForm, WordTable } from './word-table.js';

/** An article's words: paragraph p holds words [base[p], base[p + 1]) of `words`, at offsets `starts`. */
export interface ArticleWords {
  words: WordForm[];
  starts: number[];
  base: number[];
  /** Each paragraph's language evidence. */
  scores: LanguageScores[];
}

/** Index of each inflection model in `STEM_LANGUAGES` (the word table's and the tries' order). */
const LANG_INDEX: Record<StemLanguage, number> = { en: 0, sr: 1, sq: 2 };
const ALL_LANGS: readonly number[] = STEM_LANGUAGES.map((l) => LANG_INDEX[l]);

/**
 * The words of every paragraph, one after the other, with their offsets and each paragraph's
 * language scores.
 * @param table the matcher's interned words
 * @param paragraphs the article's paragraphs (headline first)
 */
export function readWords(table: WordTable, paragraphs: readonly string[]): ArticleWords {
  const words: WordForm[] = [];
  const starts: number[] = [];
  const base: number[] = [];
  const scores: LanguageScores[] = [];
  let score: LanguageScores = { en: 0, sr: 0, sq: 0 };
  const add = (text: string, start: number) => {
    const w = table.intern(text);
    words.push(w);
    starts.push(start);
    if (w.evidence !== 0) addEvidence(score, w.evidence); // most words are evidence of nothing
  };
  for (const p of paragraphs) {
    base.push(words.length);
    scores.push((score = { en: 0, sr: 0, sq: 0 }));
    forEachWord(p, add);
  }
  base.push(words.length);
  return { words, starts, base, scores };
}

/**
 * One pass over the words: records every phrase occurrence in `out` (reset first). A paragraph that
 * clearly reads as another language than the article (a quote, a footer) also uses that language's
 * inflection model, never instead of the article's (names with diacritics can make an English
 * paragraph look Serbian); without an article language, a paragraph uses its own or all three.
 * @param text the article's words (`readWords`)
 * @param articleLang the article's inflection model, or null when unknown
 */
export function findPhrases(text: ArticleWords, articleLang: StemLanguage | null, index: WatchlistIndex, table: WordTable, out: Occurrences): void {
  const { words, base, scores } = text;
  out.reset();
  const article = articleLang === null ? -1 : LANG_INDEX[articleLang];
  for (let paragraph = 0; paragraph + 1 < base.length; paragraph++) {
    const b = base[paragraph];
    const count = base[paragraph + 1] - b;
    if (count === 0) continue;
    const ownLang = pickLanguage(scores[paragraph]);
    const own = ownLang === null ? -1 : LANG_INDEX[ownLang];
    const langs = article < 0 ? (own >= 0 ? [own] : ALL_LANGS) : own >= 0 && own !== article ? [own, article] : [article];
    // With several inflection models, one phrase may be found at one place by more than one of them.
    // (Signature: id × (count + 1) + first word, one number per place.)
    const seen = langs.length > 1 ? new Set<number>() : null;
    for (const l of langs) {
      const trie = index.tries[l];
      const accepts = trie.accepts;
      for (let i = 0; i < count; i++) {
        let node = table.start(words[b + i], l);
        if (node < 0) continue;
        for (let j = i; ;) {
          for (let a = trie.acceptFrom(node), to = trie.acceptTo(node); a < to; a++) {
            const code = accepts[a];
            const id = acceptedPhrase(code);
            const mode = acceptedCaseMode(code);
            if (mode !== CASE_NONE && !caseMatches(index, table, mode, id, words, b + i, j - i + 1)) continue;
            if (seen) {
              const sig = id * (count + 1) + i;
              if (seen.has(sig)) continue;
              seen.add(sig);
            }
            out.add(id, paragraph, i, j);
          }
          if (++j >= count || !trie.hasChildren(node)) break;
          const key = table.keyId(words[b + j], l);
          if (key < 0) break;
          node = trie.child(node, key);
          if (node < 0) break;
        }
      }
    }
  }
}

/**
 * The case rules (`caseAllows`) for every word of phrase `id` (case mode `mode`, not `CASE_NONE`)
 * against the `n` words from `first` on.
 */
function caseMatches(index: WatchlistIndex, table: WordTable, mode: number, id: number, words: WordForm[], first: number, n: number): boolean {
  if (mode === CASE_PLAIN) {
    for (let k = 0; k < n; k++) if (table.caseShape(words[first + k]) & SHORT_ALL_CAPS) return false;
    return true;
  }
  const phrase = index.phrases[id];
  for (let k = 0; k < n; k++) {
    const w = words[first + k];
    if (!caseAllows(phrase[k], table.caseShape(w), w.latin)) return false;
  }
  return true;
}
