/**
 * The head of an English plural subject phrase (issue 15): `Party loyalists today` → `Party loyalists`,
 * `People close to Jane Roe` → `People`, `Aides to the mayor` → `Aides`. A name written after the head's
 * post-modifier or before it as a modifier is not the speaker: the group is (`unnamedGroup`).
 */
import { groupHeadWords } from './lexicon/group-head-en.js';
import { escapeRe } from './text.js';

const ADVERBS = new RegExp(`(?:\\s+(?:${groupHeadWords.trailingAdverbs.map(escapeRe).join('|')}))+$`, 'i');
const POST = new RegExp(`^((?:[\\p{L}'’-]+\\s+){0,2}\\p{Ll}{3,}s)\\s+(?:${groupHeadWords.postModifiers.map(escapeRe).join('|')})\\s+\\S`, 'u');
/** Words that end a group's pre-modifiers: a head found after one of them is inside a post-modifier already. */
const NOT_PREFIX = new Set([...groupHeadWords.postModifiers.flatMap((p) => p.split(' ')), ...groupHeadWords.prefixStops]);
const POST_FIRST = new RegExp(`^(\\p{Lu}\\p{Ll}{2,}s|People)\\s+(?:${groupHeadWords.postModifiers.map(escapeRe).join('|')})\\s+\\S`, 'u');

/**
 * The phrase cut to its head: trailing adverbs dropped, and a post-modifier after a lower-case plural noun
 * (or a capitalised plural noun opening the phrase, `Allies of Roe`) cut off. Returns the text unchanged
 * when neither applies.
 */
export function groupHeadPhrase(text: string): string {
  const t = text.trim().replace(ADVERBS, '');
  if (t.split(/\s+/).length > groupHeadWords.maxWords) return t;
  const first = POST_FIRST.exec(t);
  if (first) return first[1];
  const m = POST.exec(t);
  return m && !/\p{Lu}/u.test(m[1].split(/\s+/).pop()!) && !m[1].split(/\s+/).some((w) => NOT_PREFIX.has(w.toLowerCase())) ? m[1] : t;
}
