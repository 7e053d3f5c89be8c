/**
 * English: a quote that opens its sentence may be continued by more of the speaker's clause outside the
 * marks before the inverted attribution closes the sentence (`“We are pleased” with the ruling, said
 * Jane Roe, a director of the league.`, `“Nobody votes for that” unless they must, says Roe.`). The
 * attribution after the continuation names the quote's speaker, as it would right after the mark.
 * Only a quote still without a speaker, and only when no other quote stands between it and the verb.
 */
import { resolveSpan, type Ctx, type Draft } from './context.js';
import { regexesFor } from './frames.js';
import { sentenceEnd } from './sentences.js';

/** Gives a trailing attribution's speaker to the quote that opens its sentence (see the module comment); in place. */
export function trailingAttribution(ctx: Ctx): void {
  if (ctx.lex.language !== 'en') return;
  for (const d of ctx.drafts) if (d.kind === 'direct' && !d.speaker && !d.role) attribute(ctx, d);
}

/** Marks that open or close a quote, and what may sit between a sentence's start and its opening mark. */
const CLOSE = /^[,]?["”’'»]+/;
const OPEN_BEFORE = /(?:^|[.!?]["”’'»]?\s+|^\s*)["“‘'«]+$/;
const QUOTE_MARK = /["“”‘’«»]/;

function attribute(ctx: Ctx, d: Draft): void {
  const p = ctx.paras[d.paragraph];
  const s = p.view.text;
  if (/[.!?]\s*$/.test(s.slice(d.start, d.end))) return;
  if (!OPEN_BEFORE.test(s.slice(Math.max(0, d.start - 40), d.start))) return;
  const close = CLOSE.exec(s.slice(d.end));
  if (!close) return;
  const from = d.end + close[0].length;
  // The continuation is a clause's words in lower case (`with the ruling`, `unless they must`).
  if (!/^\s+\p{Ll}/u.test(s.slice(from))) return;
  const end = sentenceEnd(s, from, s.length);
  const rest = s.slice(from, end);
  const verbAtStart = regexesFor(ctx.lex).verbAtStart;
  for (let c = rest.indexOf(', '); c >= 0; c = rest.indexOf(', ', c + 1)) {
    if (QUOTE_MARK.test(rest.slice(0, c))) return;
    const tail = rest.slice(c + 2);
    const v = verbAtStart.exec(tail);
    if (!v) continue;
    const nameAt = c + 2 + v[0].length + (tail.slice(v[0].length).length - tail.slice(v[0].length).trimStart().length);
    const stop = rest.slice(nameAt).search(/[,;.!?]|$/);
    const a = from + nameAt;
    const b = a + stop;
    if (b <= a || !/^\p{Lu}/u.test(s.slice(a))) return;
    const res = resolveSpan(ctx, d.paragraph, a, b);
    if (!res?.entity) return;
    d.speaker = res.entity;
    d.role = res.role;
    return;
  }
}
