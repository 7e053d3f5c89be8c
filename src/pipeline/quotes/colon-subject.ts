/**
 * Serbian and Albanian: a quote introduced by a colon after a clause with no speech verb (`Presidentja X,
 * në një postim në rrjetin X, e përshëndeti vendimin: “…”`, `Trajneri i Lituanisë, Y, ishte i sinqertë pas
 * ndeshjes: "…"`, `Ministarka X je, posle sastanka, bila jasna: „…“`) is the words of that clause's subject,
 * the name its first comma segment opens with; the asides and the predicate after it are not the speaker.
 */
import { pos } from './entities.js';
import { vo, type Ctx } from './context.js';
import { resolveSubject, type Resolution } from './speakers.js';

const LANGUAGES = new Set(['sr', 'sq']);

/**
 * The subject of the clause before a colon that introduces a quote, when its first comma segment holds a
 * person's name and the clause goes on in lower case (a predicate).
 * @param head the sentence up to the quote's opening mark (masked Latin view), ending in `:`
 * @param headStart the view offset where `head` starts in paragraph `pi`
 * @returns the person, or null
 */
export function colonClauseSubject(ctx: Ctx, pi: number, head: string, headStart: number): Resolution | null {
  if (!LANGUAGES.has(ctx.lex.language) || pi === 0) return null;
  const segs = head.replace(/:\s*$/, '').split(/,\s*/);
  const last = segs[segs.length - 1].trim();
  if (!/\p{Lu}/u.test(segs[0]) || !/^\p{Ll}/u.test(last.split(/\s+/).slice(-2).join(' '))) return null;
  // The first segment, with an apposition segment after it (`Trajneri i Lituanisë, Tomas Žukauskas,`) when that is a name.
  const appo = segs.length > 2 && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]+)+$/u.test(segs[1].trim());
  const text = appo ? `${segs[0]}, ${segs[1].trim()}` : segs[0].trim();
  const p = ctx.paras[pi];
  const at = headStart + head.indexOf(segs[0]);
  const res = resolveSubject({ text, original: vo(p, at, at + text.length), at: pos(pi, at + text.length) }, ctx.index, ctx.lex);
  return res?.entity && res.entity.kind !== 'anon' ? res : null;
}
