/**
 * English: a role as the subject of a fronted clause, taken up by a pronoun subject of the main clause
 * (`When the Russian ambassador visited in October he told the staff: "…"`). The pronoun is that role's
 * holder, not the last person the article named: the index records the role phrase as a subject mention
 * of the holder the article gave a compatible role (`rolesCompatible`: a nation or posting of the mention
 * must be the holder's), else of a new unnamed source with that role, so that the pronoun's salience
 * (`pronoun-salience.ts`) finds it in its own sentence.
 */
import { fold } from '../text/fold.js';
import { pos, type EntityIndex, type Gender } from './entities.js';
import { frontedClauseSubordinators } from './lexicon/antecedent-en.js';
import { parseRole } from './roles.js';
import { escapeRe } from './text.js';

const FRONTED = new RegExp(`^(?:${frontedClauseSubordinators.map(escapeRe).join('|')})\\s+(the(?:\\s+[\\p{L}.'’-]+){1,4})`, 'iu');
const PRONOUN = /(?:^|[\s,])(he|she)\s+\p{Ll}/u;

/**
 * Records each sentence of paragraph `pi` that opens with a fronted clause whose subject is a definite role
 * phrase (`the Russian ambassador`) and whose main clause has `he` or `she` as its subject, with no person
 * mentioned between the two.
 * @param s the paragraph's masked text; `starts` its sentence start offsets
 */
export function indexFrontedRoles(s: string, starts: number[], pi: number, index: EntityIndex): void {
  starts.forEach((st, k) => {
    const end = starts[k + 1] ?? s.length;
    const lead = s.slice(st, end).length - s.slice(st, end).trimStart().length;
    const sent = s.slice(st + lead, end);
    const m = FRONTED.exec(sent);
    if (!m) return;
    const np = roleNp(m[1]);
    if (!np) return;
    const at = st + lead + m[0].length - m[1].length;
    const rest = sent.slice(m[0].length - m[1].length + np.text.length);
    const pr = PRONOUN.exec(rest);
    if (!pr) return;
    const pAt = at + np.text.length + pr.index;
    const between = index.entities.some((e) => e.kind !== 'org' && e.mentions.some((x) => x > pos(pi, at) && x < pos(pi, pAt)));
    if (between) return;
    const gender: Gender = fold(pr[1]) === 'she' ? 'f' : 'm';
    const holder = index.byRole(np.role, pos(pi, at));
    if (holder && !(holder.gender && holder.gender !== gender)) index.mention(holder, pos(pi, at), true);
    else index.anonymous(pos(pi, at), np.role, gender);
  });
}

/** The definite phrase up to its first role noun (`the Russian ambassador visited` → `the Russian ambassador`), or null. */
function roleNp(phrase: string): { text: string; role: NonNullable<ReturnType<typeof parseRole>> } | null {
  const ws = phrase.split(/\s+/);
  for (let k = 1; k < ws.length; k++) {
    if (!parseRole(ws[k])) continue;
    const text = ws.slice(0, k + 1).join(' ');
    const role = parseRole(text);
    return role ? { text, role } : null;
  }
  return null;
}
