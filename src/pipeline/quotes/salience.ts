/**
 * Salience of a quote for a digest reader, in [0, 1]: watched-topic mentions inside or next to the
 * quote, a named speaker, direct over partial over indirect, a length of about 8–60 words, and an early
 * position in the article. Weights sum to 1.
 */
import type { Quote } from '../../model/quote.js';
import type { Mention } from '../../model/watchlist.js';
import { words } from './text.js';

const KIND: Record<Quote['kind'], number> = { direct: 1, partial: 0.45, indirect: 0.6 };

/**
 * @param q the quote (offsets in its paragraph)
 * @param ctx the matcher's mentions for the article and its paragraph count
 * @returns salience in [0, 1]
 */
export function scoreSalience(q: Quote, ctx: { mentions: Mention[]; paragraphs: number }): number {
  const inside = ctx.mentions.filter((m) => m.paragraph === q.paragraph && m.start < q.end + 80 && m.end > q.start - 80).length;
  const topic = inside > 0 ? Math.min(1, 0.6 + 0.2 * inside) : ctx.mentions.length === 0 ? 0.3 : 0;
  const n = words(q.text).length;
  const length = n < 4 ? 0.1 : n < 8 ? 0.5 : n <= 60 ? 1 : Math.max(0.3, 1 - (n - 60) / 120);
  const position = ctx.paragraphs > 1 ? 1 - Math.min(1, q.paragraph / ctx.paragraphs) : 1;
  const named = q.speaker ? 1 : 0;
  const s = 0.3 * topic + 0.2 * named + 0.2 * KIND[q.kind] + 0.15 * length + 0.1 * position + 0.05 * q.confidence;
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}
