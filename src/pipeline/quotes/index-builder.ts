/**
 * Builds the per-article entity index before attribution: every person name with the roles the
 * article gives it (appositions `the Russian ambassador to Serbia, Alexander Botsan-Kharchenko`, titles
 * `Serbian Foreign Minister Dragan Lazović`, post-name appositions `Nebojša Živić, a member of …`),
 * gender hints (`izjavila je`, `Ministarka`), and organisations (`Serbian Ministry of Foreign Affairs`,
 * `NIS (Naftna Industrija Srbije)`).
 */
import { EntityIndex, pos } from './entities.js';
import { isClauseSubject, titledName, titleGender } from './clause-subject-en.js';
import { fold } from '../text/fold.js';
import { genderHint, nameRuns } from './speakers.js';
import { FUNCTION_WORDS } from './name-runs.js';
import { followsRoleComplement, orgHead, parseRole, roleAfterLastName, type Role } from './roles.js';
import type { Paragraph } from './paragraph.js';
import { albanianOrgNominative, albanianPersonNominative, serbianNominative, typedAcronym } from './name-forms.js';
import { markClauseSubjects } from './clause-subject.js';
import { sentenceStarts } from './sentences.js';
import { isSpace } from './text.js';
import { indexEnglishNameForms } from './name-forms-en.js';
import type { QuoteLexicon } from './lexicon/types.js';
import { loneSubjects } from './lone-subject.js';
import { isFirstName } from './lexicon/first-names.js';
import { roleFromEvidence } from './role-evidence.js';
import { collectLowerWords, ordinaryOpeningLength } from './ordinary-opening-en.js';
import { kinNames } from './kin-name-en.js';
import { opensWithGroupNoun } from './group-subject.js';
import { matchAllOf } from './match-all.js';
import { sentenceCaseAcronymOrgs } from './acronym-org.js';
import { isSerbianOrgHead, serbianOrgNominative } from './sr-org-case.js';
import { holds, within } from './positions.js';
import { SR_ORG_PREPOSITIONS } from './lexicon/sr-org-heads.js';
import { indexFrontedRoles } from './fronted-role-en.js';

const CONNECTOR = /^(?:of|for|in|and|on|za|e|të|së|në|i|u|de|la|di|the)$/;

/**
 * Trims an organisation run to the organisation: it starts at the capitalised words joined directly to
 * the first organisation noun (`Ristić za Radio Ibar` → `Radio Ibar`) and ends before a person's name
 * written right after it (`Kancelarije za Kosovo i Metohiju Milica Stanojević`).
 */
function trimOrgRun(text: string, index: number): { 0: string; index: number } | null {
  if (/\(/.test(text)) return { 0: text, index };
  const toks = spaceSeparated(text);
  const headIdx = toks.findIndex((t) => orgHead(t.w.replace(/[()]/g, '')) !== null);
  if (headIdx < 0) return /\(/.test(text) ? { 0: text, index } : null;
  let from = headIdx;
  // A capitalised function word opening the sentence (`Edhe Kuvendi …`, `In …`) is not part of the name.
  // A role noun governing the organisation (`Direktor Kancelarije za KiM`, `Drejtori i Agjencisë`) names its
  // holder, not the organisation: the name starts after it. An English possessive (`Minister's Office`) stays.
  while (from > 0 && !CONNECTOR.test(toks[from - 1].w) && /^\p{Lu}/u.test(toks[from - 1].w) && !FUNCTION_WORDS.has(fold(toks[from - 1].w))) {
    if (governingRole(toks[from - 1].w)) break;
    from--;
  }
  if (from > 0 && /^(the|The)$/.test(toks[from - 1].w)) from--;
  let to = toks.length;
  for (let i = headIdx + 2; i < toks.length; i++) {
    const run = toks.slice(i - 2, i + 1);
    if (run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.w)) && !CONNECTOR.test(toks[i - 1].w)) {
      to = i - 1;
      break;
    }
  }
  const a = toks[from].at;
  const last = toks[to - 1];
  const out = text.slice(a, last.at + last.w.length);
  return { 0: out, index: index + a };
}

/** The role text after the last comma, or through a list of its portfolios (`listedComplement`). */
function lastRoleSegment(text: string, lastComma: number): string {
  return listedComplement(text) ?? text.slice(lastComma + 1);
}

/** Serbian and Albanian: the last item of a list closed by a conjunction (`zapošljavanje i socijalna pitanja`), lower-case words only. */
const LAST_LIST_ITEM = /^\s*\p{Ll}[\p{Ll}\s]*\s(?:i|dhe|e)\s[\p{Ll}\s]+$/u;

/**
 * A role whose complement lists its portfolios (`ministarka za rad, zapošljavanje i socijalna pitanja
 * Tamara Milosavljević`, `minister of labour, employment and social affairs`): the commas between the
 * items do not end the role. The text from the role through the list, or null when the last comma
 * segment is no list's last item or no role opens the list.
 */
function listedComplement(text: string): string | null {
  const segs = text.split(',');
  if (segs.length < 2 || !LAST_LIST_ITEM.test(segs[segs.length - 1])) return null;
  for (let i = segs.length - 2; i >= Math.max(0, segs.length - 4); i--) {
    if (parseRole(segs[i]) !== null) return segs.slice(i).join(',').trim();
    if (!/^\s*\p{Ll}[\p{Ll}\s]*$/u.test(segs[i])) return null;
  }
  return null;
}

/** A bare role noun (no possessive, not itself an organisation noun) written before an organisation noun. */
function governingRole(w: string): boolean {
  return !/['’]/.test(w) && orgHead(w) === null && parseRole(w) !== null;
}

/** The space-separated tokens of a text with their offsets (what `[...text.matchAll(/\S+/g)]` gives, without its match objects). */
function spaceSeparated(text: string): { w: string; at: number }[] {
  const toks: { w: string; at: number }[] = [];
  NON_SPACE.lastIndex = 0;
  for (let t = NON_SPACE.exec(text); t !== null; t = NON_SPACE.exec(text)) toks.push({ w: t[0], at: t.index });
  return toks;
}
const NON_SPACE = /\S+/g;

/** Serbian names are indexed in the nominative (`sa Piterom Sorensenom` → Piter Sorensen). */
function personNominative(written: string, paras: Paragraph[], lex?: QuoteLexicon): string {
  if (lex?.language === 'sq') return albanianPersonNominative(written, paras);
  return lex?.language === 'sr' ? serbianNominative(written, paras) : written;
}

/**
 * Albanian organisations are indexed in the nominative (`Policisë së Kosovës` → Policia e Kosovës); in
 * Serbian and Albanian a generic type noun capitalised at a sentence start before an acronym (`Kompanija
 * NIS saopštila je`, `Kompania NIS njoftoi`) is not part of the name, as written mid-sentence (`kompanija NIS`).
 */
function orgNominative(name: string, lex?: QuoteLexicon): string {
  const acronym = typedAcronym(name, lex?.language ?? '', (w) => orgHead(w) !== null);
  if (acronym !== name) return acronym;
  return lex?.language === 'sq' ? albanianOrgNominative(name, (w) => orgHead(w) !== null) : name;
}

/** The role a name's clause gives it: a role phrase before it, else a phrase that implies one (`u režiji`). */
function roleBeforeName(roleText: string, before: string, lex?: QuoteLexicon): Role | null {
  return parseRole(roleText) ?? roleFromEvidence(before, lex?.language ?? '');
}

/**
 * True when the name run [a, b) is no person's name: inside an organisation's name, or headed by a group
 * noun (`Meštani Zupča`: residents of a place; `group-subject.ts`).
 */
function notAPersonRun(orgSpans: [number, number][], a: number, b: number, view: string, lex?: QuoteLexicon): boolean {
  return orgSpans.some(([x, y]) => a >= x && b <= y) || opensWithGroupNoun(view.slice(a, b), lex?.language ?? '');
}

/** A name of two words or more that opens with a listed first name (`Petar Ilić`): a person's. */
function isPersonName(name: string): boolean {
  return /\s/.test(name) && isFirstName(name.split(/\s+/)[0]);
}

/**
 * Serbian and Albanian organisation names in sentence case before their acronym (`Pokrajinska agencija za
 * vode (PAV)`, `acronym-org.ts`): indexed in the nominative with the acronym as a second name.
 */
function indexAcronymOrgs(p: Paragraph, pi: number, index: EntityIndex, orgSpans: [number, number][], lex?: QuoteLexicon): void {
  const s = p.masked;
  for (const o of sentenceCaseAcronymOrgs(s, lex?.language ?? '')) {
    const written = orig(p, o.start, o.end);
    const name = lex?.language === 'sr' ? serbianOrgNominative(written) : orgNominative(written, lex);
    // The subject of its clause (`PAV (…) saopštila je`): `the agency`/`kompanija` after it may be this one.
    const subject = npIsh(s.slice(sentenceStartBefore(s, o.start), o.start));
    index.org(name, pos(pi, o.start), { type: orgHead(written), aliases: [orig(p, o.acronym[0], o.acronym[1])], subject });
    orgSpans.push([o.start, o.end]);
  }
}

/** Original-script slice of a view span. */
function orig(p: Paragraph, a: number, b: number): string {
  return p.original.slice(p.view.map[a], p.view.map[b]);
}

/**
 * Scans all paragraphs (quoted text masked) and returns the index.
 */
export function buildIndex(paras: Paragraph[], lex?: QuoteLexicon): EntityIndex {
  const index = new EntityIndex();
  // Name endings tell gender in Slavic and Albanian names only (ADR 0135).
  if (lex?.language === 'en') index.nameEndings = false;
  // Serbian and Albanian articles write one name in several orthographies (`Hoxha`, `Hodža`, ADR 0284).
  if (lex?.language === 'sr' || lex?.language === 'sq') index.spellings = true;
  // English pronouns resolve by salience over sentences (ADR 0137).
  // Each paragraph's sentences are found once and shared (read-only) by the index and pronoun salience.
  const bounds = paras.map((p) => sentenceStarts(p.masked));
  if (lex?.language === 'en') index.sentenceStarts = bounds;
  index.sentenceBounds = bounds;
  // Words the article writes in lower case: a capital that only opens sentences on one of them is no name (ordinary-opening-en.ts).
  // Both read over the whole article first: the index below learns `midCaps` paragraph by paragraph.
  if (lex?.language === 'en')
    for (const p of paras.slice(1)) {
      collectLowerWords(p.view.text, index.evidence.lower);
      collectEvidence(p.masked, index, p.view.text, { midCaps: index.evidence.capsInside, places: new Set() });
    }
  // One-word names that syntax shows to be people (`Kurti, who …`), indexed where the article writes them.
  const found = lex ? loneSubjects(paras, lex) : null;
  const lone = found?.people ?? new Map();
  index.openSubjects = found?.open ?? [];
  paras.forEach((p, pi) => {
    const s = p.masked;
    const starts = bounds[pi];
    if (pi > 0) collectEvidence(s, index, p.view.text);
    // Organisations first, so that their words are not taken for people.
    const orgSpans: [number, number][] = [];
    for (const m0 of matchAllOf(ORG_RUN, s)) {
      const m = trimOrgRun(m0[0], m0.index!);
      if (!m) continue;
      const text = m[0];
      const type = orgHead(text.replace(/\([^)]*\)/, ''));
      const acr = /\((\p{Lu}{2,}[\p{L}]*)\)\s*$/u.exec(text);
      const expansion = /^(\p{Lu}{2,})\s*\(([^)]+)\)\s*$/u.exec(text);
      if (!type && !acr && !expansion) continue;
      if (text.split(/\s+/).length < 2 && !expansion) continue;
      const start = m.index!;
      const end = start + text.length;
      const o = orig(p, start, end).replace(/^(The|the)\s+/, '');
      const before = s.slice(Math.max(0, start - 40), start);
      const typeBefore = orgHead(before.split(/\s+/).slice(-2).join(' '));
      if (expansion) {
        const inner = o.replace(/^[^(]*\(|\)\s*$/g, '');
        index.org(inner.trim(), pos(pi, start), { type: typeBefore ?? type, aliases: [expansion[1]] });
      } else if (acr) {
        const name = o.replace(/\s*\([^)]*\)\s*$/, '');
        index.org(name, pos(pi, start), { type, aliases: [acr[1]] });
      } else {
        index.org(orgNominative(o, lex), pos(pi, start), { type });
      }
      orgSpans.push([start, end]);
    }
    indexAcronymOrgs(p, pi, index, orgSpans, lex);
    for (const [a, b] of nameRuns(s)) {
      if (notAPersonRun(orgSpans, a, b, p.view.text, lex)) continue;
      const run = orig(p, a, b).replace(/[,.;:]+$/, '');
      // `Continued Roe:`: an ordinary word that opens the run only because it opens the sentence is no name word.
      const written = run.slice(ordinaryOpeningLength(run, index.evidence));
      if (written.split(/\s+/).length < 2) continue;
      const name = personNominative(written, paras, lex);
      // Role before the name in its clause, or in the apposition segment before a comma.
      const clauseStart = Math.max(lastStop(s, a), s.lastIndexOf(';', a - 1), s.lastIndexOf(':', a - 1), -1) + 1;
      const before = s.slice(clauseStart, a);
      let roleText = before.replace(/,\s*$/, '');
      const lastComma = roleText.lastIndexOf(',');
      if (/,\s*$/.test(before) && lastComma >= 0) roleText = roleText.slice(lastComma + 1);
      else if (!/,\s*$/.test(before) && lastComma >= 0) roleText = lastRoleSegment(roleText, lastComma);
      roleText = roleAfterLastName(roleText, nameRuns(roleText)).split(/\s+/).slice(-9).join(' ');
      // `The mayor of East Riverton, John Hale`: the run after `of` is what the role is of, not its holder.
      let role = lex?.language === 'en' && followsRoleComplement(s, a) ? null : roleBeforeName(roleText, s.slice(Math.max(0, a - 40), a), lex);
      const after = s.slice(b);
      if (!role) {
        const app = /^,\s*((?:the|a|an|one of|jedan od|jedna od)?\s*[^,.;]{3,80}?)[,.;]/iu.exec(after);
        if (app && !/\p{Lu}/u.test(app[1].slice(0, 1))) role = parseRole(app[1]);
      }
      const sentStart = Math.max(sentenceStartFor(s, starts, a, lex), dateEnd(s));
      const subject =
        lex?.language === 'en'
          ? isClauseSubject(s, a, b, Math.min(sentStart, a))
          : npIsh(s.slice(Math.min(sentStart, a), a)) && !/^,\s*\p{Lu}/u.test(s.slice(b));
      const titled = lex?.language === 'en' ? titleGender(s.slice(Math.max(0, a - 20), a)) : null;
      // `split` with a limit: the first four words of the rest of the paragraph, not all of them per name.
      const gender = titled ?? genderHint(after.split(/\s+/, 4).join(' '), lex) ?? (genderHint(roleText, lex) === 'f' ? 'f' : null);
      const e = index.person(name, pos(pi, a), { role, subject: subject && pi > 0, gender });
      if (lex?.language === 'en' && titledName(s.slice(Math.max(0, a - 12), a))) e.personCue = true;
    }
    if (lex?.language === 'en' && pi > 0) indexEnglishNameForms(s, pi, index);
    // `When the Russian ambassador visited, he told …`: the role is the pronoun's antecedent (fronted-role-en.ts).
    if (lex?.language === 'en' && pi > 0) indexFrontedRoles(s, starts, pi, index);
    // `his wife, Jane, said`: a first name alone, named by a kinship apposition (kin-name-en.ts).
    for (const k of lex?.language === 'en' && pi > 0 ? kinNames(s) : []) {
      const sentStart = Math.max(sentenceStartFor(s, starts, k.phraseStart, lex), dateEnd(s));
      const subject = isClauseSubject(s, k.phraseStart, k.nameEnd + 1, Math.min(sentStart, k.phraseStart));
      index.person(orig(p, k.nameStart, k.nameEnd), pos(pi, k.nameStart), { gender: k.gender, subject });
    }
    // Surnames alone (`Zeqiri, whose campaign …`) are mentions of the people already indexed (not in the headline).
    for (const m of pi === 0 ? [] : matchAllOf(SURNAME, s)) {
      const a = m.index!;
      const known = index.byName(m[0]);
      const sentStart = Math.max(sentenceStartFor(s, starts, a, lex), dateEnd(s));
      const cue = known ? undefined : lone.get(fold(m[0]));
      if (cue && index.loneWordType(m[0]) !== 'place') {
        const subject = lex?.language === 'en' ? isClauseSubject(s, a, a + m[0].length, sentStart) : s.slice(sentStart, a).trim() === '';
        index.person(m[0], pos(pi, a), { gender: cue.gender, subject }).personCue = true;
        continue;
      }
      const e = known;
      if (!e || e.kind !== 'person' || holds(e.mentions, pos(pi, a))) continue;
      if (insideMention(s, e.mentions, pi, a)) continue;
      if (lex?.language === 'en' && !e.gender) e.gender = titleGender(s.slice(Math.max(0, a - 20), a));
      index.mention(e, pos(pi, a), lex?.language === 'en' ? isClauseSubject(s, a, a + m[0].length, sentStart) : s.slice(sentStart, a).trim() === '');
    }
    // Unnamed sources that open a sentence (`A Russian diplomat who … was more blunt.`).
    for (const m of matchAllOf(/(?:^|[.!?]\s+)((?:A|An|One|Jedan|Jedna|Një)\s+(?:[\p{L}-]+[\s,]+){0,4}[\p{L}-]+)/gu, s)) {
      const role = parseRole(m[1].split(/\s+(?:who|which|koji|koja|që),?/)[0]);
      if (role) index.anonymous(pos(pi, m.index! + m[0].length - m[1].length), role);
    }
    // Organisations introduced by their type (`the oil company NIS`, `kompanija NIS`, `partia LDK`).
    for (const m of matchAllOf(TYPED_ORG, s)) {
      const a = m.index! + m[0].length - m[2].length;
      // `Direktor kompanije Petar Ilić`: a person's name (a listed first name and a surname) after the
      // type word is the holder of a role in that organisation, not the organisation's name.
      if (isPersonName(m[2])) continue;
      index.org(orig(p, a, a + m[2].length), pos(pi, a), { type: orgHead(m[1]), subject: npIsh(s.slice(sentenceStartBefore(s, m.index!), m.index!)) });
    }
    // Serbian names in sentence case (`Vatrogasci Rusko-srpskog humanitarnog centra`): indexed in the nominative.
    if (lex?.language === 'sr') indexSentenceCaseOrgs(p, pi, index, starts);
    // Organisations written with a lower-case adjective (`Ambasada ruse në Beograd`).
    for (const m of matchAllOf(ORG_ADJECTIVE, s)) {
      const type = orgHead(m[1]);
      if (!type) continue;
      index.org(orig(p, m.index!, m.index! + m[0].length), pos(pi, m.index!), { type, subject: npIsh(s.slice(0, m.index!)) });
    }
  });
  if (lex) markClauseSubjects(paras, index, lex);
  return index;
}

/**
 * True when offset `a` of paragraph `pi` is inside a mention already recorded (the surname of `Jane Roe`):
 * a mention starts at most 40 characters before it with only name words between (`Roe’s son, 26. Roe said`
 * is a second mention).
 */
function insideMention(s: string, mentions: number[], pi: number, a: number): boolean {
  return within(mentions, pos(pi, a - 40), pos(pi, a)).some((x) => /^[\p{L}\s.'’-]*$/u.test(s.slice(x - pos(pi, 0), a)));
}

/*
 * ASCII guards (issue 23). A regex over text with any character outside Latin-1 (curly quotes, dashes)
 * tests each Unicode property class (`\p{L}`, `\p{Lu}`, …) by a call out of the regex code, at every
 * position of every scan. A leading lookahead such as `(?=[^\0-@[-\x7f])` (A–Z or not ASCII) turns
 * away, with no call, the positions where no match can start, and a class split as `[A-Za-z…]|(?![\0-\x7f])\p{L}…`
 * reads ASCII letters without one; the patterns match exactly what they matched without them
 * (`ascii-guards.test.ts`). The index builder's scans were a tenth of the extractor's instructions.
 */
/** A capitalised word (a surname alone, `Zeqiri`), ASCII-guarded. */
export const SURNAME = /(?=[^\0-@[-\x7f])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[A-Za-z'-]|(?![\0-\x7f])[\p{L}’])+/gu;
/**
 * A run of capitalised words joined by connectors, with an optional `the` and a bracketed acronym (an
 * organisation's name, trimmed by `trimOrgRun`), ASCII-guarded: a match starts with `T`, `t` (`the`) or a
 * capital, and its words' letters are read in two parts. Plain form:
 * `(?:(?<![\p{L}])(?:The|the)\s+)?\p{Lu}[\p{L}\p{N}-]*(?:(?:\s+(?:of|…|di)){0,2}\s+\p{Lu}[\p{L}\p{N}-]*)*(?:\s*\((?:\p{Lu}[\p{L}\p{N}-]*\s*)+\))?`.
 */
export const ORG_RUN =
  /(?=[A-Zt]|[^\0-\x7f])(?:(?<![\p{L}])(?:The|the)\s+)?(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[0-9A-Za-z-]|(?![\0-\x7f])[\p{L}\p{N}])*(?:(?:\s+(?:of|for|in|and|on|za|e|të|së|në|i|u|de|la|di)){0,2}\s+(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[0-9A-Za-z-]|(?![\0-\x7f])[\p{L}\p{N}])*)*(?:\s*\((?:(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[0-9A-Za-z-]|(?![\0-\x7f])[\p{L}\p{N}])*\s*)+\))?/gu;
/**
 * An organisation introduced by its type (`the oil company NIS`, `kompanija NIS`, `partia LDK`), guarded by
 * the type words' first letters (every one is lower-case ASCII). Plain form without the leading lookahead.
 */
export const TYPED_ORG =
  /(?=[abcfkps])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))(company|firm|agency|party|airline|bank|kompanija|kompanije|preduzeće|stranka|partija|kompania|partia|kompanija)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3})/gu;
/** An organisation written with a lower-case adjective (`Ambasada ruse në Beograd`), ASCII-guarded. */
export const ORG_ADJECTIVE =
  /(?=[^\0-@[-\x7f])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))((?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[a-z]|(?![\0-\x7f])\p{Ll})+)\s+((?:[a-z]|(?![\0-\x7f])\p{Ll})+)\s+(?:në|in|u|of)\s+(\p{Lu}[\p{L}-]+)/gu;

/** Indexes the Serbian institutions `sentenceCaseSerbianOrgs` finds in paragraph `pi`, in the nominative. */
function indexSentenceCaseOrgs(p: Paragraph, pi: number, index: EntityIndex, starts: readonly number[]): void {
  for (const [a, b] of sentenceCaseSerbianOrgs(p.masked, starts))
    index.org(serbianOrgNominative(orig(p, a, b)), pos(pi, a), { type: orgHead(p.masked.slice(a, b)) });
}

/** Serbian prepositions (folded) before an institution's name in an oblique case. */
const SR_PREPOSITIONS = new Set(SR_ORG_PREPOSITIONS);
/** A Serbian adjective's ending in any case (Latin view, folded): `-ski`, `-skog`, `-ni`, `-nog`, `-noj`, `-ne`. */
const SR_ADJECTIVE = /(?:sk|ck|n)(?:i|a|o|e|og|oga|om|omu|oj|ih|im|u)$/;

/**
 * Serbian writes an institution's name in sentence case: only its first word is capitalised
 * (`Rusko-srpski humanitarni centar`, `Narodna banka Srbije`). Inside a sentence a capitalised adjective
 * followed by up to two lower-case adjectives and an institution's head noun (`sr-org-heads.ts`) is such a
 * name in whatever case the sentence puts it (`Vatrogasci Rusko-srpskog humanitarnog centra`); a sentence's
 * first word is capitalised anyway, so it proves nothing. Spans in the Latin view.
 */
function sentenceCaseSerbianOrgs(s: string, starts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  const toks = spaceSeparated(s);
  for (let i = 1; i < toks.length; i++) {
    const first = toks[i];
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(first.w) || starts.includes(first.at)) continue;
    // After a full stop, colon, dash or an opening quote mark a capital may only open a sentence.
    if (/[.!?:–—„“"«»]$/u.test(toks[i - 1].w) || /^[–—-]$/.test(toks[i - 1].w)) continue;
    // After a preposition (`U Crvenom krstu kažu`, `iz Narodne banke`) the cue readers name the body from the
    // article's own mentions (`sr-org-case.ts`); indexing the bare phrase would shadow a longer name given before.
    if (SR_PREPOSITIONS.has(fold(toks[i - 1].w))) continue;
    const adjective = (w: string) => SR_ADJECTIVE.test(fold(w).split('-').pop()!);
    if (!adjective(first.w)) continue;
    for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
      const w = toks[j].w.replace(/[,.;:!?]+$/, '');
      if (!/^\p{Ll}+$/u.test(w)) break;
      if (isSerbianOrgHead(w)) {
        // A place after the head belongs to the name (`Crveni krst Srbije`, `Crvenog krsta Niš`); a person's name
        // after it (`centra Sergej Ivanov`: a first name, or two capitalised words) does not.
        const next = toks[j + 1]?.w.replace(/[,.;:!?]+$/, '');
        const place = next !== undefined && toks[j].w === w && /^\p{Lu}\p{Ll}/u.test(next) && !isFirstName(next) && !/^\p{Lu}/u.test(toks[j + 2]?.w ?? '');
        // Another capitalised word after the head that is neither: where the name ends is unknown, so none is indexed.
        if (!place && toks[j].w === w && /^\p{Lu}/u.test(next ?? '')) break;
        const end = place ? toks[j + 1].at + next.length : toks[j].at + w.length;
        out.push([first.at, end]);
        break;
      }
      if (!adjective(w)) break;
    }
  }
  return out;
}

const NP_WORD = /^(?:the|a|an|of|for|to|in|at|and|e|i|të|në|u|van|von|de|der|\d+)$/i;

export const CAPITAL =
  /(?=[^\0-@[-\x7f])(?<![0-9A-Za-z'-])(?<![\p{L}\p{N}’](?<=[^\0-\x7f]))(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[A-Za-z'-]|(?![\0-\x7f])[\p{L}’])*/gu;
/** Locative prepositions of every language (a capitalised word right after one names a place). */
const LOCATIVE = /(?:^|\s)(?:in|from|across|throughout|u|iz|kroz|në|nga|ne)$/;

/** Records which capitalised words of a paragraph stand away from sentence starts, and which name places (`text`: its unmasked view). */
function collectEvidence(s: string, index: EntityIndex, text: string = s, into: { midCaps: Set<string>; places: Set<string> } = index.evidence): void {
  for (const m of matchAllOf(CAPITAL, s)) {
    const a = m.index!;
    const before = s.slice(Math.max(0, a - 24), a);
    const w = fold(m[0]).replace(/['’]s?$/, '');
    if (!/['’]s?$/.test(m[0]) && /\s$/.test(before) && LOCATIVE.test(fold(before).trimEnd())) into.places.add(w);
    // A sentence start, a paragraph start, a quote opening or a dash: a capital there says nothing.
    // A quote closed on a comma (`"…," Jones said`) goes on in the same sentence: a capital after it is mid-sentence.
    const onAfterQuote = /,\s*[”"’'»“]\s+$/.test(text.slice(Math.max(0, a - 24), a));
    if (!onAfterQuote && (/^\s*$/.test(before) || /(?:[.!?:;„“"«»‘'–—-])\s*$/.test(before))) continue;
    into.midCaps.add(w);
  }
}

/** True when the text before a name could be part of its noun phrase (titles, roles, capitalised words). */
function npIsh(before: string): boolean {
  for (const w of before.match(/(?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+(?:[-'’](?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+)*/gu) ?? []) {
    if (/^\p{Lu}/u.test(w) || NP_WORD.test(w) || parseRole(w) || /['’]s$/.test(w)) continue;
    return false;
  }
  return true;
}

/**
 * Start of the sentence holding offset `a`: in English past abbreviations and initials (`Sen. Jane Roe`,
 * `Mr. Roe`, `U.S. officials`; `sentenceStartOf`), elsewhere after any `. `, `? `, `! `.
 */
function sentenceStartFor(s: string, starts: number[], a: number, lex?: QuoteLexicon): number {
  return lex?.language === 'en' ? startOfSentenceAt(s, starts, a) : sentenceStartBefore(s, a);
}

/**
 * `sentenceStartOf(s, a, 0)` read from the paragraph's sentence starts (`sentenceStarts(s)`, found once per
 * paragraph) by binary search: the last start before `a`, past leading spaces. Walking the sentences from
 * the paragraph start for every name and capitalised word was quadratic in the paragraph's length.
 */
function startOfSentenceAt(s: string, starts: number[], a: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < a) lo = mid;
    else hi = mid - 1;
  }
  let start = starts[lo] < a ? starts[lo] : 0;
  while (start < a && isSpace(s[start])) start++;
  return start;
}

/** Start of the sentence containing offset `a` (after `. `, `? `, `! `), or 0. */
function sentenceStartBefore(s: string, a: number): number {
  let best = 0;
  for (const p of ['. ', '? ', '! ']) {
    const i = s.lastIndexOf(p, a - 1);
    if (i >= 0 && i + 2 > best && i + 2 <= a) best = i + 2;
  }
  return best;
}

/** Where a paragraph's words start (its dateline is blanked out of the masked text, see `lead.ts`). */
function dateEnd(s: string): number {
  return s.length - s.trimStart().length;
}

/**
 * Offset of the last full stop before `a` that can end a clause, or -1: the stops of a dotted
 * abbreviation or an initial (`The U.S. ambassador`, `Jane Q. Roe`) end none, so a role keeps its qualifier.
 */
function lastStop(s: string, a: number): number {
  let i = s.lastIndexOf('.', a - 1);
  while (i >= 0 && /(?:^|[\s(])\p{L}(?:\.\p{L})*$/u.test(s.slice(Math.max(0, i - 12), i))) i = s.lastIndexOf('.', i - 1);
  return i;
}
