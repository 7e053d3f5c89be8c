/**
 * Serbian: a role shown with a speaker is in the nominative (`ministar spoljnih poslova`), never the
 * oblique case the article wrote it in (`izjava ministra spoljnih poslova`, `prema rečima predstavnice
 * udruženja`). The head noun (the first role noun) takes its nominative singular and the adjectives
 * before it agree; the complement after it (`spoljnih poslova`, `udruženja`) is kept as written. When the
 * case or the agreement is not certain, the role is kept as written. Data: `lexicon/sr-role-cases.ts`.
 */
import { cyrillicToLatin } from '../text/fold.js';
import { parseRole } from './roles.js';
import {
  SR_A_STEM_ROLES,
  SR_CONSONANT_NOMINATIVE,
  SR_FEMININE_ROLE_STEM,
  SR_PLURAL_LIKE_DATIVE,
  SR_POSSESSIVE_STEM,
  SR_ROLE_CASES,
  type SrRoleCase,
} from './lexicon/sr-role-cases.js';

const CYR = /[\u0400-\u04ff]/;
const TO_CYR: Record<string, string> = { a: 'а', e: 'е', i: 'и', o: 'о', u: 'у', l: 'л', c: 'ц', r: 'р' };
const latin = (w: string) => cyrillicToLatin(w).toLowerCase();

/** `word` with its last `cut` letters replaced by `add` (Latin letters), in the word's script. */
function replaceEnd(word: string, cut: number, add: string): string {
  const tail = CYR.test(word) ? [...add].map((ch) => TO_CYR[ch] ?? ch).join('') : add;
  return word.slice(0, word.length - cut) + tail;
}

/** The head noun's case and nominative, or null when it is nominative already or its case is not certain. */
function headCase(w: string): { kase: SrRoleCase; cut: number; add: string; needsAdjective?: boolean } | null {
  const l = latin(w);
  const classes = [
    ['aStem', (stem: string) => SR_A_STEM_ROLES.some((s) => stem.endsWith(s))],
    ['feminine', (stem: string) => SR_FEMININE_ROLE_STEM.test(stem)],
    ['consonant', (stem: string) => /[^aeiou]$/.test(stem) && !SR_FEMININE_ROLE_STEM.test(stem) && !SR_A_STEM_ROLES.some((s) => stem.endsWith(s))],
  ] as const;
  for (const [cls, fits] of classes) {
    for (const kase of SR_ROLE_CASES[cls]) {
      if (!l.endsWith(kase.ending)) continue;
      const stem = l.slice(0, -kase.ending.length);
      if (stem.length < 3 || !fits(stem)) continue;
      const needsAdjective = cls === 'feminine' && kase.ending === 'i' && SR_PLURAL_LIKE_DATIVE.test(stem);
      if (cls !== 'consonant') return { kase, cut: kase.ending.length, add: 'a', needsAdjective };
      const rule = SR_CONSONANT_NOMINATIVE.find(([re]) => re.test(stem));
      if (!rule) return { kase, cut: kase.ending.length, add: '' };
      const nominative = stem.replace(rule[0], rule[1]);
      // The stem's changed tail and the ending go; the nominative's tail comes back.
      let k = 0;
      while (k < stem.length && stem[k] === nominative[k]) k++;
      return { kase, cut: l.length - k, add: nominative.slice(k) };
    }
  }
  return null;
}

/**
 * The nominative of a Serbian role phrase (Latin or Cyrillic).
 * @param role the role as cleaned for output (`ruskog kodirektora`, `predsednika opštine Zubin Potok`)
 * @returns the role in the nominative (`ruski kodirektor`, `predsednik opštine Zubin Potok`), or `role`
 *   unchanged when its head is nominative already, is not a role noun in a singular oblique case, or a
 *   word before it is no adjective agreeing with it
 */
export function serbianRoleNominative(role: string): string {
  const ws = role.trim().split(/\s+/);
  const head = ws.findIndex((w) => parseRole(w) !== null);
  if (head < 0) return role;
  const c = headCase(ws[head]);
  if (!c) return role;
  const nominative = replaceEnd(ws[head], c.cut, c.add);
  // The nominative must be the same role noun (`ministra` → `ministar`), never another word.
  if (parseRole(nominative)?.head !== parseRole(ws[head])?.head) return role;
  if (c.needsAdjective && head === 0) return role;
  const out = ws.slice();
  out[head] = nominative;
  for (let i = 0; i < head; i++) {
    const l = latin(ws[i]);
    const adj = c.kase.adjectives.find(([obl]) => l.endsWith(obl) && l.length - obl.length >= 3);
    if (!adj) return role;
    const stem = ws[i].slice(0, ws[i].length - adj[0].length);
    // A possessive from a name has no `-i` in the masculine nominative (`Vučićevog` → `Vučićev`).
    out[i] = adj[1] === 'i' && SR_POSSESSIVE_STEM.test(stem) ? stem : replaceEnd(ws[i], adj[0].length, adj[1]);
  }
  return out.join(' ');
}

/**
 * Whether a Serbian role noun is in the dative (`ministru`, `ambasadoru`, `direktorki`): after a speech
 * verb (`rekao sam tada ministru`) it names the addressee, never the speaker's role.
 * @param word one word, Latin or Cyrillic
 */
export function isSerbianDativeRole(word: string): boolean {
  if (parseRole(word) === null) return false;
  const c = headCase(word);
  return c !== null && c.kase.adjectives.some(([obl]) => obl === 'om' || obl === 'oj');
}
