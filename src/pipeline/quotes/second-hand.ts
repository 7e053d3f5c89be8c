/**
 * Second-hand direct quotes: words someone else reports a person said (`The mayor said the minister had
 * told him: “…”`, `Gradonačelnik je rekao da mu je ministar rekao: „…“`). The quote keeps its speaker (the
 * person whose words they are claimed to be) but not the confidence of a first-hand quote: it is only as
 * sure as the relaying report, so a digest prefers what the person said themselves.
 */
import type { Ctx } from './context.js';
import { Confidence } from './confidence.js';

/** Lowers to REPORTED the confidence of each direct quote inside another speaker's indirect report; in place. */
export function secondHandQuotes(ctx: Ctx): void {
  const reports = ctx.drafts.filter((d) => d.kind === 'indirect' && d.speaker);
  for (const d of ctx.drafts) {
    if (d.kind !== 'direct' || !d.speaker) continue;
    const host = reports.find((r) => r.paragraph === d.paragraph && r.start <= d.start && d.end <= r.end && r.speaker !== d.speaker);
    if (host) d.confidence = Math.min(d.confidence, Confidence.REPORTED);
  }
}
