/**
 * A subject phrase made ready for typing: asides in parentheses blanked, a pronoun right before the verb
 * kept alone, a leading conjunction, relative clause, discourse aside, place modifier and modifier segments
 * cut away. Some shapes decide the speaker on their own (an unnamed group of villagers, `named X`).
 */
import { fold } from '../text/fold.js';
import type { Entity, EntityIndex, Gender } from './entities.js';
import { allLexicons, type QuoteLexicon } from './lexicon/index.js';
import { npIsh } from './name-runs.js';
import { placeModifier } from './place-modifier.js';
import { opensWithGroupNoun } from './group-subject.js';
import { cutAffiliation, cutGerund } from './affiliation.js';
import { cutAtClitic } from './clitic-subject.js';
import { nameBeforeAppositionSrSq } from './apposition-sr-sq.js';
import { nameBeforeApposition, participleAside, theBeforeName } from './name-apposition.js';
import { orgHead, parseRole } from './roles.js';
import { escapeRe } from './text.js';

/** What a subject phrase resolved to. `entity` null means "nobody we can name". */
export interface Resolution {
  entity: Entity | null;
  /** The role phrase the subject used, if any (`Russian ambassador`). */
  role: string | null;
}

/** A subject phrase: text in the Latin view and its original-script text for names. */
export interface NounPhrase {
  text: string;
  /** Original-script text of the same span (names are reported in the article's script). */
  original: string;
  /** Global position (see `pos`). */
  at: number;
}

/** Options of `resolveSubject`. */
export interface SubjectOptions {
  /** Gender the verb or a role noun tells (`rekla` → f). */
  gender?: Gender | null;
  /** Let a role reference take a person named later (headlines). */
  lookahead?: boolean;
  /** The verb's subject is plural. */
  plural?: boolean;
}

/** What every step of the resolver reads. */
export interface SubjectEnv {
  index: EntityIndex;
  lex: QuoteLexicon;
  opts: SubjectOptions;
  at: number;
}

/** A phrase being cut down to its subject; `fromOrg` when a Serbian `iz`/`od` put an institution in the genitive. */
export interface Phrase {
  text: string;
  original: string;
  fromOrg: boolean;
}

const alt = (ws: string[]) => [...new Set(ws)].map(escapeRe).join('|');
const cues = allLexicons.map((l) => l.cues);

/** `named X`, `zove se X`, `vetëm emrin, X`: the name given for an otherwise unnamed source. */
export const NAME_AS = new RegExp(`\\b(?:${alt(cues.flatMap((c) => c.nameIntroducers))})\\s+(\\p{Lu}[\\p{L}'’-]+)`, 'u');
/** A segment that modifies the subject before it (`, 67, from the village of …`, `, who visited …`). */
// Ends at a non-letter, not `\b`: an ASCII word boundary never follows `që`, `në`.
const MODIFIER = new RegExp(`^\\s*(?:${alt(cues.flatMap((c) => c.modifierStarts))})(?![\\p{L}])`, 'iu');
/** A relative clause (`Diplomats with whom N1 spoke`, `Diplomatët me të cilët foli …`). */
const RELATIVE = new RegExp(
  `\\s(?:(?:${alt(cues.flatMap((c) => c.relativePrepositions))})\\s+)?(?:${[...cues.flatMap((c) => c.relativeStems).map((w) => `${escapeRe(w)}\\w*`), ...cues.flatMap((c) => c.relativeWords).map(escapeRe)].join('|')})(?![\\p{L}])`,
  'iu',
);
/** Discourse asides (folded) that sit between commas inside a subject phrase. */
const ASIDES = new Set(cues.flatMap((c) => c.asides));
/** A leading conjunction or fronted clause word (`As one of my predecessors`). */
const CONJUNCTION = new RegExp(`^(?:${alt(cues.flatMap((c) => c.leadingConjunctions))})\\s+(?=\\S)`, 'i');
/** Prepositions that put an institution in the genitive (`iz ministarstva`). */
const GENITIVE_FROM = new RegExp(`^(${alt(cues.flatMap((c) => c.genitiveSourcePrepositions))})\\s+`, 'i');

const blank = (t: string) => t.replace(/\s*\([^()]*\)/g, (m) => ' '.repeat(m.length));
const trimPunct = (t: string) => t.replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, '');

/**
 * Cuts a subject phrase down to its subject.
 * @returns the phrase, or a resolution when its shape decides the speaker (an unnamed group, `named X`),
 *   or null when nothing is left
 */
export function subjectPhrase(np: NounPhrase, env: SubjectEnv): Phrase | Resolution | null {
  // A parenthesis after a name is an aside (`Jane Roe (D-Ore.)`, `NIS (Naftna industrija Srbije)` keeps its
  // words in the organisation index): blanked, offsets kept.
  const ph: Phrase = { text: trimPunct(blank(np.text)), original: trimPunct(blank(np.original)), fromOrg: false };
  pronounBeforeVerb(ph, env.lex);
  leadingConjunction(ph, env.lex);
  relativeClause(ph);
  asides(ph);
  cutAtClitic(ph, env.index, env.lex);
  cutAffiliation(ph, env.lex.language);
  cutGerund(ph, env.lex.language);
  theBeforeName(ph, env.lex.language);
  const decided = placeOrGroup(ph, env);
  if (decided) return decided;
  const namedEarly = NAME_AS.exec(ph.text);
  if (namedEarly) return { entity: env.index.person(namedEarly[1], env.at, { subject: true }), role: null };
  if (!nameBeforeApposition(ph, env) && !nameBeforeAppositionSrSq(ph, env)) modifierSegments(ph, env.lex);
  if (!ph.text) return null;
  // Serbian "iz <institution>" (from the ministry) names the institution in the genitive.
  const iz = GENITIVE_FROM.exec(ph.text);
  if (iz) {
    ph.fromOrg = true;
    ph.text = ph.text.slice(iz[0].length);
    ph.original = ph.original.replace(/^\S+\s+/, '');
  }
  return ph;
}

/** A personal pronoun right before the verb is the subject, whatever adverbials precede it (`Although in May she`). */
function pronounBeforeVerb(ph: Phrase, lex: QuoteLexicon): void {
  const lastWord = /(?:^|[\s,])((?:[A-Za-z]|(?![\0-\x7f])\p{L})+)$/u.exec(ph.text);
  const pronounsAll = [...lex.pronouns.m, ...lex.pronouns.f, ...lex.pronouns.plural];
  if (!lastWord || lastWord.index === 0 || !pronounsAll.includes(lastWord[1].toLowerCase()) || /,\s*$/.test(ph.text.slice(0, lastWord.index + 1))) return;
  ph.text = ph.text.slice(ph.text.length - lastWord[1].length);
  ph.original = ph.original.slice(ph.original.length - lastWord[1].length);
}

/** A leading conjunction or fronted clause is not part of the subject (`As one of my predecessors`). */
function leadingConjunction(ph: Phrase, lex: QuoteLexicon): void {
  const conj = CONJUNCTION.exec(ph.text);
  if (!conj || (lex.indefinites.includes(conj[0].trim().toLowerCase()) && lex.language !== 'sr')) return;
  ph.text = ph.text.slice(conj[0].length);
  ph.original = ph.original.slice(ph.original.length - ph.text.length);
}

/**
 * A relative clause describes the subject; the names inside it are not the speaker
 * (`Diplomate i pravnici sa kojima je N1 razgovarao`, `Diplomatët me të cilët foli KosovaPress`).
 */
function relativeClause(ph: Phrase): void {
  const rel = RELATIVE.exec(ph.text);
  if (!rel || rel.index === 0 || NAME_AS.test(ph.text)) return;
  // The antecedent ends at the comma before the relative pronoun (`Labor Secretary Tom Perkins, who said`).
  ph.text = trimPunct(ph.text.slice(0, rel.index));
  ph.original = trimPunct(ph.original.slice(0, rel.index));
}

/** A discourse aside between commas is not part of the subject (`The Kosovo deputy minister, for his part, said`). */
function asides(ph: Phrase): void {
  const segT = ph.text.split(/,\s*/);
  const segO = ph.original.split(/,\s*/);
  const aside = (seg: string) => ASIDES.has(fold(seg).trim());
  if (segT.length <= 1 || !segT.some(aside)) return;
  const keepIdx = segT.map((seg, k) => (aside(seg) ? -1 : k)).filter((k) => k >= 0);
  ph.text = keepIdx.map((k) => segT[k]).join(', ');
  ph.original = segO.length === segT.length ? keepIdx.map((k) => segO[k]).join(', ') : ph.text;
}

/**
 * A trailing place modifier describes the subject, it is never the speaker: `Rade Milić iz Zupča`,
 * `Meštani sela Zupče` (a group: nobody we can name). Coordinated common nouns (`diplomats and lawyers`)
 * are a group nobody names too.
 */
function placeOrGroup(ph: Phrase, env: SubjectEnv): Resolution | null {
  // `Meštani Zupča`, `Banorët e Zubinit`: a group noun heads the phrase, so it names nobody.
  if (opensWithGroupNoun(ph.text, env.lex.language)) {
    env.index.anonymous(env.at, null, null, true);
    return { entity: null, role: null };
  }
  const placeAt = placeModifier(ph.text);
  if (placeAt < -1) {
    env.index.anonymous(env.at, null, env.opts.gender ?? null);
    return { entity: null, role: null };
  }
  if (placeAt > 0) {
    const words = ph.text.slice(0, placeAt).trim().split(/\s+/).length;
    ph.text = ph.text.slice(0, placeAt).trim();
    // Same word count in the original script (Cyrillic digraphs make offsets differ).
    ph.original = ph.original.trim().split(/\s+/).slice(0, words).join(' ');
  }
  // (Albanian `i`/`e` are genitive articles, not `and`: `Analisti i sigurisë`.)
  const and = env.lex.cues.coordinators[0];
  const group = new RegExp(`^(?:the\\s+)?([\\p{L}-]+)\\s+${and}\\s+(\\p{Ll}[\\p{L}-]*)(?:\\s|$)`, 'u').exec(ph.text.trim());
  if (group && !env.index.byName(group[1]) && !orgHead(group[1]) && !orgHead(group[2])) {
    env.index.anonymous(env.at, parseRole(ph.text), null, true);
    return { entity: null, role: null };
  }
  return null;
}

/**
 * Modifier segments (`, 67, from the village of …`, `, who visited …`) are dropped; the subject is the last
 * segment plus the appositions before it (`Russia's ambassador to Serbia, Nikolai Rudakov`); earlier
 * segments are fronted clauses (`Speaking of the effort …, the ambassador says`); a pronoun after a comma
 * stands alone.
 */
function modifierSegments(ph: Phrase, lex: QuoteLexicon): void {
  const segsAll = ph.text.split(/,\s*/);
  const keep: string[] = [];
  for (const seg of segsAll) {
    if (keep.length > 0 && (MODIFIER.test(seg) || /^\d+$/.test(seg.trim()) || participleAside(seg, lex.language))) continue;
    keep.push(seg);
  }
  let first = keep.length - 1;
  while (first > 0 && npIsh(keep[first - 1])) first--;
  keep.splice(0, first);
  const lastSeg = keep[keep.length - 1]?.trim().toLowerCase() ?? '';
  if (keep.length > 1 && [...lex.pronouns.m, ...lex.pronouns.f].includes(lastSeg)) keep.splice(0, keep.length - 1);
  if (keep.length === segsAll.length) return;
  const joined = keep.join(', ');
  const at = ph.text.lastIndexOf(keep[keep.length - 1]);
  let original = ph.original.slice(0, Math.max(0, ph.original.length - (ph.text.length - at - keep[keep.length - 1].length))).slice(-joined.length);
  ph.text = joined;
  if (original.length !== ph.text.length) original = ph.text;
  ph.original = original;
}
