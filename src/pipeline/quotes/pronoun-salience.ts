/**
 * Antecedents of personal pronouns (`he`, `she`, `njoj`) over the article's entity index.
 *
 * Two strategies, chosen per article by `EntityIndex.salience`:
 * - **recent subject** (Serbian and Albanian, ADR 0136): the most recent compatible clause subject, else the
 *   most recent mention of a person whose known gender is the pronoun's;
 * - **salience** (English, ADR 0137): every earlier mention of a candidate adds a weight (a clause subject or
 *   speaker more than a mention in any other position) that halves with each sentence between it and the
 *   pronoun; the candidate with the highest sum wins, and when the runner-up comes within `TIE` of it the
 *   pronoun is left unresolved (a wrong name is worse than none). Candidates are people and singular unnamed
 *   sources whose gender, where known, is the pronoun's; organisations and unnamed groups (`officials`) never
 *   take `he`/`she`, and a capitalised pair that nothing shows to be a person counts half.
 */
import type { Entity, EntityIndex, Gender } from './entities.js';
import { fold } from '../text/fold.js';
import { isFirstName } from './lexicon/first-names.js';
import { words } from './text.js';
import { nonPersonNameHeads } from './lexicon/antecedent-en.js';
import { nationOf } from './roles.js';
import { anyIn, lastBefore } from './positions.js';

const NON_PERSON_HEADS = new Set(nonPersonNameHeads);

/** Weight of a mention as a main-clause subject or a speaker. */
export const SUBJECT_WEIGHT = 1;
/** Weight of a mention in any other position (object, oblique, possessive, apposition). */
export const MENTION_WEIGHT = 0.3;
/**
 * Factor per sentence between a mention and the pronoun (Lappin and Leass 1994 halve salience per sentence;
 * measured on PolNeAR-train, 0.3–0.5 score alike and 0.4 is kept).
 */
export const DECAY = 0.4;
/** Sentences looked back (a mention further back weighs under 1/2^WINDOW). */
export const WINDOW = 8;
/**
 * Factor for a capitalised pair that nothing else shows to be a person (no listed first name, gender or role:
 * `Harbour Fair`, `Wing Watch`); hiding them outright loses the many real people whose first names no list
 * knows (ADR 0135).
 */
export const UNCERTAIN_PERSON = 0.5;
/** A named runner-up scoring at least this share of the best leaves the pronoun unresolved (an unnamed source ties nobody). */
export const TIE = 0.95;

/**
 * The global sentence number of position `p` (`pos`: paragraph × 1e6 + offset) given each paragraph's
 * sentence start offsets (ascending, the first 0).
 */
export function sentenceNumber(starts: number[][], p: number): number {
  const pi = Math.floor(p / 1_000_000);
  const off = p % 1_000_000;
  const before = sentencesBefore(starts);
  const n = before[Math.min(pi, starts.length)];
  const own = starts[pi] ?? [0];
  // The last start ≤ off (binary search; starts ascend).
  let lo = 0;
  let hi = own.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (own[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return n + lo;
}

/**
 * `before[i]` = sentences in paragraphs 0 … i-1 (a paragraph counts at least one), computed once per
 * article's `starts` (they are fixed once the index is built): counting them again for every mention of
 * every candidate of every pronoun made resolution quadratic in the article's length.
 */
function sentencesBefore(starts: number[][]): number[] {
  let before = sentenceCounts.get(starts);
  if (before === undefined || before.length !== starts.length + 1) {
    before = [0];
    for (let i = 0; i < starts.length; i++) before.push(before[i] + Math.max(1, starts[i].length));
    sentenceCounts.set(starts, before);
  }
  return before;
}

const sentenceCounts = new WeakMap<number[][], number[]>();

/**
 * The first position whose sentence number is at least `n` (-Infinity when `n ≤ 0`): sentence numbers
 * never fall as positions grow, so `sentenceNumber(starts, m) >= n` exactly when `m >= windowStart(starts, n)`.
 * A mention's window test is then one comparison instead of a sentence lookup per mention (issue 23).
 */
export function windowStart(starts: number[][], n: number): number {
  if (n <= 0) return -Infinity;
  const before = sentencesBefore(starts);
  // The paragraph holding sentence n: the last pi with before[pi] <= n (pi < starts.length, else past the end).
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (before[mid] <= n) lo = mid;
    else hi = mid - 1;
  }
  // Past the last paragraph every position has the article's sentence count.
  if (lo >= starts.length) return n === before[lo] ? lo * 1_000_000 : Infinity;
  const j = n - before[lo];
  return lo * 1_000_000 + (j === 0 ? 0 : starts[lo][j]);
}

/**
 * True when something besides capitalisation says the entity is a person: a gender, a role, a listed first
 * name, an unnamed source, or syntax (`Kurti, who …`: `lone-subject.ts`).
 */
function personEvidence(e: Entity): boolean {
  if (e.kind !== 'person' || e.gender || e.roles.length > 0 || e.personCue) return true;
  const first = words(fold(e.name ?? ''))[0] ?? '';
  return isFirstName(first);
}

/**
 * True for a capitalised name that no role, syntax or listed first name shows to be a person and that names a place, a nation, a body or an event
 * (`the United Kingdom`, a word written after `in` …, `Southern Fleet Command`, `the Falklands War`, `GAZETTE Dover`): no
 * antecedent of `he`/`she` (issue 15).
 */
function notPersonName(e: Entity, index: EntityIndex): boolean {
  // A gender alone is no evidence here: it may come from a pronoun the name was wrongly taken for.
  if (e.kind !== 'person' || e.roles.length > 0 || e.personCue) return false;
  const ws = words(e.name ?? '');
  if (ws.length === 0) return false;
  const f = ws.map((w) => fold(w));
  if (isFirstName(f[0])) return false;
  return (
    index.evidence.places.has(f[0]) ||
    (ws.length <= 2 && nationOf(f.join(' ')) !== null) ||
    NON_PERSON_HEADS.has(f[f.length - 1]) ||
    /^\p{Lu}{4,}$/u.test(ws[0]) ||
    ws.some((w) => /-\p{Ll}/u.test(w))
  );
}

const compatible = (e: Entity, gender: Gender | null) => !(gender && e.gender && e.gender !== gender);

/**
 * The salience of each candidate entity at position `at`: the sum over its mentions before `at` of their
 * weight × DECAY^(sentences between). Subject positions are a subset of mention positions.
 */
export function salienceScores(index: EntityIndex, starts: number[][], gender: Gender | null, at: number): Map<Entity, number> {
  const here = sentenceNumber(starts, at);
  // `here - sentenceNumber(m) <= WINDOW` is `m >= from`: one comparison per mention, as every pronoun
  // reads every candidate's mentions (a sentence lookup each made long articles superlinear, issue 23).
  const from = windowStart(starts, here - WINDOW);
  const scores = new Map<Entity, number>();
  for (const e of index.entities) {
    if (e.kind === 'org' || (e.kind === 'anon' && e.plural) || !compatible(e, gender)) continue;
    // Most candidates have no mention in the window: skip them before building their sets (same scores;
    // both tests are pure, so the cheaper one goes first).
    if (!anyIn(e.mentions, from, at) && !anyIn(e.subjects, from, at)) continue;
    if (notPersonName(e, index)) continue;
    let score = 0;
    const subjects = new Set(e.subjects);
    for (const m of new Set([...e.mentions, ...e.subjects])) {
      if (m >= at) continue;
      const d = here - sentenceNumber(starts, m);
      if (d > WINDOW) continue;
      const w = (subjects.has(m) ? SUBJECT_WEIGHT : MENTION_WEIGHT) * DECAY ** d;
      score += w;
    }
    if (score > 0) scores.set(e, score * (personEvidence(e) ? 1 : UNCERTAIN_PERSON));
  }
  return scores;
}

/**
 * The antecedent of a personal pronoun of `gender` at `at` by salience (see the module comment), or
 * undefined when there is no candidate or two tie.
 */
export function salientAntecedent(index: EntityIndex, starts: number[][], gender: Gender | null, at: number): Entity | undefined {
  const ranked = [...salienceScores(index, starts, gender, at)].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return undefined;
  const rival = ranked.slice(1).find(([e]) => e.kind === 'person');
  if (ranked[0][0].kind === 'person' && rival && rival[1] >= TIE * ranked[0][1]) return undefined;
  return ranked[0][0];
}

/**
 * The most recent person (or unnamed source) of a compatible gender that was a subject before `at`; failing
 * that, the most recent person mentioned in any position whose known gender is the pronoun's
 * (`…, but Mary Jones made it hard. "…," she said`). Serbian and Albanian (ADR 0136).
 */
export function recentSubjectAntecedent(index: EntityIndex, gender: Gender | null, at: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of index.entities) {
    // A singular pronoun never refers to a plural group (`Meštani kažu …, a on je dodao`), as in English.
    if (e.kind === 'org' || (e.kind === 'anon' && e.plural) || !compatible(e, gender)) continue;
    const m = lastBefore(e.subjects, at);
    if (m > bestAt) {
      best = e;
      bestAt = m;
    }
  }
  if (best || !gender) return best;
  for (const e of index.entities) {
    if (e.kind !== 'person' || e.gender !== gender) continue;
    const m = lastBefore(e.mentions, at);
    if (m > bestAt) {
      best = e;
      bestAt = m;
    }
  }
  return best;
}
