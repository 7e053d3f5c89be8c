/**
 * Serbian and Albanian: a postposed subject behind an outlet. A speech verb after the quote may take an
 * outlet before its subject (`„…“, kaže za Radio Most Jelena Ilić iz sela Lug.`, `“…”, tha për Kohën
 * mjekja e spitalit, Arta Gashi.`): the outlet, of one to three capitalised words, is the medium the words
 * were given to, never the speaker, and the subject starts after it. Where the outlet ends is read from
 * what follows: a listed first name or a role noun opens the subject (`za Radio Most| Jelena Ilić`),
 * however many capitalised words the outlet has.
 */
import { fold } from '../text/fold.js';
import { isFirstName } from './lexicon/first-names.js';
import { MEDIA_NOUNS, OUTLET_PREPOSITIONS } from './lexicon/outlet.js';
import { parseRole } from './roles.js';

const PREPOSITIONS = new Set(
  Object.values(OUTLET_PREPOSITIONS)
    .flat()
    .map((w) => fold(w)),
);
const MEDIA = [
  ...new Set(
    Object.values(MEDIA_NOUNS)
      .flat()
      .map((w) => fold(w)),
  ),
];
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/**
 * Offset in `text` where the subject starts past a leading outlet phrase, or 0 when the text does not
 * open with one (or nothing that can be a subject follows it).
 * @param text a subject phrase after a speech verb, in the Latin view
 */
export function subjectPastOutlet(text: string): number {
  const words = [...text.matchAll(WORD)];
  if (words.length < 3 || words[0].index !== 0 || !PREPOSITIONS.has(fold(words[0][0]))) return 0;
  let k = 1;
  // An optional lower-case media noun before the outlet's name (`za list Danas`, `për gazetën Koha`).
  const noun = fold(words[k][0]);
  if (/^\p{Ll}/u.test(words[k][0]) && MEDIA.some((m) => noun.startsWith(m))) k++;
  for (let n = 1; n <= 3 && k + n < words.length; n++) {
    const name = words.slice(k, k + n);
    if (!name.every((w) => /^\p{Lu}/u.test(w[0]))) return 0;
    // The outlet's name is one phrase: nothing but spaces between its words.
    if (name.some((w, j) => j > 0 && /\S/.test(text.slice(name[j - 1].index! + name[j - 1][0].length, w.index)))) return 0;
    const next = words[k + n];
    const gap = text.slice(name[n - 1].index! + name[n - 1][0].length, next.index);
    if (/[^\s]/.test(gap)) return 0;
    if (opensSubject(text.slice(next.index), next[0])) return next.index!;
  }
  return 0;
}

/** A subject opens with a listed first name before a capitalised word, or with a lower-case role noun. */
function opensSubject(rest: string, first: string): boolean {
  if (/^\p{Lu}/u.test(first)) return isFirstName(first) && /^\S+\s+\p{Lu}/u.test(rest);
  return parseRole(rest.split(/[,.;]/)[0].split(/\s+/).slice(0, 4).join(' ')) !== null;
}
