/** Quotes and their attribution. */

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/**
 * How the article presents the words, beside their `kind`: `answer` for an interviewee's answer in a
 * question-and-answer interview (the transcript's own words, outside any quote marks). The kind of an
 * answer stays what our corpora's gold convention gives it (`indirect`); the digest shows an answer
 * under its own label with the interviewee named, never as the outlet's paraphrase (ADR 0295).
 */
export type QuoteForm = 'answer';

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
  /** `answer` for an interview answer (see `QuoteForm`); absent for every other quote, and for quotes stored before it existed. */
  form?: QuoteForm;
}
