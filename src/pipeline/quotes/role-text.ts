/**
 * The text of a speaker's role and name as a digest shows them: a clean noun phrase (`Foreign Minister`,
 * `the Russian ambassador to Serbia`), without the dateline, date, quote tail, clause words or time
 * adverbials that the subject phrase around it dragged in, and in the article's own script.
 */
import { ROLE_CONTENT_NOUNS, ROLE_CUT_VERBS } from './lexicon/role-verbs.js';
import { parseRole } from './roles.js';
import { firstNameGender, isAlbanianFemaleName, isFirstName, isSouthSlavicMaleName } from './lexicon/first-names.js';
import type { Paragraph } from './paragraph.js';
import { cyrillicToLatin } from '../text/fold.js';
import { matchAllOf } from './match-all.js';
import { isSerbianDativeRole } from './sr-role-case.js';

/** A dateline or date opening a paragraph: `BEOGRAD – `, `NEW YORK, 22 April 2026 – `, `12 June 2025 – `. */
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\s/.'’-]{2,}(?:,[^–—]{0,40})?|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}\.?|\p{L}+\s+\d{1,2},?\s+\d{4})\s*[–—-]\s+/u;

/** Time adverbials that close a subject phrase (`… on Monday`, `… u ponedeljak`, `… të hënën`, `… yesterday`). */
const DAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|ponedeljak|ponedeljka|utorak|utorka|sredu|sreda|četvrtak|četvrtka|petak|petka|subotu|subota|nedelju|nedelja|понедељак|уторак|среду|четвртак|петак|суботу|недељу|hënën|martën|mërkurën|enjten|premten|shtunën|diel|dielën';
const TIME_TAIL = new RegExp(
  `(?:[\\s,]+(?:(?:on|last|this|late|early|earlier|u|ne|në|të|у|ове|prošle|ove|ovog|ovaj)\\s+)?(?:${DAYS}|yesterday|today|tonight|earlier|later|this week|last week|this morning|danas|juče|jučer|sinoć|јуче|данас|синоћ|sot|dje|mbrëmë)(?:\\s+(?:morning|evening|afternoon|night|ujutru|uveče|në mëngjes|në mbrëmje))?)+$`,
  'iu',
);

/** The same adverbials opening the phrase, after an inverted verb (`rekao je danas ministar …`, `tha sot kryeministri`). */
const TIME_HEAD = new RegExp(
  `^(?:(?:on|last|this|u|ne|në|të|у)\\s+)?(?:${DAYS}|yesterday|today|tonight|earlier|later|danas|juče|jučer|sinoć|jutros|večeras|јуче|данас|синоћ|јутрос|вечерас|sot|dje|mbrëmë|sonte)\\s+`,
  'iu',
);

/** Words that start a clause, not a noun phrase (`including the mayor`, `leaving the incumbent`, `after meeting …`). */
const CLAUSE_LEAD =
  /^(?:including|leaving|after|before|while|when|during|following|meeting|and|but|or|as|with|without|i|ili|kao|dhe|ose|si|pas|para|nakon|posle|tokom|uključujući|përfshirë)\s+/iu;

/**
 * A finite speech verb inside the phrase: what precedes it is a clause (`» Marchal said after meeting
 * Kosovo's Prime Minister`, `rekao je direktor festivala`); the role is what follows.
 */
const SPEECH_VERB =
  /(?:^|\s)(?:said|says|told|added|stated|noted|stressed|wrote|\p{L}+(?:ao|eo|io|la|li)\s+(?:je|su|sam|smo|ste|si)|(?:je|su)\s+\p{L}+(?:ao|eo|io|la|li)|tha|deklaroi|shtoi|theksoi|tha\s+se)(?=\s|$)/giu;
/** Other finite verbs a role never spans (`… criticised Serbian President`, `replied Kosovo's deputy …`). */
const CUT_VERB = new RegExp(`(?<![\\p{L}])(?:${ROLE_CUT_VERBS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
/** `Sipas X`, `Prema X`, `According to X` and the outlet's capitalised words before a role. */
const SOURCE_LEAD = /^(?:[Ss]ipas|[Pp]rema|[Pp]o|[Aa]ccording\s+to)\s+(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}-]*\s+)+(?=\p{Ll})/u;

/** A complement clause is not a role (`… da je zabrana …`, `that the …`). */
const COMPLEMENT = /^(?:da|that|se|që|what|how|kako)\s/iu;
/** A noun of what was said (`izjavu predsednika Kosova`, `the statement of`): the phrase names the words, not a role. */
const CONTENT_NOUN = new RegExp(`(?<![\\p{L}])(?:${ROLE_CONTENT_NOUNS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * Cleans a role phrase for output.
 * @param text the role as the subject phrase gave it (Latin view or original script)
 * @returns the role noun phrase (`Foreign Minister`), or null when nothing role-like is left
 *   (a clause, a quote tail, an adjective alone); never throws
 */
export function cleanRole(text: string | null): string | null {
  if (!text) return null;
  let t = text;
  // Anything up to a quote mark or a masked quote interior belongs to the quote, not the role.
  t = t.replace(/^.*q{3,}/su, '');
  const qm = Math.max(...['“', '”', '„', '"', '«', '»', '‹', '›'].map((m) => t.lastIndexOf(m)));
  if (qm >= 0) t = t.slice(qm + 1);
  let last = -1;
  for (const m of matchAllOf(SPEECH_VERB, t)) last = m.index + m[0].length;
  for (const m of matchAllOf(CUT_VERB, t)) last = Math.max(last, m.index + m[0].length);
  if (last >= 0) t = t.slice(last).trimStart();
  if (COMPLEMENT.test(t)) return null;
  // A role noun in the dative is an addressee (`rekao sam tada ministru`), never the speaker's role.
  if (t.split(/\s+/, 4).some(isSerbianDativeRole)) return null;
  t = t.replace(/^[\s,.:;–—-]+/, '');
  for (let d = DATELINE.exec(t); d; d = DATELINE.exec(t)) t = t.slice(d[0].length);
  // A dash inside the phrase separates a dateline-like lead from the role (`JORK – Ministrja`).
  const dash = t.lastIndexOf(' – ');
  if (dash >= 0) t = t.slice(dash + 3);
  while (CLAUSE_LEAD.test(t) || TIME_HEAD.test(t)) t = t.replace(CLAUSE_LEAD, '').replace(TIME_HEAD, '');
  // A source phrase before the role (`Sipas KosovaPress ministri`, `Prema Tanjugu ministar`) names the outlet, not the role.
  const source = SOURCE_LEAD.exec(t);
  if (source) t = t.slice(source[0].length);
  // `According to the engineer` (the role of a name in apposition after it) is the role `the engineer`.
  t = t.replace(/^[Aa]ccording\s+to\s+(?=\p{Ll})/u, '');
  t = t
    .replace(TIME_TAIL, '')
    .replace(/[\s,.:;–—-]+$/, '')
    .trim();
  if (!t || CONTENT_NOUN.test(t) || !parseRole(t) || obliqueHead(t)) return null;
  // A list remnant (`Belarus, and Serbia Ambassador`) is not a role phrase.
  if (/,\s*(?:and|i|dhe)\s/iu.test(t)) return null;
  return t;
}

/**
 * A Serbian role noun in the instrumental (`sa ambasadorkom Nemačke`, `sa ministrom`, `predsednikom`):
 * the phrase names the role as an object, not as the speaker's title, so it is not printed.
 */
function obliqueHead(t: string): boolean {
  return t.split(/\s+/).some((w) => /\p{L}{4,}[^aeiouаеиоу\s](?:om|em|ом|ем)$/iu.test(w) && parseRole(w) !== null);
}

/**
 * Cleans a speaker name: drops a time adverbial the subject phrase kept (`Kosovo's Central Election
 * Commission on Thursday` → `Kosovo's Central Election Commission`).
 * @returns the name, never empty when the input was not
 */
export function cleanSpeakerName(name: string): string {
  const t = name
    .replace(TIME_TAIL, '')
    .replace(/[\s,.:;–—-]+$/, '')
    .trim();
  return t || name;
}

/** Whether any paragraph has a Latin view of other script, once per article (it was once per quote). */
function hasCyrillic(paras: Paragraph[]): boolean {
  let got = cyrillicArticles.get(paras);
  if (got === undefined || got.length !== paras.length) {
    got = { length: paras.length, any: paras.some((p) => p.view.text !== p.original) };
    cyrillicArticles.set(paras, got);
  }
  return got.any;
}

const cyrillicArticles = new WeakMap<Paragraph[], { length: number; any: boolean }>();

/**
 * The role in the article's script: a role read from the Latin view of a Cyrillic paragraph is looked up
 * in the views of the quote's paragraph and those before it (then after) and mapped back through the
 * view's offset map. Latin articles are returned unchanged.
 * @param role role text in the Latin view
 * @param paras the article's prepared paragraphs
 * @param paragraph the quote's paragraph index
 */
export function roleInScript(role: string, paras: Paragraph[], paragraph: number): string {
  if (!hasCyrillic(paras)) return role;
  const order = [
    ...Array.from({ length: paragraph + 1 }, (_, i) => paragraph - i),
    ...Array.from({ length: Math.max(0, paras.length - paragraph - 1) }, (_, i) => paragraph + 1 + i),
  ];
  for (const i of order) {
    const p = paras[i];
    if (!p || p.view.text === p.original) continue;
    const at = p.view.text.indexOf(role);
    if (at >= 0) return p.original.slice(p.view.map[at], p.view.map[at + role.length]);
  }
  return role;
}

/**
 * A Serbian masculine name the index kept in the genitive (`Miloša Jankovića`, `Милоша Јанковића`) in
 * the nominative, when the article also writes the surname without the case ending (`Janković`).
 * Feminine surnames do not decline, so a name whose surname never appears without `-a` is kept; a woman’s
 * first name declined in Serbian (`Vjose Osmani`) is read back in the nominative (`Vjosa Osmani`).
 * @param name the speaker name as indexed
 * @param paras the article's prepared paragraphs
 * @param language the article's lexicon language; a woman's declined first name is read back only in Serbian
 * @returns the nominative name, or `name` unchanged
 */
export function nominativeName(name: string, paras: Paragraph[], language = 'sr'): string {
  const ws = name.split(/\s+/);
  const surname = ws[ws.length - 1];
  // Albanian women's names end in `-e` in the nominative (`Arbnore`, `Lule`): only Serbian declines them.
  const feminine = language === 'sr' ? feminineFirstName(ws[0], paras) : null;
  if (ws.length >= 2 && feminine) return [feminine, ...ws.slice(1)].join(' ');
  if (ws.length < 2 || !/[^aeiouаеиоу][aа]$/iu.test(surname)) return name;
  const bare = surname.slice(0, -1);
  const re = new RegExp(`(?<![\\p{L}])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  if (!paras.some((p) => re.test(p.original))) return name;
  return ws.map((w, i) => (/[^aeiouаеиоу][aа]$/iu.test(w) ? (i === 0 ? firstNameStem(w.slice(0, -1)) : w.slice(0, -1)) : w)).join(' ');
}

/**
 * A woman's first name in the Serbian genitive or dative (`Vjose`, `Ane`, `Mariji`) in the nominative
 * (`Vjosa`, `Ana`, `Marija`), when the written form is no name of its own (`Fatime` stays) and the `-a`
 * form is a woman's name that the Albanian list holds (Serbian copy declines them) or that the article
 * writes itself; a foreign name written undeclined (`Helge Majer`) stays. Null otherwise. Feminine
 * surnames do not decline, so only the first name moves.
 */
function feminineFirstName(w: string, paras: Paragraph[]): string | null {
  const m = /^(\p{Lu}\p{Ll}+?)(?:e|i|u|е|и|у)$/u.exec(w);
  if (!m || isFirstName(cyrillicToLatin(w))) return null;
  const nominative = m[1] + (/[\u0400-\u04ff]/.test(w) ? 'а' : 'a');
  const latin = cyrillicToLatin(nominative);
  if (firstNameGender(latin) !== 'f') return null;
  const written = new RegExp(`(?<![\\p{L}])${nominative}(?![\\p{L}])`, 'u');
  return isAlbanianFemaleName(latin) || paras.some((p) => written.test(p.original)) ? nominative : null;
}

/** A man's first name without its genitive `-a`, with the fleeting `a` back (`Petra` → `Petar`, `Aleksandra` → `Aleksandar`); the stem otherwise. */
function firstNameStem(stem: string): string {
  if (!/[^aeiouаеиоу][rр]$/iu.test(stem)) return stem;
  const a = /[\u0400-\u04ff]/.test(stem) ? 'а' : 'a';
  const fleeting = stem.slice(0, -1) + a + stem.slice(-1);
  // A Serbian article's `Petra` is `Petar`, though `Petr` is a (Czech) first name too.
  return isSouthSlavicMaleName(fleeting) || (!isFirstName(stem) && isFirstName(fleeting)) ? fleeting : stem;
}
