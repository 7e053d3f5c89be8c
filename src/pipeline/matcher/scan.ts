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
import { CASE_NONE, CASE_PLAIN, SHORT_ALL_CAPS, TITLE_CASE, caseAllows } from './case-rules.js';
import { formAllows } from './form-guards.js';
import type { Occurrences } from './occurrences.js';
import { acceptedCaseMode, acceptedPhrase, type WatchlistIndex } from './watchlist-index.js';
import type { WordForm, WordTable } from './word-table.js';

/** Buffers bigger than this many words are dropped after an article instead of kept for the next. */
const MAX_KEPT_WORDS = 1 << 16;

/**
 * An article's words, in buffers a matcher reuses from article to article (issue 23: a fresh array
 * per article was grown word by word, then collected): paragraph p holds words [base[p], base[p + 1])
 * of `words`, at offsets `starts`; entries past the last paragraph's end are stale.
 */
export class ArticleWords {
  words: WordForm[] = [];
  starts: Int32Array = new Int32Array(1024);
  base: Int32Array = new Int32Array(64);
  /** Each paragraph's language evidence, one entry per paragraph. */
  scores: LanguageScores[] = [];
  /** Paragraphs of the article read last. */
  paragraphs = 0;
  /** The paragraphs' text (for the few checks that look at a word's surroundings). */
  texts: readonly string[] = [];
  /** Whether any word of the article is written with a diacritic (`š`, `č`, `ć`, `ž`, `đ`, `ë`, `ç`…). */
  marked = false;
  private count = 0;
  private score: LanguageScores = { en: 0, sr: 0, sq: 0 };
  private table: WordTable | null = null;

  private readonly add = (text: string, start: number): void => {
    const w = this.table!.intern(text);
    const n = this.count++;
    this.words[n] = w;
    if (n === this.starts.length) this.starts = grown(this.starts, n + 1);
    this.starts[n] = start;
    if (w.evidence !== 0) addEvidence(this.score, w.evidence); // most words are evidence of nothing
    if (!this.marked && w.latin !== w.folded) this.marked = true;
  };

  /**
   * Reads the words of every paragraph, one after the other, with their offsets and each
   * paragraph's language scores (replacing the article read before).
   * @param table the matcher's interned words
   * @param paragraphs the article's paragraphs (headline first)
   */
  read(table: WordTable, paragraphs: readonly string[]): this {
    this.table = table;
    this.count = 0;
    this.paragraphs = paragraphs.length;
    this.texts = paragraphs;
    this.marked = false;
    this.scores = [];
    if (this.base.length < paragraphs.length + 1) this.base = new Int32Array(paragraphs.length + 1);
    paragraphs.forEach((p, k) => {
      this.base[k] = this.count;
      this.scores.push((this.score = { en: 0, sr: 0, sq: 0 }));
      forEachWord(p, this.add);
    });
    this.base[paragraphs.length] = this.count;
    this.table = null;
    return this;
  }

  /** Lets go of the buffers after a very long article, so they do not stay that big. */
  trim(): void {
    if (this.words.length > MAX_KEPT_WORDS) this.words = [];
    if (this.starts.length > MAX_KEPT_WORDS) this.starts = new Int32Array(1024);
    if (this.base.length > MAX_KEPT_WORDS) this.base = new Int32Array(64);
  }
}

/** A copy of `a` with room for at least `need` entries. */
function grown(a: Int32Array, need: number): Int32Array {
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Index of each inflection model in `STEM_LANGUAGES` (the word table's and the tries' order). */
const LANG_INDEX: Record<StemLanguage, number> = { en: 0, sr: 1, sq: 2 };
const ALL_LANGS: readonly number[] = STEM_LANGUAGES.map((l) => LANG_INDEX[l]);

/**
 * One pass over the words: records every phrase occurrence in `out` (reset first). A paragraph that
 * clearly reads as another language than the article (a quote, a footer) also uses that language's
 * inflection model, never instead of the article's (names with diacritics can make an English
 * paragraph look Serbian); without an article language, a paragraph uses its own or all three.
 * @param text the article's words (`ArticleWords.read`)
 * @param articleLang the article's inflection model, or null when unknown
 */
export function findPhrases(text: ArticleWords, articleLang: StemLanguage | null, index: WatchlistIndex, table: WordTable, out: Occurrences): void {
  const { words, base, scores } = text;
  out.reset();
  const article = articleLang === null ? -1 : LANG_INDEX[articleLang];
  for (let paragraph = 0; paragraph < text.paragraphs; paragraph++) {
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
            if (mode !== CASE_NONE && !caseMatches(index, table, mode, id, text, paragraph, b + i, j - i + 1)) continue;
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
 * The case rules (`caseAllows`) and the derived forms' spelling checks (`formAllows`) for every word
 * of phrase `id` (case mode `mode`, not `CASE_NONE`) against the `n` words from `first` on (of
 * paragraph `paragraph`). A capital counts as a name's for a derived form except where the sentence
 * gives it (its first word) in an article that writes diacritics elsewhere: there *Niska cena* is the
 * adjective "low", which a writer with š at hand would have spelt *Niška* for the city's.
 */
function caseMatches(
  index: WatchlistIndex,
  table: WordTable,
  mode: number,
  id: number,
  text: ArticleWords,
  paragraph: number,
  first: number,
  n: number,
): boolean {
  const words = text.words;
  if (mode === CASE_PLAIN) {
    for (let k = 0; k < n; k++) if (table.caseShape(words[first + k]) & SHORT_ALL_CAPS) return false;
    return true;
  }
  const phrase = index.phrases[id];
  for (let k = 0; k < n; k++) {
    const w = words[first + k];
    const word = phrase[k];
    const shape = table.caseShape(w);
    if (!caseAllows(word, shape, w.latin)) return false;
    if (word.guards !== undefined) {
      const capitalCounts = !text.marked || !startsSentence(text.texts[paragraph], text.starts[first + k]);
      if (!formAllows(word.guards, capitalCounts ? shape : shape & ~TITLE_CASE, w.latin, w.folded)) return false;
    }
  }
  return true;
}

/** Opening quote marks, brackets and dashes that may stand between a sentence's end and its first word. */
const OPENERS = new Set([...' \t\n\u00a0"\'„“”«»‘’‚(–—-']);

/**
 * Whether the word at offset `at` of `paragraph` is the first of its sentence: nothing but spaces,
 * opening quote marks or dashes before it, back to the paragraph's start or to `.`, `!`, `?`, `…` or `:`.
 */
export function startsSentence(paragraph: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENERS.has(paragraph[i])) i--;
  return i < 0 || '.!?…:'.includes(paragraph[i]);
}
