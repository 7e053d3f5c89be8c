/**
 * The speaker's name in its base form, or null when the indexed "name" cannot be a person: a platform
 * (`na mreži X`, `on X`), a one-letter word, an Albanian genitive/ablative that names no one the article
 * introduces (`të Veriut`). Serbian feminine first names are put back in the nominative before an
 * indeclinable surname (`Anom Petrović` → `Ana Petrović`), Albanian oblique surnames are mapped to the
 * person the article names (`Ramës` → `Besnik Rama`).
 */
import { firstNameGender, isFirstName, isSouthSlavicMaleName } from './lexicon/first-names.js';
import {
  ACRONYM_CASE_ENDINGS,
  SQ_LINKING_ARTICLES,
  SQ_ORG_HEAD_ENDINGS,
  PLATFORM_NAMES,
  PLATFORM_PLACE_WORDS,
  SR_FIRST_NAME_VOWELS,
  SR_MASCULINE_A_STEM_CASES,
  SR_MASCULINE_CASE_ENDINGS,
  SR_SURNAME_POSSESSIVE,
  SQ_ACCUSATIVE_NAME_ENDINGS,
  SQ_OBLIQUE_NAME_ENDINGS,
  SR_FEMININE_FIRST_NAME_ENDINGS,
} from './lexicon/name-cases.js';
import { AMBIGUOUS_FEMININE_ENDINGS, SLAVIC_SURNAME_ENDINGS } from './lexicon/slavic-surnames.js';
import type { Paragraph } from './paragraph.js';
import { matchAllOf } from './match-all.js';
import { cyrillicToLatin } from '../text/fold.js';

const CYR = /[\u0400-\u04FF]/u;
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when the word cannot be a speaker: one letter, or a platform name that the article only ever
 * writes as a place (`na mreži X`, `në rrjetin X`, `on X`).
 */
export function isNeverPerson(name: string, paras: Paragraph[]): boolean {
  const t = name.trim();
  if ([...t].length === 1) return true;
  if (!PLATFORM_NAMES.includes(t)) return false;
  const re = new RegExp(`(?<![\\p{L}])(\\p{L}*)\\s+${esc(t)}(?![\\p{L}])`, 'gu');
  let seen = 0;
  for (const p of paras) {
    for (const m of matchAllOf(re, p.original)) {
      seen++;
      if (!PLATFORM_PLACE_WORDS.includes(m[1].toLowerCase())) return false;
    }
  }
  return seen > 0;
}

/**
 * A Serbian feminine first name in an oblique case before a surname that does not decline
 * (`Anom Petrović`, `Аном Петровић`, `Ani Jović`) in the nominative (`Ana Petrović`). The evidence must be
 * clear: the surname ends in a consonant (a man's would take a case ending too), the first word is not a
 * known first name itself and its nominative in `-a` is a known feminine first name.
 * @param name a name of two or more words
 * @returns the nominative name, or `name` unchanged
 */
export function feminineNominative(name: string): string {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || !/[^aeiouаеиоу]$/iu.test(ws[ws.length - 1])) return name;
  const first = ws[0];
  if (firstNameGender(first) !== null) return name;
  // `Анке Конрад`: an ending a foreign nominative has too is read as a case only before a Slavic surname.
  const slavic = SLAVIC_SURNAME_ENDINGS.some((e) => ws[ws.length - 1].toLowerCase().endsWith(e));
  for (const end of SR_FEMININE_FIRST_NAME_ENDINGS) {
    if (!first.endsWith(end) || first.length - end.length < 2) continue;
    if (!slavic && AMBIGUOUS_FEMININE_ENDINGS.includes(end)) continue;
    const base = first.slice(0, -end.length) + (CYR.test(first) ? 'а' : 'a');
    if (firstNameGender(base) === 'f') return [base, ...ws.slice(1)].join(' ');
  }
  return name;
}

const CONSONANT_END = /[^aeiouаеиоу]$/iu;

/** A foreign name's final `-e` that the instrumental `-om` is added to as it stands (`Anke` → `Ankeom`, `Mikele` → `Mikeleom`). */
const E_STEM_END = /[eе]$/u;
const INSTRUMENTAL_OM = new Set(['om', 'ом']);

/**
 * The ending of `SR_MASCULINE_CASE_ENDINGS` every word of `ws` carries after a consonant, with its
 * strength; the instrumental `-om` also after a foreign name's `-e` (`sa ambasadorkom Ankeom Konradom`).
 */
function sharedCaseEnding(ws: string[]): { end: (w: string) => string; strong: boolean } | null {
  for (const { endings, strong } of SR_MASCULINE_CASE_ENDINGS) {
    const stemOk = (stem: string, e: string) => CONSONANT_END.test(stem) || (INSTRUMENTAL_OM.has(e) && E_STEM_END.test(stem));
    const endOf = (w: string) => endings.find((e) => w.endsWith(e) && w.length - e.length >= 2 && stemOk(w.slice(0, -e.length), e));
    if (ws.every((w) => endOf(w) !== undefined)) return { end: (w) => endOf(w)!, strong };
  }
  return null;
}

/** True when a word stands alone in the original text of some paragraph. */
function writtenAlone(word: string, paras: Paragraph[]): boolean {
  const re = new RegExp(`(?<![\\p{L}])${esc(word)}(?![\\p{L}])`, 'u');
  return paras.some((p) => re.test(p.original));
}

/** The nominative of a declined man's first name from its stem: a Serbian/Croatian name first, then any man's name. */
function firstNominative(stem: string): string | undefined {
  const cyr = CYR.test(stem);
  const a = cyr ? 'а' : 'a';
  const vowel = (v: string) => (cyr ? (({ o: 'о', a: 'а' } as Record<string, string>)[v] ?? v) : v);
  const fleeting = /[^aeiouаеиоу][rр]$/iu.test(stem) ? [stem.slice(0, -1) + a + stem.slice(-1)] : [];
  const forms = [...fleeting, ...SR_FIRST_NAME_VOWELS.map((v) => stem + vowel(v))];
  return forms.find(isSouthSlavicMaleName) ?? forms.find((f) => firstNameGender(f) === 'm');
}

/**
 * A Serbian man's name left in an oblique case (`Piterom Sorensenom`, `Јовићем`-style `Марком Јовићем`,
 * `Pitera Sorensena`, `Piteru Sorensenu`) in the nominative (`Piter Sorensen`, `Марко Јовић`). Every word
 * must carry the same case ending after a consonant. The instrumental (`-om`/`-em`) is enough evidence by
 * itself; `-a` and `-u` (which a nominative can end in: `Nikola Tesla`) need the surname written without
 * the ending somewhere in the article, or the first name's stem a known man's name. A first name in
 * `-o`/`-a` gets its vowel back when the first-name lists know that form (`Markom` → `Marko`).
 * @param name a name of two or more words, original script
 * @param paras the article's prepared paragraphs
 * @returns the nominative name, or `name` unchanged
 */
export function masculineNominative(name: string, paras: Paragraph[]): string {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 2 || !ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return name;
  const shared = sharedCaseEnding(ws);
  if (!shared) return name;
  const stems = ws.map((w) => w.slice(0, -shared.end(w).length));
  const first = firstNominative(stems[0]);
  // The first word as written is a first name itself (`Nikola Tesla`, `Ana …`): already the nominative.
  if (firstNameGender(ws[0]) === 'f' || (!shared.strong && isFirstName(ws[0]))) return name;
  const evidence = shared.strong || firstNameGender(stems[0]) === 'm' || writtenAlone(stems[stems.length - 1], paras);
  if (!evidence) return name;
  return [first ?? stems[0], ...stems.slice(1)].join(' ');
}

/**
 * An acronym declined with a hyphenated case ending (`OEBS-a`, `UN-u`, `NATO-s`, `NIS-it`, `OSBE-së`,
 * Cyrillic `ОЕБС-а`) as the organisation's base acronym (`OEBS`, `UN`, `NATO`, `NIS`, `OSBE`, `ОЕБС`), in
 * Serbian and Albanian.
 * @param name a speaker or organisation name as written
 * @param language the article lexicon's language code
 * @returns the acronym, or `name` unchanged (other languages, other shapes, an ending not of the language)
 */
export function acronymBase(name: string, language: string): string {
  const endings = ACRONYM_CASE_ENDINGS[language];
  const m = /^(\p{Lu}[\p{Lu}\d]+)[-‑](\p{Ll}{1,4})$/u.exec(name.trim());
  if (!endings || !m) return name;
  const end = cyrillicToLatin(m[2]).normalize('NFD').replace(/\p{M}/gu, '');
  return endings.includes(m[2]) || endings.includes(end) ? m[1] : name;
}

/**
 * An Albanian organisation name in the nominative: it starts at its first capitalised organisation noun
 * (`Në njoftimin e Policisë së Kosovës` → `Policisë së Kosovës`, `Edhe Kuvendi i Kosovës` → `Kuvendi i
 * Kosovës`), and an oblique head with its linking article is put back in the nominative
 * (`Policisë së Kosovës` → `Policia e Kosovës`, `Kuvendit të Kosovës` → `Kuvendi i Kosovës`). The
 * words after the linking article are a genitive of their own and stay as written
 * (`Ministrisë së Punëve të Jashtme` → `Ministria e Punëve të Jashtme`).
 * @param name the organisation phrase as written
 * @param isOrgNoun tells an organisation head noun (`orgHead`)
 * @returns the nominative name, or `name` unchanged when it has no capitalised organisation noun
 */
export function albanianOrgNominative(name: string, isOrgNoun: (w: string) => boolean): string {
  const ws = name.trim().split(/\s+/);
  const head = ws.findIndex((w) => /^\p{Lu}/u.test(w) && isOrgNoun(w));
  if (head < 0) return name;
  const out = ws.slice(head);
  // Capitalised adjectives of the name may stand between the head and its linking article
  // (`Prokurorisë Speciale të Republikës` → `Prokuroria Speciale e Republikës`).
  let at = 1;
  while (at < out.length - 1 && /^\p{Lu}\p{Ll}+e$/u.test(out[at]) && SQ_LINKING_ARTICLES.oblique.includes(out[at + 1])) at++;
  const link = out[at];
  if (link === undefined || !SQ_LINKING_ARTICLES.oblique.includes(link)) return out.join(' ');
  for (const [oblique, nominative, gender] of SQ_ORG_HEAD_ENDINGS) {
    if (!out[0].endsWith(oblique) || out[0].length - oblique.length < 3) continue;
    out[0] = out[0].slice(0, -oblique.length) + nominative;
    out[at] = SQ_LINKING_ARTICLES.nominative[gender];
    break;
  }
  return out.join(' ');
}

/**
 * A Serbian name in the nominative: a man's declined name first (both words carry the case ending:
 * `Zoranom Petrovićem` → `Zoran Petrović`), else a woman's declined first name before her indeclinable
 * surname (`Anom Petrović` → `Ana Petrović`).
 */
export function serbianNominative(name: string, paras: Paragraph[]): string {
  const m = masculineNominative(name, paras);
  if (m !== name) return m;
  const f = feminineNominative(name);
  return f !== name ? f : masculineAStemNominative(name);
}

/**
 * A Serbian man's first name in `-a` left in an oblique case (`Nebojšu Tomanovića`, `Nikoli Jovanoviću`,
 * `Небојшом Томановићем`, `Nebojšu Tomanović`) in the nominative (`Nebojša Tomanović`): the first word is
 * not a first name as written, its `-a` form is a known man's name, and the surname is either in the
 * nominative (a consonant) or carries the masculine ending of the same case, which is dropped.
 * @param name a name of two words, original script
 * @returns the nominative name, or `name` unchanged
 */
export function masculineAStemNominative(name: string): string {
  const ws = name.trim().split(/\s+/);
  if (ws.length !== 2 || isFirstName(ws[0])) return name;
  const [first, surname] = ws;
  for (const [end, surnameEnds] of SR_MASCULINE_A_STEM_CASES) {
    if (!first.endsWith(end) || first.length - end.length < 2) continue;
    const base = first.slice(0, -end.length) + (CYR.test(first) ? 'а' : 'a');
    if (firstNameGender(base) !== 'm') continue;
    const sEnd = surnameEnds.find((e) => surname.endsWith(e) && CONSONANT_END.test(surname.slice(0, -e.length)));
    if (sEnd) return `${base} ${surname.slice(0, -sEnd.length)}`;
    // A surname in the nominative, not one declined in another case (`Ristićem` after `Nebojšu`).
    if (CONSONANT_END.test(surname) && !/(?:om|em|ом|ем)$/u.test(surname)) return `${base} ${surname}`;
  }
  return name;
}

/**
 * Serbian and Albanian: a generic organisation noun capitalised at a sentence start before an acronym
 * (`Kompanija NIS`, `Kompania NIS`) is not part of the name; the article writes it `kompanija NIS` elsewhere.
 * @param isOrgNoun tells an organisation head noun (`orgHead`)
 * @returns the acronym, or `name` unchanged
 */
export function typedAcronym(name: string, language: string, isOrgNoun: (w: string) => boolean): string {
  const typed = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}{2,}[\p{Lu}\d]*)$/u.exec(name.trim());
  return typed && isOrgNoun(typed[1]) && (language === 'sr' || language === 'sq') ? typed[2] : name;
}

/** The full name `First Base` the article writes for the base surname `base` (a known first name before it). */
function fullNameInArticle(base: string, paras: Paragraph[]): string | null {
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${esc(base)}(?![\\p{L}])`, 'gu');
  for (const p of paras) {
    for (const m of matchAllOf(re, p.original)) if (firstNameGender(m[1]) !== null) return `${m[1]} ${base}`;
  }
  return null;
}

/**
 * An Albanian one-word speaker in the genitive/dative/ablative (`Ramës`, `Kolës`, `Veriut`): the person
 * the article names with that base surname (`Besnik Rama`), or null when no such person is named (a
 * place such as `Veriu`, or a surname the article never introduces).
 * @returns the full name, null, or `name` unchanged when it carries no oblique ending
 */
export function albanianBaseName(name: string, paras: Paragraph[]): string | null {
  // One capitalised word only: an acronym with a hyphenated ending (`KFOR-it`) is an organisation.
  if (!/^\p{Lu}\p{Ll}+$/u.test(name.trim())) return name;
  let oblique = false;
  for (const [end, baseEnd] of SQ_OBLIQUE_NAME_ENDINGS) {
    if (!name.endsWith(end) || name.length - end.length < 2) continue;
    oblique = true;
    const full = fullNameInArticle(name.slice(0, -end.length) + baseEnd, paras);
    if (full !== null) return full;
  }
  return oblique ? null : name;
}

/**
 * An Albanian full name with its surname in an oblique case (`Arben Gashin`, `Albin Kurtit`, `Edi Ramën`)
 * in the nominative (`Arben Gashi`), when the article itself writes the base surname as a word; otherwise
 * the name as written. The first name does not decline before a surname.
 */
export function albanianPersonNominative(name: string, paras: Paragraph[]): string {
  const ws = name.trim().split(/\s+/);
  const last = ws[ws.length - 1];
  if (ws.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(last)) return name;
  for (const [end, baseEnd] of [...SQ_ACCUSATIVE_NAME_ENDINGS, ...SQ_OBLIQUE_NAME_ENDINGS]) {
    if (!last.endsWith(end) || last.length - end.length < 3) continue;
    const base = last.slice(0, -end.length) + baseEnd;
    const re = new RegExp(`(?<![\\p{L}])${esc(base)}(?![\\p{L}])`, 'u');
    if (paras.some((p) => re.test(p.original))) return [...ws.slice(0, -1), base].join(' ');
  }
  return name;
}

/**
 * True when a Serbian run ends in a possessive adjective of a surname (`Podršku Stevićevoj`, a
 * sentence-opening accusative noun and `Stević`'s possessive): what a person owns is not a person.
 */
export function isPossessiveRun(name: string): boolean {
  const ws = name.trim().split(/\s+/);
  return SR_SURNAME_POSSESSIVE.test(ws[ws.length - 1]);
}

/**
 * The speaker name as output: null for a name that cannot be a person, otherwise the base form by the
 * rules above for the article's language.
 * @param name the cleaned speaker name
 * @param paras the article's prepared paragraphs
 * @param language the article lexicon's language code (`sr`, `sq`, `en`)
 */
export function speakerBaseForm(name: string, paras: Paragraph[], language: string): string | null {
  if (isNeverPerson(name, paras)) return null;
  if (acronymBase(name, language) !== name) return acronymBase(name, language);
  if (language === 'sq') return albanianBaseName(name, paras);
  if (language === 'sr') return isPossessiveRun(name) ? null : (serbianASurname(name, paras) ?? serbianNominative(name, paras));
  return name;
}

/**
 * Serbian: a one-word speaker that is a surname in `-a` in an oblique case (`Према речима Хоџе`, `Hodži`,
 * `Hodžu`, `Hodžom`; such surnames decline like feminine nouns: Pravopis srpskoga jezika) is the person
 * the article names with the surname in `-a` (`Арбен Хоџа`).
 * @returns that person's full name as the article writes it, or null (not such a word, or nobody so named)
 */
export function serbianASurname(name: string, paras: Paragraph[]): string | null {
  const w = name.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
  for (const end of SR_FEMININE_FIRST_NAME_ENDINGS) {
    if (!w.endsWith(end) || w.length - end.length < 2) continue;
    const full = fullNameInArticle(w.slice(0, -end.length) + (CYR.test(w) ? 'а' : 'a'), paras);
    if (full !== null) return full;
  }
  return null;
}
