/**
 * The speaker of a quote a speech verb introduces when that verb is nested in someone else's sentence:
 * in a relative clause (`… citirao je ruskog ambasadora koji mu je rekao: „…“`, `met a diplomat who told
 * him: "…"`, `X, i cili kishte thënë: «…»`) the speaker is the relative's antecedent; in a complement
 * clause (`Kurti said, adding that President Y had told him: "…"`, `rekao je da je Petar Petrović
 * govorio: „…“`) it is that clause's own subject, never the subject of the verb reporting it. All offsets
 * are into the masked Latin view of one paragraph.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { RELATIVE_CLITICS, RELATIVE_PRONOUNS } from './lexicon/nested-speech.js';
import { RELAY_VERBS } from './lexicon/relay.js';
import { ROLE_CONTENT_NOUNS } from './lexicon/role-verbs.js';
import { FUNCTION_WORDS } from './name-runs.js';
import { PARTICIPLES } from './lexicon/en.js';
import { regexesFor } from './speech-verbs.js';
import { fold } from '../text/fold.js';
import { escapeRe, phraseRe, scanFrom } from './text.js';
import { npBeforeVerb } from './verb-subject.js';

const alt = (ws: readonly string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
const relCache = new Map<string, RegExp>();

/** `<relative pronoun> <clitics>*` at the end of the text before a verb (`koji mu je`, `who had`, `i cili kishte`). */
function relativeAtEnd(lex: QuoteLexicon): RegExp | null {
  const hit = relCache.get(lex.language);
  if (hit) return hit;
  const rel = RELATIVE_PRONOUNS[lex.language];
  if (!rel) return null;
  const clitics = RELATIVE_CLITICS[lex.language] ?? [];
  const re = new RegExp(`(?<![\\p{L}])(${alt(rel)})(?:\\s+(?:${alt(clitics)}))*\\s*$`, 'iu');
  relCache.set(lex.language, re);
  return re;
}

/**
 * The subject of the speech verb at `verbStart` when it is nested: a relative's antecedent or a complement
 * clause's own subject; null when the verb is the clause's main verb (then its usual subject applies).
 */
export function nestedSubject(s: string, clauseStart: number, verbStart: number, lex: QuoteLexicon): [number, number] | null {
  return relativeAntecedent(s, clauseStart, verbStart, lex) ?? complementSubject(s, clauseStart, verbStart, lex);
}

/**
 * The antecedent of a relative pronoun that ends the text before a verb: up to six words back to a function
 * word, a verb, a noun of what was said or punctuation (`ruskog ambasadora| koji mu je`, `izjavu| predsednika
 * Kosova Vjose Osmani, koja je`); null when no relative pronoun stands right before the verb.
 */
export function relativeAntecedent(s: string, clauseStart: number, verbStart: number, lex: QuoteLexicon): [number, number] | null {
  const re = relativeAtEnd(lex);
  const text = s.slice(clauseStart, verbStart);
  const m = re?.exec(text);
  if (!m) return null;
  let end = clauseStart + m.index;
  while (end > clauseStart && /[\s\u00a0,]/.test(s[end - 1])) end--;
  const stop = verbStop(lex);
  // The words of the segment before the relative, last first; a comma, quote or dash ends the run.
  const seg = s.slice(clauseStart, end);
  const cut = Math.max(...[',', ';', ':', '"', '“', '”', '„', '«', '»', ' – ', ' — '].map((c) => seg.lastIndexOf(c)));
  const words = [...seg.slice(cut + 1).matchAll(/\p{L}[\p{L}\p{N}'’.-]*/gu)];
  let start = end;
  let stopAt = end;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const w = words[i][0];
    const at = clauseStart + cut + 1 + words[i].index!;
    // A place after the antecedent (`a diplomat in Vienna who`): the noun before the preposition is the antecedent.
    if (LOCATIVE.test(w) && start < end && isPlace(s.slice(start, end))) {
      stopAt = at;
      start = at;
      while (stopAt > clauseStart && /[\s\u00a0]/.test(s[stopAt - 1])) stopAt--;
      continue;
    }
    // An article or indefinite opens the antecedent (`Një banor`, `an official`); other function words end it.
    if ([...lex.indefinites, ...lex.definites].includes(w.toLowerCase()) && start < stopAt) {
      start = at;
      break;
    }
    if (FUNCTION_WORDS.has(fold(w)) || stop.test(w) || CONTENT_NOUNS.has(w.toLowerCase())) break;
    start = at;
  }
  return start < stopAt ? [start, stopAt] : null;
}

/** Prepositions of a place or origin between an antecedent and its relative (`in`, `u`, `nga`): the noun before them is the antecedent. */
const LOCATIVE = /^(?:in|at|from|u|iz|na|në|nga)$/iu;

/** Nouns of what was said (`izjavu`, `statement`): the antecedent is the speaker after them. */
const CONTENT_NOUNS = new Set(ROLE_CONTENT_NOUNS);

/** A place after a preposition (`fshati Rahovicë`, `Vienna`): one capitalised word at most, so never a person's name (`Lena Brandt`). */
function isPlace(text: string): boolean {
  return text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length <= 1;
}

const stopCache = new Map<string, RegExp>();

/** A word that is a verb of speech, quoting or relaying (`citirao`, `citoi`, `quoted`): never part of an antecedent. */
function verbStop(lex: QuoteLexicon): RegExp {
  const hit = stopCache.get(lex.language);
  if (hit) return hit;
  const words = [...lex.speechVerbs, ...(lex.quotingVerbs ?? []), ...(RELAY_VERBS[lex.language] ?? [])]
    .flatMap((v) => v.split(/\s+/))
    .filter((w) => w.length > 3);
  const re = new RegExp(`^${phraseRe(words, 'iu').source}$`, 'iu');
  stopCache.set(lex.language, re);
  return re;
}

/**
 * The subject of a complement clause a speech verb (or its participle) opens before the verb at
 * `verbStart` (`said, adding that| President Y had told him`, `rekao je da| je Petar Petrović govorio`).
 */
function complementSubject(s: string, clauseStart: number, verbStart: number, lex: QuoteLexicon): [number, number] | null {
  const re = regexesFor(lex);
  let compEnd = -1;
  const comps = scanFrom(re.comp, clauseStart);
  for (let c = comps.exec(s); c && c.index < verbStart; c = comps.exec(s)) {
    const before = s.slice(Math.max(clauseStart, c.index - 40), c.index);
    if (reportsBefore(before, lex)) compEnd = c.index + c[0].length;
  }
  if (compEnd < 0) return null;
  const np = npBeforeVerb(s, compEnd, verbStart);
  if (!np) return null;
  // Leading auxiliaries and adverbs of the clause (`da je još| Petar Petrović`) are no part of the subject.
  const lead = /^(?:(?:je|su|još|i|takođe|ka|kishte|had|has|also)\s+)+/iu.exec(s.slice(np[0], np[1]));
  const a = np[0] + (lead ? lead[0].length : 0);
  return a < np[1] ? [a, np[1]] : null;
}

/** True when text ends with a speech verb or an English participle of one, perhaps with an object (`said`, `adding`, `told reporters`). */
function reportsBefore(before: string, lex: QuoteLexicon): boolean {
  const tail = before.split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const re = scanFrom(regexesFor(lex).verb, 0);
  if (re.exec(tail)) return true;
  return lex.language === 'en' && new RegExp(`\\b(?:${PARTICIPLES.join('|')})\\b`, 'i').test(tail);
}
