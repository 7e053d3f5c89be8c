/**
 * Serbian and Albanian: a clause coordinated after a comma with a subject of its own starts a new
 * subject (`Kurti je govorio o energiji, a ministar je rekao da …`, `…, dok je Petrović rekao da …`,
 * `…, ndërsa ministri tha se …`): the speech verb's subject is read from that clause, not from the
 * first one. Data: the lexicon's `coordinatedClause`.
 */
import type { QuoteLexicon } from './lexicon/types.js';
import { parseRole } from './roles.js';
import { escapeRe, scanFrom } from './text.js';

/** `, a `, `, dok `, … as one pattern per lexicon, and its clitics as a set (built once). */
const patterns = new WeakMap<QuoteLexicon, { re: RegExp; clitics: Set<string>; pronouns: Set<string> }>();

function patternFor(lex: QuoteLexicon): { re: RegExp; clitics: Set<string>; pronouns: Set<string> } | null {
  const cc = lex.coordinatedClause;
  if (!cc) return null;
  let p = patterns.get(lex);
  if (p === undefined) {
    const alt = cc.conjunctions.map((c) => escapeRe(c).replace(/ /g, '\\s+')).join('|');
    p = {
      re: new RegExp(`,\\s+(?:${alt})\\s+`, 'giu'),
      clitics: new Set(cc.clitics),
      pronouns: new Set([...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural]),
    };
    patterns.set(lex, p);
  }
  return p;
}

/**
 * Where the clause of a speech verb at `verbStart` starts when a coordinated clause with its own subject
 * stands between `from` and the verb: past the last `, a` / `, dok` / `, ndërsa` and the clitics after it
 * (`, dok je |ministar finansija rekao`).
 * @returns that offset, or null when there is no such conjunction or what follows it holds no subject (a
 *   name, a role noun or a personal pronoun: `, a zatim je rekao` keeps the first clause's subject)
 */
export function coordinatedClauseStart(s: string, from: number, verbStart: number, lex: QuoteLexicon): number | null {
  const p = patternFor(lex);
  if (p === null || verbStart - from < 6) return null;
  let cut = -1;
  const m = scanFrom(p.re, from);
  for (let x = m.exec(s); x && x.index < verbStart; x = m.exec(s)) cut = x.index + x[0].length;
  if (cut < 0 || cut >= verbStart) return null;
  const words = s.slice(cut, verbStart).split(/\s+/).filter(Boolean);
  let skip = 0;
  while (skip < words.length && p.clitics.has(words[skip].toLowerCase())) skip++;
  const rest = words.slice(skip);
  if (rest.length === 0 || rest.length > 8) return null;
  const subject = rest.some((w) => /^\p{Lu}/u.test(w) || p.pronouns.has(w.toLowerCase()) || parseRole(w) !== null);
  if (!subject) return null;
  let at = cut;
  for (let k = 0; k < skip; k++) at = s.indexOf(words[k], at) + words[k].length;
  while (at < verbStart && /[\s\u00a0]/.test(s[at])) at++;
  return at;
}

/**
 * Whether `between` (the words between a speech verb and a complementiser after it) holds a coordinated
 * clause (`govorio je o energiji, a ministar je rekao da …`): the complementiser is then the later
 * clause's, not the first verb's.
 */
export function holdsCoordinatedClause(between: string, lex: QuoteLexicon): boolean {
  const p = patternFor(lex);
  if (p === null) return false;
  p.re.lastIndex = 0;
  const hit = p.re.test(between);
  p.re.lastIndex = 0;
  return hit;
}
