/** Quotes and their attribution. */

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  kind: QuoteKind;
  /** The quoted words without quote marks; a quote over several paragraphs joined with single spaces. */
  text: string;
  /** The fullest name the article gives the speaker, or null when it never names one. */
  speaker: string | null;
  /** The role the article gives the speaker (`Russian ambassador`), or null. */
  speakerRole: string | null;
  /** Paragraph the quote starts in: 0 = headline, 1 = first body paragraph, ... */
  paragraph: number;
  /** Character offsets [start, end) of the quoted text in that paragraph (UTF-16 code units). */
  start: number;
  end: number;
  /** Confidence of extraction and attribution in [0, 1]. */
  confidence: number;
  /** How much a digest reader wants this quote, in [0, 1]. */
  salience: number;
}
