/**
 * Config fields for how digests read (issue 14): word budgets of quotes and the channel's language. Kept in their own file and
 * spread into `digests` in schema.ts, so other schema edits do not collide with these.
 */
import { z } from 'zod';
import { digestLocaleOf, SUPPORTED_TEXT } from '../digest/i18n/index.js';

/** Fields merged into the `digests` section. */
export const digestStyleShape = {
  quoteWords: z.number().int().min(5).max(500).default(40).describe('Word budget of one shown quote: a longer quote is cut to its key sentences (never reworded, `…` where words were left out).'),
  entryQuoteWords: z.number().int().min(5).max(2000).default(90).describe('Word budget of all the quotes of one story together.'),
};

/** A digest locale: one of `SUPPORTED_LOCALES` or a regional variant (`en-GB`, `sr-Latn-RS`); anything else is refused with the list. */
export const localeSchema = z
  .string()
  .refine((tag) => digestLocaleOf(tag.trim()) !== null, { message: `unsupported locale; supported: ${SUPPORTED_TEXT}` });
