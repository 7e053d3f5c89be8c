/**
 * People named by one word only, known from syntax (issue surname): a capitalised word that opens a
 * clause is taken for a person when what follows says so — a person's relative clause (`Kurti, who spoke
 * …`), in Serbian and Albanian one whose clause speaks (`Kurti, koji je govorio …`, `Kurti, i cili foli
 * …`), or a speech verb it is the subject of (`Kurti je novinarima rekao`, `Kurti tha`). Without this the
 * word names nobody in the index, and a following `he added` / `dodao je on` / `shtoi ai` goes to an
 * earlier, farther person. A word the article also writes in lower case (a common noun capitalised by
 * its sentence start: `Zakon, koji …`), an outlet (`Tanjug je razgovarao …`; `outlet-words.ts`), a function word, role, nation, organisation noun, acronym or a
 * place qualifying an office (`Michigan Attorney General`) is never such a name.
 *
 * A lone word that opens a clause before a finite verb with no such evidence (`Kurti met …`, `Kurti je
 * posetio …`, `Kurti u takua …`) is an open subject: the nearest plausible antecedent of a pronoun after
 * it, which then names that word's person or nobody (`EntityIndex.byPronoun`), never an earlier person.
 * Data: `lexicon/lone-subject.ts`.
 */
import { fold } from '../text/fold.js';
import { pos, type Gender } from './entities.js';
import { EXTRA_SPEECH_VERBS, PERSON_RELATIVES, RELATIVE_NEEDS_SPEECH, SR_SUBJECT_AUXILIARY, SUBJECT_VERBS } from './lexicon/lone-subject.js';
import { enClauseWords } from './lexicon/en.js';
import { onlyFrontedAdverbial } from './fronted-adverbial.js';
import type { QuoteLexicon } from './lexicon/types.js';
import { isAcronym, isStop } from './name-runs.js';
import type { Paragraph } from './paragraph.js';
import { orgHead, parseRole } from './roles.js';
import { isOutlet, outletWords } from './outlet-words.js';
import { sentenceStarts } from './sentences.js';
import { escapeRe, sameNameWord } from './text.js';
import { matchAllOf } from './match-all.js';

/** What the syntax tells of a lone name: the gender its relative pronoun or participle agrees in. */
export interface LonePerson {
  gender: Gender | null;
}

/** A clause-opening capitalised word (after an optional linking conjunction) and what follows it. */
const OPENING = /^\s*(?:(\p{L}+)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/u;

/** A clause-opening lone word that nothing shows to be a person or not, and where it stands (`pos`). */
export interface OpenSubject {
  at: number;
  /** The word, folded. */
  key: string;
}

/** What `loneSubjects` finds in an article. */
export interface LoneSubjects {
  /** The lone words (folded) that syntax shows to be people's names, with their gender. */
  people: Map<string, LonePerson>;
  /** The other lone words that open a clause as a verb's subject (`Kurti met …`), in text order. */
  open: OpenSubject[];
}

/**
 * The lone capitalised words that open clauses of an article: those syntax shows to be people, and the
 * other subjects of a finite verb that could be (see the module comment).
 * @param paras the article's prepared paragraphs (the headline, paragraph 0, is skipped)
 */
export function loneSubjects(paras: Paragraph[], lex: QuoteLexicon): LoneSubjects {
  const people = new Map<string, LonePerson>();
  const open: OpenSubject[] = [];
  const relatives = PERSON_RELATIVES[lex.language];
  if (!relatives) return { people, open };
  const lower = lowerCaseWords(paras);
  const qualifiers = roleQualifiers(paras);
  const linkers = new Set(
    [...lex.cues.leadingConjunctions, ...lex.cues.coordinators, ...(lex.language === 'en' ? enClauseWords.clauseLinkers : [])].map((w) => fold(w)),
  );
  const speech = speechWords(lex);
  const outlets = outletWords(paras, lex);
  const verbs = new Set((SUBJECT_VERBS[lex.language] ?? []).map((v) => fold(v)));
  paras.forEach((p, pi) => {
    if (pi === 0) return;
    const s = p.masked;
    for (const at of sentenceStarts(s)) {
      const m = OPENING.exec(s.slice(at));
      if (!m || (m[1] !== undefined && !linkers.has(fold(m[1])))) continue;
      const word = m[2];
      const key = fold(word);
      if (
        writtenLower(key, lower, lex.language) ||
        qualifiers.has(key) ||
        isStop(word) ||
        isAcronym(word) ||
        orgHead(word) ||
        parseRole(word) ||
        speech.has(key) ||
        isOutlet(key, outlets) ||
        onlyFrontedAdverbial(word, lex)
      )
        continue;
      const rest = s.slice(at + m[0].length);
      const found = people.has(key) ? undefined : evidence(rest, lex, relatives, speech);
      if (found) people.set(key, found);
      else if (!people.has(key) && !pluralLooking(key, lex) && subjectOfVerb(rest, lex, verbs, speech))
        open.push({ at: pos(pi, at + m[0].length - word.length), key });
    }
  });
  return { people, open };
}

/** English: a word in `-s` (not `-ss`, `-us`, `-is`) may be a plural noun (`Audiences can …`, `Eyebrows raised`). */
function pluralLooking(key: string, lex: QuoteLexicon): boolean {
  return lex.language === 'en' && /[^sui]s$/.test(key);
}

/** True when the text after a lone word opens with a finite verb of its (`met`, `je`, `u`, an `-ed` form, a speech verb). */
function subjectOfVerb(rest: string, lex: QuoteLexicon, verbs: Set<string>, speech: Set<string>): boolean {
  const w = /^\s+(\p{Ll}+)(?![\p{L}'’-])/u.exec(rest)?.[1];
  if (!w) return false;
  const f = fold(w);
  if (plural(f, lex)) return false;
  return verbs.has(f) || speech.has(f) || (lex.language === 'en' && /[^e]ed$/.test(f));
}

/** The person evidence in the text right after a clause-opening word, or null. */
function evidence(rest: string, lex: QuoteLexicon, relatives: Record<string, Gender | null>, speech: Set<string>): LonePerson | null {
  const rel = new RegExp(`^,\\s+(${Object.keys(relatives).map(escapeRe).join('|')})\\s`, 'u').exec(rest);
  if (rel) {
    const gender = relatives[rel[1]];
    if (!RELATIVE_NEEDS_SPEECH.has(lex.language)) return { gender };
    // The relative clause and the start of the main clause after it (`koji je govorio …, nazvao je …`).
    // Singular only: `Korisnici, koji su …, kažu` is a group (plural auxiliary and verb).
    const clause = rest.slice(rel[0].length).split(/[.;:!?]/)[0];
    const ws = clause
      .split(/[\s,]+/)
      .slice(0, 14)
      .map((w) => fold(w));
    if (ws[0] === 'su') return null;
    return ws.some((w) => speech.has(w) && !plural(w, lex)) ? { gender } : null;
  }
  if (lex.language === 'sr') {
    const m = new RegExp(`^\\s+${SR_SUBJECT_AUXILIARY}\\s+(?:\\p{Ll}+\\s+){0,3}(\\p{Ll}+)(?![\\p{L}])`, 'u').exec(rest);
    if (!m || !speech.has(fold(m[1]))) return null;
    // The l-participle agrees with its subject: `-o` a man, `-la` a woman; `-lo` (neuter) an institution.
    return /o$/.test(m[1]) && !/lo$/.test(m[1]) ? { gender: 'm' } : /la$/.test(m[1]) ? { gender: 'f' } : null;
  }
  if (lex.language === 'sq') {
    const m = /^\s+(\p{Ll}+)(?![\p{L}])/u.exec(rest);
    return m && speech.has(fold(m[1])) && !plural(fold(m[1]), lex) ? { gender: null } : null;
  }
  return null;
}

/**
 * True when a folded speech verb agrees with a plural subject (a group, no person's name): the lexicon's
 * plural speech verbs, Serbian `-li`/`-le` l-participles, Albanian third person plural aorists in `-uan`/`-ën`.
 */
function plural(verb: string, lex: QuoteLexicon): boolean {
  if (lex.cues.pluralSpeechVerbs.some((v) => fold(v) === verb)) return true;
  if (lex.language === 'sr') return /l[ie]$/.test(verb);
  return lex.language === 'sq' && /(?:uan|en)$/.test(verb);
}

/** The one-word speech verbs of a lexicon and the extra ones of `lexicon/lone-subject.ts`, folded. */
function speechWords(lex: QuoteLexicon): Set<string> {
  let set = speechMemo.get(lex);
  if (!set) {
    set = new Set([...lex.speechVerbs, ...(EXTRA_SPEECH_VERBS[lex.language] ?? [])].filter((v) => !/\s/.test(v)).map((v) => fold(v)));
    speechMemo.set(lex, set);
  }
  return set;
}
const speechMemo = new WeakMap<QuoteLexicon, Set<string>>();

/**
 * True when the article writes the folded word in lower case: as such in English, in any inflected form
 * in Serbian and Albanian (`Zakon` … `po zakonu`, `Raporti` … `në raport`).
 */
function writtenLower(key: string, lower: Set<string>, language: string): boolean {
  if (lower.has(key)) return true;
  if (language === 'en') return false;
  for (const w of lower) if (sameNameWord(w, key)) return true;
  return false;
}

/**
 * Capitalised words the article writes right before a capitalised role noun (`Michigan Attorney General …`, `Kosovo
 * Prime Minister …`): a place or body qualifying an office, no person's name (folded).
 */
function roleQualifiers(paras: Paragraph[]): Set<string> {
  const out = new Set<string>();
  for (const p of paras) {
    for (const m of matchAllOf(QUALIFIER, p.masked)) {
      if (!parseRole(m[1]) && (parseRole(m[2]) || (m[3] && parseRole(`${m[2]} ${m[3]}`)))) out.add(fold(m[1]));
    }
  }
  return out;
}

/**
 * Every word the article writes in lower case (folded): such a word capitalised at a sentence start is no name.
 * The written words are gathered first and each distinct one folded once (an article repeats most of its
 * words; folding every occurrence was most of this scan's cost, issue 23).
 */
function lowerCaseWords(paras: Paragraph[]): Set<string> {
  const written = new Set<string>();
  for (const p of paras) {
    const ws = p.masked.match(LOWER_WORD);
    if (ws !== null) for (const w of ws) written.add(w);
  }
  const out = new Set<string>();
  for (const w of written) out.add(fold(w));
  return out;
}

/*
 * The two scans of every paragraph here lead with an ASCII guard (see `index-builder.ts`, `ascii-guards.test.ts`):
 * same matches, without a Unicode class test out of the regex code at every position.
 */
/** A capitalised word before one or two more (`Michigan Attorney General`). */
export const QUALIFIER =
  /(?=[^\0-@[-\x7f])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))((?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[a-z]|(?![\0-\x7f])\p{Ll})+)(?=\s+(\p{Lu}\p{L}+)(?:\s+(\p{Lu}\p{L}+))?)/gu;
/** A word written in lower case (its letters). */
export const LOWER_WORD = /(?=[^\0-`{-\x7f])(?<![A-Za-z])(?<![\p{L}](?<=[^\0-\x7f]))(?:[a-z]|(?![\0-\x7f])\p{Ll})(?:[A-Za-z]|(?![\0-\x7f])\p{L})*/gu;
