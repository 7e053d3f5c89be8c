/** Teaser → full text: see `extract.ts`, `teaser.ts`, `full-text.ts`. */
export { extractArticle } from './extract.js';
export { isTeaser, articleFromItem, TEASER_MAX_CHARS } from './teaser.js';
export { fetchFullText, decodeHtml, type PageFetcher, type FullTextOptions } from './full-text.js';
