/** A paragraph prepared for quote extraction: Latin view, top-level quote spans, masked text. */
import { findMarkSpans, type MarkSpan } from './marks.js';
import { latinView, type LatinView } from './text.js';

export interface Paragraph {
  original: string;
  view: LatinView;
  /** Top-level quote-marked spans (in view offsets). */
  spans: MarkSpan[];
  /** The view with quote interiors replaced by `q` (marks kept), so verbs inside quotes are not seen. */
  masked: string;
}

/** Prepares one paragraph. */
export function prepareParagraph(text: string): Paragraph {
  const view = latinView(text);
  const spans = findMarkSpans(view.text).filter((s) => s.depth === 0);
  let masked = view.text;
  for (const s of spans) {
    const a = s.open + s.openLen;
    const b = s.close < 0 ? masked.length : s.close;
    masked = masked.slice(0, a) + masked.slice(a, b).replace(/[^\s]/g, 'q') + masked.slice(b);
  }
  return { original: text, view, spans, masked };
}
