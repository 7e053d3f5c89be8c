/**
 * Serbian and Albanian: a subject headed by a plural noun for unnamed people (`lexicon/group-nouns.ts`) is
 * an unnamed group, whatever follows it: `Meštani Zupča kažu …` is residents of a place, not a person
 * called *Meštani Zupča*. The noun is recognised from the lexicon, not from its capital letter, which only
 * the sentence start gives it.
 */
import { fold } from '../text/fold.js';
import { GROUP_NOUNS } from './lexicon/group-nouns.js';

const sets = new Map(Object.entries(GROUP_NOUNS).map(([lang, ws]) => [lang, new Set(ws)]));

/**
 * True when `phrase` opens with a group noun of the language (`Meštani`, `Građani`, `Banorët`).
 * @param phrase a subject phrase or name run, in the Latin view
 */
export function opensWithGroupNoun(phrase: string, language: string): boolean {
  const first = /^\s*((?:[A-Za-z]|(?![\0-\x7f])\p{L})+)/u.exec(phrase)?.[1];
  return first !== undefined && (sets.get(language)?.has(fold(first)) ?? false);
}
