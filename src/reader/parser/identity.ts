/**
 * Item identity within one feed (issue 3, "Identity and duplicates"): the guid when it is unique in the
 * feed, else the canonical link when that is unique, else a hash of title and date.
 */
import { createHash } from 'node:crypto';

/** What {@link assignItemKeys} looks at. */
export interface KeyInput {
  guid: string | null;
  canonicalLink: string | null;
  title: string;
  published: Date | null;
}

/**
 * The fallback key: `sha1:` + hex SHA-1 of the title (white space collapsed) and the ISO date (or '').
 * Items that all carry `00:00:00` stay apart by their titles.
 */
export function titleDateKey(title: string, published: Date | null): string {
  const text = `${title.replace(/\s+/g, ' ').trim()}\n${published ? published.toISOString() : ''}`;
  return `sha1:${createHash('sha1').update(text, 'utf8').digest('hex')}`;
}

function counts(values: Array<string | null>): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/**
 * Computes every item's key, in order. A guid is used only when no other item of the feed carries
 * the same guid (a feed that gives every item the same guid falls back to links); likewise a canonical
 * link. A fallback key that still repeats gets `#2`, `#3`... so that no item is lost.
 * @param items the feed's items in document order
 * @returns one key per item, all distinct
 */
export function assignItemKeys(items: readonly KeyInput[]): string[] {
  const guidCount = counts(items.map((i) => i.guid?.trim() || null));
  const linkCount = counts(items.map((i) => i.canonicalLink));
  const seen = new Map<string, number>();
  return items.map((item) => {
    const guid = item.guid?.trim() || null;
    let key: string;
    if (guid && guidCount.get(guid) === 1) key = guid;
    else if (item.canonicalLink && linkCount.get(item.canonicalLink) === 1) key = item.canonicalLink;
    else key = titleDateKey(item.title, item.published);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}
