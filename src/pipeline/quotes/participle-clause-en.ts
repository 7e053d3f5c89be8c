/**
 * English participle clauses of saying that the older frame in report-frames.ts (`…, saying that X`,
 * `…, saying he would …`) does not read (issue 15):
 * - after a comma closed inside a quote, a dash, `by` or `in addition to` (`…called it “late,” claiming
 *   X`, `… – saying X`, `responded by saying X`, `In addition to stating that X, Roe …`);
 * - with a clause that opens with a bare plural or a longer noun phrase and a finite auxiliary
 *   (`…, saying airstrikes have failed`, `…, saying his old rival Jane Roe would lose`), or a subject
 *   pronoun with a contraction (`by saying he'd resign`), after adjuncts of time and occasion
 *   (`…, saying Monday that X`);
 * - verbs of saying with no `-ing` form in the speech-verb list (`…, joking that X`, `…, declaring that X`);
 * - commitments with an infinitive (`…, vowing to reopen the pier`);
 * - an addressee before `that` (`…, telling reporters on Friday that X`).
 * Each match gives where the participle's opener starts and where its report starts.
 */
import { PARTICIPLES } from './lexicon/en.js';
import { participleReportWords as W } from './lexicon/participle-en.js';
import { adjunctLength, opensClause } from './zero-that-adjunct-en.js';
import { scanFrom } from './text.js';

/** One participle report: the opener's offset, the participle and where the report starts. */
export interface ParticipleCue {
  index: number;
  participle: string;
  from: number;
}

const SAYING = [...new Set([...PARTICIPLES, 'warning', ...W.participles])];
const ALL = [...new Set([...SAYING, ...W.commitments, ...W.addressed])];
/**
 * The opener (group 1) and the participle (group 2). A quote's comma is masked with its words, so a closing
 * double mark and a space stand for `,”` (`a “faulty crane,” claiming …`).
 */
const OPENER = new RegExp(
  `(^|,[”’"]?\\s+|[”"]\\s+|,?[”’"]?\\s[–—]\\s+|\\b(?:[Ww]hile|[Aa]fter|[Bb]efore|[Bb]y|[Ii]n\\s+addition\\s+to)\\s+)(${ALL.join('|')})(?=\\s)`,
  'gu',
);
const THAT = /^\s+that\s+/u;
const INFINITIVE = /^\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)\s)\p{Ll}/u;
const ADDRESSEE = new RegExp(`^\\s+(?:[^\\s,.;:!?“”"]+\\s+){1,${W.maxAddresseeWords}}?that\\s+`, 'u');

/** English participle reports in [start, end) of the masked paragraph `s`, in text order. */
export function participleCues(s: string, start: number, end: number): ParticipleCue[] {
  const out: ParticipleCue[] = [];
  const re = scanFrom(OPENER, start);
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
    if (m.index < start) continue;
    const word = m[2];
    const at = m.index + m[0].length;
    const rest = s.slice(at, end);
    const from = reportStart(word, rest);
    if (from < 0) continue;
    const lead = rest.length - rest.slice(from).trimStart().length;
    out.push({ index: m.index, participle: word, from: at + lead });
  }
  return out;
}

/** Where the report starts in `rest` (the text after the participle), or -1 when it reports nothing. */
function reportStart(word: string, rest: string): number {
  if (W.commitments.includes(word)) return INFINITIVE.test(rest) ? 0 : -1;
  if (W.addressed.includes(word)) {
    const a = ADDRESSEE.exec(rest);
    return a ? a[0].length : -1;
  }
  const t = THAT.exec(rest);
  if (t) return t[0].length;
  // `…, saying Monday that X`, `…, saying in a debate X would …`: adjuncts of time and occasion first.
  const adj = adjunctLength(rest);
  const after = rest.slice(adj);
  const thatAfter = adj > 0 ? THAT.exec(after) : null;
  if (thatAfter) return adj + thatAfter[0].length;
  if (opensClause(after)) return adj;
  return adj > 0 && opensClause(rest) ? 0 : -1;
}
