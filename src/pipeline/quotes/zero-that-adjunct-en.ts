/**
 * English: adjuncts of time and occasion between a verb of saying and a report that drops `that` (issue 15):
 * `Roe said on Tuesday she would run`, `Roe said Wednesday the plan failed`, `Roe told CNN in an interview
 * the toll was unfair`, `Roe announced last week he would resign`. The adjunct is read as a chain of time
 * phrases (`on Tuesday`, `Tuesday night`, `last week`, `earlier this month`, `in March`) and occasion phrases
 * ending in a noun of speaking or a name (`in a statement`, `at a news conference`, `on CNN`); what follows must
 * open a clause (a subject pronoun and a lower-case word, or a noun phrase with a finite auxiliary early), else
 * no adjunct is read and the report stays unread, as before.
 */
import { reportAdjunctWords as W } from './lexicon/adjunct-en.js';

const alt = (ws: string[]) => ws.join('|');
/** A word as written lower-case or capitalised (`Tuesday`, `Last week`; no `i` flag: it would make `\p{Lu}` match any letter). */
const cap = (ws: string[]) => ws.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`);
const DAY = `(?:${alt(cap(W.days))})(?:\\s+(?:${alt(W.dayParts)}))?`;
const MONTH = `(?:${alt(cap(W.months))})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`;
const TIME = `(?:(?:on\\s+)?${DAY}|(?:in|on)\\s+${MONTH}|in\\s+\\d{4}|(?:${alt(W.timeOpeners)})\\s+(?:(?:this|last|in\\s+the)\\s+)?(?:${alt(W.periods)}|${DAY}))`;
const OCCASION_WORD = `(?:[\\p{L}'’-]+\\s+){0,${W.maxOccasionWords - 1}}?`;
const OCCASION = `(?:${alt(W.prepositions)})\\s+(?:(?:(?:${alt(W.determiners)})\\s+${OCCASION_WORD}(?:${alt(W.occasions)}))|(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))(?:\\s+with\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?`;
/** One or more adjuncts from the start of the text after the verb. */
const ADJUNCTS = new RegExp(`^(?:\\s+(?:${TIME}|${OCCASION})){1,3}(?=\\s)`, 'u');
/** A clause opens: a subject pronoun and a lower-case word, or up to five words and a finite auxiliary. */
const PRONOUN_CLAUSE = /^\s+(?:he|she|it|they|we|i|you|there)\s+\p{Ll}/u;
const NP_AUX_CLAUSE =
  /^\s+(?:the|a|an|his|her|its|their|this|these|those|\p{Lu}[\p{L}'’.-]*)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|didn['’]t|doesn['’]t)\s/u;

/**
 * The length of the adjuncts of time and occasion that open `rest` (the text after a verb of saying, or after
 * its addressee) when a clause follows them; 0 when there are none or no clause follows.
 */
export function adjunctBeforeClause(rest: string): number {
  const m = ADJUNCTS.exec(rest);
  if (!m) return 0;
  const after = rest.slice(m[0].length);
  return PRONOUN_CLAUSE.test(after) || NP_AUX_CLAUSE.test(after) ? m[0].length : 0;
}
