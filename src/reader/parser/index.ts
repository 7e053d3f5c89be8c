/** The feed parser: bytes (+ headers) → feed info and normalised items. */
export { parseFeed, type ParseFeedOptions } from './parse-feed.js';
export { decodeFeedBytes, type DecodedText } from './charset.js';
export { parseFeedDate } from './dates.js';
export { canonicalUrl, resolveUrl, isTrackerParam } from './urls.js';
export { assignItemKeys, titleDateKey } from './identity.js';
export { htmlToText, htmlToLine } from './html-text.js';
export { DEFAULT_RECOVERY, type RecoveryStrategy } from './xml.js';
