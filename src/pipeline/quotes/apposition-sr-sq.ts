/**
 * Serbian and Albanian subject phrases that open with a person the article has named and go on with a
 * lower-case apposition (`Perić, bliski saradnik Gorana Ilića,` / `Krasniqi, këshilltar i Albin Kurtit,`):
 * the speaker is the name; a name inside the apposition (in the genitive: whose adviser) is what the
 * apposition says about that person, never the speaker. The English rule is `name-apposition.ts`.
 */
import type { Phrase, SubjectEnv } from './subject-phrase.js';

const LANGUAGES = new Set(['sr', 'sq']);

/**
 * Cuts a sr/sq subject phrase `Name, lower-case apposition` down to the name.
 * @param ph the phrase (Latin-view `text`, original-script `original`); changed in place when it matches
 * @param env the resolver's environment (index and lexicon)
 * @returns true when the phrase was cut
 */
export function nameBeforeAppositionSrSq(ph: Phrase, env: SubjectEnv): boolean {
  if (!LANGUAGES.has(env.lex.language)) return false;
  const segs = ph.text.split(/,\s*/);
  if (segs.length < 2) return false;
  const seg0 = segs[0].trim();
  if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(seg0)) return false;
  const known = env.index.byName(seg0);
  if (!known || known.kind !== 'person') return false;
  if (!/^\p{Ll}/u.test(segs[1].trim())) return false;
  const oSegs = ph.original.split(/,\s*/);
  ph.text = seg0;
  ph.original = (oSegs.length === segs.length ? oSegs[0] : seg0).trim();
  return true;
}
