/**
 * Teasers: feed items whose text is only the start of the story, so the linked page is worth fetching.
 */
import type { Article } from '../../model/article.js';
import type { Item } from '../../model/feed.js';
import { squash } from './extract.js';

/** Below this many characters of text an item counts as a teaser (≈ 60–70 words, two sentences). */
export const TEASER_MAX_CHARS = 400;

/**
 * Endings that mark a cut text: ellipses (`…`, `...`, `[…]`, `[...]`, `(…)`) and "read more" links in
 * the languages of the corpus (en, sr-Latn, sr-Cyrl, sq) and a few common others.
 */
const ARROW = String.raw`(?:»|›|→|>>|\.\.\.|…)`;
const READ_MORE = [
  'read more',
  'continue reading',
  'read the full story',
  'read the full article',
  'full story',
  'pročitajte više',
  'pročitaj više',
  'opširnije',
  'detaljnije',
  'nastavak',
  'прочитајте више',
  'прочитај више',
  'опширније',
  'детаљније',
  'наставак',
  'lexo më shumë',
  'lexo më tej',
  'weiterlesen',
  'mehr lesen',
  'lire la suite',
  'en savoir plus',
];
const TEASER_ENDINGS: RegExp[] = [
  // An ellipsis, bare or bracketed (WordPress: `[…]`, `[...]`).
  /(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*$/u,
  // A "read more" phrase, optionally followed by an arrow.
  new RegExp(`(?:${READ_MORE.join('|')})\\s*${ARROW}?\\s*$`, 'iu'),
  // Bare "more" words only with an arrow after them.
  new RegExp(`(?:more|više|више|më shumë|mehr|plus)\\s*${ARROW}\\s*$`, 'iu'),
];

/** How much of a long text's start and end `isTeaser` reads (far more than the threshold and any ending). */
const TEASER_SCAN_CHARS = 4096;

/** The item's text: `item.text`, else its summary, trimmed. */
function itemText(item: Item): string {
  return (item.text || item.summary || '').trim();
}

/**
 * True when the item's text is a teaser: empty, shorter than `TEASER_MAX_CHARS` characters, or
 * ending in an ellipsis or a "Read more" link (see `TEASER_ENDINGS`).
 */
export function isTeaser(item: Item): boolean {
  const raw = itemText(item);
  // Only the length up to the threshold and the last words matter: a long text is judged by its start
  // and its end, not squashed whole (a 1 MiB item cost the event loop tens of ms per poll; issue 24).
  if (raw.length > TEASER_SCAN_CHARS && squash(raw.slice(0, TEASER_SCAN_CHARS)).length >= TEASER_MAX_CHARS) {
    const end = squash(raw.slice(-TEASER_SCAN_CHARS));
    return TEASER_ENDINGS.some((re) => re.test(end));
  }
  const text = squash(raw);
  if (text.length < TEASER_MAX_CHARS) return true;
  return TEASER_ENDINGS.some((re) => re.test(text));
}

/**
 * The article the feed itself gives: `[item.title, ...paragraphs of item.text]` (paragraphs are
 * separated by blank lines in `item.text`; lines inside one are joined with a space).
 * Falls back to `item.summary` when `item.text` is empty.
 */
export function articleFromItem(item: Item): Article {
  const text = itemText(item).replace(/\r\n?/g, '\n');
  const body = text
    .split(/\n[ \t]*\n+/)
    .map((b) => squash(b))
    .filter((p) => p.length > 0);
  return { paragraphs: [squash(item.title ?? ''), ...body], source: item.link ?? undefined };
}
