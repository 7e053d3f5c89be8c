/**
 * Serbian and Albanian: a subject that is an institution's head noun alone (`Ministarstvo je navelo da`,
 * `Министарство је навело`, `Ministria tha se`) is a common noun capitalised because it opens the
 * sentence, not a name. It stands for the institution of that kind the article
 * named before (`Ministarstvo zdravlja`, `Ministria e Shëndetësisë`; a headline's, the one the body names);
 * with none named, for an unnamed one
 * (no speaker, the noun its role), never for an organisation called `Ministarstvo`.
 */
import { fold } from '../text/fold.js';
import type { Entity } from './entities.js';
import { sqBareOrgHeads } from './lexicon/sq.js';
import { orgHead } from './roles.js';
import { serbianOrgHead } from './sr-org-case.js';
import type { KindStep } from './subject-kinds.js';

const SQ_HEADS = new Set(sqBareOrgHeads);

/** The key two forms of one head noun share: the Serbian nominative (`Ministarstva` → `ministarstvo`), else the organisation stem. */
function headKey(word: string, language: string): string | null {
  if (language === 'sr') return serbianOrgHead(word);
  if (language === 'sq') return SQ_HEADS.has(fold(word)) ? orgHead(word) : null;
  return null;
}

/** The organisation mentioned last before `at` whose name holds a word of the same head (`Ministarstvo zdravlja`). */
function namedOfKind(entities: readonly Entity[], key: string, at: number, language: string): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of entities) {
    if (e.kind !== 'org' || e.name === null || e.name.split(/\s+/).length < 2) continue;
    const last = e.mentions.filter((m) => m < at).reduce((a, b) => Math.max(a, b), -1);
    if (last <= bestAt) continue;
    const words = e.name.split(/\s+/);
    const ofKind = language === 'sq' ? words.some((w) => /^\p{Lu}/u.test(w) && orgHead(w) === key) : words.some((w) => serbianOrgHead(w) === key);
    if (ofKind) {
      best = e;
      bestAt = last;
    }
  }
  return best;
}

/** A head noun alone as the subject: the institution of its kind named before, else nobody (see the module comment). */
export const bareOrgNoun: KindStep = (ph, env) => {
  const language = env.lex.language;
  const word = ph.original.trim();
  // Capitalised only because it opens the clause; a lower-case head (`u saopštenju kompanije`) is `organisationByType`'s.
  if ((language !== 'sr' && language !== 'sq') || ph.fromOrg || /\s/.test(word) || !/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
  const key = headKey(word, language);
  if (key === null) return undefined;
  // A headline (`Ministarstvo: …`) may name the institution the body names after it.
  const e =
    namedOfKind(env.index.entities, key, env.at, language) ?? (env.opts.lookahead ? namedOfKind(env.index.entities, key, Infinity, language) : undefined);
  if (e) {
    env.index.mention(e, env.at, true);
    return { entity: e, role: null };
  }
  return { entity: null, role: word.toLowerCase() };
};
