/**
 * Quotes closed by a source phrase instead of a verb (issue 15): `“The ferry is finished,” according to Roe.`
 * is Roe's direct quote, and `The ferry was “finished for good,” according to Roe.` Roe's partial. The
 * source phrase stands right after the quote's closing mark, or later in the same sentence with nothing but
 * unquoted words before it, and ends the sentence (an apposition or relative clause may follow it:
 * `according to Roe, the harbour master`). The source is read as after a closing `according to` elsewhere
 * (`sourceNameStart`: `the AP`, `a report by X`).
 */
import { sourceNameStart } from './according-source.js';
import { vo, type Ctx } from './context.js';
import { pos } from './entities.js';
import { regexesFor } from './frames.js';
import { parseRole } from './roles.js';
import { resolveSubject, type Resolution } from './speakers.js';

/** The source phrase, then the source (no punctuation), then an optional apposition or relative clause, then the sentence end. */
function closingSource(ctx: Ctx): RegExp {
  let re = memo.get(ctx.lex);
  if (re === undefined) {
    re = new RegExp(
      `^(?:[^„“”"«»]*?,)?[\\s,]*(?:${regexesFor(ctx.lex).according.source})((?:[^,;:.!?„“”"«»]|\\.(?=\\s+\\p{Lu})){2,80}?)(?:,\\s+\\p{Ll}[^;:„“”"«»]*?)?\\s*[.!?]?\\s*$`,
      'iu',
    );
    memo.set(ctx.lex, re);
  }
  return re;
}
const memo = new WeakMap<Ctx['lex'], RegExp>();

/**
 * The speaker a closing source phrase gives the quote whose closing mark ends at `from`, when the phrase
 * follows in the sentence that ends at `end`; null when there is none.
 * @param ctx the article's extraction state
 * @param pi the paragraph
 * @param from the offset right after the quote's closing mark
 * @param end the sentence end
 */
export function accordingAfterQuote(ctx: Ctx, pi: number, from: number, end: number): Resolution | null {
  const p = ctx.paras[pi];
  const s = p.masked;
  // Another quote before the sentence ends keeps the phrase for itself.
  if (p.spans.some((sp) => sp.open >= from && sp.open < end)) return null;
  const tail = s.slice(from, end);
  const at = tail.search(/\S/);
  const m = closingSource(ctx).exec(tail);
  if (!m || at < 0) return null;
  const src = m[1].slice(sourceNameStart(m[1], ctx.lex.language)).trim();
  if (!src) return null;
  const a = from + m[0].indexOf(m[1]) + m[1].indexOf(src);
  return resolveSubject({ text: p.view.text.slice(a, a + src.length), original: vo(p, a, a + src.length), at: pos(pi, a) }, ctx.index, ctx.lex);
}

/** `According to X,` opening the sentence or after a comma, with the source up to the next comma. */
function leadingSource(ctx: Ctx): RegExp {
  let re = leadMemo.get(ctx.lex);
  if (re === undefined) {
    re = new RegExp(`(?:^|,)\\s*(?:${regexesFor(ctx.lex).according.source})((?:[^,;:.!?„“”"«»]|\\.(?=\\s+\\p{Lu})){2,80}?),`, 'giu');
    leadMemo.set(ctx.lex, re);
  }
  return re;
}
const leadMemo = new WeakMap<Ctx['lex'], RegExp>();

/** A speech verb anywhere (unanchored, stateless). */
function anyVerb(ctx: Ctx): RegExp {
  let re = verbMemo.get(ctx.lex);
  if (re === undefined) {
    re = new RegExp(regexesFor(ctx.lex).verb.source, 'iu');
    verbMemo.set(ctx.lex, re);
  }
  return re;
}
const verbMemo = new WeakMap<Ctx['lex'], RegExp>();

/** A name in apposition after a source phrase's comma, perhaps after a role of its own (`, Paul Reed,`, `, lawyer Mark Evans,`). */
const APPOSED = /^\s*((?:\p{Ll}[\p{L}'’-]*\s+){0,3})(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s/u;

/**
 * The speaker a source phrase before a quote gives it (`According to Roe, the pier is now “…”`, `Over the
 * long term, according to the board, the deficit “…”`): the last such phrase between the sentence start and
 * the quote's opening mark at `open`, with no other quote between; null when there is none. In Serbian and
 * Albanian only for a phrase that is a saying verb with its subject after it (`Kako je navela X, situacija je
 * »…«`) and no speech verb between it and the mark: `Prema rečima X, Y je rekao „…“` relays Y's words
 * (`relayed-quote.ts`).
 */
export function accordingBeforeQuote(ctx: Ctx, pi: number, sentStart: number, open: number): Resolution | null {
  const p = ctx.paras[pi];
  if (p.spans.some((sp) => sp.open >= sentStart && sp.open < open)) return null;
  const head = p.masked.slice(sentStart, open);
  let last: RegExpExecArray | null = null;
  const re = leadingSource(ctx);
  re.lastIndex = 0;
  for (let m = re.exec(head); m; m = re.exec(head)) last = m;
  if (!last) return null;
  if (ctx.lex.language !== 'en') {
    // Only the phrase that is a verb of saying with its subject after it (`kako je navela X`), and no speech verb after it.
    const phrase = last[0]
      .slice(0, last[0].indexOf(last[1]))
      .replace(/^[\s,]+/, '')
      .trim()
      .toLowerCase();
    if (!ctx.lex.inWords.some((w) => w.toLowerCase() === phrase)) return null;
    if (anyVerb(ctx).test(head.slice(last.index + last[0].length))) return null;
  }
  const src = last[1].slice(sourceNameStart(last[1], ctx.lex.language)).trim();
  if (!src) return null;
  // `According to the engineer, Paul Reed, the pier is “…”`: the name in apposition to a role is the source.
  const app = parseRole(src) ? APPOSED.exec(head.slice(last.index + last[0].length)) : null;
  if (app) {
    const n = sentStart + last.index + last[0].length + app[0].length - 2 - app[2].length;
    return resolveSubject({ text: p.view.text.slice(n, n + app[2].length), original: vo(p, n, n + app[2].length), at: pos(pi, n) }, ctx.index, ctx.lex);
  }
  const a = sentStart + last.index + last[0].indexOf(last[1]) + last[1].indexOf(src);
  return resolveSubject({ text: p.view.text.slice(a, a + src.length), original: vo(p, a, a + src.length), at: pos(pi, a) }, ctx.index, ctx.lex);
}
