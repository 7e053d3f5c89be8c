/**
 * English quoted phrases joined to a partial quote just before them (`described it as “reckless” and
 * “late”`, `“late,” “costly” or “unfair”`): the same speaker's words, so a partial of the same speaker.
 * ADR 0134.
 */
import { addDraft, type Ctx } from './context.js';
import { enClauseWords } from './lexicon/en.js';

const JOIN = new RegExp(`^[\\s,]*(?:(?:${enClauseWords.quoteJoiners.join('|')})\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');
const JOIN_STRICT = new RegExp(`^[\\s,]*(?:(?:${enClauseWords.quoteJoiners.join('|')})\\s*)?$`, 'iu');

/**
 * Adds quote-marked words at view offsets [a, b) of paragraph `pi` as a partial when the last draft is a
 * partial of the same paragraph that ends right before them, joined by a comma or a conjunction (and at
 * most a two-word determiner phrase for a lower-case quote: `and a “total fraud”`).
 * @param open offset of the opening mark (masked text)
 * @returns true when a partial was added
 */
export function coordinatedPartial(ctx: Ctx, pi: number, open: number, a: number, b: number, text: string): boolean {
  if (ctx.lex.language !== 'en') return false;
  const prev = ctx.drafts[ctx.drafts.length - 1];
  if (!prev || prev.kind !== 'partial' || prev.paragraph !== pi || prev.end > open || !prev.speaker) return false;
  const between = ctx.paras[pi].masked.slice(prev.end, open).replace(/^["“”'‘’»«„]+/u, '');
  if (between.length > 40 || !(JOIN_STRICT.test(between) || (/^\p{Ll}/u.test(text) && JOIN.test(between)))) return false;
  addDraft(ctx, { kind: 'partial', paragraph: pi, start: a, end: b, text, speaker: prev.speaker, role: prev.role, confidence: prev.confidence });
  return true;
}
