/**
 * English `his wife, Jane, said …`, `Roe’s son, Tom, wrote …` (issue 15): a kinship noun after a possessive,
 * then a listed first name alone between commas, names a person by that first name. Name runs need two
 * words, so without this the first name is no candidate at all and a later `she said` goes to whoever
 * else was named. The kinship noun tells the gender.
 */
import { enClauseWords } from './lexicon/en.js';
import { isFirstName } from './lexicon/first-names.js';
import { fold } from '../text/fold.js';
import { matchAllOf } from './match-all.js';
import type { Gender } from './entities.js';

const KIN = enClauseWords.kinNouns;
export const KIN_NAME = new RegExp(
  `(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?:[A-Z]|(?![\\0-\\x7f])\\p{Lu})(?:[A-Za-z-]|(?![\\0-\\x7f])\\p{L})*(?:['’]s|s['’]))\\s+(${[...KIN.m, ...KIN.f].join('|')}),\\s+(\\p{Lu}\\p{Ll}+),`,
  'gu',
);

/** A first name named by a kinship apposition: where the phrase and the name are, and the gender. */
export interface KinName {
  /** Offset of the possessive that opens the phrase. */
  phraseStart: number;
  nameStart: number;
  nameEnd: number;
  gender: Gender;
}

/** Every `his wife, Jane,` in `s` whose name is a listed first name. */
export function kinNames(s: string): KinName[] {
  const out: KinName[] = [];
  for (const m of matchAllOf(KIN_NAME, s)) {
    if (!isFirstName(fold(m[2]))) continue;
    const nameStart = m.index! + m[0].length - m[2].length - 1;
    out.push({ phraseStart: m.index!, nameStart, nameEnd: nameStart + m[2].length, gender: KIN.f.includes(m[1]) ? 'f' : 'm' });
  }
  return out;
}
