/**
 * A role that the words before a name give without a role noun (`u režiji Jelene Ilić`, `novi film
 * Marka Perića`, `directed by Jane Roe`): the person then holds it, so a later bare role noun
 * (`Rediteljka je rekla`, `the director said`) finds them. Data: `lexicon/role-evidence.ts`.
 */
import { fold } from '../text/fold.js';
import { ROLE_EVIDENCE } from './lexicon/role-evidence.js';
import type { Role } from './roles.js';

/**
 * The role that `before` (the text right before a name, in the Latin view) gives the name, or null.
 * @param language the article's language
 */
export function roleFromEvidence(before: string, language: string): Role | null {
  const rules = ROLE_EVIDENCE[language];
  if (!rules) return null;
  const f = ` ${fold(before)
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()}`;
  for (const r of rules) if (f.endsWith(` ${r.phrase}`)) return { head: r.head, nations: [], place: null, text: r.role, former: false };
  return null;
}
