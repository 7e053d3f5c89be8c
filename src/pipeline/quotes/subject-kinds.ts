/**
 * Typed mentions: one resolver per kind of subject phrase, tried in order by `resolveSubject` — an
 * unnamed group, a pronoun, an unnamed source, a short form of an organisation, a person's name, an
 * organisation named by type (`the ministry`), a role noun (`the ambassador`), a named organisation.
 * Each returns a resolution, or `undefined` when the phrase is not of its kind.
 */
import { isKinshipPhrase, isSourceNounPhrase } from './anonymous-source.js';
import { fold } from '../text/fold.js';
import { COLLECTIVE_ADJECTIVES } from './lexicon/collective-adjectives.js';
import { ROLE_COMPLEMENT_PREPOSITIONS } from './lexicon/roles.js';
import type { Entity, EntityIndex, Gender } from './entities.js';
import { allLexicons } from './lexicon/index.js';
import { FUNCTION_WORDS, isAcronym, isStop, nameRun } from './name-runs.js';
import { orgByForm } from './org-forms.js';
import { isCountryInstitution, serbianOrgNominative } from './sr-org-case.js';
import { isFirstName } from './lexicon/first-names.js';
import { acronymBase, albanianOrgNominative, typedAcronym } from './name-forms.js';
import { speakerBeforeAddressee } from './addressee.js';
import { clauseNotName } from './name-apposition.js';
import { orgHead, parseRole, rolesCompatible } from './roles.js';
import { genderHint } from './gender.js';
import { groupHeadPhrase } from './group-head-en.js';
import { ordinaryOpeningLength } from './ordinary-opening-en.js';
import { groupHeadWords } from './lexicon/group-head-en.js';
import { NAME_AS, type Phrase, type Resolution, type SubjectEnv } from './subject-phrase.js';
import { escapeRe, isCapitalised, words } from './text.js';

/** A typed-mention resolver: a resolution, or undefined when the phrase is not of its kind. */
export type KindStep = (ph: Phrase, env: SubjectEnv) => Resolution | null | undefined;

const alt = (ws: string[]) => [...new Set(ws)].map(escapeRe).join('|');
const cues = allLexicons.map((l) => l.cues);
const ANON_CUES = new RegExp(`\\b(${alt(cues.flatMap((c) => c.anonymityCues))})\\b`, 'i');
/** An indefinite apposition describes a name given before it (`Goran Savić, a Serb member …`). */
const INDEFINITE_APPOSITION = new RegExp(`^\\s*(${alt(cues.flatMap((c) => c.appositionIndefinites))})\\s`, 'i');
/** A place preposition right before a name (`… from Texas`): the name is a place, not the speaker. */
const PLACE_BEFORE = new RegExp(`(?:^|\\s)(${alt(cues.flatMap((c) => c.placePrepositions))})\\s+$`, 'i');
/** A place after the head of a phrase (`Diplomatic sources in Brussels`, `izvori u Beogradu`): cut before counting the head's words. */
const PLACE_TAIL = new RegExp(`\\s+(?:${alt(cues.flatMap((c) => c.placePrepositions))})\\s+\\p{Lu}[\\s\\S]*$`, 'u');
/** Languages whose role noun alone, given to nobody before, names the role's unnamed holder (see `roleNoun`). */
const ROLE_ALONE_IS_UNNAMED = new Set(['sr', 'sq']);
/** English group heads that are plural without a plain -s (`police`, `critics`, `percent`). */
const PLURAL_HEADS = new Set(groupHeadWords.pluralHeads);
const DEMONSTRATIVE = new RegExp(`^(?:${alt(cues.flatMap((c) => c.demonstratives))})\\s+`, 'i');

const nobody = (env: SubjectEnv, role: ReturnType<typeof parseRole>, gender: Gender | null, plural = false): Resolution => {
  env.index.anonymous(env.at, role, gender, plural);
  return { entity: null, role: role?.text ?? null };
};

/** An English noun phrase headed by a plural common noun is an unnamed group (`Campaign officials`, `Analysts`). */
export const unnamedGroup: KindStep = (ph, env) => {
  if (env.lex.language !== 'en' || !pluralHead(ph.text, env.index)) return undefined;
  env.index.anonymous(env.at, parseRole(ph.text), null, true);
  return { entity: null, role: null };
};

/** Languages whose inverted subject pronoun may be followed by a dative addressee (`tha ai deputetëve`). */
const ADDRESSEE_AFTER_PRONOUN = new Set(['sr', 'sq']);

/** A personal pronoun: the most recent compatible subject (`EntityIndex.byPronoun`); plural ones name nobody. */
export const pronoun: KindStep = (ph, env) => {
  const fw = fold(ph.text).split(/\s+/);
  if (fw.length > 2) return undefined;
  const { pronouns } = env.lex;
  // Serbian/Albanian: a dative addressee after an inverted pronoun (`u tha ai deputetëve`, `rekla je ona novinarima`).
  const addressee = fw.length === 2 && ADDRESSEE_AFTER_PRONOUN.has(env.lex.language) && /^\S+\s+\p{Ll}/u.test(ph.text.trim());
  const p = addressee && [...pronouns.m, ...pronouns.f].includes(fw[0]) ? fw[0] : fw[fw.length - 1];
  if (pronouns.m.includes(p) || pronouns.f.includes(p)) {
    const e = env.index.byPronoun(pronouns.f.includes(p) ? 'f' : 'm', env.at);
    if (e) env.index.mention(e, env.at, true);
    return { entity: e ?? null, role: null };
  }
  return pronouns.plural.includes(p) ? { entity: null, role: null } : undefined;
};

/** Unnamed sources: `a Russian diplomat who spoke to Reuters`, `several diplomats`, `officials`. */
export const unnamedSource: KindStep = (ph, env) => {
  const named = NAME_AS.exec(ph.text);
  if (named) return { entity: env.index.person(named[1], env.at, { subject: true }), role: null };
  const folded = fold(ph.text);
  const fw = folded.split(/\s+/);
  const role = parseRole(ph.text);
  // The head without a trailing place (`izvori u Beogradu` → `izvori`): a place names no speaker.
  const head = ph.text.replace(PLACE_TAIL, '');
  const headWords = fold(head).split(/\s+/).length;
  const gender = env.opts.gender ?? null;
  const indefinite =
    env.lex.indefinites.some((w) => fold(w) === fw[0]) ||
    (fw[0] === 'one' && fw[1] === 'of') ||
    ANON_CUES.test(ph.text) ||
    isSourceNounPhrase(ph.text, env.lex.language) ||
    isKinshipPhrase(ph.text, env.lex.language);
  const known = env.index.byName(ph.text);
  const plural =
    (env.lex.language === 'en' && !isCapitalised(ph.text) && /^(?:the\s+)?[a-z]+s$/.test(folded) && !role) ||
    (env.opts.plural === true && !known && !orgHead(ph.text) && headWords <= 2 && (!role || !/\p{Lu}/u.test(head.slice(1))));
  const run = nameRun(ph.text);
  if ((indefinite || plural) && (!run || (plural && !known))) return nobody(env, role, gender, plural && !indefinite);
  // "A Russian diplomat who spoke to Reuters" — a capitalised word is not that person's name.
  if (indefinite && run && !NAME_AS.test(ph.text)) return nobody(env, role, gender);
  return undefined;
};

/** A short or inflected form of an organisation named in full (`Kancelarija za KiM`, `Kancelarije`). */
export const organisationForm: KindStep = (ph, env) => {
  // Serbian: `U Kancelariji za KiM` is `Kancelarija za KiM` before its forms are compared (sr-org-case.ts).
  const written = env.lex.language === 'sr' && orgHead(ph.text) ? serbianOrgNominative(ph.original) : ph.original;
  const form = orgHead(ph.text) ? orgByForm(written, env.index, env.at) : undefined;
  if (!form) return undefined;
  env.index.mention(form, env.at, true);
  return { entity: form, role: null };
};

/** Names: the last comma segment that holds a person's name; a lone word the article uses as a place names nobody. */
export const personName: KindStep = (ph, env) => {
  // An institution named after a person (`Zavod za javno zdravlje „Dr Ivan Perić“`): the organisation speaks.
  if (quotedOrgName(ph.text)) return undefined;
  const speaker = speakerBeforeAddressee(ph.text, env.index, env.lex.language);
  if (speaker) {
    env.index.mention(speaker, env.at, true);
    return { entity: speaker, role: null };
  }
  const segs = ph.text.split(/,\s*/);
  const oSegs = ph.original.split(/,\s*/);
  for (let i = segs.length - 1; i >= 0; i--) {
    const r = segmentName(ph, env, segs, oSegs, i);
    if (r === 'stop') return undefined;
    if (r !== 'next') return r;
  }
  return undefined;
};

/**
 * True when a phrase is an organisation's type noun phrase followed by its name in quote marks
 * (`Zavod za javno zdravlje „Dr Ivan Perić“`, `Instituti … «Dr Ali Krasniqi»`): the quoted words name the
 * institution, so a person's name inside them is not the speaker.
 */
function quotedOrgName(text: string): boolean {
  const m = /^(\p{Lu}[^„“"«»]*?)\s*[„“"«»][^„“"«»]+[„“"«»]\s*$/u.exec(text.trim());
  return m !== null && orgHead(m[1]) !== null;
}

/**
 * A lone capitalised word that opens a role phrase it is part of (`Šef srpske diplomatije`), or that gives
 * the role its nation (`Albanski premijer`, `Hrvatski ministar`: an adjective at a sentence start), is no name.
 */
function roleOpeningWord(seg: string, r: [number, number], nameView: string): boolean {
  if (r[0] !== 0 || /\s/.test(nameView.trim()) || !/^\s+\p{Ll}/u.test(seg.slice(r[1]))) return false;
  const whole = parseRole(seg);
  const rest = parseRole(seg.slice(r[1]));
  return whole !== null && (rest?.head !== whole.head || whole.nations.length > rest.nations.length);
}

/** Serbian and Albanian: the organisation a role noun governs (`Direktor Kancelarije za KiM`) is the role's complement, for `roleNoun`. */
function governedOrg(existing: Entity | undefined, seg: string, r: [number, number]): boolean {
  // The organisation noun stands before the name's words (a given name left out of the run is no such noun).
  const before = seg.slice(0, r[0]).replace(/(?:\p{Lu}[\p{L}'’-]*\s+)+$/u, '');
  return existing?.kind === 'org' && r[0] > 0 && orgHead(before) !== null && roleBeforeOrg(fold(seg));
}

/** The person comma segment `i` names, `next` to try the segment before, `stop` when the phrase names an organisation. */
function segmentName(ph: Phrase, env: SubjectEnv, segs: string[], oSegs: string[], i: number): Resolution | 'next' | 'stop' {
  const r = i > 0 && INDEFINITE_APPOSITION.test(segs[i]) ? null : nameRun(segs[i]);
  if (!r || (i > 0 && PLACE_BEFORE.test(segs[i].slice(0, r[0])))) return 'next';
  // `Continued Roe`, `Protest groups`: a sentence-opening ordinary word is no name word (ordinary-opening-en.ts).
  r[0] += ordinaryOpeningLength(segs[i].slice(r[0], r[1]), env.index.evidence);
  if (r[0] >= r[1]) return 'next';
  const nameView = segs[i].slice(r[0], r[1]);
  if (roleOpeningWord(segs[i], r, nameView)) return 'next';
  const existing = env.index.byName(nameView);
  if (env.lex.language !== 'en' && governedOrg(existing, segs[i], r)) return 'stop';
  if (!/\s/.test(nameView.trim()) && !existing) {
    // A lone word that nobody was named by: only as the phrase's whole subject, and never a place.
    if (i > 0 || (segs.length > 1 && i < segs.length - 1)) return 'next';
    if (orgHead(ph.text)) return 'stop';
    // A declined acronym (`direktor NIS-a`, `drejtori i NIS-it`) is an organisation, never a person's name.
    if (acronymBase(nameView.trim(), env.lex.language) !== nameView.trim()) return 'stop';
    if (speechVerbWord(nameView.trim(), env.lex)) return { entity: null, role: null };
    if (env.index.loneWordType(nameView) === 'place') return { entity: null, role: null };
  }
  const roleText = [segs.slice(0, i).join(', '), segs[i].slice(0, r[0])].filter((x) => x.trim()).join(' ');
  const gender = env.opts.gender ?? null;
  const e = env.index.person(existing?.name ?? oSeg(oSegs[i] ?? segs[i], segs[i], r), env.at, {
    role: parseRole(roleText) ?? parseRole(segs.slice(i + 1).join(' ')),
    subject: true,
    gender: gender ?? genderHint(roleText, env.lex),
  });
  return { entity: e, role: parseRole(roleText)?.text ?? null };
}

/**
 * Whether an organisation noun is capitalised as part of a name (`The Ministry of Health`), not a role's
 * complement. An English compound ends in its head: a role noun after the organisation's words with no
 * preposition between (`Centre director`, `the Red Cross spokeswoman`) is a role the organisation qualifies.
 */
function capitalisedOrg(ph: Phrase, language: string): boolean {
  const type = orgHead(ph.text);
  const role = parseRole(ph.text);
  const roleFirst = role !== null && type !== null && roleBeforeOrg(fold(ph.text));
  return (
    type !== null && /^\p{Lu}/u.test(ph.text.replace(DEMONSTRATIVE, '')) && !roleFirst && !(language === 'en' && role !== null && roleCompound(ph.original))
  );
}

/**
 * English: a phrase whose last word is a lower-case role noun and that holds no preposition (`Centre
 * director`, not `Director of the Centre`, nor a name all in capitals such as a newspaper's `Union Leader`).
 */
function roleCompound(original: string): boolean {
  const last = original.trim().split(/\s+/).pop() ?? '';
  const ws = words(fold(original));
  return ws.length > 1 && /^\p{Ll}/u.test(last) && parseRole(ws[ws.length - 1]) !== null && !ws.some((w) => ROLE_COMPLEMENT_PREPOSITIONS.has(w));
}

/** Organisations named by type (`the ministry`, `the company`, `kompanije`, `ambasadës`): the one the article named. */
export const organisationByType: KindStep = (ph, env) => {
  const type = orgHead(ph.text);
  if (!type || capitalisedOrg(ph, env.lex.language) || parseRole(ph.text)) return undefined;
  const e = env.index.byOrg(type, env.at);
  if (!e) return undefined;
  env.index.mention(e, env.at, true);
  return { entity: e, role: null };
};

/**
 * Role nouns (`the ambassador`): the person the article gave that role; with a nation or place and nobody
 * named, an unnamed source; else the last subject, who takes the role.
 */
export const roleNoun: KindStep = (ph, env) => {
  const role = parseRole(ph.text);
  if (!role || capitalisedOrg(ph, env.lex.language)) return undefined;
  if (env.index.roleShared(role, env.at)) return { entity: null, role: role.text };
  const e = env.index.byRole(role, env.at) ?? (env.opts.lookahead ? env.index.byRoleAhead(role, env.at) : undefined);
  if (e) {
    env.index.mention(e, env.at, true);
    return { entity: e, role: role.text };
  }
  if (role.nations.length > 0 || role.place) return nobody(env, role, env.opts.gender ?? null);
  // Serbian and Albanian: a role nobody was given (`rekao je ministar odbrane`, `tha ministri`) is that
  // role's unnamed holder, never the last person named; later mentions of the role find it by `byRole`.
  if (ROLE_ALONE_IS_UNNAMED.has(env.lex.language)) return nobody(env, role, env.opts.gender ?? null);
  const prev = env.index.lastSubject(env.at);
  if (!prev) return { entity: null, role: role.text };
  // The last subject holds this office in a way the mention rules out (`deputy director X` for `the
  // director`, `U.S. Ambassador X` for `the Russian ambassador`): the mention is someone else, unnamed.
  if (prev.roles.some((r) => r.head === role.head && !rolesCompatible(role, r))) return nobody(env, role, env.opts.gender ?? null);
  env.index.addRole(prev, role);
  env.index.mention(prev, env.at, true);
  return { entity: prev, role: role.text };
};

/** `Local media`, `Western diplomats`, `Mediat lokale`: an adjective of a group before lower-case words names no one. */
function collectiveGroup(name: string): boolean {
  const ws = name.split(/\s+/);
  // Albanian puts the adjective after its noun (`Mediat lokale`).
  return ws.length >= 2 && (COLLECTIVE_ADJECTIVES.has(fold(ws[0])) || COLLECTIVE_ADJECTIVES.has(fold(ws[1]))) && ws.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

/** Named organisations and single-word names (`KFOR`, `Euleks`, `Helvetic Skies`). */
export const namedOrganisation: KindStep = (ph, env) => {
  const type = orgHead(ph.text);
  if (!type && !/^\p{Lu}/u.test(ph.text)) return undefined;
  let name = ph.original
    .replace(/^(The|the)\s+/, '')
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim();
  if (ph.fromOrg) name = nominative(name);
  // `U Crvenom krstu kažu`, `Из Црвеног крста Ниш`: the institution in the nominative (sr-org-case.ts).
  if (type && env.lex.language === 'sr') name = serbianOrgNominative(name);
  name = typedAcronym(acronymBase(name, env.lex.language), env.lex.language, (w) => orgHead(w) !== null);
  if (type && env.lex.language === 'sq') name = albanianOrgNominative(name, (w) => orgHead(w) !== null);
  if (name.split(/\s+/).length > 8) return null;
  if (clauseNotName(name, type, env.lex.language) || collectiveGroup(name)) return { entity: null, role: null };
  // A short or inflected form (`Kancelarija za KiM`, `Kancelarije`) is the organisation named in full.
  const existing = orgByForm(name, env.index, env.at) ?? env.index.byName(name);
  if (existing) {
    env.index.mention(existing, env.at, true);
    return { entity: existing, role: null };
  }
  // English `the ministry` with no ministry named: an unnamed organisation, the phrase its role, never a name `ministry`.
  if (type && env.lex.language === 'en' && /^[Tt]he\s+\p{Ll}/u.test(ph.original) && !/\p{Lu}/u.test(ph.original.slice(1)))
    return { entity: null, role: ph.original.trim() };
  // `Elektroprivreda Srbije`, `Pošta Srbije`: an institution of the country named in the genitive (sr-org-case.ts).
  const countryOrg = env.lex.language === 'sr' && !type && isCountryInstitution(name, isFirstName);
  if (!type && !isAcronym(name) && !countryOrg) {
    // Typed mention: only a word that can be a name makes a new person. Function words alone (`It`,
    // `In`), a place, or a word capitalised only where every word is (`Critics`, `Walking`) name nobody.
    const nameWords = name.split(/\s+/).filter((w) => !isStop(w) && !speechVerbWord(w, env.lex));
    if (nameWords.length === 0) return { entity: null, role: null };
    if (nameWords.length === 1 && env.index.loneWordType(nameWords[0]) !== 'name') return { entity: null, role: null };
  }
  const e = type || countryOrg || isAcronym(name) ? env.index.org(name, env.at, { type, subject: true }) : env.index.person(name, env.at, { subject: true });
  return { entity: e, role: null };
};

/** Serbian and Albanian: a speech verb capitalised at a sentence start (`Rekao sam …`, `Tha …`) is no name. */
function speechVerbWord(w: string, lex: SubjectEnv['lex']): boolean {
  return (lex.language === 'sr' || lex.language === 'sq') && lex.speechVerbs.includes(w.toLowerCase());
}

/**
 * True when the last word of an English phrase (its head) is a plural common noun: lower case (or the
 * phrase's capitalised first word), ending in -s but not -ss/-us/-is/-'s, and no person's name follows it.
 */
function pluralHead(text: string, index: EntityIndex): boolean {
  const seg = groupHeadPhrase(text.split(/,\s*/).pop()!.trim());
  const ws = seg.split(/\s+/);
  const head = ws[ws.length - 1];
  if (!head || head.length <= 3 || /['’]/.test(head)) return false;
  // `Police`, `Critics`, `40 percent`, `Dover police`: a group head the -s test misses names a group; a
  // capitalised one after other words is a body's name (`the Kosovo Police`).
  if (PLURAL_HEADS.has(head.toLowerCase()) && ws.length <= 3) return ws.length === 1 || !isCapitalised(head);
  // A capitalised word alone is a plural only when the article never treats it as a name (`Sanders`, `Brooks`).
  if (ws.length === 1 && isCapitalised(head) && (index.byName(head) || index.loneWordType(head) !== 'other')) return false;
  const lower = ws.length === 1 ? head.toLowerCase() : head;
  return /^\p{Ll}+s$/u.test(lower) && !/(?:ss|us|is|ics|news)$/.test(lower) && !FUNCTION_WORDS.has(lower);
}

/** True when the first role noun of a folded phrase comes before its first organisation noun (`kodirektor … centra`). */
function roleBeforeOrg(folded: string): boolean {
  const ws = folded.split(/\s+/);
  const r = ws.findIndex((w) => parseRole(w) !== null);
  const o = ws.findIndex((w) => orgHead(w) !== null);
  return r >= 0 && (o < 0 || r < o);
}

function oSeg(orig: string, view: string, r: [number, number]): string {
  if (orig.length === view.length) return orig.slice(r[0], r[1]);
  // Cyrillic: proportional mapping is wrong for digraphs; map by words instead.
  const vWords = view.slice(0, r[1]).split(/\s+/).filter(Boolean);
  const nWords = view.slice(r[0], r[1]).split(/\s+/).filter(Boolean).length;
  const oWords = orig.split(/\s+/).filter(Boolean);
  return oWords
    .slice(vWords.length - nWords, vWords.length)
    .join(' ')
    .replace(/[,.;:]+$/, '');
}

/** Serbian genitive institution names back to the nominative (`Ministarstva` → `Ministarstvo`). */
function nominative(name: string): string {
  const ws = name.split(/\s+/);
  // The institution's head (and an adjective before it) are in the genitive: `Srpske liste` → `Srpska lista`.
  for (let i = 0; i < Math.min(2, ws.length); i++) {
    const f = ws[i];
    if (/(stva|ства)$/i.test(f)) ws[i] = f.replace(/а$/, 'о').replace(/a$/, 'o');
    else if (/(ije|ије)$/i.test(f)) ws[i] = f.replace(/е$/, 'а').replace(/e$/, 'a');
    else if (/[^aeiouаеиоу]$/i.test(f.slice(0, -1)) && /[eе]$/.test(f)) ws[i] = f.replace(/е$/, 'а').replace(/e$/, 'a');
    else break;
  }
  return ws.join(' ');
}
