/**
 * Direct quotes of one paragraph, in reading order: every mark style, quotes that run on into the next
 * paragraph, a colon hand-off, dash attribution and Serbian dash-led speech. A quote that stands as an
 * utterance is `direct`; quote-marked words inside someone's sentence go to `partial.ts`.
 */
import { addDraft, vo, type Carry, type Ctx, type DirectState } from './context.js';
import { Confidence } from './confidence.js';
import { cueAfter, cueBefore, regexesFor, sentenceEnd, type Cue } from './frames.js';
import { accordingAfterQuote } from './according-quote.js';
import { resolveCue } from './cue-speaker.js';
import { deniedAt } from './denial.js';
import { headlineSubject, isHeadlineLike } from './headline.js';
import { inWordsBeforeQuote, inWordsLead } from './in-words-quote.js';
import { startsWithOpener, type MarkSpan } from './marks.js';
import { coordinatedPartial } from './coordinated-partial.js';
import { colonClauseSubject } from './colon-subject.js';
import { isDashSpeech, opensInQuote, type Paragraph } from './paragraph.js';
import { characterisationPartial, headlineTitle, inReportedContent, isTitle, partialSpeaker, shortQuoteReported } from './partial.js';
import { sentenceStartOf } from './sentences.js';
import type { Resolution } from './speakers.js';
import { pos, type Gender } from './entities.js';
import { genderClash, quoteGender } from './first-person-gender.js';
import { inscriptionFrame } from './inscription.js';
import { leaveUnplaced } from './reported-partial-en.js';
import { scanFrom, trimSpan, words } from './text.js';

/**
 * Extracts the direct and partial quotes of paragraph `pi` whose marks open before `limit`, continuing
 * from `st` (so that the sentence loop of `indirect.ts` can interleave them with reported clauses).
 */
export function directQuotes(ctx: Ctx, pi: number, st: DirectState, limit: number): void {
  if (st.done) return;
  const p = ctx.paras[pi];
  for (; st.k < p.spans.length && p.spans[st.k].open < limit; st.k++) quoteSpan(ctx, pi, st);
  if (limit === Infinity) st.done = true;
}

/** What the sentence around one quote span says about it. */
interface Around {
  span: MarkSpan;
  sentStart: number;
  head: string;
  continuing: boolean;
  cueA: Cue | null;
  cueB: Cue | null;
  carriedColon: Resolution | null;
  standalone: boolean;
  nextOpen: number;
  /** The sentence before the quote is only a source phrase (`Po njenim rečima,`). */
  sourceLead: boolean;
}

/**
 * True when quote span `k` of `p` is left open and runs on into the next paragraph: that paragraph opens
 * with a quote mark or inside the quote, or (dash-led speech) is dash speech that closes it.
 */
function runsOnInto(p: Paragraph, k: number, next: Paragraph | undefined): boolean {
  const span = p.spans[k];
  if (span.close >= 0 || k !== p.spans.length - 1 || next === undefined) return false;
  const dashLed = /^[–—-]/.test(p.view.text.slice(span.open));
  return startsWithOpener(next.view.text) || opensInQuote(next) || (dashLed && isDashSpeech(next));
}

const TITLE_SUBJECT_LANGUAGES = new Set(['sr', 'sq']);

/**
 * Serbian and Albanian: `„Zima u Tvrđavi“ objavljena je …` — marked words that open a sentence its
 * lower-case predicate goes on with, no comma or stop between, are its subject (a title, a name), not speech.
 */
function titleSubject(ctx: Ctx, s: string, q: Around, text: string, closeEnd: number): boolean {
  if (!TITLE_SUBJECT_LANGUAGES.has(ctx.lex.language) || q.cueA || q.head !== '' || q.span.close < 0) return false;
  return !/[.,!?…:;]$/.test(text.trim()) && /^\s+\p{Ll}/u.test(s.slice(closeEnd, closeEnd + 3));
}

function quoteSpan(ctx: Ctx, pi: number, st: DirectState): void {
  const k = st.k;
  const p = ctx.paras[pi];
  const s = p.masked;
  const span = p.spans[k];
  const [a, b] = trimSpan(p.view.text, span.open + span.openLen, span.close < 0 ? s.length : span.close);
  const text = vo(p, a, b);
  const continuing = st.carry !== null && k === 0 && s.slice(0, span.open).trim() === '';
  const held: Carry | null = continuing ? st.carry : null;
  const next = ctx.paras[pi + 1];
  const runsOn = runsOnInto(p, k, next);
  const closeEnd = span.close < 0 ? s.length : span.close + span.closeLen;
  const sentStart = sentenceStartOf(s, span.open, st.prevClose);
  st.carry = null;
  st.prevClose = closeEnd;
  if (runsOn) {
    st.carry = held ? { ...held, texts: [...held.texts, text] } : { start: a, pi, texts: [text], startOff: a, colon: k === 0 ? ctx.colonSpeaker : null };
    return;
  }
  const q = aroundQuote(ctx, pi, k, sentStart, closeEnd, held, text);
  const total = (held ? [...held.texts, text] : [text]).join(' ');
  if (!held && titleSubject(ctx, s, q, text, closeEnd)) return;
  if (q.standalone && (words(total).length >= 3 || q.cueA)) {
    const [res, conf] = standaloneSpeaker(ctx, pi, k, st.prevSpeaker, q, quoteGender(total, ctx.lex));
    const start = held ? held.startOff : a;
    const end = held ? ctx.paras[held.pi].view.text.length : b;
    addDraft(ctx, {
      kind: 'direct',
      paragraph: held ? held.pi : pi,
      start,
      end,
      text: total,
      speaker: res?.entity ?? null,
      role: res?.role ?? null,
      confidence: conf,
    });
    st.prevSpeaker = res;
  } else if (q.standalone && !held) shortFrame(ctx, pi, st, q);
  else if (!q.standalone) inlineQuote(ctx, pi, span, a, b, text, q.nextOpen);
}

/**
 * A speech frame whose quote is too short to keep (`X said: "No."`, `X je odgovorio: „Ne.“`) still names
 * who speaks in the paragraph: a quote after it with no cue of its own is that speaker's, not the one
 * before the frame.
 */
function shortFrame(ctx: Ctx, pi: number, st: DirectState, q: Around): void {
  const s = ctx.paras[pi].masked;
  const cue = q.cueB ?? (/:$/.test(q.head) ? cueBefore(s, q.sentStart, q.span.open, ctx.lex) : null);
  const res = cue ? resolveCue(ctx, pi, cue) : null;
  if (!res?.entity) return;
  st.prevSpeaker = res;
  ctx.lastSpeaker = res.entity;
}

/** The cues around quote span `k` and whether the quote stands as an utterance of its own. */
function aroundQuote(ctx: Ctx, pi: number, k: number, sentStart: number, closeEnd: number, held: Carry | null, text: string): Around {
  const p = ctx.paras[pi];
  const s = p.masked;
  const span = p.spans[k];
  const continuing = held !== null;
  const head = s.slice(sentStart, span.open).trim();
  const nextOpen = k + 1 < p.spans.length ? p.spans[k + 1].open : s.length;
  const before = head === '' || /:$/.test(head) || continuing;
  const cueA = cueAfter(s, closeEnd, nextOpen, ctx.lex);
  const cueB = before ? null : cueBefore(s, sentStart, span.open, ctx.lex);
  // A fronted adverbial before a quote that a cue closes (`Whatever the outcome, “…,” says X.`, `“…,” she said, but
  // despite it all, “…,” said Y.`) leaves it standalone.
  const adverbial = afterLastCue(ctx, head);
  const fronted = cueA !== null && /,$/.test(head) && adverbial !== '' && words(adverbial).length <= 8 && !isTitle(ctx, s, text, span.open);
  // Dash-led speech that goes on after its attribution (`– A – rekao je X – i B.`) stands as the speaker's too.
  const dashOn = k > 0 && span.openLen === 1 && /^[–—]/.test(s.slice(span.open));
  // `Po njenim rečima, „…“`, `Sipas tij: "…"`: a source phrase alone before the quote; it stands as its person's words.
  const sourceLead = !continuing && inWordsLead(head, ctx.lex);
  const standalone = before || cueB !== null || /^[–—-]\s*$/.test(s.slice(sentStart, span.open).trim()) || fronted || dashOn || sourceLead;
  return { span, sentStart, head, continuing, cueA, cueB, carriedColon: held ? (held.colon ?? null) : null, standalone, nextOpen, sourceLead };
}

/** What follows the last speech cue of a sentence head, past a conjunction (`she said, but| despite it,`); the head when it has none. */
function afterLastCue(ctx: Ctx, head: string): string {
  let after = -1;
  const re = scanFrom(regexesFor(ctx.lex).verb, 0);
  for (let m = re.exec(head); m; m = re.exec(head)) after = m.index + m[0].length;
  if (after < 0) return head;
  return head.slice(after).replace(/^[\s,]*(?:(?:but|and|yet|so|ali|a|i|por|dhe)\s+)?/iu, '');
}

/**
 * The person of a source phrase around a quote without its own cue: inserted before it (`Budžet je, kako
 * je navela, „…“`: that phrase's person, not the last speaker), or closing it (`“…,” according to X.`,
 * according-quote.ts).
 */
function sourcePhraseSpeaker(ctx: Ctx, pi: number, q: Around): Resolution | null {
  const s = ctx.paras[pi].masked;
  const after = q.span.close + q.span.closeLen;
  return inWordsBeforeQuote(ctx, pi, q.sentStart, q.span.open) ?? accordingAfterQuote(ctx, pi, after, sentenceEnd(s, after, s.length));
}

/** The speaker the quote's own cue names: after it, before it, or the subject of the colon before it. */
function cuedSpeaker(ctx: Ctx, pi: number, q: Around): Resolution | null {
  if (q.cueA) return resolveCue(ctx, pi, q.cueA);
  if (q.cueB) return resolveCue(ctx, pi, q.cueB);
  if (!/:$/.test(q.head) || q.continuing) return null;
  const c = cueBefore(ctx.paras[pi].masked, q.sentStart, q.span.open, ctx.lex);
  return c ? resolveCue(ctx, pi, c, pi === 0) : (headlineSubject(ctx, pi, q.head) ?? colonClauseSubject(ctx, pi, q.head, q.sentStart));
}

/**
 * The speaker of a quote that stands as an utterance, in order of evidence: its own cue after or before
 * it, a source phrase alone before it, a colon's subject, the previous quote's speaker in the paragraph,
 * a reporter named earlier in the paragraph, a colon that introduced a run-on quote, the article's last
 * speaker.
 */
function standaloneSpeaker(ctx: Ctx, pi: number, k: number, prevSpeaker: Resolution | null, q: Around, gender: Gender | null): [Resolution | null, number] {
  if (q.sourceLead && !q.cueA && !q.cueB) {
    // The phrase's pronoun names the speaker: nobody of its gender is nobody, not the last speaker.
    const own = inWordsBeforeQuote(ctx, pi, q.sentStart, q.span.open);
    return own ? [own, Confidence.CUE] : [null, Confidence.WEAK];
  }
  if (inscribed(ctx, pi, q)) return [null, Confidence.WEAK];
  let res = ownFrameSpeaker(ctx, pi, q);
  // Without a cue of its own, the quote goes to an earlier speaker whose gender its own words allow (`Izabran sam`: a man).
  const fits = (r: Resolution | null): Resolution | null => (r && !genderClash(r.entity, gender) ? r : null);
  if (!res && prevSpeaker) res = fits(prevSpeaker);
  // A quote that opens its sentence after one naming who acts (`Asked about it, Moss smiled. "…"`): they speak.
  if (!res && !q.cueA && !q.continuing && q.head === '') res = fits(previousSentenceSubject(ctx, pi, q));
  // Earlier in the same paragraph someone was named as reporting (`…, says X, a professor. "…"`): still them.
  if (!res && !q.cueA && !q.continuing) res = fits(paragraphSpeaker(ctx, pi, q.span.open));
  if (!res && q.carriedColon) res = fits(q.carriedColon);
  if (!res && ctx.colonSpeaker && (k === 0 || q.continuing)) res = fits(ctx.colonSpeaker);
  if (res) return [res, Confidence.CUE];
  if (!q.cueA && ctx.lastSpeaker && pi > 0 && !genderClash(ctx.lastSpeaker, gender))
    return [{ entity: ctx.lastSpeaker, role: null }, Confidence.PREVIOUS_SPEAKER];
  return [null, Confidence.WEAK];
}

/** The speaker the quote's own sentence names: its cue after or before it, a colon's subject, a source phrase. */
function ownFrameSpeaker(ctx: Ctx, pi: number, q: Around): Resolution | null {
  let res = cuedSpeaker(ctx, pi, q);
  if (!res && !q.cueA) res = sourcePhraseSpeaker(ctx, pi, q);
  return res;
}

/** True when the quote's own frame has a thing that carries words as its subject (`“…,” read a banner`, `A sign read: “…”`). */
function inscribed(ctx: Ctx, pi: number, q: Around): boolean {
  const s = ctx.paras[pi].masked;
  if (/:$/.test(q.head) && !q.continuing && inscriptionFrame(q.head, ctx.lex, true)) return true;
  if (q.span.close < 0) return false;
  const from = q.span.close + q.span.closeLen;
  const after = s.slice(from, sentenceEnd(s, from, s.length));
  const inner = s.slice(q.span.open + q.span.openLen, q.span.close);
  return (/^\s*(?:,\s*)?\p{Ll}/u.test(after) || /,\s*$/.test(inner)) && inscriptionFrame(after, ctx.lex);
}

/** Quote-marked words inside a sentence: a partial quote of the reporting clause's subject, or a characterisation. */
function inlineQuote(ctx: Ctx, pi: number, span: MarkSpan, a: number, b: number, text: string, nextOpen: number): void {
  const s = ctx.paras[pi].masked;
  // Words the subject denies saying (`denied ever saying that “…”`) are nobody's here: no quote.
  if (deniedAt(ctx, pi, sentenceStartOf(s, span.open, 0), span.open)) return;
  const nWords = words(text).length;
  const short = (nWords === 2 && inReportedContent(ctx, pi, span.open)) || (nWords <= 2 && /^\p{Ll}/u.test(text) && shortQuoteReported(ctx, pi, span.open));
  const usual = (nWords >= 3 || short) && !isTitle(ctx, s, text, span.open, span.close);
  const sentStart = sentenceStartOf(s, span.open, 0);
  // `Plan je, po njenim rečima, „…“`: an inserted source phrase right before the marks names the speaker.
  const res = usual ? (partialSpeaker(ctx, pi, sentStart, span.open, nextOpen) ?? inWordsBeforeQuote(ctx, pi, sentStart, span.open)) : null;
  if (res) addDraft(ctx, { kind: 'partial', paragraph: pi, start: a, end: b, text, speaker: res.entity, role: res.role, confidence: Confidence.REPORTED });
  else if (coordinatedPartial(ctx, pi, span.open, a, b, text)) return;
  else {
    const before = ctx.drafts.length;
    if (nWords >= 1 && /^\p{Ll}/u.test(text)) characterisationPartial(ctx, pi, span.open, a, b, text);
    // Words no frame of the sentence gave a speaker may still sit inside a report found later (reported-partial-en.ts).
    // In a headline a title-case quote is the headline's style, not a title: it waits for the headline's claim.
    const headline = (pi === 0 || isHeadlineLike(ctx.paras[pi])) && !headlineTitle(ctx, s, span.open, span.close);
    if (ctx.drafts.length === before && (usual || headline)) leaveUnplaced(ctx, { pi, open: span.open, a, b, text });
  }
}

/**
 * The person the index recorded as the subject of the sentence right before a quote's own sentence in its
 * paragraph (`Moss smiled. "…"`, `Reporters pressed her.` names nobody), when that sentence has no quote of its own.
 */
function previousSentenceSubject(ctx: Ctx, pi: number, q: Around): Resolution | null {
  const p = ctx.paras[pi];
  let j = q.sentStart - 1;
  while (j > 0 && !/[\p{L}\p{N}]/u.test(p.masked[j])) j--;
  if (j <= 0) return null;
  const prevStart = sentenceStartOf(p.masked, j, 0);
  if (p.spans.some((sp) => sp.open < q.sentStart && (sp.close < 0 || sp.close >= prevStart))) return null;
  const e = ctx.index.lastSubject(pos(pi, q.sentStart), ['person']);
  if (!e || !e.subjects.some((at) => at >= pos(pi, prevStart) && at < pos(pi, q.sentStart))) return null;
  return { entity: e, role: null };
}

/** The speaker of the last report (any kind) earlier in paragraph `pi` before offset `at`, if it names one. */
function paragraphSpeaker(ctx: Ctx, pi: number, at: number): Resolution | null {
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i];
    if (d.paragraph !== pi) break;
    if (d.start < at && d.speaker && d.speaker.kind !== 'anon') return { entity: d.speaker, role: d.role };
  }
  return null;
}
