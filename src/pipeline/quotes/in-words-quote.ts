/**
 * A quote that an inserted source phrase introduces inside its sentence: `Budžet je, kako je navela,
 * „napisan za izbore“.`, `Plan je, po njegovim rečima, „mrtvo slovo“.`, or that opens its sentence
 * (`Po njenim rečima, „…“.`, `Sipas tij: "…"`, `In her words, "…"`). The phrase (`inWords` of the
 * lexicon) names no one; its verb or pronoun tells the gender (`navela` → a woman), and the speaker is the
 * most recent subject of that gender, as for `Ona` (`EntityIndex.byPronoun`) — not the article's last
 * speaker, who may be someone else.
 */
import { pos } from './entities.js';
import type { Ctx } from './context.js';
import { regexesFor } from './frames.js';
import { genderHint } from './gender.js';
import type { Resolution } from './subject-phrase.js';
import type { QuoteLexicon } from './lexicon/types.js';
import { escapeRe, scanFrom } from './text.js';

/** `^(?:po njenim rečima|…)\s*[,:]$` per lexicon (built once). */
const leads = new WeakMap<QuoteLexicon, RegExp>();

/**
 * Whether the sentence before a quote mark is only an `inWords` source phrase and a comma or colon
 * (`Po njenim rečima,`, `Prema njegovim rečima:`, `Sipas saj,`): the quote then stands as the words of
 * that phrase's person (a direct quote), found by `inWordsBeforeQuote`.
 * @param head the sentence up to the quote's opening mark, trimmed
 */
export function inWordsLead(head: string, lex: QuoteLexicon): boolean {
  if (head.length > 40 || !/[,:]$/.test(head)) return false;
  let re = leads.get(lex);
  if (re === undefined) {
    re = new RegExp(`^(?:${lex.inWords.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|')})\\s*[,:]$`, 'iu');
    leads.set(lex, re);
  }
  return re.test(head);
}

/** The gender of the possessive or oblique pronoun in a source phrase (`po njenim rečima`, `sipas saj`), or null. */
function possessorGender(phrase: string, lex: QuoteLexicon): 'm' | 'f' | null {
  const ws = phrase.toLowerCase().split(/[\s,:]+/);
  if (ws.some((w) => lex.obliquePronouns.f.includes(w))) return 'f';
  return ws.some((w) => lex.obliquePronouns.m.includes(w)) ? 'm' : null;
}

/**
 * The speaker of a quote opening at `open` whose sentence, from `sentStart`, ends in an inserted source
 * phrase right before the quote mark; null when there is no such phrase or nobody of its gender.
 */
export function inWordsBeforeQuote(ctx: Ctx, pi: number, sentStart: number, open: number): Resolution | null {
  const s = ctx.paras[pi].masked;
  const re = scanFrom(regexesFor(ctx.lex).inWords, sentStart);
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m && m.index < open; m = re.exec(s)) last = m;
  if (!last) return null;
  // The phrase opens the sentence, or is set off by commas inside it, and stands right before the quote mark.
  const opensSentence = s.slice(sentStart, last.index).trim() === '';
  if ((!opensSentence && !/,\s*$/.test(s.slice(sentStart, last.index))) || /[^\s,:]/.test(s.slice(last.index + last[0].length, open))) return null;
  const e = ctx.index.byPronoun(genderHint(last[0], ctx.lex) ?? possessorGender(last[0], ctx.lex), pos(pi, last.index));
  return e ? { entity: e, role: null } : null;
}
