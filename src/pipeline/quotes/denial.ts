/**
 * Words a speaker denies saying are not his words (`X denied ever saying that Kosovo “…”`,
 * `X je demantovao da je rekao da „…“`): a partial quote or reported clause governed by a denial cue
 * gets no speaker of that sentence. Rule: docs/quality.md (issue 15, denied words).
 */
import type { Ctx } from './context.js';
import { DENIAL_CUES, DENIED_SPEECH, NEGATED_SPEECH_EN } from './lexicon/denial.js';
import { escapeRe } from './text.js';

const CUES = new Map(
  Object.entries(DENIAL_CUES).map(([lang, ws]) => [
    lang,
    new RegExp(
      `(?:^|[^\\p{L}])(?:${[...ws]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')})(?![\\p{L}])`,
      'giu',
    ),
  ]),
);
/** Per language: a speech word that a denial cue governs. */
const SPEECH = new Map(
  Object.entries(DENIED_SPEECH).map(([lang, ws]) => [lang, new RegExp(`(?<![\\p{L}])(?:${ws.map(escapeRe).join('|')})(?![\\p{L}])`, 'iu')]),
);

/** `did not say that`, `never explicitly said`: negated speech right before the content (English). */
const NEGATED_EN = new RegExp(
  `(?:${NEGATED_SPEECH_EN.negators.map(escapeRe).join('|')})\\s*(?:\\p{Ll}+ly\\s+)?(?:${NEGATED_SPEECH_EN.verbs.join('|')})\\s+(?:that\\s+)?$`,
  'iu',
);

const QUESTION_EN = new RegExp(`^\\s*(?:${NEGATED_SPEECH_EN.questionWords.join('|')})\\b`, 'i');

/**
 * True when a denial cue of the article's language stands between the sentence start `from` and offset
 * `at` of paragraph `pi` with no clause boundary (comma, semicolon, colon, dash) after it: what follows
 * at `at` is what the subject denies having said.
 */
export function deniedAt(ctx: Ctx, pi: number, from: number, at: number): boolean {
  return afterDenial(ctx, pi, from, at) !== null;
}

/**
 * True when a denial cue governs a speech verb before offset `at` (`denied ever saying that …`,
 * `demantovao je da je rekao da …`): the reported clause at `at` is what the subject denies having said.
 * A denial with content of its own (`denied that the plan failed`) still reports the subject.
 */
export function deniedSaying(ctx: Ctx, pi: number, from: number, at: number): boolean {
  if (ctx.lex.language === 'en' && NEGATED_EN.test(ctx.paras[pi].masked.slice(from, at)) && !QUESTION_EN.test(ctx.paras[pi].masked.slice(at))) return true;
  const rest = afterDenial(ctx, pi, from, at);
  if (rest === null) return false;
  // The content may open with the denied verb itself (`mohoi se| kishte thënë se …`), after an adjunct
  // (`negirao da je| u intervjuu televiziji rekao da …`): its words up to the first clause boundary.
  const head = ctx.paras[pi].masked
    .slice(at)
    .split(/[,;:–—]/)[0]
    .split(/\s+/)
    .slice(0, 10)
    .join(' ');
  return SPEECH.get(ctx.lex.language)?.test(`${rest} ${head}`) ?? false;
}

/** The text between the last denial cue in [from, at) and `at`, when no clause boundary follows the cue; else null. */
function afterDenial(ctx: Ctx, pi: number, from: number, at: number): string | null {
  const re = CUES.get(ctx.lex.language);
  if (!re) return null;
  const seg = ctx.paras[pi].masked.slice(from, at);
  let last = -1;
  for (const m of seg.matchAll(re)) last = m.index + m[0].length;
  return last >= 0 && !/[,;:–—]/.test(seg.slice(last)) ? seg.slice(last) : null;
}
