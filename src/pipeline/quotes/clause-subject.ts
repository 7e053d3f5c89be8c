/**
 * Clause-level salience for Serbian and Albanian: a personal pronoun (`On`, `Ona`, `Ai`, `Ajo`) refers to
 * the grammatical subject of an earlier clause, not to the last name seen. Free word order puts the
 * subject anywhere in its clause (`U sredu je Sorensen posetio Niš`, `Sorensena je primio Jovanović`,
 * `Të enjten Sorensenin e priti Krasniqi`), so the subject is read from case, not position: the first
 * name of the main clause written in the nominative (as the article indexes it, see `name-forms.ts`) and
 * not after a preposition. Names in an oblique case (`Sorensena`, `Krasniqin`) lose a subject mark that
 * a sentence-initial position gave them. The main clause ends at a clause break (`, a`, `, dok`,
 * `, ndërsa`) — a new clause with a subject of its own — or at a complementiser or relative pronoun (a
 * reported or relative clause's subject is not the sentence's).
 */
import { fold } from '../text/fold.js';
import { pos, type Entity, type EntityIndex } from './entities.js';
import { CASE_GOVERNORS, SQ_NOMINATIVE_DEFINITE, SR_FEMININE_SURNAME_ENDINGS } from './lexicon/name-cases.js';
import type { QuoteLexicon } from './lexicon/types.js';
import type { Paragraph } from './paragraph.js';
import { escapeRe } from './text.js';
import { matchAllOf } from './match-all.js';

export const CLAUSE_CAPITAL =
  /(?=[^\0-@[-\x7f])(?<![0-9A-Za-z'-])(?<![\p{L}\p{N}’](?<=[^\0-\x7f]))(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[A-Za-z']|(?![\0-\x7f])[\p{L}’])*(?:-(?:[A-Z]|(?![\0-\x7f])\p{Lu})(?:[A-Za-z']|(?![\0-\x7f])[\p{L}’])*)?/gu;

/** True when `word` is the nominative of a name of `e` (one of its keys; Albanian also the definite `-i`/`-u`). */
function nominativeOf(word: string, e: Entity, language: string): boolean {
  const w = fold(word);
  if (e.keys.includes(w)) return true;
  // Serbian `Vasićeva je …`: the woman surnamed Vasić, as the clause's subject.
  if (language === 'sr') return e.gender === 'f' && SR_FEMININE_SURNAME_ENDINGS.some((end) => w.endsWith(end) && e.keys.includes(w.slice(0, -end.length)));
  if (language !== 'sq') return false;
  return SQ_NOMINATIVE_DEFINITE.some((end) => {
    const base = w.slice(0, -end.length);
    return w.endsWith(end) && /[^aeiouy]$/.test(base) && e.keys.includes(base);
  });
}

/** The clause-break and subordinator patterns of a lexicon, built once per lexicon (they were built per paragraph). */
function clausePatterns(lex: QuoteLexicon): { endRe: RegExp; subRe: RegExp } {
  let got = clausePatternMemo.get(lex);
  if (got === undefined) {
    const breaks = [...lex.clauseBreaks].map(escapeRe).join('|');
    const cut = [...lex.complementisers, ...lex.cues.relativeWords].map(escapeRe).join('|');
    const stems = lex.cues.relativeStems.map(escapeRe).join('|');
    got = {
      endRe: new RegExp(`[.!?]\\s+|${breaks}`, 'giu'),
      subRe: new RegExp(`(?<![\\p{L}])(?:${cut}${stems ? `|(?:${stems})\\p{L}*` : ''})(?![\\p{L}])`, 'iu'),
    };
    clausePatternMemo.set(lex, got);
  }
  return got;
}

const clausePatternMemo = new WeakMap<QuoteLexicon, { endRe: RegExp; subRe: RegExp }>();

/** Offsets where the clauses of a paragraph start and where their main part ends. */
function mainClauses(s: string, lex: QuoteLexicon): [number, number][] {
  const { endRe, subRe } = clausePatterns(lex);
  const out: [number, number][] = [];
  let from = 0;
  for (const m of [...matchAllOf(endRe, s), null]) {
    const to = m ? m.index! : s.length;
    const sub = subRe.exec(s.slice(from, to));
    if (to > from) out.push([from, sub ? from + sub.index : to]);
    from = m ? m.index! + m[0].length : s.length;
  }
  return out;
}

/**
 * Marks each main clause's nominative name as a subject mention and unmarks oblique names, for Serbian
 * and Albanian articles (other languages are left as they are).
 * @param paras the article's prepared paragraphs (the headline, paragraph 0, is skipped)
 * @param index the article's entity index, updated in place
 * @param lex the article's lexicon
 */
export function markClauseSubjects(paras: Paragraph[], index: EntityIndex, lex: QuoteLexicon): void {
  const governors = CASE_GOVERNORS[lex.language];
  if (!governors) return;
  paras.forEach((p, pi) => {
    if (pi === 0) return;
    const s = p.masked;
    for (const [a, b] of mainClauses(s, lex)) {
      let found = false;
      for (const m of matchAllOf(CLAUSE_CAPITAL, s.slice(a, b))) {
        const at = a + m.index!;
        const e = index.byName(m[0]);
        if (!e || e.kind !== 'person') continue;
        const prev = fold(/((?:[A-Za-z]|(?![\0-\x7f])\p{L})+)\s+$/u.exec(s.slice(Math.max(0, at - 30), at))?.[1] ?? '');
        const subject = !found && !governors.includes(prev) && nominativeOf(m[0], e, lex.language);
        const here = pos(pi, at);
        if (subject) {
          found = true;
          if (!e.subjects.includes(here)) index.mention(e, here, true);
        } else if (e.subjects.includes(here)) {
          e.subjects.splice(e.subjects.indexOf(here), 1);
        }
      }
    }
  });
}
