/**
 * Roles as the article gives them (`the Russian ambassador to Serbia`): a head noun, the nationalities
 * that qualify it and, for postings, the place. Compatibility decides whether a role mention (`the
 * ambassador`, `this diplomat`, `the EU ambassador`) may refer to an entity that carries a role.
 */
import { detach, fold } from '../text/fold.js';
import {
  DEPUTY_DISTINCT_HEADS,
  DEPUTY_WORDS,
  DIPLOMAT_HEADS,
  ENGLISH_ROLE_INFLECTION,
  ENGLISH_ROLE_VARIANTS,
  NATION_STEMS,
  ROLE_KIND_OF,
  ORG_STEMS,
  POSTED_HEADS,
  ROLE_COMPLEMENT_PREPOSITIONS,
  ROLE_STEMS,
  SHARED_ROLE_SPELLINGS,
} from './lexicon/roles.js';
import { ROLE_SYNONYMS } from './lexicon/role-synonyms.js';
import { words } from './text.js';

export interface Role {
  /** Canonical head noun (`ambassador`, `minister`, ...). */
  head: string;
  /** Nationality codes qualifying the role (`RU`, `EU`). */
  nations: string[];
  /** Posting place code for `to/in <place>` (`RS`, `US`), or null. */
  place: string | null;
  /** The role phrase as written, e.g. `Russian ambassador`. */
  text: string;
  /** `former ambassador`, `bivši ambasador`, `ish-ambasadori`: a former holder is someone else than the current one. */
  former?: boolean;
  /** `deputy director`, `zamenik direktora`: of some offices a deputy is someone else than the holder (`rolesCompatible`). */
  deputy?: boolean;
}

/** Nationality codes that name institutions, not states. */
const INSTITUTIONS = new Set(['EU', 'UN', 'NATO', 'OSCE']);
const PREPS = new Set(['of', 'for', 'to', 'in', 'at', 'za', 'u', 'e', 'i', 'te', 'ne', 'se', 'on', 'with']);
// Offices whose name starts like a role noun (`ministri` the minister, `prokurori` the prosecutor).
const ORG_WORD = /^(ministry|ministria|ministris|ministarstv|prokuroria|prokurorise|prokurorine)/;
const PLACE_PREPS = new Set(['in', 'to', 'at', 'u', 'na', 'ne', 'pri', 'ni']);
const SHORT_NATION = new Set(NATION_STEMS.filter(([s]) => s.length <= 3).map(([s]) => s));

/** Nationality code of a folded token, or null (`russian` → RU, `moscow's` → RU, `rusije` → RU). */
export function nationOf(token: string): string | null {
  const t = token.replace(/['’]s$/, '');
  for (const [stem, code] of NATION_STEMS) {
    if (SHORT_NATION.has(stem) ? t === stem : t.startsWith(stem)) return code;
  }
  return null;
}

/** Role stems and the multi-word synonyms of an office (`predsednik vlade` = prime minister). */
const STEMS: [string, string][] = [...ROLE_STEMS, ...ROLE_SYNONYMS.flatMap((s) => s.forms.map((f): [string, string] => [f, s.head]))];

/** An English role stem ends only in an English inflection (`mayors`, not `Mayorkas`). */
function englishOnly(stem: string, head: string): boolean {
  return (stem === head || ENGLISH_ROLE_VARIANTS.has(stem)) && !SHARED_ROLE_SPELLINGS.has(stem);
}

/** Canonical role head found in a folded word list, trying three-, two- and one-word stems. */
function headAt(ws: string[], i: number): { head: string; len: number } | null {
  for (const n of [3, 2, 1]) {
    if (i + n > ws.length) continue;
    const phrase = ws.slice(i, i + n).join(' ');
    let best: string | null = null;
    let bestLen = 0;
    for (const [stem, head] of STEMS) {
      const ok =
        stem.includes(' ') || n > 1
          ? phrase === stem || (n > 1 && phrase.startsWith(stem) && stem.split(' ').length === n)
          : phrase === stem ||
            (phrase.startsWith(stem) &&
              stem.length >= 4 &&
              !/(?:al|ial|ic|ics|ical|ski|ska|sko)$/.test(phrase.slice(stem.length - 1)) &&
              phrase.length - stem.length <= 4 &&
              (!englishOnly(stem, head) || ENGLISH_ROLE_INFLECTION.test(phrase.slice(stem.length))));
      if (ok && stem.length > bestLen) {
        best = head;
        bestLen = stem.length;
      }
    }
    if (best) return { head: best, len: n };
  }
  // Serbian: a feminine role noun in `-nica` is the role of its masculine `-nik` (`gradonačelnica` → mayor); not
  // `-nici`, which is also the masculine plural (`zvaničnici`).
  const fem = /^(\p{L}{4,}ni)c(?:a|e|u|om)$/u.exec(ws[i]);
  if (fem) {
    const r = headAt([`${fem[1]}k`], 0);
    if (r) return { head: r.head, len: 1 };
  }
  // A nationality between the words of a two-word office (`Šef srpske diplomatije`, `šefica kosovske diplomatije`).
  if (i + 2 < ws.length && nationOf(ws[i + 1]) !== null) {
    const r = headAt([ws[i], ws[i + 2]], 0);
    if (r && r.len === 2) return { head: r.head, len: 3 };
  }
  return null;
}

/**
 * Parses a role phrase (`Russia's deputy permanent representative`, `Ambasador Rusije u Srbiji`).
 * @returns the role, or null when the phrase holds no role noun
 */
/**
 * The role phrase right before a person's name, when that stretch of the clause also holds another
 * person: only what follows the other person's name, from its first capitalised or role word on
 * (`President Vjosa Osmani met EU envoy` → `EU envoy`; `… sastala se sa izaslanikom EU` → `izaslanikom EU`).
 * A role never reaches back over another name and the verb between them.
 * @param text the clause text before the name; `runs` the name runs of `text` (start, end offsets)
 */
export function roleAfterLastName(text: string, runs: [number, number][]): string {
  // A name the role is of (`The mayor of East Riverton`) belongs to the role, not before it.
  const multi = runs.filter(([a, b]) => /\s/.test(text.slice(a, b).trim()) && !followsRoleComplement(text, a));
  if (multi.length === 0) return text;
  const ws = text
    .slice(multi[multi.length - 1][1])
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const folded = ws.map((w) => fold(w));
  // The role starts at its first capitalised word, role noun, nationality or `former` word.
  let i = 0;
  while (i < ws.length && !/^\p{Lu}/u.test(ws[i]) && !headAt(folded, i) && !nationOf(folded[i]) && !FORMER.test(folded[i])) i++;
  return ws.slice(i).join(' ');
}

/**
 * True when the words before offset `at` end with a role's complement preposition after a role noun
 * (`The mayor of ` + `East Riverton`; `the wife of ` + `John Roe`): the name there is what the role is
 * of, not who holds it.
 */
export function followsRoleComplement(text: string, at: number): boolean {
  const ws = text
    .slice(0, at)
    .trim()
    .split(/\s+/)
    .map((w) => fold(w));
  if (ws.length < 2 || !ROLE_COMPLEMENT_PREPOSITIONS.has(ws[ws.length - 1])) return false;
  return headAt(ws, ws.length - 2) !== null || parseRole(ws.slice(-4, -1).join(' ')) !== null;
}

export function parseRole(phrase: string): Role | null {
  const hit = roleCache.get(phrase);
  if (hit !== undefined) return hit && { ...hit, nations: [...hit.nations] };
  const r = parseRoleUncached(phrase);
  if (roleCache.size > 5000) roleCache.clear();
  roleCache.set(detach(phrase), r);
  return r && { ...r, nations: [...r.nations] };
}

/** Words that make a role a former one (folded). */
const FORMER = /^(former|ex|bivs[iae]|ish|nekadasnj\w*|then)$/;
const roleCache = new Map<string, Role | null>();
const orgCache = new Map<string, string | null>();

/** A dotted abbreviation (`u.s.`, `u.k.`) as one word (`us`), so its letters are not read as separate words. */
function undotted(folded: string): string {
  return folded.replace(/(?<!\p{L})(?:\p{L}\.){1,}\p{L}\.?(?!\p{L})/gu, (m) => m.replace(/\./g, ''));
}

function parseRoleUncached(phrase: string): Role | null {
  const ws = words(undotted(fold(phrase)));
  let head: string | null = null;
  let headIdx = -1;
  // The last role noun before the first preposition heads the phrase: `chief negotiator` → negotiator,
  // `the head of UNMIK` → head, `deputy permanent representative` → representative.
  for (let i = 0; i < ws.length; i++) {
    if (head && PREPS.has(ws[i])) break;
    if (ORG_WORD.test(ws[i])) continue;
    const h = headAt(ws, i);
    if (h) {
      head = h.head;
      headIdx = i;
      i += h.len - 1;
    }
  }
  if (!head) return null;
  // `deputy` heads only when it ends the phrase or meets a preposition (`Olsen's deputy`, `zamenik za …`);
  // before a noun the lexicon does not list it modifies that noun (`deputy sheriff`), which is no known role.
  if (head === 'deputy' && headIdx + 1 < ws.length && !PREPS.has(ws[headIdx + 1])) return null;
  const nations: string[] = [];
  let place: string | null = null;
  for (let i = 0; i < ws.length; i++) {
    if (i === headIdx) continue;
    const code = nationOf(ws[i]);
    if (!code) continue;
    // A portfolio after the head is not the holder's nationality: `Serbia's deputy minister for Kosovo`
    // (RS only), `ministar za Kosovo i Metohiju`, `ministri për Kosovën`.
    if (i > headIdx && headIdx >= 0 && i > 0 && /^(for|za|per)$/.test(ws[i - 1]) && nations.length > 0) continue;
    if (i > 0 && PLACE_PREPS.has(ws[i - 1]) && i > headIdx) place = place ?? code;
    else if (!nations.includes(code)) nations.push(code);
  }
  // A dateline is not part of the role (`BELGRADE – Serbian President`).
  const text = phrase.trim().replace(/^[\p{Lu}\s/.-]{3,}(?:,[^–—]{0,40})?\s[–—-]\s+/u, '');
  const former = ws.some((w) => FORMER.test(w)) || /\b(ex-|ish-)/.test(fold(phrase));
  const deputy = ws.slice(0, headIdx).some((w) => DEPUTY_WORDS.some((d) => w.startsWith(d)));
  return { head, nations, place, text, former, deputy };
}

const MULTI_WORD_ORG_STEMS = ORG_STEMS.filter((s) => s.includes(' '));

/** A folded word is an inflected form of `base`: they share all but its last letter and differ by at most three letters. */
function inflectionOf(w: string, base: string): boolean {
  const stem = base.length > 4 ? base.slice(0, -1) : base;
  return w.startsWith(stem) && w.length - stem.length <= 3;
}

/** True when a folded phrase names an organisation type (`ministry`, `ambasada`, `the company`). */
export function orgHead(phrase: string): string | null {
  const hit = orgCache.get(phrase);
  if (hit !== undefined) return hit;
  const r = orgHeadUncached(phrase);
  if (orgCache.size > 5000) orgCache.clear();
  orgCache.set(detach(phrase), r);
  return r;
}

function orgHeadUncached(phrase: string): string | null {
  const ws = words(fold(phrase));
  // A two-word head in any case (`crveni krst`, `Crvenom krstu`, `Crvenog krsta`): each word an inflection of the stem's.
  for (const stem of MULTI_WORD_ORG_STEMS) {
    const sw = stem.split(' ');
    for (let i = 0; i + sw.length <= ws.length; i++) if (sw.every((w, j) => inflectionOf(ws[i + j], w))) return stem;
  }
  for (const w of ws) {
    if (!ORG_WORD.test(w) && headAt([w], 0)) continue;
    for (const stem of ORG_STEMS) if (w.startsWith(stem) && (stem.length >= 4 || w === stem) && w.length - stem.length <= 3) return stem;
  }
  return null;
}

/**
 * Whether a role mention may refer to an entity holding `role`: the heads agree (`diplomat`,
 * `envoy` and `representative` cover the whole diplomat family), every nationality of the mention is
 * among the role's, and for postings a different place means a different person.
 */
export function rolesCompatible(mention: Role, role: Role): boolean {
  if (mention.former && !role.former) return false;
  // A deputy of a single office is someone else than its holder (`the director` is not `deputy director X`).
  if (Boolean(mention.deputy) !== Boolean(role.deputy) && DEPUTY_DISTINCT_HEADS.has(mention.head)) return false;
  // A counterpart of a nation (`his Hungarian counterpart X`) holds the office the article speaks of, so a
  // role of that same nation (`the Hungarian minister`) may refer to them; the nation check below decides.
  const counterpart = role.head === 'counterpart' && role.nations.length > 0 && mention.nations.length > 0;
  const headOk =
    counterpart ||
    mention.head === role.head ||
    ROLE_KIND_OF.get(role.head) === mention.head ||
    (DIPLOMAT_HEADS.has(mention.head) && mention.head !== 'ambassador' && DIPLOMAT_HEADS.has(role.head));
  if (!headOk) return false;
  const known = new Set([...role.nations, ...(role.place ? [role.place] : [])]);
  // `the French diplomat` for the EU's representative: a generic diplomat noun carries the person's own
  // nationality, which an institution's post (EU, UN, NATO, OSCE) does not state, so they do not conflict.
  const personal =
    mention.head === 'diplomat' &&
    role.nations.length > 0 &&
    role.nations.some((n) => INSTITUTIONS.has(n)) &&
    !mention.nations.some((n) => INSTITUTIONS.has(n));
  if (!personal) for (const n of mention.nations) if (role.nations.length > 0 && !known.has(n)) return false;
  if (mention.place && POSTED_HEADS.has(role.head)) {
    if (role.place ? role.place !== mention.place : !role.nations.includes(mention.place)) return false;
  }
  return true;
}
