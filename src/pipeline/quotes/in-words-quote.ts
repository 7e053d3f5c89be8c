/**
 * A quote that an inserted source phrase introduces inside its sentence: `Budžet je, kako je navela,
 * „napisan za izbore“.`, `Plan je, po njegovim rečima, „mrtvo slovo“.` The phrase (`inWords` of the
 * lexicon) names no one; its verb or pronoun tells the gender (`navela` → a woman), and the speaker is the
 * most recent subject of that gender, as for `Ona` (`EntityIndex.byPronoun`) — not the article's last
 * speaker, who may be someone else.
 */
import { pos } from './entities.js';
import type { Ctx } from './context.js';
import { regexesFor } from './frames.js';
import { genderHint } from './gender.js';
import type { Resolution } from './subject-phrase.js';
import { scanFrom } from './text.js';

/**
 * The speaker of a quote opening at `open` whose sentence, from `sentStart`, ends in an inserted source
 * phrase right before the quote mark; null when there is no such phrase or nobody of its gender.
 */
export function inWordsBeforeQuote(ctx: Ctx, pi: number, sentStart: number, open: number): Resolution | null {
  const s = ctx.paras[pi].masked;
  const re = scanFrom(regexesFor(ctx.lex).inWords, sentStart);
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m && m.index < open; m = re.exec(s)) last = m;
  if (!last || last.index === sentStart) return null;
  // The phrase is set off by commas and stands right before the quote mark.
  if (!/,\s*$/.test(s.slice(sentStart, last.index)) || /[^\s,:]/.test(s.slice(last.index + last[0].length, open))) return null;
  const e = ctx.index.byPronoun(genderHint(last[0], ctx.lex), pos(pi, last.index));
  return e ? { entity: e, role: null } : null;
}
