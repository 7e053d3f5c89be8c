/** Quote extraction and speaker attribution: Article → Quote[]. */
export { extractQuotes, type ExtractOptions } from './extract.js';
export { findMarkSpans, type MarkSpan } from './marks.js';
export { detectLanguage, lexiconFor } from './lexicon/index.js';
export { scoreSalience } from './salience.js';
