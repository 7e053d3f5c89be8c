/**
 * English: quoted words inside the content of someone's report are that speaker's partial quote (`Roe says
 * the merger appeals to the “worst instincts” of the town`, `…, the union says the port was “badly run”`),
 * whatever frame found the report (a reported clause, a participle, a closing attribution, a noun of
 * saying). The words were left without a speaker when their mark was read (`partial.ts` looks only at
 * the sentence's own clause frames); once the paragraph's reports are known, the innermost report that
 * holds them names the speaker. Titles and labels (`the so-called “…”`) stay nobody's (issue 15).
 */
import type { Ctx, Draft, Unplaced } from './context.js';
import { Confidence } from './confidence.js';
import { hasSpeechVerb } from './frames.js';
import { sentenceEnd, sentenceStartOf } from './sentences.js';
import { words } from './text.js';

/** Remembers quoted words of paragraph `pi` that got no speaker, for `partialsInReports` (English only). */
export function leaveUnplaced(ctx: Ctx, u: Unplaced): void {
  if (ctx.lex.language !== 'en') return;
  (ctx.unplaced ??= []).push(u);
}

/** The innermost indirect report of paragraph `pi` whose content holds view offsets [a, b), or -1. */
function holdingReport(drafts: Draft[], u: Unplaced): number {
  let best = -1;
  drafts.forEach((d, i) => {
    if (d.kind !== 'indirect' || d.paragraph !== u.pi || d.start > u.a || d.end < u.b) return;
    if (best < 0 || d.end - d.start < drafts[best].end - drafts[best].start) best = i;
  });
  return best;
}

/** Words a sentence may have before a continued quote (`Unless the board backs down in May,`). */
const MAX_LEAD = 8;

/**
 * `“…,” Roe said. But “…”`: quoted words in a sentence with no verb of saying, right after a sentence
 * whose quote a named person spoke, go on with that person's words (the writer joins them to the last
 * quote); the index of that draft, or -1. Only a clause-long quote that ends its sentence, and only
 * when nothing else was reported since.
 */
function continuedFrom(ctx: Ctx, u: Unplaced): number {
  const s = ctx.paras[u.pi].masked;
  const sentStart = sentenceStartOf(s, u.open, 0);
  const end = sentenceEnd(s, u.open, s.length);
  if (words(u.text).length < 3 || !/^[\s"“”'‘’»«.,!?]*$/u.test(s.slice(u.b, end))) return -1;
  // A short lead (`But`, `Unless the board backs down,`) and no other quote: the sentence is there for the words.
  const p = ctx.paras[u.pi];
  const lead = words(s.slice(sentStart, u.open));
  // A name after the lead's first word is a new subject (`On the trail, Cruz describes himself as “…”`).
  if (
    lead.length > MAX_LEAD ||
    lead.slice(1).some((w) => /^\p{Lu}/u.test(w)) ||
    p.spans.some((sp) => sp.open !== u.open && sp.open >= sentStart && sp.open < end)
  )
    return -1;
  if (hasSpeechVerb(ctx.lex, s.slice(sentStart, end), true)) return -1;
  let j = sentStart - 1;
  while (j > 0 && !/[\p{L}\p{N}]/u.test(s[j])) j--;
  if (j <= 0) return -1;
  const prevStart = sentenceStartOf(s, j, 0);
  // The last quote before it; a report after that quote (`…,” Roe said outside the hall`) must be the same person's.
  let last = -1;
  ctx.drafts.forEach((d, i) => {
    if (d.paragraph === u.pi && d.start < u.a && d.kind !== 'indirect') last = i;
  });
  const d = last >= 0 ? ctx.drafts[last] : null;
  if (!d || !d.speaker || d.speaker.kind === 'anon' || d.end < prevStart || d.end > sentStart) return -1;
  const other = ctx.drafts.some((o, i) => i > last && o.paragraph === u.pi && o.start < u.a && o.speaker !== d.speaker);
  return other ? -1 : last;
}

/**
 * Adds a partial for each unplaced quote that sits inside an indirect report, with that report's speaker
 * and role, right before the report (reading order). Call once, after the speakers of the reports are final.
 */
export function partialsInReports(ctx: Ctx): void {
  for (const u of ctx.unplaced ?? []) {
    const i = holdingReport(ctx.drafts, u);
    if (i < 0) {
      const c = continuedFrom(ctx, u);
      if (c >= 0) {
        const from = ctx.drafts[c];
        const at = ctx.drafts.findLastIndex((d) => d.paragraph === u.pi && d.start < u.a) + 1;
        ctx.drafts.splice(at, 0, {
          kind: 'partial',
          paragraph: u.pi,
          start: u.a,
          end: u.b,
          text: u.text,
          speaker: from.speaker,
          role: from.role,
          confidence: Confidence.PREVIOUS_SPEAKER,
        });
      }
      continue;
    }
    const host = ctx.drafts[i];
    // A report whose subject named nobody and no role (`she`, unresolved) gives its words no speaker to promise.
    if (host.speaker === null && host.role === null) continue;
    // `a post that read, “…”`: words introduced by their own verb stand as a quote, not as words inside a report.
    if (/^\s*\p{Ll}+\s*[,:]\s*$/u.test(ctx.paras[u.pi].view.text.slice(host.start, u.open))) continue;
    ctx.drafts.splice(i, 0, {
      kind: 'partial',
      paragraph: u.pi,
      start: u.a,
      end: u.b,
      text: u.text,
      speaker: host.speaker,
      role: host.role,
      confidence: Confidence.REPORTED,
    });
  }
  ctx.unplaced = [];
}
