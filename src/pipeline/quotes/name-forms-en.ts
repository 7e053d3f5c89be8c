/**
 * English person mentions that the name-run pass of `index-builder.ts` misses because they are one word or
 * a possessive (ADR 0137): a surname after an honorific or a title (`Mr. Roe`, `President Roe`, `Sen. Roe`)
 * and a full name written only in the possessive (`Jane Roe's aides`). Without them every later `Roe`
 * names nobody, and `he`/`she` go to someone else.
 */
import { fold } from '../text/fold.js';
import { pos, type EntityIndex } from './entities.js';
import { isClauseSubject, titleGender } from './clause-subject-en.js';
import { isFirstName } from './lexicon/first-names.js';
import { en } from './lexicon/en.js';
import { isStop } from './name-runs.js';
import { parseRole } from './roles.js';
import { sentenceStartOf } from './sentences.js';
import { matchAllOf } from './match-all.js';

const TITLES = new Set(en.titles);
/** A capitalised word (the title) and the single capitalised word after it, with no further capitalised word. */
// Both lead with an ASCII guard (A–Z or not ASCII; see `index-builder.ts`, `ascii-guards.test.ts`): same matches.
export const TITLED =
  /(?=[^\0-@[-\x7f])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))((?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[a-z]|(?![\0-\x7f])\p{Ll})*)\.?\s+((?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[a-z'-]|(?![\0-\x7f])[\p{Ll}’])+)(?![\p{L}'’-]|\s+\p{Lu})/gu;
/** A given name (and an initial) before a surname in the possessive. */
export const POSSESSIVE =
  /(?=[^\0-@[-\x7f])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))((?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[a-z]|(?![\0-\x7f])\p{Ll})+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}-]+)(?:['’]s|s['’])(?![\p{L}])/gu;

/** True when `word` is an English honorific or a role noun (`Mr`, `Sen`, `President`, `Governor`). */
function isTitle(word: string): boolean {
  return TITLES.has(fold(word)) || parseRole(word) !== null;
}

/**
 * Indexes the titled surnames and possessive full names of paragraph `pi` (masked text `s`) that the index
 * does not know yet, with their gender from an honorific (`Mrs. Roe`) and whether they are a clause subject.
 */
export function indexEnglishNameForms(s: string, pi: number, index: EntityIndex): void {
  for (const m of matchAllOf(TITLED, s)) {
    const name = m[2].replace(/['’]s?$/, '');
    if (!isTitle(m[1]) || isStop(name) || name.length < 2 || index.byName(name)) continue;
    const a = m.index! + m[0].length - m[2].length;
    const subject = isClauseSubject(s, a, a + m[2].length, sentenceStartOf(s, a, 0));
    index.person(name, pos(pi, a), { gender: titleGender(m[1]), role: parseRole(m[1]), subject });
  }
  for (const m of matchAllOf(POSSESSIVE, s)) {
    const first = m[1].split(/\s+/)[0];
    if (!isFirstName(fold(first)) || index.byName(m[1])) continue;
    const a = m.index!;
    index.person(m[1], pos(pi, a), { subject: isClauseSubject(s, a, a + m[1].length, sentenceStartOf(s, a, 0)) });
  }
}
