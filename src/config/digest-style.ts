/**
 * Config fields for how digests read (issue 14): word budgets of quotes. Kept in their own file and
 * spread into `digests` in schema.ts, so other schema edits do not collide with these.
 */
import { z } from 'zod';

/** Fields merged into the `digests` section. */
export const digestStyleShape = {
  quoteWords: z.number().int().min(5).max(500).default(40).describe('Word budget of one shown quote: a longer quote is cut to its key sentences (never reworded, `…` where words were left out).'),
  entryQuoteWords: z.number().int().min(5).max(2000).default(90).describe('Word budget of all the quotes of one story together.'),
};
