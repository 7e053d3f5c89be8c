/**
 * Quote-marked words inside a sentence that is not theirs alone: a partial quote inside reported speech
 * (its speaker is the reporting clause's subject), a characterisation (`described the cut as “…”`), or a
 * scare quote / title (`the so-called “…”`, `the film “…”`), which is nobody's words.
 */
import { fold } from '../text/fold.js';
import { addDraft, resolveSpan, vo, type Ctx } from './context.js';
import { pos } from './entities.js';
import { Confidence } from './confidence.js';
import { accordingAfterQuote, accordingBeforeQuote } from './according-quote.js';
import { characterises, relativeFrameSubject } from './characterisation.js';
import { closingCue, cueAfter, regexesFor, reportedClauses, sentenceEnd, type Cue } from './frames.js';
import { resolveCue } from './cue-speaker.js';
import { allLexicons } from './lexicon/index.js';
import { enClauseWords } from './lexicon/en.js';
import { orgHead } from './roles.js';
import { participleHost, participleSpeaker } from './participle-partial-en.js';
import { dateline, npSpan, sentenceStartOf } from './sentences.js';
import { nameRun, npIsh, resolveSubject, type Resolution } from './speakers.js';
import { escapeRe, scanFrom, words } from './text.js';

/**
 * Determiners (folded) before a mark that make a two-word quote someone else's label (`the intensified „…“`),
 * per language: another language's determiner is an ordinary word here (Serbian `to` is English `to`).
 */
const LABEL_DETERMINERS = new Map(allLexicons.map((l) => [l.language, new Set(l.cues.labelDeterminers)]));
/** Every language's function words (folded): after a closing mark one leaves the quote a phrase of its own. */
const FUNCTION_WORDS = new Set(allLexicons.flatMap((l) => l.functionWords.map(fold)));
/** English determiners after which a short quote in reported speech is still the speaker's words (`his “heart”`). */
const OWN_WORDS = new Set(enClauseWords.ownWordsDeterminers);
/** Every language's subject pronouns that can lead a sentence with another verb (`She called on …`). */
const LEAD = new RegExp(
  `^(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*|${allLexicons
    .flatMap((l) => [...l.pronouns.m, ...l.pronouns.f])
    .map(escapeRe)
    .join('|')})\\s`,
  'iu',
);

/**
 * Scare quotes, titles, names: title case, a naming word right before the mark, or (with `close`, the
 * offset of the closing mark) a naming word right after it (`its “Together Again” programme`).
 */
export function isTitle(ctx: Ctx, s: string, text: string, open: number, close = -1): boolean {
  const ws = words(text);
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w) || /^\d/.test(w)).length;
  if (ws.length <= 5 && caps >= Math.ceil(ws.length * 0.6) && !quotedClause(ctx, s, ws, open, close)) return true;
  return titleCueBefore(ctx, s, open) || (close >= 0 && titleCueAfter(ctx, s, close));
}

/**
 * Title-case headline words (`Roe: Board Acted As ‘Judge And Jury’`): capitals are the headline's style, so
 * only a naming word before or after the marks (`the film ‘…’`, `‘…’ campaign`) makes the quote a title.
 */
export function headlineTitle(ctx: Ctx, s: string, open: number, close: number): boolean {
  return titleCueBefore(ctx, s, open) || (close >= 0 && titleCueAfter(ctx, s, close));
}

/**
 * A quote of three words or more that is the whole clause after a complementiser (`dodao je da „Norveška
 * poštuje Sporazum 1999“.`): a clause, not a title, however many capitals its names give it. Its first
 * word must be capitalised (a subject name), and the sentence or clause ends at the closing mark.
 */
function quotedClause(ctx: Ctx, s: string, ws: string[], open: number, close: number): boolean {
  if (ws.length < 3 || close < 0) return false;
  const last =
    fold(s.slice(Math.max(0, open - 20), open))
      .trim()
      .split(/\s+/)
      .pop() ?? '';
  if (!ctx.lex.complementisers.some((c) => fold(c) === last)) return false;
  return /^[\s\p{Pf}\p{Pe}"»«“”]*(?:[.!?,;]|$)/u.test(s.slice(close, close + 4));
}

/** A naming word right after the closing mark at `close` (`“…” programme`, `“…” campaign`). */
function titleCueAfter(ctx: Ctx, s: string, close: number): boolean {
  const next = /^\S?\s+([\p{L}-]+)/u.exec(s.slice(close, close + 40));
  return next !== null && (ctx.lex.titleCuesAfter ?? []).includes(fold(next[1]));
}

/** A naming word right before the mark at `open` (`the film`, `the word`, `so-called`, `tzv`). */
function titleCueBefore(ctx: Ctx, s: string, open: number): boolean {
  const before = fold(s.slice(Math.max(0, open - 40), open)).trim();
  const lastWords = before.split(/\s+/).slice(-3).join(' ');
  return (
    // (A cue matched as `(^|\s)cue$` also ends the words: `endsWith` alone decides; no pattern per cue per call.)
    ctx.lex.titleCues.some((c) => lastWords.endsWith(c)) || /\b(the word|the term|so-called|tzv|takozvan)\s*$/.test(before)
  );
}

/**
 * The speaker of a quote-marked phrase at `open` inside a sentence: the first reporting clause whose
 * content holds it, else the subject before the sentence's first speech verb, else a pronoun or known
 * name that leads the sentence.
 */
export function partialSpeaker(ctx: Ctx, pi: number, sentStart: number, open: number, limit: number): Resolution | null {
  const p = ctx.paras[pi];
  const s = p.masked;
  const end = sentenceEnd(s, open, s.length);
  // The last report whose content starts before the mark (`X je izjavila da …, a Y je rekao da „…“` is Y's).
  const host = reportedClauses(s, sentStart, end, ctx.lex)
    .filter((r) => r.content[0] <= open && r.np)
    .at(-1);
  if (host) return resolveCue(ctx, pi, host);
  // `…, saying it was “childish”`: the participle report's speaker (participle-partial-en.ts).
  const participle = participleHost(ctx.lex.language, s, sentStart, open);
  if (participle >= 0) {
    const res = participleSpeaker(ctx, pi, sentStart, participle);
    if (res) return res;
  }
  // `The plan was a “good thing,” he remarked.`: a closing attribution reports the words before it.
  const closing = closingCue(s, sentStart, end, ctx.lex) ?? trailingCue(ctx, pi, open, end);
  if (closing && closing.verb[0] > open) return resolveCue(ctx, pi, closing);
  // `The ferry was “finished for good,” according to X.` (according-quote.ts).
  const span = p.spans.find((sp) => sp.open === open);
  const source = span && span.close >= 0 ? accordingAfterQuote(ctx, pi, span.close + span.closeLen, end) : null;
  if (source) return source;
  const before = accordingBeforeQuote(ctx, pi, sentStart, open);
  if (before) return before;
  const m = scanFrom(regexesFor(ctx.lex).verb, sentStart).exec(s);
  if (m && m.index < end) {
    const np = s.slice(sentStart, m.index).trim();
    // `„…“, deklaroi X, duke shtuar se „…“`: a quote before the verb is its object, not its subject.
    const quoted = p.spans.find((q) => q.open >= sentStart && q.close > q.open && q.close < m.index && !/[^\s,–—-]/.test(s.slice(q.close + 1, m.index)));
    if (quoted && !/[^\s]/.test(s.slice(sentStart, quoted.open))) {
      const c = cueAfter(s, quoted.close + 1, limit, ctx.lex);
      if (c) return resolveCue(ctx, pi, c);
    }
    if (np) {
      const c: Cue = { verb: [m.index, m.index + m[0].length], np: npSpan(s, sentStart, m.index), verbText: m[0] };
      return resolveCue(ctx, pi, c);
    }
    const c = cueAfter(s, m.index - 1 < 0 ? 0 : m.index, limit, ctx.lex);
    if (c) return resolveCue(ctx, pi, c);
  }
  return leadingSubject(ctx, pi, sentStart, open);
}

/**
 * A subject noun phrase with a name in apposition after it (`Moss's predecessor, Karen Fitch, called …`, `His
 * deputy, Ana Roe, once called …`): the name is the subject, never the possessor. Group 1 is the name.
 */
const APPOSED_NAME = new RegExp(
  `^(?:\\p{Lu}[\\p{L}-]*['’]s|(?:${[...enClauseWords.ownWordsDeterminers, 'the']
    .map((w) => `${escapeRe(w[0].toUpperCase())}${escapeRe(w.slice(1))}`)
    .join('|')}))(?:\\s+\\p{Ll}[\\p{L}-]*){1,3},\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}),\\s`,
  'u',
);

/** `Moss's predecessor, Karen Fitch, …`: the name in apposition to the sentence's subject, if the sentence opens so. */
function apposedSubject(ctx: Ctx, pi: number, sentStart: number, open: number): Resolution | null {
  if (ctx.lex.language !== 'en') return null;
  const p = ctx.paras[pi];
  const m = APPOSED_NAME.exec(p.masked.slice(sentStart, open));
  if (!m) return null;
  const a = sentStart + m[0].length - 2 - m[1].length;
  return resolveSpan(ctx, pi, a, a + m[1].length);
}

/** `According to X, … „…“` and sentences led by a pronoun or a known name with another verb (`She called on …`). */
function leadingSubject(ctx: Ctx, pi: number, sentStart: number, open: number): Resolution | null {
  const p = ctx.paras[pi];
  const apposed = apposedSubject(ctx, pi, sentStart, open);
  if (apposed) return apposed;
  const lead = LEAD.exec(p.masked.slice(sentStart));
  if (!lead || open <= sentStart + lead[0].length) return null;
  const t = lead[1];
  const single = !/\s/.test(t);
  if (!ctx.lex.pronouns.m.includes(t.toLowerCase()) && !ctx.lex.pronouns.f.includes(t.toLowerCase()) && !(single && ctx.index.byName(t))) return null;
  return resolveSubject({ text: t, original: vo(p, sentStart, sentStart + t.length), at: pos(pi, sentStart) }, ctx.index, ctx.lex);
}

/**
 * True when the last two words before a mark make the quote a label: a determiner among them (`the
 * intensified „…“`); with `own`, not the possessives and `a` (`called him a “total fraud”`). In English a
 * determiner right before the mark does not (`said Roe had dominated the “harbour chatter”`, `took this
 * “low road”`) unless the quote modifies a noun after it (`the “closed door” policy`): the callers ask only
 * about quotes inside someone's report, and there the phrase is theirs.
 */
function labelledBefore(before: string[], language: string, own: boolean, attributiveQuote: boolean): boolean {
  const free = language === 'en' && !attributiveQuote;
  const determiners = LABEL_DETERMINERS.get(language);
  return before.some((w, i) => determiners?.has(w) === true && !(own && OWN_WORDS.has(w)) && !(free && i === before.length - 1));
}

/** A quote that modifies the noun after it (`the “closed door” policy`): a lower-case content word follows the closing mark. */
function attributive(ctx: Ctx, pi: number, open: number): boolean {
  const p = ctx.paras[pi];
  const span = p.spans.find((sp) => sp.open === open);
  if (!span || span.close < 0) return false;
  const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(p.masked.slice(span.close + span.closeLen, span.close + span.closeLen + 40));
  return next !== null && !FUNCTION_WORDS.has(fold(next[1]));
}

/**
 * True when the mark at `open` sits inside the content of a reported clause with a subject
 * (`rekao je da je situacija »pod kontrolom«`) or, in Serbian and Albanian, of a leading source phrase
 * (`Kako je navela X, …`): there a two-word quote is the speaker's words, not a scare quote.
 */
export function inReportedContent(ctx: Ctx, pi: number, open: number): boolean {
  const s = ctx.paras[pi].masked;
  const before = fold(s.slice(Math.max(0, open - 40), open))
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2);
  if (labelledBefore(before, ctx.lex.language, false, attributive(ctx, pi, open))) return false;
  const start = sentenceStartOf(s, open, 0);
  if (reportedClauses(s, start, sentenceEnd(s, open, s.length), ctx.lex).some((r) => r.np !== null && r.content[0] <= open && open < r.content[1] + 2))
    return true;
  // `Kako je navela X, situacija je »pod kontrolom«`: the content of a leading source phrase is X's report.
  return ctx.lex.language !== 'en' && accordingBeforeQuote(ctx, pi, start, open)?.entity != null;
}

/**
 * True when a one- or two-word English quote is someone's words: it sits in the content of a reported
 * clause (`said he hoped for a convention “surprise”`) or before a closing attribution (`It was a “good
 * thing,” he said.`). After a determiner and a word (`the intensified “false news”`) or next to another quoted
 * word (`the word “force” or “power”`) it is a label, and after a naming word (`the film “Heat”`) a title.
 */
export function shortQuoteReported(ctx: Ctx, pi: number, open: number): boolean {
  if (ctx.lex.language !== 'en') return false;
  const s = ctx.paras[pi].masked;
  // A definite determiner and a word before the mark make it a label put on something (`the intensified “false
  // news”`); an indefinite one is the speaker's characterisation (`called him a “total fraud”`).
  const before = fold(s.slice(Math.max(0, open - 40), open))
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2);
  if (labelledBefore(before, ctx.lex.language, true, attributive(ctx, pi, open))) return false;
  const start = sentenceStartOf(s, open, 0);
  // A sentence about words (`as soon as the word “force” or “power” is used`) quotes them as labels.
  const p = ctx.paras[pi];
  if (p.spans.some((sp) => sp.open >= start && sp.open <= open && titleCueBefore(ctx, s, sp.open))) return false;
  const end = sentenceEnd(s, open, s.length);
  if (reportedClauses(s, start, end, ctx.lex).some((r) => r.np !== null && r.content[0] <= open && open < r.content[1] + 2)) return true;
  if (participleHost(ctx.lex.language, s, start, open) >= 0) return true;
  const closing = closingCue(s, start, end, ctx.lex) ?? trailingCue(ctx, pi, open, end);
  return closing !== null && closing.verb[0] > open;
}

/** A cue right after the sentence's last quote mark from `open` on (`…, a “good thing,” he said.`), or null. */
function trailingCue(ctx: Ctx, pi: number, open: number, end: number): Cue | null {
  const p = ctx.paras[pi];
  const last = p.spans.filter((sp) => sp.open >= open && sp.open < end && sp.close >= 0).pop();
  if (!last) return null;
  const from = last.close + last.closeLen;
  const c = cueAfter(p.masked, from, end, ctx.lex);
  // Only a cue that closes the quote (`…,” he said`, `…,” said the senator`), not a verb further on.
  return c && c.verb[1] <= end && words(p.masked.slice(from, c.verb[0])).length <= 4 ? c : null;
}

/**
 * A phrase a speaker puts on something (`described the cut as “…”`, `accused the company of “…”`) is a
 * partial quote however short; its speaker is the subject before the frame (`The union| accused …`).
 * Adds nothing without a frame or when that subject is not a noun phrase naming someone.
 */
export function characterisationPartial(ctx: Ctx, pi: number, open: number, a: number, b: number, text: string): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const sentStart = Math.max(sentenceStartOf(s, open, 0), pi <= 1 ? dateline(s) : 0);
  const lead = p.view.text.slice(sentStart, open).replace(/[\s"“”„«»'‘’]+$/u, '');
  const rel = characterises(lead, ctx.lex.language);
  if (rel < 0) return;
  // `…, which he called “…”`: the relative frame's own subject says it (a pronoun: the last person of its gender).
  const inner = relativeFrameSubject(lead, ctx.lex.language);
  if (inner) {
    const own = resolveSpan(ctx, pi, sentStart + inner[0], sentStart + inner[1]);
    if (own?.entity)
      addDraft(ctx, { kind: 'partial', paragraph: pi, start: a, end: b, text, speaker: own.entity, role: own.role, confidence: Confidence.CLOSING });
    return;
  }
  const [x, y] = npSpan(s, sentStart, sentStart + rel);
  const np = p.view.text.slice(x, y);
  const names = y > x && words(np).length <= 10 && (npIsh(np.split(',').pop() ?? '') || npIsh(np.split(',')[0]) || orgHead(np) || nameRun(np));
  const res = names ? resolveSpan(ctx, pi, x, y) : null;
  // Without a speaker of its own the quote is left to the evaluation frames (`described X as`, evaluations.ts).
  if (res?.entity)
    addDraft(ctx, { kind: 'partial', paragraph: pi, start: a, end: b, text, speaker: res.entity, role: res.role, confidence: Confidence.CLOSING });
}
