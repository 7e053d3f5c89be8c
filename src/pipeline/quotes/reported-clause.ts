/**
 * Reported clauses in a sentence: `SUBJ VERB (that) CONTENT`, `SUBJ je VERB da CONTENT`, `SUBJ VERB se
 * CONTENT`, English zero-`that` reports (`said the talks would resume`), split at a second complement
 * (`and that`, `i da`, `dhe se`) and ended at clause breaks. All offsets are into the masked Latin view of
 * one paragraph.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { fold as foldWord } from '../text/fold.js';
import { scanFrom, type RegExpCursor } from './text.js';
import { sentenceEnd } from './sentences.js';
import { zeroThatReport } from './zero-that-en.js';
import { adjunctBeforeClause } from './zero-that-adjunct-en.js';
import { reportAdjunctWords } from './lexicon/adjunct-en.js';
import { enClauseWords } from './lexicon/en.js';
import { postposedSubject } from './postposed-subject-en.js';
import { secondReportCut } from './second-report-en.js';
import { contentBreak } from './but-continuation-en.js';
import { presentReportVerb } from './present-report-en.js';
import { endsWithSubordinatorHead } from './subordinator.js';
import { infinitiveReport, regexesFor, type FrameRegexes, type Reported } from './speech-verbs.js';
import { clauseStartBefore, npBeforeVerb, quotedObject } from './verb-subject.js';
import { coordinatedClauseStart, holdsCoordinatedClause } from './coordinated-subject.js';
import { onlyFrontedAdverbial } from './fronted-adverbial.js';
import { relativeAntecedent } from './nested-subject.js';

/** One sentence being read: the paragraph, the sentence's bounds and its language. */
interface Sentence {
  s: string;
  start: number;
  end: number;
  lex: QuoteLexicon;
  re: FrameRegexes;
}

/** A speech verb found in the sentence. */
interface Verb {
  vStart: number;
  vEnd: number;
  verbText: string;
}

/** `said this week` is a time adjunct; `say this is …` a clause whose subject is `this`. */
const THIS_PERIOD = new RegExp(`^\\s+this\\s+(?:${reportAdjunctWords.periods.join('|')})\\b`, 'iu');

/** English verbs of commitment and the infinitive after one (`vowed to …`, `promised not to …`). */
const COMMITMENT = new Set(enClauseWords.commitmentVerbs);
const INFINITIVE = /^\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)\s)\p{Ll}/u;
/** A passive auxiliary before the verb (`what was promised to …`): nobody commits in it. */
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|is|are|be|been|being)\s+$/i;

const CONTINUES = /^,\s*(although|though|while|whereas|iako|mada|dok|ndërsa|kurse|edhe pse)$/iu;

/**
 * Reported clauses in a sentence: `SUBJ VERB (that) CONTENT`, `SUBJ je VERB da CONTENT`, `SUBJ VERB se CONTENT`,
 * split at a second complement (`and that`, `i da`, `dhe se`) and ended at clause breaks.
 */
export function reportedClauses(s: string, start: number, end: number, lex: QuoteLexicon): Reported[] {
  const sent: Sentence = { s, start, end, lex, re: regexesFor(lex) };
  const out: Reported[] = [];
  const verbs = scanFrom(sent.re.verb, start);
  for (let m = nextVerb(sent, verbs, start); m && m.index < end; m = nextVerb(sent, verbs, verbs.lastIndex)) {
    const verb: Verb = { vStart: m.index, vEnd: m.index + m[0].length, verbText: m[0] };
    verbs.lastIndex = verb.vEnd;
    const report = reportOf(sent, verb);
    if (!report) continue;
    out.push(...report.clauses);
    // A clause break ends the content (`…, a Y je rekao da …`): a speech verb after it reports on its own.
    const last = report.clauses.at(-1);
    verbs.lastIndex = Math.max(verb.vEnd, last ? last.content[1] : report.contentEnd);
  }
  return out;
}

/** The next speech verb from `from`: the lexicon's, or an English present form that doubles as a noun (present-report-en.ts). */
function nextVerb(sent: Sentence, verbs: RegExpCursor, from: number): { index: number; 0: string } | null {
  verbs.lastIndex = from;
  const m = verbs.exec(sent.s);
  const p = sent.lex.language === 'en' ? presentReportVerb(sent.s, from, m ? m.index : sent.end) : null;
  return p ?? m;
}

/** The reported clauses of one speech verb and where its content ends, or null when it reports nothing. */
function reportOf(sent: Sentence, verb: Verb): { clauses: Reported[]; contentEnd: number } | null {
  const { s, start, end, lex, re } = sent;
  const { vStart, vEnd, verbText } = verb;
  if (!finiteReport(sent, verb)) return null;
  let contentStart = contentStartOf(sent, verb);
  if (contentStart < 0) return null;
  while (contentStart < end && /[\s\u00a0]/.test(s[contentStart])) contentStart++;
  // Subject before the verb (same clause); `X quoted Y as saying …` is Y's report, not X's.
  // A relative clause's verb (`izjavu predsednice X, koja je rekla da …`) reports its antecedent's words.
  const fronted = clauseStartBefore(s, start, vStart);
  // `…, a ministar je rekao da …`: a coordinated clause with its own subject starts a new one.
  const clauseStart = coordinatedClauseStart(s, fronted, vStart, lex) ?? fronted;
  let np = relativeAntecedent(s, clauseStart, vStart, lex) ?? npBeforeVerb(s, clauseStart, vStart);
  // `Na kraju je rekao da …`, `Kasnije je rekao da …`: a fronted adverbial, the verb has no subject of its own.
  if (np && onlyFrontedAdverbial(s.slice(np[0], np[1]), lex)) np = null;
  // `Roe, who calls it a “farce,” said …`: the subject before the set-off clause.
  if (!np && interposedQuote(sent, vStart)) np = [start, s.indexOf(',', start)];
  if (/^as saying$/i.test(verbText)) {
    np = quotedObject(s, np, lex);
    if (!np) return null;
  }
  const contentEnd = frontedClauseEnd(sent, vStart, contentStart, secondReportCut(lex.language, s, contentStart, sentenceEnd(s, contentStart, end), re.verb));
  const clauses: Reported[] = [];
  for (const [a, b0] of contentPieces(sent, contentStart, contentEnd)) {
    const br = contentBreak(re.breaks, s, a, b0, lex.language === 'en', (t) => scanFrom(re.verb, 0).exec(t) !== null);
    let e = br ? br.index : b0;
    while (e > a && /[\s\u00a0,.;:–—-]/.test(s[e - 1])) e--;
    if (e - a > 8) clauses.push({ verb: [vStart, vEnd], np, verbText, content: [a, e] });
  }
  return { clauses, contentEnd };
}

const SUBORDINATORS = new Set(enClauseWords.subordinators);

/**
 * English `Although in May she said the plan was sound, this week Roe …`: a report inside a fronted
 * subordinate clause ends at the comma that opens the main clause; otherwise `to` is returned.
 */
function frontedClauseEnd(sent: Sentence, vStart: number, from: number, to: number): number {
  if (sent.lex.language !== 'en') return to;
  const lead = /^\s*([\p{L}]+)/u.exec(sent.s.slice(sent.start, vStart));
  if (!lead || !SUBORDINATORS.has(lead[1].toLowerCase()) || sent.s.slice(sent.start, vStart).includes(',')) return to;
  const comma = sent.s.slice(from, to).search(/,\s/);
  return comma > 0 ? from + comma : to;
}

/**
 * False for an English verb form that reports nothing itself: a participle after an article or a number
 * (but not `said` after a count, `About three in 10 said …`) is an adjective (`an estimated 15,000 people`), an age in commas an apposition (`Jane Roe, 42, said …`),
 * and a plural present form after `to`, a modal or `do` (`refused to concede that`) no report of its own.
 */
function finiteReport(sent: Sentence, verb: Verb): boolean {
  const before = sent.s.slice(Math.max(sent.start, verb.vStart - 12), verb.vStart);
  if (sent.lex.language === 'en' && /(?:^|\s)(?:a|an|the)\s+$/i.test(before)) return false;
  // `some`, a number: a participle's modifier (`some estimated 500`), unless the verb is one no adjective
  // shares (`About three in 10 said …`, `Some say …`).
  if (sent.lex.language === 'en' && /(?:^|\s)(?:some|\d(?:[\d,.]*\d)?)\s+$/i.test(before) && !COUNT_SUBJECT_VERBS.has(verb.verbText.toLowerCase()))
    return false;
  return !infinitiveReport(sent.lex, verb.verbText, before);
}

/** English verbs of saying that are never an adjective, so a count or `some` before one is its subject. */
const COUNT_SUBJECT_VERBS = new Set(enClauseWords.countSubjectVerbs);

/**
 * True when the words between a verb and the complementiser that follows it leave the complementiser the
 * verb's own: a few words, no sentence punctuation, and in English no auxiliary, relative clause or
 * subject with its own past-tense verb in between.
 */
function complementOfVerb(c: RegExpExecArray | null, between: string, sent: Sentence): c is RegExpExecArray {
  if (c === null || c.index >= sent.end) return false;
  if (between.split(/\s+/).filter(Boolean).length > 9 || /[.;:]/.test(between)) return false;
  // `rekla je X, a Y joj je odgovorio da …`: a speech verb after a comma and a subject of its own owns the complementiser
  // (`she said, but added that …` has none: the clause stays the first verb's).
  const comma = between.lastIndexOf(',');
  const later = comma >= 0 ? scanFrom(sent.re.verb, comma).exec(between) : null;
  if (later && ownSubject(between.slice(comma + 1, later.index), sent.lex)) return false;
  if (sent.lex.language !== 'en') return !holdsCoordinatedClause(between, sent.lex);
  if (/\b(would|will|had|has|have|was|were|is|are|could|should|must|can|did|does)\b/i.test(between)) return false;
  // `said he took one call that evening`: a subject pronoun and its verb right after the verb open the report
  if (/^\s*(?:he|she|they|we|i|you)\s+\p{Ll}/iu.test(between)) return false;
  // `said Jane Roe, who added that …`: the `that` is the relative clause's own report
  if (/,\s*(?:who|which)\s/i.test(between)) return false;
  // a subject and its own past-tense verb before the `that` (`said the mayor promised them that …`): that is the report
  return !/(?:^|\s)(?:he|she|they|we|i|it|\p{Lu}[\p{L}'’-]*|(?:the|a|an|his|her|their)\s+\p{Ll}+)\s+\p{Ll}+ed\b/u.test(between);
}

/** True when the words before a coordinated clause's verb hold a subject: a capitalised word or a subject pronoun. */
function ownSubject(words: string, lex: QuoteLexicon): boolean {
  const pronouns = [...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural];
  return words.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) || pronouns.includes(w.toLowerCase()));
}

/** Where a verb's reported content starts (before leading spaces), or -1 when the verb reports no clause. */
function contentStartOf(sent: Sentence, verb: Verb): number {
  const { s, start, end, lex, re } = sent;
  const { vStart, vEnd, verbText } = verb;
  // Complementiser within a few words after the verb.
  const c = scanFrom(re.comp, vEnd).exec(s);
  const between = c ? s.slice(vEnd, c.index) : '';
  const ownComplement = complementOfVerb(c, between, sent);
  // `…, he added, noting that Y`: a comma right after the verb means it closes an attribution; the
  // participle's clause is reported by its own frame.
  if (lex.language === 'en' && c !== null && /^\s*,\s+\p{Ll}+ing\s*$/u.test(between)) return -1;
  let contentStart = -1;
  if (ownComplement) {
    // `denied a newspaper report that X`, `odbacio je navode da X`: the clause complements a noun of
    // reported content, so X is the report's claim, not the subject's words (the subject may deny it).
    if (endsWithContentNoun(between, lex)) return -1;
    // `rekao je X, pre nego što je Y …`, `tha X, përpara se Y …`: an adverbial clause, no report of X.
    if (endsWithSubordinatorHead(between, lex)) return -1;
    // `said X, and that Y`: the `that` opens the second reported clause; the first starts at the verb.
    const secondThat = lex.language === 'en' && /(?:^|[\s,])(?:and|but)\s*$/i.test(between) && between.split(/\s+/).filter(Boolean).length >= 4;
    return secondThat ? vEnd : c.index + c[0].length;
  }
  // `vowed to keep the pier open`: a commitment's infinitive is its report.
  if (lex.language === 'en' && COMMITMENT.has(verbText.toLowerCase()) && INFINITIVE.test(s.slice(vEnd, end)) && !PASSIVE_BEFORE.test(s.slice(start, vStart)))
    return vEnd;
  if (lex.language === 'en' && zeroThatReport(verbText, s.slice(vEnd, end))) contentStart = zeroThatStart(sent, verb);
  // Inverted attribution after a quote (`“…,” said Ana Brnabić, the speaker`) reports nothing new.
  // (English: not when the quote ends a relative or participle clause set off after the subject, `Roe, who
  // calls it a “farce,” said …`, `Roe, citing “…,” said …`.)
  if (contentStart >= 0 && /[“”"»«’'„]\s*[,.]?\s*[–—-]?\s*$/.test(s.slice(Math.max(start, vStart - 6), vStart)) && !interposedQuote(sent, vStart)) return -1;
  return contentStart;
}

/** A subject, a comma and a relative or participle clause (`Roe, who calls …`, `Roe, citing …`) from the sentence start. */
const INTERPOSED = /^[^,“”"„«»]{1,60},\s+(?:who|whose|which|\p{Ll}+ing|\p{Ll}+ed)\s/u;

/** English: the quote before the verb at `vStart` closes a clause set off after the sentence's subject. */
function interposedQuote(sent: Sentence, vStart: number): boolean {
  return sent.lex.language === 'en' && INTERPOSED.test(sent.s.slice(sent.start, vStart));
}

/**
 * English `said the talks would resume`, `told reporters the talks would resume`: the content starts after
 * the verb (and `told`'s audience); -1 when what follows is no clause.
 */
function zeroThatStart(sent: Sentence, verb: Verb): number {
  const { s, start, end } = sent;
  const { vStart, vEnd, verbText } = verb;
  const rest = s.slice(vEnd, end);
  // (`is telling donors the plan …`: the progressive takes its addressee the same way.)
  const told = /^(?:told|(?:is|are|was|were)\s+telling)\b/i.test(verbText);
  // A bare plural addressee (`told donors the fund …`) when a determiner or a subject pronoun follows it.
  const skip = told
    ? /^\s+(?:him|her|them|us|reporters|journalists|the\s+\w+|\p{Ll}+s(?=\s+(?:the|a|an|his|her|their|its|he|she|they|we|it)\s)|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})(?=\s)/u.exec(
        rest,
      )
    : null;
  const afterObject = vEnd + (skip ? skip[0].length : 0);
  // `said on Tuesday she would …`: adjuncts of time and occasion before the clause (zero-that-adjunct-en.ts).
  const from = afterObject + adjunctBeforeClause(s.slice(afterObject, end));
  const next = /^\s+(\S+)/.exec(s.slice(from, end));
  // `told a press conference` names an audience, not a report: a clause needs a finite verb.
  const clause = s.slice(from, sentenceEnd(s, from, end));
  if (told && !/\b(would|will|was|were|is|are|had|has|have|could|should|must|can|did|does|\w+ed)\b/i.test(clause)) return -1;
  // `…, said Jane Roe, director of …`: an inverted attribution with an apposition, not a report.
  // `…, said veteran strategist Jane Roe.`: a postposed subject (postposed-subject-en.ts).
  const inverted =
    /,\s*$/.test(s.slice(Math.max(start, vStart - 3), vStart)) &&
    (/^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s+(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(s.slice(from, end)) || postposedSubject(rest));
  if (
    next &&
    !inverted &&
    !/^[,.;:]/.test(next[1]) &&
    !/^(in|on|at|to|last|yesterday|today|earlier|afterwards|after|later|during|before|while|when|of|for|with|from|as|and|but|by)$/i.test(next[1]) &&
    !THIS_PERIOD.test(s.slice(from, end))
  )
    return from;
  return -1;
}

/**
 * The content split into pieces: second complements of the same verb (`… and that …`, `… i da …`, `…, por
 * se …`) split it, unless the first clause has its own complement-taking verb; a concessive or contrastive
 * clause (`, although …`, `, iako …`, `, ndërsa …`) after a clause break is a piece of its own too.
 */
function contentPieces(sent: Sentence, contentStart: number, contentEnd: number): [number, number][] {
  const { s, re } = sent;
  const pieces: [number, number][] = [];
  let from = contentStart;
  const seconds = scanFrom(re.second, contentStart);
  for (let sc = seconds.exec(s); sc && sc.index < contentEnd; sc = seconds.exec(s)) {
    const first = s.slice(from, sc.index);
    if (/\b(mean|means|meant|think|thinks|believe|believes|know|knows)\b/i.test(first)) continue;
    pieces.push([from, sc.index]);
    // `said X and would Y`: the second predicate keeps its auxiliary (`would Y`), the conjunction goes.
    const aux = /(?:^|\s)(would|will|could|should|had|was|were)$/iu.exec(sc[0]);
    from = sc.index + sc[0].length - (aux ? aux[1].length : 0);
  }
  pieces.push([from, contentEnd]);
  for (let k = 0; k < pieces.length; k++) {
    const [a, b0] = pieces[k];
    const br = re.breaks.exec(s.slice(a, b0));
    if (br && CONTINUES.test(br[0]) && k < 8) pieces.push([a + br.index + br[0].length, b0]);
  }
  return pieces;
}

/** Whether the words before a complementiser end with one of the language's nouns of reported content. */
function endsWithContentNoun(between: string, lex: QuoteLexicon): boolean {
  const last = /([\p{L}'’]+)\s*,?\s*$/u.exec(between);
  return last !== null && contentNounSet(lex).has(foldWord(last[1]));
}

const contentNounSets = new WeakMap<QuoteLexicon, Set<string>>();

/** The lexicon's nouns of reported content, folded (cached per lexicon). */
function contentNounSet(lex: QuoteLexicon): Set<string> {
  let set = contentNounSets.get(lex);
  if (!set) {
    set = new Set(lex.contentNouns.map(foldWord));
    contentNounSets.set(lex, set);
  }
  return set;
}
