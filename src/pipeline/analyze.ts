/**
 * The analysis stage of the pipeline: an item's article → topic matches → quotes, as one
 * `AnalyzedItem`. Shared by the CLI `digest` command and the service's poller.
 */
import type { Article } from '../model/article.js';
import type { Item } from '../model/feed.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Topic } from '../model/watchlist.js';
import { compileWatchlist } from './matcher/index.js';
import { extractQuotes } from './quotes/index.js';
import { boundArticle } from './window.js';
import { articleFromItem } from '../reader/article/teaser.js';

export interface Analyzer {
  /**
   * Matches `article` against the watchlist and extracts its quotes (salience informed by the
   * mentions). Pure: no I/O. An over-long article is analysed in a bounded window (`window.ts`): the
   * returned `article` is the analysed one, with `window` saying how much of the source it holds.
   * `article: null` stands for the feed's own text (`articleFromItem(item)`), built here: in the
   * service that is a worker thread, so a 1 MiB item is never split into paragraphs on the event loop.
   */
  analyze(input: { feedUrl: string; outlet: string | null; item: Item; article: Article | null; firstSeen: Date }): AnalyzedItem;
}

/**
 * Compiles `topics` once and returns an analyzer that reuses the compiled matcher for every item.
 * @throws WirewatchError `invalid_term` when a topic holds an invalid term
 */
export function createAnalyzer(topics: Topic[]): Analyzer {
  const matcher = compileWatchlist(topics);
  return {
    analyze({ feedUrl, outlet, item, article: source, firstSeen }) {
      const article = boundArticle(source ?? articleFromItem(item));
      const matches = matcher.match(article);
      const mentions = matches.flatMap((m) => m.mentions);
      const quotes = extractQuotes(article, { mentions });
      return { id: `${feedUrl}#${item.key}`, feedUrl, outlet, item, article, firstSeen, matches, quotes };
    },
  };
}
