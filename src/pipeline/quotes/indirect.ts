/**
 * Indirect speech of one paragraph, sentence by sentence, interleaved with its direct quotes: source
 * phrases, reported clauses (`X said that …`), a closing attribution that takes the run of unattributed
 * sentences before it (`…, X said.`), parenthetical and participle reports, reports named by a noun and
 * evaluations.
 */
import { addSpan, type Ctx, type DirectState } from './context.js';
import { asReports } from './as-report-en.js';
import { Confidence } from './confidence.js';
import { closingRunStart } from './closing-run-en.js';
import { closingCue, hasSpeechVerb, reportedClauses, sentenceEnd } from './frames.js';
import { resolveCue } from './cue-speaker.js';
import { deniedSaying } from './denial.js';
import { negatedReport } from './negated-report.js';
import { directQuotes } from './direct.js';
import { evaluationFrames, nounComplements, parentheticalReport, participleFrames } from './report-frames.js';
import { parseRole } from './roles.js';
import { dateline } from './sentences.js';
import { sourcePhrase } from './source-phrase.js';
import { npIsh } from './speakers.js';
import { isSpace, trimSpan, words } from './text.js';

/** Extracts the indirect speech (and, in step, the direct quotes) of paragraph `pi`. */
export function indirect(ctx: Ctx, pi: number, st: DirectState): void {
  const s = ctx.paras[pi].masked;
  const datelineEnd = pi <= 1 ? dateline(s) : 0;
  let runStart = datelineEnd;
  let i = datelineEnd;
  while (i < s.length) {
    const start = Math.max(i, datelineEnd);
    let end = sentenceEnd(s, start, s.length);
    if (end <= start) end = s.length;
    const sentFirst = ctx.drafts.length;
    directQuotes(ctx, pi, st, end);
    const before = ctx.drafts.length;
    const hasQuote = ctx.paras[pi].spans.some((sp) => sp.open >= start && sp.open < end);
    sentenceReports(ctx, pi, start, end, runStart, hasQuote && !onlyPartials(ctx, sentFirst));
    participleFrames(ctx, pi, start, end, sentFirst);
    nounComplements(ctx, pi, start, end);
    evaluationFrames(ctx, pi, start, end);
    const added = ctx.drafts.length !== before;
    // A sentence with a verb or a quote ends the run of unattributed sentences a closing cue may take.
    if (added || hasQuote || hasSpeechVerb(ctx.lex, s.slice(start, end).replace(/q+/g, ''), true)) runStart = end;
    i = end;
    while (i < s.length && isSpace(s[i])) i++;
    if (hasQuote || added) runStart = Math.max(runStart, i);
  }
}

/**
 * English: the quotes of a sentence were all quoted words inside its content (partials), so a closing
 * attribution still reports the whole clause (`The plan was "reckless" and late, Roe said.`). ADR 0134.
 */
function onlyPartials(ctx: Ctx, from: number): boolean {
  return ctx.lex.language === 'en' && ctx.drafts.length > from && ctx.drafts.slice(from).every((d) => d.kind === 'partial');
}

/** The first of: a source phrase, reported clauses, a closing attribution, a parenthetical report. */
function sentenceReports(ctx: Ctx, pi: number, start: number, end: number, runStart: number, hasQuote: boolean): void {
  const before = ctx.drafts.length;
  // According to X, … / In his words, …
  sourcePhrase(ctx, pi, start, end);
  if (ctx.drafts.length === before) reportedClauseDrafts(ctx, pi, start, end);
  asReportDrafts(ctx, pi, start, end);
  if (ctx.drafts.length === before && !hasQuote) closingReport(ctx, pi, start, end, runStart);
  if (ctx.drafts.length === before) parentheticalReport(ctx, pi, start, end);
}

function reportedClauseDrafts(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  for (const r of reportedClauses(p.masked, start, end, ctx.lex)) {
    // `X denied ever saying that …`: the clause is what X denies having said, not a report of X.
    if (deniedSaying(ctx, pi, start, r.content[0])) continue;
    // `X did not say whether …`, `X je odbio da kaže …`: a negated or refused verb reports nothing.
    if (negatedReport(ctx, pi, r)) continue;
    const res = resolveCue(ctx, pi, r.np ? r : { ...r, np: null });
    const [a, b] = trimSpan(p.view.text, r.content[0], r.content[1]);
    if (words(p.view.text.slice(a, b)).length < 3) continue;
    addSpan(ctx, pi, a, b, 'indirect', res, Confidence.REPORTED);
  }
}

/** `As the Gazette reported, CLAUSE` (as-report-en.ts): the clause, unless a report of the sentence holds it already. */
function asReportDrafts(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  for (const r of asReports(p.masked, start, end, ctx.lex)) {
    const [a, b] = trimSpan(p.view.text, r.content[0], r.content[1]);
    if (words(p.view.text.slice(a, b)).length < 3) continue;
    if (ctx.drafts.some((d) => d.paragraph === pi && d.start < b && a < d.end)) continue;
    addSpan(ctx, pi, a, b, 'indirect', resolveCue(ctx, pi, r), Confidence.REPORTED);
  }
}

/** `…, X said.`: the run of sentences since the last one with a verb or a quote is X's (in English, when it is a fragment). */
function closingReport(ctx: Ctx, pi: number, start: number, end: number, runStart: number): void {
  const p = ctx.paras[pi];
  const c = closingCue(p.masked, start, end, ctx.lex);
  if (!c) return;
  const res = resolveCue(ctx, pi, c);
  // English: a sentence that is a clause of its own reports alone (closing-run-en.ts).
  const from = ctx.lex.language === 'en' ? closingRunStart(p.masked.slice(start, c.contentEnd), start, runStart) : runStart;
  const [a, b] = trimSpan(p.view.text, from, c.contentEnd);
  const text = p.view.text.slice(a, b);
  if (words(text).length >= 4 && !npIsh(text) && !roleLead(text)) addSpan(ctx, pi, a, b, 'indirect', res, Confidence.CLOSING);
}

/**
 * True when the text before a closing cue opens with a role phrase that is the subject's apposition
 * (`The Russian ambassador to Serbia, Alexander B.-K., said`), not reported content. A long clause that
 * merely mentions a role noun (`Ambulanta … nema dežurnog lekara tokom noći, potvrdila je …`) is content.
 */
function roleLead(text: string): boolean {
  const seg = text.split(',')[0];
  return parseRole(seg) !== null && words(seg).length <= 8;
}
