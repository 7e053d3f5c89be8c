/**
 * Reports inside a sentence that no reporting clause of its own gives: a parenthetical reporting clause
 * (`In May, Roe said, the plan failed.`), participle clauses (`…, warning that X`), reports named by a
 * noun (`claims by officials that X`) and evaluations without marks (`described the move as …`).
 */
import { fold } from '../text/fold.js';
import { addSpan, resolveSpan, vo, type Ctx } from './context.js';
import { pos } from './entities.js';
import { Confidence } from './confidence.js';
import { deniedSaying } from './denial.js';
import { evaluations } from './evaluations.js';
import { regexesFor, sentenceEnd, type Cue } from './frames.js';
import { resolveCue } from './cue-speaker.js';
import { allLexicons } from './lexicon/index.js';
import { PARTICIPLES } from './lexicon/en.js';
import { ASIDE_CONJUNCTIONS } from './lexicon/aside.js';
import { parenthetical } from './parenthetical.js';
import { participleCues } from './participle-clause-en.js';
import { recordedClauseSubject } from './predicate-subject-en.js';
import { npSpan, sentenceSubject } from './sentences.js';
import { genderHint, resolveSubject, type Resolution } from './speakers.js';
import { escapeRe, firstCharGuard, scanFrom, trimSpan, words } from './text.js';

const TRAIL = /[\s\u00a0,;:.–—-]/;
const alt = (ws: string[]) => [...new Set(ws)].map(escapeRe).join('|');

/** `In May, Roe said, the plan failed.`: the sentence around a comma-enclosed reporting clause (parenthetical.ts). */
export function parentheticalReport(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const found = parenthetical(p.masked, start, end, ctx.lex);
  if (!found) return;
  const [a, b] = trimSpan(p.view.text, found.content[0], found.content[1], TRAIL);
  if (words(p.view.text.slice(a, b)).length < 3) return;
  const gender = genderHint(found.verbText, ctx.lex);
  // `, kako je naveo,` has no subject: the participle's gender finds it, as `on`/`ona` would (lexicon/aside.ts).
  const aside = (ASIDE_CONJUNCTIONS[ctx.lex.language] ?? []).includes(fold(p.masked.slice(found.np[0], found.np[1]).trim()));
  // (The regex keeps the auxiliary out of `verbText`; the participle alone carries the gender: `podsetila`.)
  const asideGender = aside ? genderHint(`je ${found.verbText}`, ctx.lex) : null;
  const res = aside
    ? { entity: ctx.index.byPronoun(asideGender, pos(pi, found.np[0])) ?? null, role: null }
    : resolveSpan(ctx, pi, found.np[0], found.np[1], { gender });
  addSpan(ctx, pi, a, b, 'indirect', res, Confidence.WEAK);
}

/** `…, saying that X` and, with no `that`, `…, saying X was …` when a clause subject follows (pronoun, name, determiner). */
const PARTICIPLE = new RegExp(
  `(^|,\\s+|\\b(?:[Ww]hile|[Aa]fter|[Bb]efore)\\s+)(${[...PARTICIPLES, 'warning'].join('|')})\\s+(?:that\\s+|(?=(?:he|she|they|it|we|i|the|his|her|their|its|this|these|\\p{Lu}[\\p{L}'’-]*)\\s+\\p{Ll}))`,
  'gu',
);

/**
 * Participle clauses that report speech for the sentence's subject: `…, warning that X.`,
 * `While emphasizing that X, the ambassador …`, `…, he added, noting that X.` (English).
 */
export function participleFrames(ctx: Ctx, pi: number, start: number, end: number, firstDraft: number): void {
  if (ctx.lex.language !== 'en') return;
  const s = ctx.paras[pi].masked;
  const re = scanFrom(PARTICIPLE, start);
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
    if (m.index >= start) participle(ctx, pi, start, end, firstDraft, m.index, m.index + m[0].length, m[1]);
  }
  // The shapes the pattern above leaves out (participle-clause-en.ts).
  for (const c of participleCues(s, start, end)) participle(ctx, pi, start, end, firstDraft, c.index, c.from, s.slice(c.index, c.from));
}

/**
 * One participle report: `at` is where its opener (`, ` / `while ` / `by `) starts, `from` where the report
 * starts, `opener` the text from `at` on (a fronted `While …`/`By …` clause ends at its comma).
 */
function participle(ctx: Ctx, pi: number, start: number, end: number, firstDraft: number, at: number, from: number, opener: string): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const mine = ctx.drafts.slice(firstDraft).filter((d) => d.paragraph === pi);
  // Already reported by a clause of this sentence?
  if (mine.some((d) => d.start <= from && from < d.end + 2)) return;
  // `denied ever saying that …` reports what the subject did not say.
  if (deniedSaying(ctx, pi, start, from)) return;
  const fronted = at === start || /^(while|after|before)/i.test(opener.trim());
  let to = fronted ? s.indexOf(',', from) : sentenceEnd(s, from, end);
  if (to < 0 || to > end) to = end;
  const [a, b] = trimSpan(p.view.text, from, to, TRAIL);
  if (words(p.view.text.slice(a, b)).length < 3) return;
  const own = mine.find((d) => d.speaker);
  let res: Resolution | null = own ? { entity: own.speaker, role: own.role } : null;
  if (!res && !fronted) res = recordedClauseSubject(ctx, pi, start, at);
  if (!res) {
    const subj = fronted
      ? sentenceSubject(s, Math.min(end, to + 1) + (s.slice(to + 1).length - s.slice(to + 1).trimStart().length))
      : sentenceSubject(s, start);
    if (subj) res = resolveSpan(ctx, pi, subj[0], subj[1]);
  }
  addSpan(ctx, pi, a, b, 'indirect', res, Confidence.WEAK);
}

/** A noun of report with its source and complementiser (`claims by Western officials that`, `izjava … da`), every language. */
export const NOUN_COMPLEMENT = new RegExp(
  `${firstCharGuard(allLexicons.flatMap((l) => l.cues.reportNouns.nouns))}(?<!,\\s)\\b(?:${alt(allLexicons.flatMap((l) => l.cues.reportNouns.nouns))})\\s+(?:(?:${alt(allLexicons.flatMap((l) => l.cues.reportNouns.sources))})\\s+([^,.;:]{2,70}?)\\s+)?(?:${alt(allLexicons.flatMap((l) => l.cues.reportNouns.complementisers))})\\s+`,
  'giu',
);

/** Reports named by a noun (`claims by Western officials that X`, `the tweet of X that Y`): the source or null. */
export function nounComplements(ctx: Ctx, pi: number, start: number, end: number): void {
  const s = ctx.paras[pi].masked;
  const re = scanFrom(NOUN_COMPLEMENT, start);
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) nounComplement(ctx, pi, end, m);
}

function nounComplement(ctx: Ctx, pi: number, end: number, m: RegExpExecArray): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const from = m.index + m[0].length;
  if (ctx.drafts.some((d) => d.paragraph === pi && d.start <= from && from < d.end)) return;
  let to = sentenceEnd(s, from, end);
  const br = regexesFor(ctx.lex).breaks.exec(s.slice(from, to));
  if (br) to = from + br.index;
  const comma = s.slice(from, to).search(/,\s+(?:the|a|an)\s+\p{Ll}+\s+\p{Ll}+(?:ed|said|added)\b|,\s+(?:calling|describing)\b/u);
  if (comma >= 0) to = from + comma;
  const [a, b] = trimSpan(p.view.text, from, to, TRAIL);
  if (words(p.view.text.slice(a, b)).length < 3) return;
  let res: Resolution | null = null;
  if (m[1]) {
    const na = m.index + m[0].indexOf(m[1]);
    res = resolveSubject({ text: m[1], original: vo(p, na, na + m[1].length), at: pos(pi, na) }, ctx.index, ctx.lex);
  }
  addSpan(ctx, pi, a, b, 'indirect', res, Confidence.INFERRED);
}

/** Evaluations without quote marks (`što su advokati ocenili kao …`, `described the move as …`): the subject's words. */
export function evaluationFrames(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  for (const ev of evaluations(s, start, end, ctx.lex.language)) {
    const [a, b] = trimSpan(p.view.text, ev.content[0], ev.content[1]);
    if (ctx.drafts.some((d) => d.paragraph === pi && d.start <= a && a < d.end)) continue;
    if (p.spans.some((sp) => sp.open >= a && sp.open < b)) continue;
    let res: Resolution | null = null;
    if (ev.np) {
      // The subject inside the frame (`što su [advokati porodica] ocenili`) is the speaker itself.
      res = resolveSpan(ctx, pi, ev.np[0], ev.np[1], { gender: genderHint(ev.verbText, ctx.lex), plural: /(?:li|le|uan|ën)$/.test(ev.verbText) });
    } else {
      const cue: Cue = { verb: ev.verb, np: npSpan(s, start, ev.subjectEnd), verbText: ev.verbText };
      if (cue.np && cue.np[1] > cue.np[0]) res = resolveCue(ctx, pi, cue);
    }
    addSpan(ctx, pi, a, b, 'indirect', res, Confidence.EVALUATION);
  }
}
