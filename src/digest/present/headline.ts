/**
 * An entry's headline. Items without a title (Mastodon posts, Telegram bridges, some JSON Feeds) get
 * the first sentence of their text instead of a blank or "untitled" — what a wire editor would slug
 * them with. Long first sentences are cut at a word with `…`.
 */
import type { AnalyzedItem } from '../../model/story.js';
import { ELLIPSIS } from './marks.js';
import { sentences } from './sentences.js';

/** A headline made from text is cut to this many characters. */
export const HEADLINE_FROM_TEXT_MAX = 160;

/**
 * The item's title (whitespace collapsed), or when it has none the first sentence of its text (first
 * body paragraph, else the feed's summary), trimmed; '' when it has no text either.
 */
export function headlineOf(a: Pick<AnalyzedItem, 'item' | 'article'>): string {
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  const title = collapse(a.item.title || a.article.paragraphs[0] || '');
  if (title) return title;
  const text = collapse(a.article.paragraphs.slice(1).find((p) => p.trim().length > 0) ?? a.item.summary ?? a.item.text ?? '');
  const first = sentences(text)[0] ?? '';
  if (first.length <= HEADLINE_FROM_TEXT_MAX) return first;
  const cut = first.slice(0, HEADLINE_FROM_TEXT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADLINE_FROM_TEXT_MAX / 2 ? cut.slice(0, space) : cut).replace(/[,;:–—-]+$/, '').trimEnd()}${ELLIPSIS}`;
}
