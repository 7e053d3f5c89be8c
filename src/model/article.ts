/**
 * An article as the pipeline sees it: a headline and its body paragraphs.
 * Paragraph numbering follows the corpus: 0 = headline, 1 = first body block, ...
 */
export interface Article {
  /** paragraphs[0] is the headline; paragraphs[1..] the body blocks, in order. */
  paragraphs: string[];
  /** Where it came from (a file path or URL), for messages only. */
  source?: string;
  /** BCP 47 language tag when known (`en`, `sr-Latn`, `sr-Cyrl`, `sq`). */
  language?: string | null;
  /**
   * Set when the analysis saw a bounded window of a longer text (`pipeline/window.ts`): how many
   * characters the source had and how many were analysed. Absent when the whole text was analysed.
   */
  window?: AnalysisWindow;
}

/** The part of an over-long article that was analysed (see `pipeline/window.ts`). */
export interface AnalysisWindow {
  /** Characters of the article's paragraphs as read (headline included). */
  totalChars: number;
  /** Characters analysed: the first ones, up to the window's bound, cut at a paragraph or sentence. */
  analysedChars: number;
  /** Paragraphs longer than the per-paragraph bound that were split at sentence ends. */
  splitParagraphs: number;
}

/**
 * Parses the corpus' plain-text article format: first line the headline, a blank line, then one
 * paragraph per block, blocks separated by blank lines. Lines inside a block are joined with a space.
 * @param text UTF-8 text of the file
 * @returns the article; an empty text gives `{ paragraphs: [''] }`
 */
export function articleFromText(text: string, source?: string): Article {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = normalised.split(/\n[ \t]*\n+/);
  const paragraphs = blocks.map((b) =>
    b
      .split('\n')
      .map((l) => l.trim())
      .join(' ')
      .trim(),
  );
  const headline = paragraphs.shift() ?? '';
  const body = paragraphs.filter((p) => p.length > 0);
  return { paragraphs: [headline, ...body], source };
}

/** The article's text in the corpus format (headline, blank line, paragraphs separated by blank lines). */
export function articleToText(article: Article): string {
  return article.paragraphs.join('\n\n');
}
