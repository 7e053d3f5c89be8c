/**
 * Headlines and headline-like paragraphs: `Name: claim` (an indirect report of Name's), the leading noun
 * phrase of a headline subject, and headline direct quotes that take the speaker of the body quote
 * repeating them.
 */
import { fold } from '../text/fold.js';
import { pos } from './entities.js';
import { addSpan, vo, type Ctx } from './context.js';
import { Confidence } from './confidence.js';
import { labelIsSpeaker } from './headline-label.js';
import { allLexicons } from './lexicon/index.js';
import type { Paragraph } from './paragraph.js';
import { parseRole } from './roles.js';
import { resolveSubject, type Resolution } from './speakers.js';
import { escapeRe, trimSpan, words } from './text.js';
import { enClauseWords } from './lexicon/en.js';

/** Headline labels (folded) that are never a speaker (`Foto: Reuters/…`, `VIDEO: …`, `Analiza: …`), every language. */
const LABELS = new Set(allLexicons.flatMap((l) => l.cues.headlineLabels));

/** A body paragraph that reads like a headline (digest items): short, no final full stop, `Name: claim`. */
export function isHeadlineLike(p: Paragraph): boolean {
  const t = p.view.text.trim();
  return t.length < 160 && !/[.!?]["“”»]?$/.test(t) && /^[^:]{2,60}:\s+\S/.test(t);
}

/** The speaker of a headline subject before a colon (`Russian Embassy responds to Selimi:`). */
export function headlineSubject(ctx: Ctx, pi: number, head: string): Resolution | null {
  const p = ctx.paras[pi];
  const np =
    head
      .replace(/:$/, '')
      .split(/[;,]\s*/)
      .pop() ?? '';
  const at = p.masked.lastIndexOf(np);
  return resolveSubject({ text: leadingNp(np), original: vo(p, at, at + leadingNp(np).length), at: pos(pi, at) }, ctx.index, ctx.lex, { lookahead: true });
}

/**
 * The leading noun phrase of a headline subject (`Russian Embassy responds to Selimi` → `Russian Embassy`).
 * A document before a colon speaks for its author: `The ministry's statement read` → `The ministry`, `A
 * statement from the ministry said` → `the ministry` (English documents, `lexicon/en.ts`).
 */
function leadingNp(np: string): string {
  const author = documentAuthor(np);
  if (author) return author;
  const m = /^(.*?)\s+(?:responds|reacts|replies|says|warns|urges|to|in|u|në|na|pred)\s/iu.exec(np);
  return (m ? m[1] : np).trim();
}

const DOCS = enClauseWords.sourceDocuments.map(escapeRe).join('|');
/** `X's (joint) statement (read|said)`: group 1 is X. */
const POSSESSED_DOC = new RegExp(`^(.+?)['’]s\\s+(?:\\p{Ll}+\\s+)?(?:${DOCS})(?:\\s+\\p{Ll}+){0,2}$`, 'u');
/** `a statement (issued) from/by X (said)`: group 1 is X. */
const DOC_FROM = new RegExp(
  `^(?:a|an|the|in\\s+a)\\s+(?:\\p{Ll}+\\s+)?(?:${DOCS})(?:\\s+(?:released|published|issued))?\\s+(?:from|by)\\s+(.+?)(?:\\s+(?:said|says|read|reads|stated|states))?$`,
  'iu',
);

/** The author of a document named as a colon's subject (`X's statement read`, `a statement from X said`), or null. */
function documentAuthor(np: string): string | null {
  const t = np.trim();
  const m = POSSESSED_DOC.exec(t) ?? DOC_FROM.exec(t);
  return m ? m[1].trim() : null;
}

/** `Name: claim` parts of a headline (split at `;`): an indirect report when Name is somebody. */
export function headlineClaim(ctx: Ctx, pi: number): void {
  const s = ctx.paras[pi].masked;
  let offset = 0;
  for (const part of s.split(/;\s*/)) {
    claimPart(ctx, pi, part, offset);
    offset += part.length + 1;
  }
}

function claimPart(ctx: Ctx, pi: number, part: string, offset: number): void {
  const p = ctx.paras[pi];
  const m = /^([^:„“"«»]{2,60}):\s+(?![„“"«»‘'])(.+)$/u.exec(part);
  if (!m) return;
  // `Topic, Name: claim` (`Doctors on strike, Berisha: …`): the speaker is the last comma segment.
  const label = m[1].split(/,\s*/).pop()!;
  const labelAt = offset + m[1].length - label.length;
  const lead = leadingNp(label);
  if (LABELS.has(fold(lead))) return;
  const a0 = offset + m[0].length - m[2].length;
  const b0 = a0 + m[2].replace(/\s*\([^)]*\)\s*$/, '').replace(/[\s.]+$/, '').length;
  const [a, b] = trimSpan(p.view.text, a0, b0);
  // Places, routes and topics label headlines too: check before the label can register as a speaker.
  if (!labelIsSpeaker(lead, ctx.index.byName(lead) ?? null, ctx.paras, pi)) return;
  const res = resolveSubject({ text: lead, original: vo(p, labelAt, labelAt + lead.length), at: pos(pi, labelAt) }, ctx.index, ctx.lex, { lookahead: true });
  if (words(m[2]).length >= 3 && (res?.entity || parseRole(lead))) addSpan(ctx, pi, a, b, 'indirect', res, Confidence.REPORTED);
}

/** Resolves headline direct quotes to the speaker of the body quote that repeats them. */
export function headlineSpeakers(ctx: Ctx): void {
  for (const d of ctx.drafts) {
    if (d.paragraph !== 0 || d.kind !== 'direct') continue;
    const h = words(fold(d.text));
    const body = ctx.drafts.find((o) => o !== d && o.paragraph > 0 && o.kind === 'direct' && containsWords(words(fold(o.text)), h));
    if (body) {
      d.speaker = body.speaker;
      d.role = body.role;
    }
  }
}

function containsWords(hay: string[], needle: string[]): boolean {
  const set = new Set(hay);
  return needle.length > 0 && needle.filter((w) => set.has(w)).length / needle.length >= 0.8;
}
