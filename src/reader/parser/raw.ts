/**
 * The intermediate shape both XML back ends (rss-parser, feedsmith) and the JSON Feed reader map
 * to, before normalisation into `Item`s. Strings are as the document gives them after XML decoding.
 */

/** A text construct: `text` is literal text, `html` is markup (RSS description, Atom html/xhtml). */
export interface RawText {
  value: string;
  type: 'text' | 'html';
  /** `xml:base` on the element itself (the base for links inside an HTML construct), or null/absent. */
  base?: string | null;
}

/** A link element (Atom `link`, RSS `link`/`enclosure`). `href` may still be relative. */
export interface RawLink {
  href: string;
  rel: string | null;
  type: string | null;
  length: string | number | null;
  /** `xml:base` on the link element itself, or null/absent. */
  base?: string | null;
}

export interface RawEntry {
  guid: string | null;
  /** RSS `guid isPermaLink` (true unless `"false"`); null for Atom and JSON Feed. */
  guidIsPermaLink: boolean | null;
  title: RawText | null;
  links: RawLink[];
  /**
   * `xml:base` values in scope on the entry, innermost first: the entry's own, then its ancestors'
   * up to the document element (each may be relative to the next).
   */
  bases: string[];
  published: string | null;
  updated: string | null;
  author: string | null;
  categories: string[];
  summary: RawText | null;
  content: RawText | null;
  enclosures: RawLink[];
  /** Media RSS / iTunes thumbnail URL (may be relative), or null. */
  thumbnail?: string | null;
}

export interface RawFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: RawText | null;
  links: RawLink[];
  /** `xml:base` values in scope on the feed's metadata (Atom `feed`, RSS `channel`), innermost first. */
  bases: string[];
  language: string | null;
  ttl: string | null;
  updatePeriod: string | null;
  updateFrequency: string | null;
  entries: RawEntry[];
}

/** A blank entry, for mappers to fill. */
export function emptyEntry(): RawEntry {
  return {
    guid: null,
    guidIsPermaLink: null,
    title: null,
    links: [],
    bases: [],
    published: null,
    updated: null,
    author: null,
    categories: [],
    summary: null,
    content: null,
    enclosures: [],
  };
}
