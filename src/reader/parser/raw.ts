/**
 * The intermediate shape both XML back ends (rss-parser, feedsmith) and the JSON Feed reader map
 * to, before normalisation into `Item`s. Strings are as the document gives them after XML decoding.
 */

/** A text construct: `text` is literal text, `html` is markup (RSS description, Atom html/xhtml). */
export interface RawText {
  value: string;
  type: 'text' | 'html';
}

/** A link element (Atom `link`, RSS `link`/`enclosure`). `href` may still be relative. */
export interface RawLink {
  href: string;
  rel: string | null;
  type: string | null;
  length: string | number | null;
}

export interface RawEntry {
  guid: string | null;
  /** RSS `guid isPermaLink` (true unless `"false"`); null for Atom and JSON Feed. */
  guidIsPermaLink: boolean | null;
  title: RawText | null;
  links: RawLink[];
  /** `xml:base` in scope on the entry (may be relative to the feed's). */
  base: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  categories: string[];
  summary: RawText | null;
  content: RawText | null;
  enclosures: RawLink[];
}

export interface RawFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: RawText | null;
  links: RawLink[];
  base: string | null;
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
    base: null,
    published: null,
    updated: null,
    author: null,
    categories: [],
    summary: null,
    content: null,
    enclosures: [],
  };
}
