/**
 * English clause subjects for pronoun salience (ADR 0134): whether a name mention is the grammatical
 * subject of its sentence's main clause. A subject stands at the sentence start (after a linker, `But`,
 * and any titles or role words: `But Sen. Jane Roe`), or right after a fronted adverbial or subordinate
 * clause closed by a comma (`On Tuesday, Roe …`, `Speaking in Ames, Roe …`, `When Doe left, Roe …`),
 * and, after a fronted part, is followed by a lower-case word that is no preposition or conjunction (its
 * verb), after any parenthesis, lower-case apposition or dash aside (`Roe (D-Ore.) said`, `Roe, a lawyer, said`,
 * `Roe — who farms — said`). A name right after a subordinator (`When Doe left`) is no main-clause subject; neither is
 * a name after a determiner that modifies a noun (`the Roe campaign said`) or a
 * name after a fronted part that itself opens with a name (`Jane Roe and Ann Doe, two of the …, Texas, last year,
 * made …`: the opening names are the subject, `Texas` is no subject). Lower-case occupation words and ages before a
 * name belong to its noun phrase (`Radio host Jane Roe said`, `At the fair, 62-year-old Jane Roe said`).
 */
import { en, enClauseWords } from './lexicon/en.js';
import { nameRuns, npIsh } from './name-runs.js';
import { parseRole } from './roles.js';

const LINKER = new RegExp(`^(?:(?:${enClauseWords.clauseLinkers.join('|')})\\b,?\\s*)+`, 'i');
const SUBORDINATOR = new RegExp(`^(?:${enClauseWords.subordinators.join('|')})\\b`, 'i');
const NOT_AFTER = new Set(enClauseWords.notAfterSubject);
const PEOPLE_PLURALS = new Set(enClauseWords.peoplePlurals);
/**
 * A parenthesis, a lower-case apposition between commas, a short capitalised one (a state after a
 * place: `Roe, 33, of Baldwin, Miss., said`), an `of` + place or body (`Senator Jane Roe of Ohio said`), or a
 * pair of dashes, typeset (`—`, `–`) or typed (`--`, as US copy writes an em dash), right after a name.
 */
const ASIDE =
  /^\s*(?:of\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}(?=[\s,])|\([^()]{0,60}\)|,\s*(?:\p{Ll}|\d)[^,;]{0,100}?(?=,)|,\s*\p{Lu}[\p{L}.]{0,12}(?=,)|(?:[—–]|--)\s(?:(?!--)[^—–]){1,200}?\s(?:[—–]|--)(?=\s))/u;
/** Most asides read after one name. */
const MAX_ASIDES = 4;
/** Longest fronted adverbial or subordinate clause (words) before a subject. */
const MAX_FRONTED = 25;

/**
 * True when the name at [a, b) of `s` is the main-clause subject of the sentence starting at `sentStart`.
 * @param s masked paragraph text (quotes blanked)
 */
export function isClauseSubject(s: string, a: number, b: number, sentStart: number): boolean {
  let prefix = s.slice(sentStart, a).replace(LINKER, '');
  const comma = prefix.lastIndexOf(', ');
  if (comma >= 0) {
    const fronted = prefix.slice(0, comma);
    if (/["“”]/.test(fronted) || fronted.split(/\s+/).length > MAX_FRONTED || opensWithName(fronted)) return false;
    prefix = prefix.slice(comma + 2);
  } else if (SUBORDINATOR.test(prefix.trim())) return false;
  prefix = prefix.replace(AGE, ' ');
  if (ATTRIBUTIVE.test(prefix) && /^\s+\p{Ll}/u.test(s.slice(b))) return false;
  const occupation = prefix.trim() !== '' && !npIsh(prefix) && occupationPrefix(prefix);
  if (prefix.trim() !== '' && !npIsh(prefix) && !occupation) return false;
  // A name that only qualifies a plural of people after it (`New York Times reporters asked`) is no subject.
  const following = /^\s+(\p{Ll}+)/u.exec(s.slice(b));
  if (following && PEOPLE_PLURALS.has(following[1])) return false;
  // At the sentence start, a name is the subject unless a capitalised apposition follows (`Roe, Acme's chief`):
  // `Energy analyst Jane Roe of the Acme Institute said …`.
  if (comma < 0 && !occupation) return !/^,\s*\p{Lu}/u.test(s.slice(b));
  let after = s.slice(b);
  for (let k = 0, aside = ASIDE.exec(after); aside && k < MAX_ASIDES; k++, aside = ASIDE.exec(after)) after = after.slice(aside[0].length);
  const next = /^[\s,]+(\p{Ll}+)/u.exec(after);
  return next !== null && !NOT_AFTER.has(next[1]) && !NOT_VERB.has(next[1]);
}

/** An age written as an adjective before a name (`62-year-old`). */
const AGE = /(?:^|\s)\d+-year-old(?=\s|$)/g;
/** A determiner right before the name (`the Roe campaign`). */
const ATTRIBUTIVE = new RegExp(`(?:^|\\s)(?:${enClauseWords.attributiveDeterminers.join('|')})\\s+$`, 'i');
const OCCUPATIONS = new Set(enClauseWords.occupationNouns);
/** Words after a name that show it is no subject of a verb after an occupation prefix (`told reporter Roe that …`). */
const NOT_VERB = new Set(['that', 'who', 'whom', 'which', 'whose']);
/** Words that never stand in a noun phrase before a name (prepositions, conjunctions, subordinators, relatives). */
const NOT_IN_NP = new Set([...enClauseWords.notAfterSubject, ...enClauseWords.subordinators, ...NOT_VERB, ...en.speechVerbs]);

/**
 * True when a sentence-opening prefix is a noun phrase ending in an occupation noun (`Conservative radio host `,
 * `The Daily Planet columnist `): capitalised words, then lower-case modifiers, then the occupation; no
 * capitalised word after a lower-case one (`Roe said Republican nominee …` is a clause), no preposition,
 * conjunction, subordinator, speech verb or `-ed` form (`Critics asked attorney …`).
 */
function occupationPrefix(prefix: string): boolean {
  const ws = prefix
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .split(/\s+/);
  const last = ws[ws.length - 1].toLowerCase();
  // An office held (`Kosovo's prime minister Jane Roe rejected …`) pre-modifies a name as an occupation does.
  if (ws.length > 7 || !(OCCUPATIONS.has(last) || (/^\p{Ll}/u.test(last) && parseRole(last) !== null))) return false;
  const firstLower = ws.findIndex((w) => !/^\p{Lu}/u.test(w));
  return ws.slice(firstLower).every((w) => /^[\p{Ll}-]+$/u.test(w) && !NOT_IN_NP.has(w) && !/ed$/.test(w));
}

/** True when a fronted part opens with a name of two or more words (it is then the subject with its appositions). */
function opensWithName(fronted: string): boolean {
  const run = nameRuns(fronted)[0];
  return run !== undefined && fronted.slice(0, run[0]).trim() === '' && /\s/.test(fronted.slice(run[0], run[1]));
}

const TITLE_M = new Set(enClauseWords.genderedTitles.m);
const TITLE_F = new Set(enClauseWords.genderedTitles.f);

/**
 * The gender an English honorific or gendered role noun right before a name tells (`Ms. Roe`, `Mr Roe`,
 * `spokeswoman Jane Roe`), or null.
 * @param before the text before the name (only its last word is read)
 */
export function titleGender(before: string): 'm' | 'f' | null {
  const w = /((?:[A-Za-z]|(?![\0-\x7f])\p{L})+)\.?\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (!w) return null;
  return TITLE_M.has(w) ? 'm' : TITLE_F.has(w) ? 'f' : null;
}

const TITLES = new Set(en.titles);

/**
 * True when an English honorific or title stands right before a name (`Rep. Roe`, `Sen. Jo Roe`, `Dr Roe`):
 * the name is a person's even when its first name is in no list, so `he`/`she` may take it at full weight.
 * @param before the text before the name (only its last word is read)
 */
export function titledName(before: string): boolean {
  const w = /(?:^|[\s(])([\p{L}]+)\.?\s+$/u.exec(before)?.[1]?.toLowerCase();
  return w !== undefined && TITLES.has(w);
}
