/**
 * The tree builder's repair rule for item fields that lost their end tag: an item field opened inside
 * a plain-text field, or a non-HTML field opened inside a markup field, closes the open one (so an
 * unclosed `<title>` or `<description>` does not swallow the item's link, text or guid).
 */
import type { XElement } from './xml-node.js';

/** Elements that are one feed record each. */
export const RECORDS = new Set(['item', 'entry']);

/**
 * Item fields that hold plain text only (`namespace family:local name`): no element legitimately opens
 * inside one, so an item field opening there means the field lost its end tag
 * (`<title>Vest<link>…</link><description>…` — the link and text would otherwise be read as the title).
 */
const PLAIN_FIELDS = new Set([
  'rss:title',
  'rss:link',
  'rss:guid',
  'rss:pubdate',
  'rss:author',
  'rss:category',
  'rss:comments',
  'atom:title',
  'atom:id',
  'atom:updated',
  'atom:published',
  'dc:creator',
  'dc:date',
  'dc:title',
]);
/** Item fields that may hold markup (raw HTML pasted unescaped puts elements in them). */
const MARKUP_FIELDS = new Set(['rss:description', 'atom:summary', 'atom:content', 'content:encoded']);
/** Item fields whose start tag ends an open field (see `endsOpenField`). */
const FIELD_STARTS = new Set([...PLAIN_FIELDS, ...MARKUP_FIELDS, 'rss:enclosure', 'rss:source', 'atom:link', 'atom:author', 'atom:category']);
/** Local names that are also HTML elements (`<title>`, `<link>`, `<source>`, `<summary>`): inside a markup field they may be the HTML. */
const HTML_NAMES = new Set(['title', 'link', 'source', 'summary']);

/**
 * True when an element `ns:local` opening inside `open` (a direct child of an item or entry) means
 * `open` lost its end tag: a field starts inside a plain-text field, or a field that is no HTML element
 * (`<guid>`, `<pubDate>`, `<content:encoded>`) starts inside a markup field.
 */
export function endsOpenField(open: XElement, ns: string, local: string): boolean {
  if (!open.parent || !RECORDS.has(open.parent.local)) return false;
  const field = `${ns}:${local}`;
  if (!FIELD_STARTS.has(field)) return false;
  const openField = `${open.ns}:${open.local}`;
  if (PLAIN_FIELDS.has(openField)) return true;
  return MARKUP_FIELDS.has(openField) && !HTML_NAMES.has(local);
}

/** Containers whose children are records or record fields: an unknown element left open there is a stray tag. */
const CONTAINERS = new Set([...RECORDS, 'channel', 'feed', 'rss', 'rdf']);

/**
 * Repairs an element that an ancestor's end tag closed while it was still open (it lost its end tag):
 * when it is no item field, sits directly in an item, entry or channel and holds elements, it was a
 * stray start tag (`<item><foo><guid>…</item>`), so its children move up into its parent, right after
 * it — the item keeps its guid, title, link and text instead of reading as empty. A field left open
 * (`<title>…`) keeps its content: `endsOpenField` repairs those.
 * @param el the element being closed implicitly (still attached to its parent)
 */
export function hoistUnclosed(el: XElement): void {
  const parent = el.parent;
  if (!parent || !CONTAINERS.has(parent.local) || FIELD_STARTS.has(`${el.ns}:${el.local}`)) return;
  if (!el.children.some((c) => typeof c !== 'string')) return;
  const at = parent.children.indexOf(el);
  if (at < 0) return;
  for (const c of el.children) if (typeof c !== 'string') c.parent = parent;
  parent.children.splice(at + 1, 0, ...el.children);
  el.children = [];
}
