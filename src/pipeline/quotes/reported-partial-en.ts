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

/**
 * Adds a partial for each unplaced quote that sits inside an indirect report, with that report's speaker
 * and role, right before the report (reading order). Call once, after the speakers of the reports are final.
 */
export function partialsInReports(ctx: Ctx): void {
  for (const u of ctx.unplaced ?? []) {
    const i = holdingReport(ctx.drafts, u);
    if (i < 0) continue;
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
