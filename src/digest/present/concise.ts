/**
 * Concise quotes: a quote over its word budget is cut to its key sentence or sentences, never
 * reworded. The kept words are the article's own; an ellipsis `…` stands wherever words were left out
 * (before, between and after the kept sentences), so a reader always sees that the quote was cut.
 */
import { sentenceSpans, wordCount } from './sentences.js';
import { ELLIPSIS } from './marks.js';

export interface ConciseQuote {
  /** The text to show: kept sentences in their order, `…` where words were left out. */
  text: string;
  /** The kept runs of the article's words, in order (each verbatim in the quote). */
  segments: string[];
  /** True when words were left out. */
  cut: boolean;
}

/**
 * Cuts `text` to at most `budget` words (the ellipses are not counted). Picks the contiguous run of
 * sentences with the highest total `score` that fits the budget (ties: the one that opens with the better sentence — a key
 * sentence and what follows it — then the earlier); when
 * no single sentence fits, the best sentence is cut after `budget` words. Unchanged when it fits.
 * @param budget words, >= 1
 * @param score how much a sentence is worth showing (e.g. it mentions the watched topic); any number
 */
export function conciseQuote(text: string, budget: number, score: (sentence: string, index: number) => number): ConciseQuote {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (wordCount(clean) <= budget) return { text: clean, segments: [clean], cut: false };
  const spans = sentenceSpans(clean);
  const sents = spans.map(([s, e]) => clean.slice(s, e));
  const words = sents.map(wordCount);
  const scores = sents.map((s, i) => score(s, i));
  let best: { i: number; j: number; score: number; words: number } | null = null;
  for (let i = 0; i < sents.length; i++) {
    let w = 0;
    let sc = 0;
    for (let j = i; j < sents.length; j++) {
      w += words[j];
      if (w > budget) break;
      sc += scores[j];
      if (best === null || sc > best.score + 1e-9 || (Math.abs(sc - best.score) <= 1e-9 && scores[i] > scores[best.i])) best = { i, j, score: sc, words: w };
    }
  }
  if (best === null) {
    // No sentence fits: the best one, cut after `budget` words.
    let k = 0;
    for (let i = 1; i < sents.length; i++) if (scores[i] > scores[k]) k = i;
    const kept = sents[k]
      .split(' ')
      .slice(0, budget)
      .join(' ')
      .replace(/[,;:–—-]+$/, '');
    return assemble([kept], k > 0, true);
  }
  const kept = clean.slice(spans[best.i][0], spans[best.j][1]);
  return assemble([kept], best.i > 0, best.j < sents.length - 1);
}

function assemble(segments: string[], before: boolean, after: boolean): ConciseQuote {
  const text = `${before ? ELLIPSIS + ' ' : ''}${segments.join(` ${ELLIPSIS} `)}${after ? ' ' + ELLIPSIS : ''}`;
  return { text, segments, cut: before || after || segments.length > 1 };
}
