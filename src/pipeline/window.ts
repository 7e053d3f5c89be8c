/**
 * The analysis window: bounds on how much of one article the matcher and the quote extractor see, so
 * that every stage's cost is linear in a bounded input whatever the feed sends (issue 20: a 2 MB item
 * took 38 s; issue 24: a 120 KB paragraph took 3 s). A news article is 2–60 KB of text; the bounds sit
 * well above that, so ordinary articles are analysed whole and untouched.
 */
import type { Article } from '../model/article.js';

export const ANALYSIS_LIMITS = {
  /**
   * Characters of an article analysed, headline included (about 25,000 words — longer than any
   * long-form story). The rest is kept in the stored item's text but not searched for mentions or quotes.
   */
  windowChars: 150_000,
  /**
   * Characters per paragraph. A longer "paragraph" is a page without paragraph breaks; the quote
   * extractor scans each paragraph from every cue, so it is split at sentence ends (else at a space)
   * into pieces of at most this length. Real paragraphs are under 1,500 characters.
   */
  paragraphChars: 3000,
} as const;

/** The end of the last sentence (or else the last space) in `s[from, from + max)`; a hard cut when there is neither. */
function cutPoint(s: string, from: number, max: number): number {
  const end = Math.min(s.length, from + max);
  if (end === s.length) return end;
  const slice = s.slice(from, end);
  // A sentence end: . ! ? (optionally a closing quote) then a space, searched from the back of the slice.
  const re = /[.!?…]["'”’»]?\s/g;
  let best = -1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) best = m.index + m[0].length;
  if (best > max / 3) return from + best;
  const space = slice.lastIndexOf(' ');
  return space > max / 3 ? from + space + 1 : end;
}

/**
 * Bounds an article for analysis: paragraphs longer than `paragraphChars` are split at sentence ends,
 * and only the first `windowChars` characters are kept (cut at a sentence end or space). Linear in the
 * article's length.
 * @returns the article unchanged when it is within both bounds; else a copy whose `window` records
 *   what was analysed
 */
export function boundArticle(article: Article, limits: { windowChars: number; paragraphChars: number } = ANALYSIS_LIMITS): Article {
  const total = article.paragraphs.reduce((n, p) => n + p.length, 0);
  const long = article.paragraphs.some((p) => p.length > limits.paragraphChars);
  if (total <= limits.windowChars && !long) return article;
  const out: string[] = [];
  let budget = limits.windowChars;
  let split = 0;
  for (let i = 0; i < article.paragraphs.length && budget > 0; i++) {
    const p = article.paragraphs[i];
    if (p.length <= limits.paragraphChars && p.length <= budget) {
      out.push(p);
      budget -= p.length;
      continue;
    }
    if (p.length > limits.paragraphChars) split++;
    for (let from = 0; from < p.length && budget > 0;) {
      const to = cutPoint(p, from, Math.min(limits.paragraphChars, budget));
      const piece = p.slice(from, to).trim();
      if (piece) out.push(piece);
      budget -= to - from;
      from = to;
    }
  }
  const analysed = out.reduce((n, p) => n + p.length, 0);
  return { ...article, paragraphs: out.length ? out : [''], window: { totalChars: total, analysedChars: analysed, splitParagraphs: split } };
}
