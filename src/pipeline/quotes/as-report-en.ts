/**
 * English `As X reported, CLAUSE` (issue 15): a comparative `as`-clause with a verb of saying and no object
 * of its own vouches for the clause after its comma, which is X's report: `As the Harbour Gazette reported
 * on Monday, the pier will close`, `…, given that, as Roe noted, the fund is empty`, and the passive `As
 * reported by the Gazette, the pier will close`. A clause that holds a reporting verb of its own is left to
 * the reported-clause frame (`As Roe said, Vos argued that …`). An `as`-clause of time with another verb
 * (`As Roe tried to speak, Vos said …`) holds no verb of saying and is not read here.
 */
import type { Cue } from './speech-verbs.js';
import { regexesFor, hasSpeechVerb } from './speech-verbs.js';
import type { QuoteLexicon } from './lexicon/types.js';
import { asReportWords as W } from './lexicon/participle-en.js';
import { adjunctLength } from './zero-that-adjunct-en.js';
import { phraseRe, scanFrom } from './text.js';
import { sentenceEnd } from './sentences.js';

/** A report vouched for by an `as`-clause: its cue (subject and verb) and the content span. */
export interface AsReport extends Cue {
  content: [number, number];
}

/** `As` at the sentence start (after a linker) or after a comma. */
const AS = /(?:^(?:(?:And|But|So|Yet|Just)\s+)?[Aa]s|,\s+(?:just\s+)?as)\s+/gu;
const EXTRA = phraseRe(W.extraVerbs);
const PASSIVE = new RegExp(
  `(?:^(?:(?:And|But|So|Yet|Just)\\s+)?[Aa]s|,\\s+(?:just\\s+)?as)\\s+(?:${W.passiveVerbs.join('|')})\\s+(?:by|in|on)\\s+([^,.;:]{2,60}?)\\s*,\\s+`,
  'gu',
);

/** English `as`-clause reports in the sentence [start, end) of the masked paragraph `s`. */
export function asReports(s: string, start: number, end: number, lex: QuoteLexicon): AsReport[] {
  if (lex.language !== 'en') return [];
  const out: AsReport[] = [];
  const re = scanFrom(AS, start);
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
    if (m.index < start || (m.index > start && !m[0].startsWith(','))) continue;
    const found = subjectAndVerb(s, m.index + m[0].length, end, lex);
    if (!found) continue;
    const { npStart, verbFrom, afterVerb, verbText } = found;
    // (The adjunct reader wants a space after the adjunct; here a comma closes it: `As Roe noted on Monday, …`.)
    const adj = adjunctLength(s.slice(afterVerb, end).replace(',', ' '));
    const comma = /^\s*,\s+/.exec(s.slice(afterVerb + adj, end));
    if (!comma) continue;
    const report = content(s, afterVerb + adj + comma[0].length, end, lex);
    if (report) out.push({ verb: [verbFrom, afterVerb], np: [npStart, verbFrom], verbText, content: report });
  }
  const pass = scanFrom(PASSIVE, start);
  for (let m = pass.exec(s); m && m.index < end; m = pass.exec(s)) {
    if (m.index < start || (m.index > start && !m[0].startsWith(','))) continue;
    const npStart = m.index + m[0].indexOf(m[1], m[0].search(/\s(?:by|in|on)\s/));
    const from = m.index + m[0].length;
    const report = content(s, from, end, lex);
    if (report) out.push({ verb: [m.index, npStart], np: [npStart, npStart + m[1].length], verbText: 'reported', content: report });
  }
  return out;
}

/**
 * The subject (one to `maxSubjectWords` words, no punctuation) after `as` at `from` and the verb of saying
 * right after it (`As [the Harbour Gazette] [reported]`), or null.
 */
function subjectAndVerb(s: string, from: number, end: number, lex: QuoteLexicon) {
  const verbAtStart = regexesFor(lex).verbAtStart;
  const word = /^[^\s,.;:!?]+\s+/u;
  let at = from;
  for (let k = 0; k < W.maxSubjectWords && at < end; k++) {
    const w = word.exec(s.slice(at, end));
    if (!w) return null;
    at += w[0].length;
    const tail = s.slice(at, end);
    const v = verbAtStart.exec(tail) ?? anchored(EXTRA, tail);
    if (v) return { npStart: from, verbFrom: at, afterVerb: at + v[0].length, verbText: v[0] };
  }
  return null;
}

/** `re` matched at the start of `text`, or null. */
function anchored(re: RegExp, text: string): RegExpExecArray | null {
  const m = new RegExp(`^(?:${re.source})`, 'iu').exec(text);
  return m;
}

/** The report after the `as`-clause: to the sentence end, unless it holds a reporting verb of its own. */
function content(s: string, from: number, end: number, lex: QuoteLexicon): [number, number] | null {
  const to = sentenceEnd(s, from, end);
  if (to - from < 12 || hasSpeechVerb(lex, s.slice(from, to), true)) return null;
  return [from, to];
}
