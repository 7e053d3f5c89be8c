/**
 * Name runs: the capitalised words of a phrase that can be a person's name, with function words, titles,
 * roles, nationalities, possessives and acronyms stripped (`Sen. Jane Q. Roe` → `Jane Q. Roe`).
 */
import { SR_SURNAME_POSSESSIVE } from './lexicon/name-cases.js';
import { fold } from '../text/fold.js';
import { allLexicons } from './lexicon/index.js';
import { isFirstName } from './lexicon/first-names.js';
import { NOT_NAME_WORDS } from './lexicon/roles.js';
import { orgHead, parseRole, nationOf } from './roles.js';
import { isCapitalised } from './text.js';
import { matchAllOf } from './match-all.js';

/**
 * Every language's function words and titles (folded): never a word of a person's name. Folding
 * merges words across languages (Albanian `janë` → `jane`), so a known first name is never one.
 */
export const FUNCTION_WORDS = new Set(
  allLexicons
    .flatMap((l) => [...l.functionWords, ...l.titles])
    .map((w) => fold(w))
    .filter((w) => !isFirstName(w)),
);
/** Titles (folded) after which a full stop does not end a name run (`Sen. Jane Roe`, `Mr. Roe`). */
const TITLES = new Set(allLexicons.flatMap((l) => l.titles).map((w) => fold(w)));
/** Generational suffixes written after a surname; not part of the name we report. */
const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'al', 'bin', 'ten', 'ter', 'du']);

interface Tok {
  w: string;
  start: number;
  end: number;
}

/**
 * A token: `[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*` with each class split into its ASCII part and the rest
 * (same matches, ASCII read without a Unicode class test out of the regex code; `ascii-guards.test.ts`).
 */
export const TOKEN = /(?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+(?:[-'’.](?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+)*/gu;

function toks(s: string): Tok[] {
  const out: Tok[] = [];
  for (const m of matchAllOf(TOKEN, s)) out.push({ w: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

// Profiled: folding every token of every subject phrase was the extractor's top self-time cost; a word's
// answer never changes, so it is remembered (bounded).
const stopCache = new Map<string, boolean>();
export const isStop = (w: string) => {
  const hit = stopCache.get(w);
  if (hit !== undefined) return hit;
  const f = fold(w).replace(/['’]s$/, '');
  // Contractions are function words (`Don’t`, `Isn't`, `Won’t`).
  if (/n['’]t$/.test(f)) return true;
  // A party and state tag (`D-Nev`, `R-Iowa`, `I-Vt`) follows a name; it is none.
  if (/^[dri]-[a-z]{2,5}$/.test(f)) return true;
  const r = NOT_NAME_WORDS.has(f) || FUNCTION_WORDS.has(f) || parseRole(w) !== null || nationOf(f) !== null;
  if (stopCache.size > 20000) stopCache.clear();
  stopCache.set(w, r);
  return r;
};
export const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w) && w.length <= 6;
const isInitial = (w: string) => /^\p{Lu}$/u.test(w);
/** True when a token is a possessive (`Roe's`, `Sanders'`, `Roe’s`). */
const possessive = (s: string, t: Tok) => /['’]s$/.test(t.w) || /^['’](?!\p{L})/u.test(s.slice(t.end, t.end + 2));

/**
 * The last run of capitalised name words in `s` (role words, nationalities, possessives and
 * acronyms stripped), as [start, end) offsets, or null. Keeps lower-case particles (`van Dijk`).
 */
export function nameRun(s: string): [number, number] | null {
  const runs = nameRuns(s);
  return runs.length ? runs[runs.length - 1] : null;
}

/** Every run of capitalised name words in `s` (see `nameRun`), in order. */
export function nameRuns(s: string): [number, number][] {
  let runs = runsMemo.get(s);
  if (runs === undefined) {
    runs = nameRunsUncached(s);
    if (runsMemo.size >= 20_000) runsMemo.clear();
    runsMemo.set(s, runs);
  }
  // Copies: callers may change what they get.
  return runs.map(([a, b]) => [a, b]);
}

/**
 * The same paragraph and clause texts are searched for names many times per article (the index, each
 * subject, each cue); the answer depends on the text alone, so it is remembered (bounded, ADR 0231).
 */
const runsMemo = new Map<string, [number, number][]>();

function nameRunsUncached(s: string): [number, number][] {
  const ts = toks(s);
  const found: [number, number][] = [];
  let i = 0;
  while (i < ts.length) {
    if (!isCapitalised(ts[i].w)) {
      i++;
      continue;
    }
    const run = capitalisedRun(s, ts, i);
    const span = nameIn(s, run);
    if (span) found.push(span);
    i += Math.max(1, run.length);
  }
  return found;
}

/** The run of capitalised words (and particles before one) from token `i`, broken at punctuation or a possessive. */
function capitalisedRun(s: string, ts: Tok[], i: number): Tok[] {
  const run: Tok[] = [];
  for (let j = i; j < ts.length && (isCapitalised(ts[j].w) || (PARTICLES.has(ts[j].w) && j + 1 < ts.length && isCapitalised(ts[j + 1].w))); j++) {
    // a run breaks at punctuation between tokens, except the full stop of an initial or a title (`Jane Q. Roe`, `Sen. Roe`)
    if (run.length) {
      const prev = run[run.length - 1];
      const between = s.slice(prev.end, ts[j].start);
      const abbrev = /^\.\s+$/.test(between) && (isInitial(prev.w) || TITLES.has(fold(prev.w)));
      if (/[,.;:()–—]/.test(between) && !abbrev) break;
      // a possessive ends the run: what follows is what the name owns (`Roe's campaign`, `Sanders' manager`)
      if (possessive(s, prev)) break;
    }
    run.push(ts[j]);
  }
  return run;
}

/** A word that is no part of a name: a function word, title, role or nationality (an initial with its full stop is a name word). */
const notNameWord = (s: string, t: Tok) => isStop(t.w) && !(isInitial(t.w) && s[t.end] === '.');

/** The name inside a capitalised run: leading non-name words, possessives, suffixes and an organisation before it stripped. */
function nameIn(s: string, run: Tok[]): [number, number] | null {
  let k = 0;
  while (k < run.length && (notNameWord(s, run[k]) || possessive(s, run[k]) || isAcronym(run[k].w) || frontedWord(run[k].w))) k++;
  let names = run.slice(k).filter((t) => !possessive(s, t));
  // A Serbian possessive adjective of a surname (`Podršku Stevićevoj`) names what someone owns: it and the
  // words before it (a sentence-opening common noun) are no name.
  const own = names.findLastIndex((t) => SR_SURNAME_POSSESSIVE.test(t.w));
  if (own >= 0) names = names.slice(own + 1);
  while (names.length > 1 && SUFFIX.test(names[names.length - 1].w)) names = names.slice(0, -1);
  // A name follows the organisation it belongs to (`predsednica Skupštine Ana Brnabić`): keep what follows
  // the last organisation word or acronym.
  let cut = -1;
  names.forEach((t, idx) => {
    if ((orgHead(t.w) && !PARTICLES.has(t.w)) || isAcronym(t.w) || notNameWord(s, t)) cut = idx;
  });
  if (cut >= 0) names = names.slice(cut + 1);
  if (names.length === 0) return null;
  // Keep the surname and one given name (+ particles): `Nišlija Dragan Stojković` → `Dragan Stojković`.
  let from = names.length - 1;
  let given = 0;
  while (from > 0) {
    if (PARTICLES.has(names[from - 1].w) || isInitial(names[from - 1].w)) {
      from--;
      continue;
    }
    if (given >= 1) break;
    from--;
    given++;
  }
  return [names[from].start, names[names.length - 1].end];
}

/** English past-tense verbs of saying (`Continued Roe: …`, `Added Roe, …`): a sentence-opening one is no name word. */
const SAYING_PAST = new Set(
  allLexicons
    .filter((l) => l.language === 'en')
    .flatMap((l) => l.speechVerbs)
    .filter((v) => /^[a-z]+ed$/.test(v)),
);
/** A capitalised English adverb in -ly (`Curiously`, `Quietly`), by its suffix. */
const ADVERB_LY = /^\p{Lu}\p{Ll}{2,}(?:ally|ily|ously|ively|ently|antly|edly|ingly|fully|lessly|tly|bly|ply)$/u;

/**
 * A capitalised word that opens a sentence as an adverb or a verb of saying (`Curiously Roe, …`,
 * `Added Roe: …`); gerunds are left (`Channing`, `Manning` are first names no list may know), never part of the name after it; a listed first name is kept (issue 15).
 */
function frontedWord(w: string): boolean {
  if (!(ADVERB_LY.test(w) || SAYING_PAST.has(w.toLowerCase()))) return false;
  return !isFirstName(fold(w));
}

const NP_WORD = /^(?:the|a|an|of|for|to|in|at|and|e|i|të|në|u|van|von|de|der|\d+)$/i;

/** True when every word could belong to a name/role noun phrase (capitalised, role, determiner, possessive). */
export function npIsh(text: string): boolean {
  const ws = text.match(/(?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+(?:[-'’](?:[0-9A-Za-z]|(?![\0-\x7f])[\p{L}\p{N}])+)*/gu) ?? [];
  if (ws.length === 0) return false;
  return ws.every((w) => /^\p{Lu}/u.test(w) || NP_WORD.test(w) || parseRole(w) !== null || /['’]s$/.test(w) || nationOf(fold(w)) !== null);
}
