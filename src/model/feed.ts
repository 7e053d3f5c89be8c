/**
 * Feeds and items: the reader's output, in the terms of RSS 2.0 / Atom (RFC 4287) / JSON Feed 1.1.
 * Plain data, no I/O.
 */

/** A feed as parsed from one document. */
export interface FeedInfo {
  title: string | null;
  /** The feed's alternate (HTML) link, absolute. */
  link: string | null;
  /** BCP 47 language tag as declared (`en`, `sr-Latn`), or null. */
  language: string | null;
  /** Minimum minutes between polls the publisher asks for (RSS `<ttl>`, `sy:updatePeriod`/`sy:updateFrequency`), or null. */
  ttlMinutes: number | null;
}

/** An enclosure (RSS `<enclosure>`, Atom `link rel="enclosure"`, JSON Feed attachment). */
export interface Enclosure {
  url: string;
  type: string | null;
  /** Length in bytes as declared, or null. */
  length: number | null;
}

/** One item (RSS `<item>`, Atom `<entry>`, JSON Feed item), normalised. */
export interface Item {
  /** The item's guid / Atom id / JSON Feed id as published, or null. */
  guid: string | null;
  /**
   * The item's identity within its feed: the guid when guids are unique in the feed,
   * else the canonical link, else a hash of title and date.
   */
  key: string;
  title: string;
  /** The alternate link, absolute, or null. */
  link: string | null;
  /** Canonical form of `link` (trackers and fragment dropped, host lower-cased), or null. */
  canonicalLink: string | null;
  /** Publication time, or null when the feed gives none (or an unparseable one). */
  published: Date | null;
  author: string | null;
  categories: string[];
  /** Plain-text summary (teaser), or null. */
  summary: string | null;
  /** Full content as HTML, or null. */
  contentHtml: string | null;
  /** Plain article text from the feed: paragraphs separated by one blank line. May be a teaser. */
  text: string;
  enclosures: Enclosure[];
  /** A picture for the item (Media RSS `media:thumbnail`, else `itunes:image`), absolute; absent when none. */
  thumbnail?: string | null;
}

/** A parsed feed document. */
export interface ParsedFeed {
  feed: FeedInfo;
  items: Item[];
  /** The charset the bytes were decoded with (`utf-8`, `windows-1250`, ...). */
  encoding: string;
  /** True when the document was ill-formed and recovered ("bozo" in feedparser's terms). */
  recovered: boolean;
  /**
   * Items after the first `FEED_LIMITS.maxItems` (5,000) in document order, not read: a bigger feed
   * keeps its first items rather than being refused (ADR 0242). Absent when none were dropped.
   */
  itemsDropped?: number;
}
