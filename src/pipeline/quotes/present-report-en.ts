/**
 * English present verbs of saying that double as nouns (`notes`, `claims`, `vows`, `promises`, `pledges`
 * and their base forms): the speech-verb list leaves them out, because `the claims that …` and `his vows to
 * …` are nouns. Here they report when the frame makes them a verb (ADR 0300): a subject right before them
 * (a subject pronoun, a capitalised name for the `-s` form, a plural for the base form; one adverb may
 * stand between, `she also notes`), and after them `that` or, for a verb of commitment, an infinitive
 * (`Roe vows to appeal`). The form must be lower case (`Roe Notes …` is a headline's noun as often as a verb).
 */
import { presentReport } from './lexicon/present-report-en.js';
import { scanFrom } from './text.js';

const SINGULAR = new Set(presentReport.singular);
const INFINITIVE = new Set(presentReport.infinitive);
const SING_SUBJ = new Set(presentReport.singularSubjects);
const PLUR_SUBJ = new Set(presentReport.pluralSubjects);
const ADVERBS = new Set(presentReport.adverbs);
const NOT_NAMES = new Set(presentReport.notNames);

const FORMS = new RegExp(
  `(?<![\\p{L}'’-])(?:${[...presentReport.singular, ...presentReport.plural].join('|')})(?=\\s+(?:that(?![\\p{L}])|(?:not\\s+)?to\\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)\\s)\\p{Ll}))`,
  'gu',
);

/** The first such verb in `s` from `from` before `end`, as a match (`index`, `[0]`), or null. */
export function presentReportVerb(s: string, from: number, end: number): { index: number; 0: string } | null {
  const forms = scanFrom(FORMS, from);
  for (let m = forms.exec(s); m && m.index < end; m = forms.exec(s)) {
    const to = /^\s+(?:not\s+)?to\s+([\p{L}’'-]+)/u.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 40));
    // An infinitive, not `to` and a plural noun (`promises to voters`): a verb after `to` has no plural `-s`.
    if (to && (!INFINITIVE.has(m[0]) || /[^su]s$/.test(to[1]))) continue;
    if (hasSubject(s.slice(Math.max(0, m.index - 60), m.index), SINGULAR.has(m[0]))) return { index: m.index, 0: m[0] };
  }
  return null;
}

/** True when the words before the form end with its subject (after at most one adverb). */
function hasSubject(before: string, singular: boolean): boolean {
  const words = before.split(/\s+/).filter(Boolean);
  if (!/\s$/.test(before) || words.length === 0) return false;
  let last = words[words.length - 1];
  if ((ADVERBS.has(last.toLowerCase()) || /^\p{Ll}+ly$/u.test(last)) && words.length > 1) last = words[words.length - 2];
  if (/[,.;:!?“”"()]$/.test(last) || /['’]s?$/.test(last)) return false;
  const low = last.toLowerCase();
  if (singular) {
    if (SING_SUBJ.has(low)) return true;
    return /^\p{Lu}[\p{L}.’'-]*$/u.test(last) && !NOT_NAMES.has(low);
  }
  if (PLUR_SUBJ.has(low)) return true;
  // A plural noun or name (`experts note`, `Democrats vow`), not a possessive or a word in -ss (`Congress`).
  return /^[\p{L}-]+s$/u.test(last) && !/ss$/i.test(last) && !NOT_NAMES.has(low);
}
