/**
 * English: the subject of a predicate that has none of its own (issue 15). A coordinated speech verb
 * (`Roe toured the port on Friday and said …`) or a participle clause (`…, saying …`) reports for the
 * main-clause subject of its sentence. When the sentence opens with a fronted adverbial (`In a radio
 * interview on Monday, Roe defended the plan and said …`), the words at the sentence start are no subject;
 * the subject is the name the entity index recorded as the main-clause subject (`isClauseSubject`,
 * ADR 0134), the last one before the verb in the same sentence, or a `he`/`she` that opens the main clause
 * after the fronted part (`Although he thanked them, he struck a calmer tone, saying …`).
 */
import type { Resolution } from './speakers.js';
import { pos } from './entities.js';
import { resolveSpan, type Ctx } from './context.js';
import { enClauseWords } from './lexicon/en.js';

/** `he`/`she` at the sentence start or after a comma (and a linker), followed by a lower-case word: a main-clause subject. */
const PRONOUN_SUBJECT = new RegExp(`(?:^|,\\s+)(?:(?:${enClauseWords.clauseLinkers.join('|')})\\s+)?(he|she)\\s+(?=\\p{Ll})`, 'giu');

/**
 * The entity recorded as a main-clause subject between view offsets [from, to) of paragraph `pi` (the last
 * one), else the antecedent of a `he`/`she` subject there (the last one), or null; English only (other
 * languages return null).
 * @param from the sentence start
 * @param to the predicate's verb
 */
export function recordedClauseSubject(ctx: Ctx, pi: number, from: number, to: number): Resolution | null {
  if (ctx.lex.language !== 'en' || to <= from) return null;
  const lo = pos(pi, from);
  const hi = pos(pi, to);
  let best: Resolution | null = null;
  let bestAt = -1;
  for (const e of ctx.index.entities) {
    if (e.plural) continue;
    for (const at of e.subjects) {
      if (at >= lo && at < hi && at > bestAt) {
        best = { entity: e, role: null };
        bestAt = at;
      }
    }
  }
  return best ?? pronounSubject(ctx, pi, from, to);
}

/** The antecedent of the last `he`/`she` main-clause subject in [from, to) of paragraph `pi`, or null. */
function pronounSubject(ctx: Ctx, pi: number, from: number, to: number): Resolution | null {
  const s = ctx.paras[pi].masked.slice(from, to);
  let last: RegExpExecArray | null = null;
  for (const m of s.matchAll(PRONOUN_SUBJECT)) last = m;
  if (!last) return null;
  const at = from + last.index + last[0].trimEnd().length;
  const res = resolveSpan(ctx, pi, at - last[1].length, at);
  return res?.entity ? res : null;
}
