/**
 * English: quoted words inside a participle report (`Roe apologised, saying it was “childish” to shout`,
 * `…, arguing the plan was “reckless”`) are the speaker's partial quote, however short, as they are inside
 * a `said that …` clause (issue 15). The participle clause has no subject of its own: its speaker is the
 * main-clause subject of the sentence (`predicate-subject-en.ts`), else the noun phrase opening it.
 */
import { PARTICIPLES } from './lexicon/en.js';
import { recordedClauseSubject } from './predicate-subject-en.js';
import { sentenceSubject } from './sentences.js';
import { resolveSpan, type Ctx } from './context.js';
import type { Resolution } from './speakers.js';
import { scanFrom } from './text.js';

/** A participle of saying after a comma (`, saying`, `, warning that`): the report runs to the sentence end. */
const PARTICIPLE_AFTER_COMMA = new RegExp(`,\\s+(?:${[...PARTICIPLES, 'warning'].join('|')})\\b`, 'gu');

/**
 * The offset of the participle of saying whose report holds the mark at `open` (between `sentStart` and
 * `open`, after a comma), or -1; English only.
 */
export function participleHost(language: string, s: string, sentStart: number, open: number): number {
  if (language !== 'en') return -1;
  const re = scanFrom(PARTICIPLE_AFTER_COMMA, sentStart);
  let found = -1;
  for (let m = re.exec(s); m && m.index + m[0].length < open; m = re.exec(s)) found = m.index + m[0].search(/\p{L}/u);
  return found;
}

/**
 * The speaker of a participle report at `at` in the sentence from `sentStart` of paragraph `pi`: the
 * main-clause subject the index recorded, else the noun phrase that opens the sentence; null when neither names anyone
 * (the caller then reads the sentence as before).
 */
export function participleSpeaker(ctx: Ctx, pi: number, sentStart: number, at: number): Resolution | null {
  const recorded = recordedClauseSubject(ctx, pi, sentStart, at);
  if (recorded) return recorded;
  const subj = sentenceSubject(ctx.paras[pi].masked, sentStart);
  const res = subj && subj[1] <= at ? resolveSpan(ctx, pi, subj[0], subj[1]) : null;
  return res?.entity ? res : null;
}
