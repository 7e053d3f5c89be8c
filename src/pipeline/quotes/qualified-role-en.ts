/**
 * English: a subject phrase `(the|a|X's)? <Capitalised words> <lower-case role noun(s)>` names a role
 * (`the Florida senator`, `Cameron's spokesman`, `the Lincoln actor`, `the Mexican president`). An English
 * compound ends in its head: the capitalised words only qualify the role — its place or nation, or whose
 * role it is — and are never the speaker's name. The phrase resolves like a role reference (`roleNoun`): to
 * a compatible holder the article named, else the last subject, else an unnamed source with that role —
 * never to the qualifier itself, and a person's own role (`X's spokesman`) never to the last subject.
 */
import { fold } from '../text/fold.js';
import { QUALIFIED_ROLE_DETERMINERS_EN } from './lexicon/qualified-role-en.js';
import { ROLE_COMPLEMENT_PREPOSITIONS } from './lexicon/roles.js';
import type { Entity } from './entities.js';
import { parseRole, rolesCompatible, type Role } from './roles.js';
import type { KindStep } from './subject-kinds.js';

const DETERMINERS = new Set(QUALIFIED_ROLE_DETERMINERS_EN);
const CAPITALISED = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const POSSESSIVE = /['’]s?$/u;

/** The qualifier of a role compound: its capitalised words, whether they are a possessive, and the role's own words after them. */
export interface RoleQualifier {
  /** The capitalised words (`New Jersey`, `Cameron` of `Cameron's spokesman`). */
  name: string;
  possessive: boolean;
  /** The lower-case words after the qualifier, before the head (`minority` of `the Senate minority leader`). */
  modifiers: string[];
}

/**
 * The qualifier of a qualified role phrase, or null when the phrase is not one: its last word a lower-case
 * role noun, one run of capitalised words before it, and no comma or preposition.
 */
export function roleQualifier(original: string): RoleQualifier | null {
  const t = original.trim();
  if (/[,;:()"“”]/.test(t)) return null;
  const ws = t.split(/\s+/);
  if (ws.length < 2) return null;
  const last = ws[ws.length - 1];
  if (!LOWER.test(last) || parseRole(last) === null) return null;
  const folded = ws.map((w) => fold(w));
  if (folded.some((w) => ROLE_COMPLEMENT_PREPOSITIONS.has(w))) return null;
  // A sentence-opening determiner is capitalised as a sentence start, not as a name (`The Florida senator`).
  const start = DETERMINERS.has(folded[0]) ? 1 : 0;
  const caps = ws.map((w, i) => i >= start && CAPITALISED.test(w));
  const first = caps.indexOf(true);
  if (first < 0) return null;
  let end = first;
  while (end < ws.length && caps[end]) end++;
  // One run of capitalised words; every word after it is lower case, the role's own words (`campaign manager`).
  if (caps.slice(end).some(Boolean) || !ws.slice(end).every((w) => LOWER.test(w))) return null;
  // Words before the run are lower-case modifiers (`the former`, `the senior`) or a number, not a name's.
  if (!ws.slice(start, first).every((w) => LOWER.test(w) || /^\d/.test(w))) return null;
  const name = ws.slice(first, end).join(' ');
  return { name: name.replace(POSSESSIVE, ''), possessive: POSSESSIVE.test(name), modifiers: folded.slice(end, -1) };
}

/** A holder of `role` whose role also holds the mention's own words (`thought leaders` is no `minority leader`). */
function holdsWords(e: Entity | undefined, role: Role, modifiers: string[]): Entity | undefined {
  const texts = e?.roles.filter((r) => rolesCompatible(role, r)).map((r) => fold(r.text)) ?? [];
  return e && modifiers.every((w) => texts.some((t) => t.includes(w))) ? e : undefined;
}

/** The role a capitalised qualifier qualifies (see the module comment); undefined for any other phrase. */
export const qualifiedRole: KindStep = (ph, env) => {
  if (env.lex.language !== 'en') return undefined;
  const q = roleQualifier(ph.original);
  const role = q === null ? null : parseRole(ph.text);
  if (q === null || role === null) return undefined;
  const unnamed = () => {
    env.index.anonymous(env.at, role, env.opts.gender ?? null);
    return { entity: null, role: role.text };
  };
  if (env.index.roleShared(role, env.at)) return { entity: null, role: role.text };
  // The qualifier's own entity never holds the role it qualifies (`the Sanders aide` is not Sanders).
  const own = env.index.byName(q.name);
  const qualifierWords = fold(q.name).split(/\s+/);
  const isOwn = (e: Entity) =>
    e === own ||
    (e.name !== null &&
      fold(e.name)
        .split(/\s+/)
        .some((w) => qualifierWords.includes(w)));
  const e = holdsWords(env.index.byRole(role, env.at) ?? (env.opts.lookahead ? env.index.byRoleAhead(role, env.at) : undefined), role, q.modifiers);
  if (e) {
    if (isOwn(e)) return unnamed();
    env.index.mention(e, env.at, true);
    return { entity: e, role: role.text };
  }
  // Nobody holds the role: the last subject takes it, as with a bare role noun (`X spoke … The Florida
  // senator said`) — unless the role is a person's own, has a nation or posting, or the qualifier names them.
  const prev = env.index.lastSubject(env.at);
  if (
    !prev ||
    q.possessive ||
    role.nations.length > 0 ||
    role.place ||
    isOwn(prev) ||
    prev.roles.some((r) => r.head === role.head && !rolesCompatible(role, r))
  )
    return unnamed();
  env.index.addRole(prev, role);
  env.index.mention(prev, env.at, true);
  return { entity: prev, role: role.text };
};
