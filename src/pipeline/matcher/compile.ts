/**
 * The compiled watchlist: every phrase of every term (and exclude term) goes into one trie per
 * language over word keys (src/pipeline/text/stem.ts, ADR 0120), kept in flat arrays
 * (`watchlist-index.ts`, `phrase-trie.ts`, ADR 0235). An article is scanned once (`scan.ts`): each
 * word is interned with its key numbers and first trie nodes (`word-table.ts`), so a word costs one
 * lookup whatever the number of terms. NEAR and exclude terms are then resolved on the phrase
 * occurrences found (`resolve.ts`): a NEAR pair must lie in one sentence.
 */
import type { Article } from '../../model/article.js';
import type { Topic, TopicMatch } from '../../model/watchlist.js';
import { addScores, pickLanguage, stemLanguageOf } from '../text/language.js';
import { WordKeys } from '../text/stem.js';
import { Occurrences } from './occurrences.js';
import { resolveMatches } from './resolve.js';
import { ArticleWords, findPhrases } from './scan.js';
import { WatchlistIndex } from './watchlist-index.js';
import { WordTable } from './word-table.js';

export { MIN_HOUSE_STYLE_LETTERS } from './case-rules.js';

/** A compiled watchlist. */
export interface Matcher {
  /**
   * Finds the topics an article mentions.
   * @param article paragraphs[0] is the headline; `language` (BCP 47) picks the inflection model,
   *   else it is guessed from the text (all models when the guess is unsure); a paragraph that
   *   clearly reads as another language also uses that language's model
   * @returns one entry per topic with at least one mention, in watchlist order; mentions in text order
   */
  match(article: Article): TopicMatch[];
  /** The topics compiled, in order. */
  readonly topics: readonly Topic[];
  /** Distinct phrases in the tries (a measure of the watchlist's size). */
  readonly phraseCount: number;
}

class CompiledWatchlist implements Matcher {
  readonly topics: readonly Topic[];
  private readonly index: WatchlistIndex;
  private readonly table: WordTable;
  /** Scratch space of `match`, reused from article to article (a matcher is used by one thread). */
  private readonly occurrences: Occurrences;
  private readonly text = new ArticleWords();

  constructor(topics: Topic[]) {
    this.topics = topics.slice();
    const keys = new WordKeys();
    this.index = new WatchlistIndex(this.topics, keys);
    keys.clearCache(); // the terms' stems are in the tries now; the cache is for article words
    this.table = new WordTable(keys, this.index.tries);
    this.occurrences = new Occurrences(this.index.phrases.length, this.index.nears.length);
  }

  get phraseCount(): number {
    return this.index.phrases.length;
  }

  match(article: Article): TopicMatch[] {
    const text = this.text.read(this.table, article.paragraphs);
    try {
      const articleLang = stemLanguageOf(article.language) ?? pickLanguage(addScores(text.scores));
      findPhrases(text, articleLang, this.index, this.table, this.occurrences);
      if (this.occurrences.count === 0) return [];
      return resolveMatches(this.topics, this.index, article.paragraphs, text, this.occurrences);
    } finally {
      text.trim();
    }
  }
}

/**
 * Compiles topics into a matcher (once; reuse it for every article).
 * @param topics topics with their terms and exclude terms (term syntax: docs/term-syntax.md)
 * @throws WirewatchError `invalid_term` naming the first invalid term
 */
export function compileWatchlist(topics: Topic[]): Matcher {
  return new CompiledWatchlist(topics);
}
