/**
 * Serbian: after an inverted speech verb the speaker comes first and the person spoken to follows in the
 * dative (`rekao je Jevtić Ivani Ristić`, `poručio je Jevtić Ristićevoj`). A phrase that opens with the
 * nominative of a person the article names, followed by a capitalised word that is none of that person's
 * names, is that person alone: the words after the name are the addressee, never part of the speaker.
 */
import { fold } from '../text/fold.js';
import type { Entity, EntityIndex } from './entities.js';

/** Languages where a dative name follows the speaker after an inverted verb. */
const ADDRESSEE_AFTER_SPEAKER = new Set(['sr']);

/**
 * The known person a subject phrase opens with when another name follows it (the addressee).
 * @param text the subject phrase (Latin view)
 * @param index the article's entity index
 * @param language the article lexicon's language code
 * @returns the speaker, or undefined when the phrase does not have that shape
 */
export function speakerBeforeAddressee(text: string, index: EntityIndex, language: string): Entity | undefined {
  if (!ADDRESSEE_AFTER_SPEAKER.has(language)) return undefined;
  const m = /^(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text.trim());
  if (!m) return undefined;
  const e = index.byName(m[1]);
  if (!e || e.kind !== 'person' || !e.keys.includes(fold(m[1]))) return undefined;
  // `Marko Jevtić`: the next word is the same person's name, not an addressee.
  if (e.keys.some((k) => k === fold(m[2]) || fold(m[2]).startsWith(k))) return undefined;
  return e;
}
