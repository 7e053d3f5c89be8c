/** A speaker's gender from the words around a subject: verb morphology, pronouns and feminine role nouns. */
import { fold } from '../text/fold.js';
import type { Gender } from './entities.js';
import { allLexicons, type QuoteLexicon } from './lexicon/index.js';

/** Feminine role nouns of every language (`ministarka`, `ministrja`), folded. */
const FEMININE_ROLE = new RegExp(`\\b(${allLexicons.flatMap((l) => l.cues.feminineRoleNouns).join('|')})\\b`);

/** `w` as a word of folded text, compiled once per word (a pattern built per call cost more than its test; issue 23). */
function wordRe(w: string): RegExp {
  let re = wordRes.get(w);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)${w}(?:\\s|$|[,.])`);
    wordRes.set(w, re);
  }
  return re;
}
const wordRes = new Map<string, RegExp>();

/**
 * Gender hinted by a Serbian l-participle (`rekla` → f, `rekao` → m), a pronoun, or an Albanian/Serbian
 * feminine role noun; null when nothing tells.
 */
export function genderHint(s: string, lex?: QuoteLexicon): Gender | null {
  const f = fold(s);
  const has = (ws: string[]) => ws.some((w) => wordRe(w).test(f));
  const fem = lex ? lex.pronouns.f : ['she', 'her'];
  const masc = lex ? [...lex.pronouns.m, ...lex.obliquePronouns.m] : ['he', 'his', 'him'];
  if (/\b\w+la\s+je\b|\bje\s+\w+la\b/.test(f) || FEMININE_ROLE.test(f) || has(fem)) return 'f';
  if (/\b\w+(ao|eo|io)\s+je\b|\bje\s+\w+(ao|eo|io)\b/.test(f) || has(masc)) return 'm';
  return null;
}
