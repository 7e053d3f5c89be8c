/**
 * Relevance of a topic to an article, from its mentions: where (title over lead over body), how many,
 * and how spread out they are.
 */
import type { Mention } from '../../model/watchlist.js';

/** Weight of a mention's place: headline 1, lead (first body paragraph) 0.75, second 0.55, later 0.4. */
export function positionWeight(paragraph: number): number {
  if (paragraph === 0) return 1;
  if (paragraph === 1) return 0.75;
  if (paragraph === 2) return 0.55;
  return 0.4;
}

/**
 * Relevance in [0, 1]: 0.5 × the best position weight + 0.3 × (1 − 0.6^count) + 0.2 × spread, where
 * spread = paragraphs with a mention / min(paragraphs, 5). A single mention deep in the body scores
 * about 0.36; one in the headline plus three in the body about 0.9.
 * @param mentions the topic's mentions in the article (at least one)
 * @param paragraphCount paragraphs in the article, headline included
 * @returns the score rounded to 3 decimals; 0 without mentions
 */
export function relevance(mentions: readonly Mention[], paragraphCount: number): number {
  if (mentions.length === 0) return 0;
  let best = 0;
  const paragraphs = new Set<number>();
  for (const m of mentions) {
    best = Math.max(best, positionWeight(m.paragraph));
    paragraphs.add(m.paragraph);
  }
  const count = 1 - Math.pow(0.6, mentions.length);
  const spread = Math.min(1, paragraphs.size / Math.max(1, Math.min(paragraphCount, 5)));
  return Math.round((0.5 * best + 0.3 * count + 0.2 * spread) * 1000) / 1000;
}
