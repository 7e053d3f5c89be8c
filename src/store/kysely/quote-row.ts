/**
 * A `quotes` row and the `Quote` it stores, both ways, for either database. `form` is NULL for every
 * quote that is not an interview answer, and for every row stored before the column existed (SQLite
 * migration 33, PostgreSQL migration 4): those read back without `form` (ADR 0295).
 */
import type { Selectable } from 'kysely';
import type { Quote } from '../../model/quote.js';
import type { QuotesTable } from './schema.js';

/** The stored columns of a quote (without the row's ids and position). */
export type QuoteColumns = Pick<
  QuotesTable,
  'kind' | 'text' | 'speaker' | 'speaker_role' | 'paragraph' | 'start_offset' | 'end_offset' | 'confidence' | 'salience' | 'form'
>;

/** The columns a quote is stored in. */
export function quoteColumns(q: Quote): QuoteColumns {
  return {
    kind: q.kind,
    text: q.text,
    speaker: q.speaker,
    speaker_role: q.speakerRole,
    paragraph: q.paragraph,
    start_offset: q.start,
    end_offset: q.end,
    confidence: q.confidence,
    salience: q.salience,
    form: q.form ?? null,
  };
}

/** The quote a row stores; `form` only when the row has one. */
export function quoteFromRow(r: Pick<Selectable<QuotesTable>, keyof QuoteColumns>): Quote {
  const q: Quote = {
    kind: r.kind,
    text: r.text,
    speaker: r.speaker,
    speakerRole: r.speaker_role,
    paragraph: r.paragraph,
    start: r.start_offset,
    end: r.end_offset,
    confidence: r.confidence,
    salience: r.salience,
  };
  if (r.form === 'answer') q.form = r.form;
  return q;
}
