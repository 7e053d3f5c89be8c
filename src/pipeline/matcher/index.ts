/** The watchlist matcher: term syntax, watchlist files, compiled matcher. */
export { compileWatchlist, type Matcher } from './compile.js';
export { parseTerm, validateTerm, MAX_NEAR_DISTANCE, type ParsedTerm } from './term.js';
export { loadWatchlist, parseWatchlist, termSchema, topicSchema, topicsSchema, watchlistFileSchema } from './watchlist-file.js';
export { relevance } from './relevance.js';
export { backtest, type BacktestRow } from './backtest.js';
