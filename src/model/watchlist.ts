/** Watchlists: topics, their terms, and the mentions the matcher finds. */

export type TopicPriority = 'digest' | 'instant';

/** A topic subscribers follow. `terms` use the term syntax documented in the README (phrases, `A NEAR/n B`, `-exclude`). */
export interface Topic {
  id: string;
  name: string;
  terms: string[];
  /** A mention is dropped when one of these occurs in the same sentence. */
  exclude: string[];
  priority: TopicPriority;
  /** null for a global topic (from config); else the Discord guild id or Slack team id it belongs to. */
  workspace: string | null;
}

/** One place in an article where a topic's term occurs. */
export interface Mention {
  topicId: string;
  /** The term as written in the watchlist. */
  term: string;
  /** The text as it stands in the article (the surface form), e.g. `Kosovu`. */
  text: string;
  /** 0 = headline, 1 = first body paragraph, ... */
  paragraph: number;
  /** Character offsets [start, end) into that paragraph's original text (UTF-16 code units). */
  start: number;
  end: number;
}

/** Per-topic result of matching one article. */
export interface TopicMatch {
  topicId: string;
  mentions: Mention[];
  /** Relevance in [0, 1]: title over lead over body, count, spread. */
  relevance: number;
}
