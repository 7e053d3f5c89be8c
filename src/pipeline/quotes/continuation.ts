/**
 * Frames that reach across paragraphs: a verbless paragraph continuing the previous report, unattributed
 * quotes whose speaker the next paragraph names, a colon at a paragraph's end introducing the next
 * paragraph's quote, and interview answers.
 */
import { addSpan, resolveSpan, type Ctx } from './context.js';
import type { Entity } from './entities.js';
import { Confidence } from './confidence.js';
import { continuesReport, namedAfter } from './afterwards.js';
import { cueBefore, hasSpeechVerb, sentenceEnd } from './frames.js';
import { resolveCue } from './cue-speaker.js';
import { allLexicons } from './lexicon/index.js';
import { lastSentenceStart } from './sentences.js';
import { NAME_LABEL } from './interview.js';
import { FIRST_PERSON_SPEECH } from './lexicon/name-cases.js';
import type { Resolution } from './speakers.js';
import { escapeRe, isSpace, trimSpan, words } from './text.js';

/** An interview answer label (`A:`, `Odgovor:`, `Përgjigje:`), every language. */
const ANSWER_LABEL = new RegExp(
  `^\\s*(?:${allLexicons
    .flatMap((l) => l.cues.answerLabels)
    .map(escapeRe)
    .join('|')})\\s*:\\s*`,
  'u',
);

/** A verbless paragraph after `… – the ambassador said.` continues that report (see `continuesReport`). */
export function reportContinues(ctx: Ctx, pi: number): void {
  const prev = ctx.drafts.filter((d) => d.paragraph === pi - 1);
  const report = prev.length === 1 && prev[0].kind === 'indirect' && prev[0].confidence === Confidence.CLOSING ? prev[0] : null;
  const p = ctx.paras[pi];
  if (!report || !continuesReport(ctx.paras, pi, hasSpeechVerb(ctx.lex, p.masked), report.start)) return;
  const [a, b] = trimSpan(p.view.text, 0, p.view.text.length, /[\s\u00a0.]/);
  addSpan(ctx, pi, a, b, 'indirect', { entity: report.speaker, role: report.role }, Confidence.INFERRED);
}

/** Direct quotes of paragraph `pi` with no attribution take the speaker the next paragraph names (`That was the message of X.`). */
export function speakerNamedAfter(ctx: Ctx, pi: number, first: number): void {
  const open = ctx.drafts.slice(first).filter((d) => d.kind === 'direct' && d.confidence <= Confidence.PREVIOUS_SPEAKER);
  if (open.length === 0) return;
  const span = namedAfter(ctx.paras[pi + 1], ctx.lex.language);
  if (!span) return;
  const res = resolveSpan(ctx, pi + 1, span[0], span[1]);
  if (!res?.entity) return;
  for (const d of open) {
    d.speaker = res.entity;
    d.role = res.role;
    d.confidence = Confidence.NAMED;
  }
  ctx.lastSpeaker = res.entity;
}

/** The speaker a paragraph ending in a colon introduces (`Kelmendi said:`), or null. */
export function colonIntro(ctx: Ctx, pi: number): Resolution | null {
  const s = ctx.paras[pi].masked.replace(/\s+$/, '');
  const cue = cueBefore(s, lastSentenceStart(s), s.length, ctx.lex);
  return cue ? resolveCue(ctx, pi, cue) : null;
}

/** An interview answer: its sentences outside quote marks are the interviewee's words, output as `indirect` quotes with `form: 'answer'`. */
export function interviewAnswer(ctx: Ctx, pi: number, speaker: Entity | null): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const label = ANSWER_LABEL.exec(s) ?? NAME_LABEL.exec(s);
  let runStart = label ? label[0].length : 0;
  let i = runStart;
  const flush = (to: number) => {
    const [a, b] = trimSpan(p.view.text, runStart, to, /[\s\u00a0]/);
    if (words(p.view.text.slice(a, b)).length < 2) return;
    addSpan(ctx, pi, a, b, 'indirect', { entity: speaker, role: null }, Confidence.NAMED);
    // The interviewee's own words: typed `indirect` (the corpora's convention), marked as an answer (ADR 0295).
    ctx.drafts[ctx.drafts.length - 1].form = 'answer';
  };
  while (i < s.length) {
    const end = sentenceEnd(s, i, s.length);
    if (p.spans.some((sp) => sp.open >= i && sp.open < end)) {
      flush(i);
      runStart = end;
    }
    i = end;
    while (i < s.length && isSpace(s[i])) i++;
  }
  flush(s.length);
  if (speaker) ownWords(ctx, pi, speaker);
  if (speaker) ctx.lastSpeaker = speaker;
}

/** A direct quote of an answer introduced by a first-person speech verb (`Rekao sam mu: „…“`) is the interviewee's. */
function ownWords(ctx: Ctx, pi: number, speaker: Entity): void {
  const first = FIRST_PERSON_SPEECH[ctx.lex.language];
  if (!first) return;
  const s = ctx.paras[pi].masked;
  for (const d of ctx.drafts) {
    if (d.paragraph !== pi || d.kind !== 'direct' || d.speaker !== null) continue;
    const lead = s.slice(lastSentenceStart(s.slice(0, d.start)), d.start);
    if (first.test(lead)) d.speaker = speaker;
  }
}
