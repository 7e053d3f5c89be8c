/**
 * English: the subject of a predicate that has none of its own (issue 15). A coordinated speech verb
 * (`Roe toured the port on Friday and said …`) or a participle clause (`…, saying …`) reports for the
 * main-clause subject of its sentence. When the sentence opens with a fronted adverbial (`In a radio
 * interview on Monday, Roe defended the plan and said …`), the words at the sentence start are no subject;
 * the subject is the name the entity index recorded as the main-clause subject (`isClauseSubject`,
 * ADR 0134), the last one before the verb in the same sentence.
 */
import type { Resolution } from './speakers.js';
import { pos } from './entities.js';
import type { Ctx } from './context.js';

/**
 * The entity recorded as a main-clause subject between view offsets [from, to) of paragraph `pi` (the last
 * one), or null; English only (other languages return null).
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
  return best;
}
