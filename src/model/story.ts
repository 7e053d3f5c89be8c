/** An item after the pipeline: its article text, topic matches and quotes. */
import type { Article } from './article.js';
import type { Item } from './feed.js';
import type { Quote } from './quote.js';
import type { TopicMatch } from './watchlist.js';

export interface AnalyzedItem {
  /** Stable id: the store's id, or `feedUrl + '#' + item.key` outside a store. */
  id: string;
  feedUrl: string;
  /** The outlet's name (the feed title), or null. */
  outlet: string | null;
  item: Item;
  /** Full text when fetched, else the feed's text; paragraphs[0] is the headline. */
  article: Article;
  /** When wirewatch first read this item. */
  firstSeen: Date;
  matches: TopicMatch[];
  quotes: Quote[];
}

/** The time an item counts as published: its `published`, or when it was first read. */
export function itemTime(a: Pick<AnalyzedItem, 'item' | 'firstSeen'>): Date {
  return a.item.published ?? a.firstSeen;
}
