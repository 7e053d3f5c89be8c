/**
 * Speaker identity across spellings: one person is written `Vučić`, `Вучић`, `Vuçiq`, `Vucic`,
 * `Vučića` (genitive), `Vučićem` (instrumental), `Aleksandar Vučić` or just `Vučić`. This module
 * decides whether two written forms name the same person; the store keeps one speaker entity per
 * person with every spelling it has seen (`store.speakers`, ADR 0260).
 *
 * A name is folded to a skeleton (`foldName`, `pipeline/text/name-fold.ts`, ADR 0284): Cyrillic transliterated, the other
 * orthographies' letters mapped to Serbian Latin sounds (`pipeline/text/lexicon/spellings.ts`), diacritics dropped. Two words are the
 * same when their skeletons differ only by case endings (`sameWord`). Two names are the same person
 * when their surnames (last word) are the same word and, when both give a first name, the first names
 * agree too (or one is the other's initial).
 */
import { MIN_GIVEN_STEM, MIN_SURNAME_STEM, NAME_ENDINGS } from '../text/lexicon/spellings.js';
import { foldName } from '../text/name-fold.js';

export { foldName };

const ENDINGS = new Set(['', ...NAME_ENDINGS]);

/** A folded name split into its first given name (or null) and its surname (the last word). */
export interface NameParts {
  given: string | null;
  surname: string;
}

/**
 * The parts of a written name: the last word is the surname (a hyphenated compound is one word), the
 * first word the given name when there are two or more. Initials (`A.`) are kept as one letter.
 * @returns null when the name has no letters
 */
export function nameParts(s: string): NameParts | null {
  const words = foldName(s)
    .split(' ')
    .filter((w) => /[a-z]/.test(w));
  if (words.length === 0) return null;
  return { given: words.length > 1 ? words[0] : null, surname: words[words.length - 1] };
}

/**
 * Whether two folded words are one word in different cases: equal, or a common stem of at least
 * `minStem` letters followed by endings from `NAME_ENDINGS` (or nothing). `vucic`/`vucica`,
 * `kurti`/`kurtija`, `vucic`/`vucicit` are; `vulin`/`vucic` are not.
 */
export function sameWord(a: string, b: string, minStem: number = MIN_SURNAME_STEM): boolean {
  if (a === b) return a.length > 0;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  for (let k = p; k >= minStem; k--) {
    if (ENDINGS.has(a.slice(k)) && ENDINGS.has(b.slice(k))) return true;
  }
  return false;
}

/** Drops a fleeting `a` before a final consonant (Serbian `Petar` → `Petr-a`, `Aleksandar` → `Aleksandr-a`). */
const withoutFleetingA = (w: string) => w.replace(/a([^aeiou])$/, '$1');

/** First names agree: one word (in any case, fleeting `a` allowed), or one is an initial of the other. */
function givenAgree(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameWord(a, b, MIN_GIVEN_STEM) || sameWord(withoutFleetingA(a), b, MIN_GIVEN_STEM) || sameWord(a, withoutFleetingA(b), MIN_GIVEN_STEM);
}

/**
 * Whether two written names name the same person: same surname (as `sameWord`) and, when both give a
 * first name, agreeing first names. `Aleksandar Vučić` = `Vučića` = `Вучићем` = `A. Vučić`;
 * `Andrej Vučić` ≠ `Aleksandar Vučić`.
 */
export function samePerson(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!pa || !pb || !sameWord(pa.surname, pb.surname)) return false;
  return pa.given === null || pb.given === null || givenAgree(pa.given, pb.given);
}

/** True when the two names share a surname but give first names that disagree (two people). */
function conflicts(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!pa || !pb || pa.given === null || pb.given === null) return false;
  return sameWord(pa.surname, pb.surname) && !givenAgree(pa.given, pb.given);
}

/**
 * How well a written name fits an entity known by `spellings`: 2 when it agrees with a spelling that
 * gives a first name and it gives one too, 1 when it agrees on the surname only, 0 when it is not this
 * person (no spelling agrees, or some spelling names another first name).
 */
export function entityFit(name: string, spellings: readonly string[]): 0 | 1 | 2 {
  let fit: 0 | 1 | 2 = 0;
  const given = nameParts(name)?.given ?? null;
  for (const s of spellings) {
    if (conflicts(name, s)) return 0;
    if (!samePerson(name, s)) continue;
    const both = given !== null && nameParts(s)?.given != null;
    fit = both ? 2 : fit === 2 ? 2 : 1;
  }
  return fit;
}

/**
 * Picks the entity a written name belongs to among candidates: the best `entityFit`, ties to the
 * candidate listed first (the store lists them oldest first). A bare surname shared by two known
 * people goes to the one seen first.
 * @returns the chosen candidate, or null when none fits
 */
export function resolveSpeaker<T extends { spellings: readonly string[] }>(name: string, candidates: readonly T[]): T | null {
  let best: T | null = null;
  let bestFit = 0;
  for (const c of candidates) {
    const fit = entityFit(name, c.spellings);
    if (fit > bestFit) {
      best = c;
      bestFit = fit;
    }
  }
  return best;
}

/**
 * The index bucket of a written name: the first three letters of its folded surname. Every spelling of
 * one person shares it (`sameWord` needs a common stem of three letters), so a store looks for
 * candidates in one bucket only.
 */
export function speakerBucket(name: string): string {
  return nameParts(name)?.surname.slice(0, MIN_SURNAME_STEM) ?? '';
}

const isLatin = (s: string) => !/[\u0400-\u04FF]/.test(s);
/** Albanian letters: a Serbian Latin spelling of the same name is preferred for display. */
const isAlbanianForm = (s: string) => /[çqëÇQË]|xh|gj|Xh|Gj/.test(s);
const surnameLength = (s: string) => nameParts(s)?.surname.length ?? 0;

/**
 * The name an entity is shown under: the spelling with the most words (first name and surname), then
 * the shortest folded surname (the nominative: `Vučić` before `Vučića`), then Latin script, then not
 * an Albanian spelling, then the first seen.
 * @param spellings in the order they were first seen (not empty)
 */
export function displayName(spellings: readonly string[]): string {
  const words = (s: string) => s.trim().split(/\s+/).length;
  return [...spellings]
    .map((s, i) => ({ s, i }))
    .sort(
      (x, y) =>
        words(y.s) - words(x.s) ||
        surnameLength(x.s) - surnameLength(y.s) ||
        Number(isLatin(y.s)) - Number(isLatin(x.s)) ||
        Number(isAlbanianForm(x.s)) - Number(isAlbanianForm(y.s)) ||
        x.i - y.i,
    )[0].s;
}

/**
 * Whether a typed query (autocomplete) fits a spelling: every folded word of the query starts one of
 * the spelling's folded words. `vuc` and `Вуч` fit `Aleksandar Vučić`.
 */
export function spellingStartsWith(spelling: string, query: string): boolean {
  const q = foldName(query)
    .split(/[\s-]+/)
    .filter(Boolean);
  if (q.length === 0) return true;
  const words = foldName(spelling).split(/[\s-]+/);
  return q.every((w) => words.some((x) => x.startsWith(w)));
}
