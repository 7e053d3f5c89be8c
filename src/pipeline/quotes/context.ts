/**
 * The state one article's extraction shares between its frames: prepared paragraphs, the lexicon, the
 * entity index, the drafts found so far and the last speaker named. Frames add drafts through `addDraft`.
 */
import type { QuoteForm, QuoteKind } from '../../model/quote.js';
import { pos, type EntityIndex, type Entity, type Gender } from './entities.js';
import type { QuoteLexicon } from './lexicon/index.js';
import type { Paragraph } from './paragraph.js';
import { resolveSubject, type Resolution } from './speakers.js';
import { roleQualifier } from './qualified-role-en.js';

/** A quote before output: offsets in the Latin view of its first paragraph. */
export interface Draft {
  kind: QuoteKind;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  speaker: Entity | null;
  role: string | null;
  confidence: number;
  /** Set on an interview answer (`continuation.ts` `interviewAnswer`); absent otherwise. */
  form?: QuoteForm;
}

/** One article's extraction state. */
export interface Ctx {
  paras: Paragraph[];
  lex: QuoteLexicon;
  index: EntityIndex;
  drafts: Draft[];
  lastSpeaker: Entity | null;
  colonSpeaker: Resolution | null;
  /** English quoted words inside a sentence that no frame gave a speaker yet (`reported-partial-en.ts`). */
  unplaced?: Unplaced[];
}

/** Quoted words inside a sentence, left without a speaker when their mark was read: view offsets [a, b) of paragraph `pi`. */
export interface Unplaced {
  pi: number;
  open: number;
  a: number;
  b: number;
  text: string;
}

/** A quote that runs on into the next paragraph (no closing mark, the next paragraph opens with one). */
export interface Carry {
  /** The speaker a colon introduced just before the quote began. */
  colon?: Resolution | null;
  start: number;
  pi: number;
  texts: string[];
  startOff: number;
}

/** Progress through one paragraph's quote spans, so that quotes and reported clauses resolve in reading order. */
export interface DirectState {
  k: number;
  prevClose: number;
  prevSpeaker: Resolution | null;
  carry: Carry | null;
  done?: boolean;
}

/** Original-script text of view offsets [a, b) of a paragraph. */
export const vo = (p: Paragraph, a: number, b: number): string => p.original.slice(p.view.map[a], p.view.map[b]);

/**
 * Adds a draft; a quote or report with a speaker makes that speaker the article's last one, and one by the
 * unnamed holder of a person's role (`Roe's spokesman said …`, English) leaves no named last speaker: a
 * quote after it with no cue of its own is neither Roe nor the person named before.
 */
export function addDraft(ctx: Ctx, d: Draft): void {
  ctx.drafts.push(d);
  if (d.kind === 'partial') return;
  if (d.speaker) ctx.lastSpeaker = d.speaker;
  else if (ctx.lex.language === 'en' && d.role && roleQualifier(d.role)?.possessive) ctx.lastSpeaker = null;
}

/** Adds a draft of `kind` for view offsets [a, b) of paragraph `pi`, spoken by `res` (or nobody). */
export function addSpan(ctx: Ctx, pi: number, a: number, b: number, kind: QuoteKind, res: Resolution | null, confidence: number): void {
  addDraft(ctx, { kind, paragraph: pi, start: a, end: b, text: vo(ctx.paras[pi], a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence });
}

/**
 * Resolves the subject phrase at view offsets [a, b) of paragraph `pi` (see `resolveSubject`); `at` is the
 * view offset its position is taken from (default `b`).
 */
export function resolveSpan(
  ctx: Ctx,
  pi: number,
  a: number,
  b: number,
  opts: { gender?: Gender | null; lookahead?: boolean; plural?: boolean; at?: number } = {},
): Resolution | null {
  const p = ctx.paras[pi];
  return resolveSubject({ text: p.view.text.slice(a, b), original: vo(p, a, b), at: pos(pi, opts.at ?? b) }, ctx.index, ctx.lex, opts);
}
