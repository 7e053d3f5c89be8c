/**
 * English reports that drop `that` (issue 15): `Roe said the plan failed`, `the council announced it would
 * close the pier`. Verbs that also take a plain object (`announced the deal`) report only a clause.
 */
import { enClauseWords } from './lexicon/en.js';
import { adjunctBeforeClause } from './zero-that-adjunct-en.js';

const ZERO_THAT = new Set(enClauseWords.zeroThatVerbs);
const ZERO_THAT_CLAUSE = new Set(enClauseWords.zeroThatClauseVerbs);
const PRONOUN_FIRST = /^\s*(?:he|she|it|they|we|i|you|there)\s+\p{Ll}/iu;
/** A finite auxiliary within the first words, none of them punctuated (`the plan had`, `Acme Ltd would`). */
const AUX_EARLY =
  /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}?(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|didn['’]t|doesn['’]t)\s/iu;

/**
 * True when `verbText` may report the words after it without `that`: a verb of saying (`said`), or a verb
 * that also takes an object when `rest` (the text after the verb) opens with a clause.
 */
export function zeroThatReport(verbText: string, rest: string): boolean {
  const v = verbText.toLowerCase();
  if (ZERO_THAT.has(v)) return true;
  if (!ZERO_THAT_CLAUSE.has(v)) return false;
  // `announced on Tuesday he would …`: the clause after adjuncts of time and occasion (zero-that-adjunct-en.ts).
  const clause = rest.slice(adjunctBeforeClause(rest));
  return PRONOUN_FIRST.test(clause) || AUX_EARLY.test(clause);
}
