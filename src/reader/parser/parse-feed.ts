/**
 * The parser's entry point: bytes (+ the HTTP content type) → {@link ParsedFeed}. Files and URLs take
 * this one path: the fetcher hands over bytes and headers, the parser decodes.
 */
import { WirewatchError } from '../../model/errors.js';
import type { ParsedFeed } from '../../model/feed.js';
import { decodeFeedBytes } from './charset.js';
import { looksLikeJsonFeed, parseJsonFeed } from './json-feed.js';
import { normaliseFeed } from './normalise.js';
import { sniffDecompress } from './sniff.js';
import { parseXmlFeed, type RecoveryStrategy } from './xml.js';
import { assertJsonWithinLimits, capItemFields, FEED_LIMITS } from './limits.js';

export interface ParseFeedOptions {
  /** The HTTP `Content-Type` header value (its charset is one piece of evidence), or null for files. */
  contentType?: string | null;
  /** The feed's URL: the base for relative links when no `xml:base` applies. */
  url?: string | null;
  /** Reserved for time-relative rules; parsing itself never reads the clock. */
  now?: Date;
  /**
   * Keys of items the caller has already (stored): left out of `items`, their HTML never converted.
   * With `maxItems`, at most that many items are built and `truncated` says more were left out.
   */
  skipKeys?: readonly string[];
  /**
   * The stored headline of skipped keys: an item under a skipped key whose headline is another one
   * (the outlet edited it) is built after all, so the caller can store the new version.
   */
  skipTitles?: readonly (readonly [string, string])[];
  maxItems?: number;
  /** Recovery strategy for ill-formed XML (default: ADR 0100's choice). */
  recovery?: RecoveryStrategy;
}

/**
 * Parses a feed document: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed 1.1.
 * @param bytes the body (content-encoding already undone; a gzip/zlib/brotli body without the header is
 *   recognised by its bytes and decompressed, see sniff.ts), any charset (see charset.ts)
 * @returns feed info, normalised items in document order, the charset used and whether the document
 *   was ill-formed and recovered
 * @throws WirewatchError `not_a_feed` ("parser: ...") for HTML pages, JSON that is no JSON Feed,
 *   unknown XML roots and documents no recovery can read; `too_large` for a compressed body that
 *   decodes to more than 15 MiB; `feed_limit` for a document over one of `FEED_LIMITS` (limits.ts:
 *   size, nesting depth, entity expansion; over the item count the first items are read and `itemsDropped` says how many were not)
 */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions = {}): Promise<ParsedFeed & { truncated?: boolean }> {
  const only =
    opts.skipKeys || opts.maxItems !== undefined
      ? { skip: new Set(opts.skipKeys ?? []), max: opts.maxItems, titles: opts.skipTitles ? new Map(opts.skipTitles) : undefined }
      : undefined;
  const decoded = decodeFeedBytes(sniffDecompress(bytes).bytes, opts.contentType ?? null);
  const text = decoded.text;
  if (!text.trim()) throw new WirewatchError('not_a_feed', 'parser: empty document');
  if (/^\s*[{[]/.test(text)) {
    if (!looksLikeJsonFeed(text) && !/"items"\s*:/.test(text)) throw new WirewatchError('not_a_feed', 'parser: JSON that is not a JSON Feed');
    assertJsonWithinLimits(text);
    const raw = parseJsonFeed(text);
    // Over maxItems: the first ones in document order are read, as for XML (limits.ts).
    const dropped = Math.max(0, raw.entries.length - FEED_LIMITS.maxItems);
    if (dropped > 0) raw.entries = raw.entries.slice(0, FEED_LIMITS.maxItems);
    const { feed, items, truncated } = normaliseFeed(raw, opts.url ?? null, only);
    return {
      feed,
      items: items.map(capItemFields),
      encoding: decoded.encoding,
      recovered: false,
      ...(dropped > 0 ? { itemsDropped: dropped } : {}),
      ...(only ? { truncated } : {}),
    };
  }
  const { raw, recovered, itemsDropped } = await parseXmlFeed(text, { strategy: opts.recovery });
  const { feed, items, truncated } = normaliseFeed(raw, opts.url ?? null, only);
  // A charset declaration that had to be overridden is ill-formedness too (feedparser's CharacterEncodingOverride).
  return {
    feed,
    items: items.map(capItemFields),
    encoding: decoded.encoding,
    recovered: recovered || decoded.overridden,
    ...(itemsDropped ? { itemsDropped } : {}),
    ...(only ? { truncated } : {}),
  };
}
