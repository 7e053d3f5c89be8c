/**
 * A direct quote split by its own attribution is one utterance: `„A“, rekao je X, „b…“`,
 * `– A – rekao je X – b …`, `«A», tha X, «b…»`, `"A," X said, "b…"` (`lexicon/split-quote.ts`). The two
 * direct drafts become one whose text is A and B joined by a space, and a reported clause the frames read
 * across the inserted attribution (the whole sentence as `X said …`) is dropped.
 */
import type { Ctx, Draft } from './context.js';
import { hasSpeechVerb } from './frames.js';
import { SPLIT_QUOTE_LANGUAGES } from './lexicon/split-quote.js';

/** Quote marks and dashes that may stand around an inserted attribution. */
const MARKS = /["“”„«»‹›'‘’‚–—-]/gu;

/**
 * True when the text between two quote parts is only an inserted attribution: closing mark, a comma
 * or a dash, a clause with a speech verb, a comma or a dash, opening mark; no sentence ends in it.
 */
function insertedAttribution(ctx: Ctx, between: string): boolean {
  const mid = between.replace(MARKS, ' ').trim();
  if (!/^[,\s–—-]*[„“"«»‹‚'‘]?\s*[,–—-]/u.test(between.trimStart().replace(/^["“”»«’']/u, ''))) return false;
  if (!/[,–—-]\s*[„“"«»‹‚'‘]?\s*$/u.test(between)) return false;
  const clause = mid.replace(/^,\s*/, '').replace(/\s*,$/, '');
  if (clause === '' || /[.!?:;]/.test(clause) || clause.split(/\s+/).length > 12) return false;
  return hasSpeechVerb(ctx.lex, clause);
}

/** Joins direct quotes split by their attribution in the drafts of `ctx` (the languages of `SPLIT_QUOTE_LANGUAGES`); in place. */
export function joinSplitQuotes(ctx: Ctx): void {
  // Elsewhere (English) the halves stay two items, as its corpora annotate them; the digest shows them
  // together (`digest/split-halves.ts`).
  if (!SPLIT_QUOTE_LANGUAGES.includes(ctx.lex.language)) return;
  const out: Draft[] = [];
  const joined: { pi: number; start: number; end: number }[] = [];
  for (const d of ctx.drafts) {
    const prev = [...out].reverse().find((o) => o.kind === 'direct' && o.paragraph === d.paragraph);
    // The second part may have been read as a partial (`"A," said X, the chief, "b…"`: a quoted phrase after
    // a noun); after an inserted attribution it is the rest of the direct quote all the same.
    const second = d.kind === 'direct' || d.kind === 'partial';
    if (second && prev && prev.end <= d.start && prev.speaker === d.speaker && /^\p{Ll}/u.test(d.text)) {
      const view = ctx.paras[d.paragraph].view.text;
      if (insertedAttribution(ctx, view.slice(prev.end, d.start)) && !/[.!?…]$/u.test(prev.text.trim())) {
        prev.text = `${prev.text.trim()} ${d.text.trim()}`;
        prev.end = d.end;
        joined.push({ pi: d.paragraph, start: prev.start, end: d.end });
        continue;
      }
    }
    out.push(d);
  }
  // A reported clause read across the attribution (`„A“, rekao je X, „b“` as X's `„b“`, or the whole sentence) goes.
  ctx.drafts = out.filter((d) => d.kind !== 'indirect' || !joined.some((j) => j.pi === d.paragraph && d.start < j.end && d.end > j.start));
}
