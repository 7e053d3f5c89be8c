/**
 * Albanian: a role shown with a speaker, or given as one, is in the nominative definite form the article
 * would use for its subject (`Sipas presidentes` → `presidentja`, `i tha ministrit të Jashtëm` → `ministri i
 * Jashtëm`), never the oblique form it was read in (`lexicon/sq-role-cases.ts`).
 */
import { SQ_ROLE_ENDINGS, SQ_ROLE_LINKING } from './lexicon/sq-role-cases.js';
import { parseRole } from './roles.js';

/**
 * The nominative of an Albanian role phrase: its first word that is a role noun in an oblique case is put
 * back in the nominative, and a linking article right after it agrees.
 * @param role the role as written (`presidentes`, `ministrit të Jashtëm`)
 * @returns the nominative role phrase, or `role` unchanged
 */
export function albanianRoleNominative(role: string): string {
  const ws = role.trim().split(/\s+/);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lowerW = w.toLowerCase();
    for (const [obl, nom, gender] of SQ_ROLE_ENDINGS) {
      if (!lowerW.endsWith(obl) || lowerW.length - obl.length < 4) continue;
      // The nominative must be the same role noun (`presidentes` → `presidentja`), never another word.
      const base = w.slice(0, w.length - obl.length) + nom;
      if (parseRole(base.toLowerCase()) === null || parseRole(base.toLowerCase())?.head !== parseRole(lowerW)?.head) continue;
      if (base.toLowerCase() === lowerW) continue;
      ws[i] = base;
      const link = ws[i + 1]?.toLowerCase();
      if (link && SQ_ROLE_LINKING[link]) ws[i + 1] = SQ_ROLE_LINKING[link][gender];
      return ws.join(' ');
    }
    if (parseRole(lowerW)) return role;
  }
  return role;
}
