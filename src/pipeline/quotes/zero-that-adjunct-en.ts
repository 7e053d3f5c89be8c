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

/** The length of the adjuncts of time and occasion that open `rest`, whatever follows them (0: none). */
export function adjunctLength(rest: string): number {
  return ADJUNCTS.exec(rest)?.[0].length ?? 0;
}

/** A bare plural or mass noun (with up to three modifiers) and a finite auxiliary: `airstrikes have`, `local officials were`. */
const BARE_AUX_CLAUSE =
  /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}?\p{Ll}[\p{L}'’-]*\s+(?:are|were|will|would|could|should|can|may|might|must|have|had|did|do|won['’]t|wouldn['’]t|weren['’]t|aren['’]t|didn['’]t)\s/u;
/** A subject pronoun written with a contraction: `he'd`, `they're`, `she’ll`. */
const CONTRACTED_CLAUSE = /^\s+(?:he|she|they|we|i|it|you)['’](?:d|s|ll|re|ve|m)\s+\p{Ll}/iu;
/** A nominative pronoun and a lower-case word, or `it`/`there` and a finite auxiliary. */
const STRICT_PRONOUN_CLAUSE = /^\s+(?:(?:he|she|they|we)\s+\p{Ll}|(?:it|there)\s+(?:is|was|will|would|could|should|can|may|might|must|has|had|did|does)\s)/u;

/**
 * True when `rest` opens a finite clause (leading space included): a nominative pronoun, a noun phrase with
 * a finite auxiliary within its first words (with a determiner or a name first, or a bare plural), or a
 * contracted pronoun. Read after a participle of saying (participle-clause-en.ts), where `it`, `you` or a
 * bare noun alone is an object (`mentioning it to friends`, `saying goodbye`).
 */
export function opensClause(rest: string): boolean {
  return STRICT_PRONOUN_CLAUSE.test(rest) || NP_AUX_CLAUSE.test(rest) || BARE_AUX_CLAUSE.test(rest) || CONTRACTED_CLAUSE.test(rest);
}
