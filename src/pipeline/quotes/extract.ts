/**
 * Article → quotes with speakers: direct quotes (every mark style, multi-paragraph, colon hand-off,
 * dash attribution, Serbian dash-led speech), partial quotes inside reported speech, indirect speech
 * (reported clauses, closing attributions, `according to`, `in his words`, `Name: claim` headlines,
 * question-and-answer interviews), attributed through a per-article entity index.
 */
import type { Article } from '../../model/article.js';
import type { Quote, QuoteKind } from '../../model/quote.js';
import type { Mention } from '../../model/watchlist.js';
import { fold } from '../text/fold.js';
import { EntityIndex, pos, type Entity, type Gender } from './entities.js';
import { buildIndex } from './index-builder.js';
import { detectLanguage, lexiconFor, type QuoteLexicon } from './lexicon/index.js';
import { addDashSpeech, prepareParagraph, type Paragraph } from './paragraph.js';
import { blankLead } from './lead.js';
import { closingCue, cueAfter, cueBefore, regexesFor, reportedClauses, sentenceEnd, type Cue } from './frames.js';
import { genderHint, nameRun, npIsh, resolveSubject, type Resolution } from './speakers.js';
import { startsWithOpener } from './marks.js';
import { scoreSalience } from './salience.js';
import { detectInterview } from './interview.js';
import { isSpace, trimSpan, words } from './text.js';
import { PARTICIPLES } from './lexicon/en.js';
import { orgHead, parseRole } from './roles.js';
import { labelIsSpeaker } from './headline-label.js';
import { orgNamedIn } from './org-in-sentence.js';
import { characterises } from './characterisation.js';
import { evaluations } from './evaluations.js';
import { continuesReport, namedAfter } from './afterwards.js';
import { cleanRole, cleanSpeakerName, nominativeName, roleInScript } from './role-text.js';

export interface ExtractOptions {
  /** The matcher's mentions for this article; quotes near them rank higher. */
  mentions?: Mention[];
}

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
}

interface Ctx {
  paras: Paragraph[];
  lex: QuoteLexicon;
  index: EntityIndex;
  drafts: Draft[];
  lastSpeaker: Entity | null;
  colonSpeaker: Resolution | null;
}

const vo = (p: Paragraph, a: number, b: number) => p.original.slice(p.view.map[a], p.view.map[b]);

function resolveCue(ctx: Ctx, pi: number, cue: Cue, lookahead = false): Resolution | null {
  const p = ctx.paras[pi];
  const gender: Gender | null = genderHint(cue.verbText, ctx.lex);
  const plural = /(?:^|\s)(su|say|tell|thanë|thonë|tvrde|kažu|navode|ističu|smatraju|dodaju|ocenjuju)(?:\s|$)|li(?:\s+su)?$|\bsu\s+\S+li\b/i.test(cue.verbText);
  // Passive report verbs name the source after them: `thuhet në reagimin e ambasadës`, `navodi se u saopštenju ministarstva`.
  if (/^(thuhet|theksohet|shkruhet|navodi se|saopšteno je|ističe se)$/i.test(cue.verbText.trim())) {
    const rest = p.masked.slice(cue.verb[1], sentenceEnd(p.masked, cue.verb[1], p.masked.length));
    const src = /(?:\s(?:e|të|i|iz|u saopštenju|in a statement by|by)\s+)([^,.;]+)/u.exec(rest);
    if (src) {
      const a = cue.verb[1] + src.index + src[0].length - src[1].length;
      const b = a + src[1].trim().length;
      const genitive = /^\s(?:u saopštenju|iz)\s/.test(src[0]) ? 'Iz ' : '';
      return resolveSubject({ text: genitive + p.view.text.slice(a, b), original: genitive + vo(p, a, b), at: pos(pi, b) }, ctx.index, ctx.lex, { gender, lookahead });
    }
  }
  if (cue.np) {
    let [a, b] = cue.np;
    // A coordinated predicate (`She called on … and said`, `X shared the post and added`): the sentence's subject.
    // A lower-case role noun after the verb (`– rekao je ministar.`) is a subject of its own.
    const npText = p.view.text.slice(a, b);
    // A bare organisation noun (`saopštio je centar`) is the organisation its own sentence names in full.
    if (/^\p{Ll}+$/u.test(npText.trim()) && orgHead(npText) && !parseRole(npText)) {
      const sentStart = Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked));
      const name = orgNamedIn(vo(p, sentStart, Math.min(a, cue.verb[0])), vo(p, a, b).trim());
      if (name) {
        const e = ctx.index.byName(name) ?? ctx.index.org(name, pos(pi, b), { type: orgHead(npText), subject: true });
        ctx.index.mention(e, pos(pi, b), true);
        return { entity: e, role: null };
      }
    }
    if (/(?:^|\s)(and|i|dhe|but)$/i.test(npText) || (/^\p{Ll}/u.test(npText) && !npText.includes(',') && !/\p{Lu}/u.test(npText) && !/^(the|a|an|this|he|she|on|ona|ai|ajo|one|several|some|many|iz|od|ovaj|ova|jedan|jedna)\b/i.test(npText) && !(parseRole(npText) && !plural))) {
      const sentStart = Math.max(sentenceStartOf(p.masked, cue.verb[0], 0), dateline(p.masked));
      const subj = ctx.lex.language === 'sr' ? serbianSubject(p.masked, sentStart, cue.verb[0]) ?? sentenceSubject(p.masked, sentStart) : sentenceSubject(p.masked, sentStart);
      if (subj) [a, b] = subj;
    }
    return resolveSubject({ text: p.view.text.slice(a, b), original: vo(p, a, b), at: pos(pi, b) }, ctx.index, ctx.lex, { gender, lookahead, plural });
  }
  // Serbian subject-less verb (`rekla je.`): the most recent person of that gender.
  const e = ctx.index.byPronoun(gender, pos(pi, cue.verb[0]));
  return e ? { entity: e, role: null } : null;
}

const NP_WORD = /^(?:the|a|an|of|for|to|in|at|and|e|i|të|në|van|von|de|der|\d+)$/i;

/** The subject noun phrase that opens a sentence (`Serbia's chief negotiator, Milena Obradović`, `She`). */
function sentenceSubject(s: string, start: number): [number, number] | null {
  const segs = s.slice(start).split(/(?<=,)/);
  let end = start;
  let off = start;
  for (const seg of segs) {
    const ws = [...seg.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)];
    let ok = 0;
    for (const w of ws) {
      const t = w[0];
      if (/^\p{Lu}/u.test(t) || NP_WORD.test(t) || parseRole(t) || /['’]s$/.test(t)) ok = w.index! + t.length;
      else break;
    }
    if (ok === 0) break;
    end = off + ok;
    if (ok < seg.replace(/,$/, '').trimEnd().length) break;
    off += seg.length;
  }
  return end > start ? [start, end] : null;
}

/** Serbian clause subject: everything before the first finite verb (`X obišla je …`, `X je …`). */
function serbianSubject(s: string, start: number, limit: number): [number, number] | null {
  const m = /\s(?:\p{L}+(?:o|la|li|le)\s+(?:je|su)|je|su)\s/u.exec(s.slice(start, limit));
  if (!m || m.index === 0) return null;
  return [start, start + m.index];
}

function addDraft(ctx: Ctx, d: Draft): void {
  ctx.drafts.push(d);
  if (d.speaker && d.kind !== 'partial') ctx.lastSpeaker = d.speaker;
}

/**
 * Extracts the quotes of an article.
 * @param article paragraphs[0] is the headline
 * @returns quotes in reading order; never throws on any text
 */
export function extractQuotes(article: Article, opts: ExtractOptions = {}): Quote[] {
  const language = article.language ?? detectLanguage(article.paragraphs.join('\n'));
  const lex = lexiconFor(language);
  const paras = article.paragraphs.map((t) => prepareParagraph(t ?? ''));
  paras.forEach((p, pi) => {
    blankLead(p, pi, lex);
    addDashSpeech(p, regexesFor(lex).verbAtStart);
  });
  const ctx: Ctx = { paras, lex, index: buildIndex(paras, lex), drafts: [], lastSpeaker: null, colonSpeaker: null };
  const interview = detectInterview(paras, ctx.index);
  let carry: { start: number; pi: number; texts: string[]; startOff: number } | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    if (interview?.questions.has(pi)) {
      carry = null;
      continue;
    }
    const st: DirectState = { k: 0, prevClose: 0, prevSpeaker: null, carry };
    if (pi === 0 || isHeadlineLike(p)) headlineClaim(ctx, pi);
    if (interview?.answers.has(pi)) directQuotes(ctx, pi, st, Infinity);
    const first = ctx.drafts.length;
    if (interview?.answers.has(pi)) interviewAnswer(ctx, pi, interview.speaker);
    else indirect(ctx, pi, st);
    directQuotes(ctx, pi, st, Infinity);
    if (ctx.drafts.length === first && !interview) reportContinues(ctx, pi);
    speakerNamedAfter(ctx, pi, first);
    carry = st.carry;
    ctx.colonSpeaker = /:\s*$/.test(p.masked) && pi > 0 ? colonIntro(ctx, pi) : null;
  }
  headlineSpeakers(ctx);
  return dropDuplicates(ctx.drafts).map((d) => toQuote(ctx, d, opts.mentions ?? []));
}

/** A verbless paragraph after `… – the ambassador said.` continues that report (see `continuesReport`). */
function reportContinues(ctx: Ctx, pi: number): void {
  const prev = ctx.drafts.filter((d) => d.paragraph === pi - 1);
  const report = prev.length === 1 && prev[0].kind === 'indirect' && prev[0].confidence === 0.65 ? prev[0] : null;
  const p = ctx.paras[pi];
  const verb = regexesFor(ctx.lex).verb;
  verb.lastIndex = 0;
  const hasVerb = verb.test(p.masked);
  verb.lastIndex = 0;
  if (!report || !continuesReport(ctx.paras, pi, hasVerb, report.start)) return;
  const [a, b] = trimSpan(p.view.text, 0, p.view.text.length, /[\s\u00a0.]/);
  addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: report.speaker, role: report.role, confidence: 0.5 });
}

/** Direct quotes of paragraph `pi` with no attribution take the speaker the next paragraph names (`That was the message of X.`). */
function speakerNamedAfter(ctx: Ctx, pi: number, first: number): void {
  const open = ctx.drafts.slice(first).filter((d) => d.kind === 'direct' && d.confidence <= 0.75);
  if (open.length === 0) return;
  const span = namedAfter(ctx.paras[pi + 1], ctx.lex.language);
  if (!span) return;
  const next = ctx.paras[pi + 1];
  const res = resolveSubject({ text: next.view.text.slice(span[0], span[1]), original: vo(next, span[0], span[1]), at: pos(pi + 1, span[1]) }, ctx.index, ctx.lex);
  if (!res?.entity) return;
  for (const d of open) {
    d.speaker = res.entity;
    d.role = res.role;
    d.confidence = 0.8;
  }
  ctx.lastSpeaker = res.entity;
}

/** A body paragraph that reads like a headline (digest items): short, no final full stop, `Name: claim`. */
function isHeadlineLike(p: Paragraph): boolean {
  const t = p.view.text.trim();
  return t.length < 160 && !/[.!?]["“”»]?$/.test(t) && /^[^:]{2,60}:\s+\S/.test(t);
}

function colonIntro(ctx: Ctx, pi: number): Resolution | null {
  const p = ctx.paras[pi];
  const s = p.masked.replace(/\s+$/, '');
  const sentStart = lastSentenceStart(s);
  const cue = cueBefore(s, sentStart, s.length, ctx.lex);
  if (cue) return resolveCue(ctx, pi, cue);
  return null;
}

function lastSentenceStart(s: string): number {
  let start = 0;
  for (let i = 0; i < s.length; ) {
    const e = sentenceEnd(s, i, s.length);
    if (e >= s.length) break;
    start = e;
    i = e;
  }
  return start;
}

interface Carry {
  /** The speaker a colon introduced just before the quote began. */
  colon?: Resolution | null;
  start: number;
  pi: number;
  texts: string[];
  startOff: number;
}

/** Progress through one paragraph's quote spans, so that quotes and reported clauses resolve in reading order. */
interface DirectState {
  k: number;
  prevClose: number;
  prevSpeaker: Resolution | null;
  carry: Carry | null;
  done?: boolean;
}

function directQuotes(ctx: Ctx, pi: number, st: DirectState, limit: number): void {
  if (st.done) return;
  const p = ctx.paras[pi];
  const s = p.masked;
  let prevClose = st.prevClose;
  let prevSpeaker = st.prevSpeaker;
  let carry = st.carry;
  const next = ctx.paras[pi + 1];
  for (; st.k < p.spans.length && p.spans[st.k].open < limit; st.k++) {
    const k = st.k;
    const span = p.spans[k];
    const a0 = span.open + span.openLen;
    const b0 = span.close < 0 ? s.length : span.close;
    const [a, b] = trimSpan(p.view.text, a0, b0);
    const text = vo(p, a, b);
    const continuing = carry !== null && k === 0 && s.slice(0, span.open).trim() === '';
    const runsOn = span.close < 0 && k === p.spans.length - 1 && next !== undefined && startsWithOpener(next.view.text);
    if (!continuing) carry = null;
    const sentStart = sentenceStartOf(s, span.open, prevClose);
    const head = s.slice(sentStart, span.open).trim();
    const nWords = words(text).length;
    const closeEnd = span.close < 0 ? s.length : span.close + span.closeLen;
    const nextOpen = k + 1 < p.spans.length ? p.spans[k + 1].open : s.length;
    if (runsOn) {
      carry = continuing && carry ? { ...carry, texts: [...carry.texts, text] } : { start: a, pi, texts: [text], startOff: a, colon: k === 0 ? ctx.colonSpeaker : null };
      prevClose = closeEnd;
      continue;
    }
    const fullTexts = continuing && carry ? [...carry.texts, text] : [text];
    const qpi = continuing && carry ? carry.pi : pi;
    const qStart = continuing && carry ? carry.startOff : a;
    const qEnd = continuing && carry ? ctx.paras[carry.pi].view.text.length : b;
    const carriedColon = continuing && carry ? carry.colon ?? null : null;
    carry = null;
    const before = head === '' || /:$/.test(head) || continuing;
    const cueA = cueAfter(s, closeEnd, nextOpen, ctx.lex);
    const cueB = before ? null : cueBefore(s, sentStart, span.open, ctx.lex);
    // A fronted adverbial before a quote that a cue closes (`Whatever the outcome, “…,” says X.`) leaves it standalone.
    const fronted = cueA !== null && /,$/.test(head) && words(head).length <= 8 && !isTitle(ctx, s, text, span.open) && !regexesFor(ctx.lex).verb.test(head);
    regexesFor(ctx.lex).verb.lastIndex = 0;
    const standalone = before || cueB !== null || dashLed(s, sentStart, span.open) || fronted;
    const total = fullTexts.join(' ');
    const totalWords = words(total).length;
    if (standalone && (totalWords >= 3 || cueA)) {
      let res: Resolution | null = null;
      let conf = 0.9;
      if (cueA) res = resolveCue(ctx, pi, cueA);
      else if (cueB) res = resolveCue(ctx, pi, cueB);
      else if (/:$/.test(head) && !continuing) {
        const c = cueBefore(s, sentStart, span.open, ctx.lex);
        res = c ? resolveCue(ctx, pi, c, pi === 0) : headlineSubject(ctx, pi, head);
      }
      if (!res && prevSpeaker) res = prevSpeaker;
      // Earlier in the same paragraph someone was named as reporting (`…, says X, a professor. "…"`): still them.
      if (!res && !cueA && !continuing) res = paragraphSpeaker(ctx, pi, span.open);
      if (!res && carriedColon) res = carriedColon;
      if (!res && ctx.colonSpeaker && (k === 0 || continuing)) res = ctx.colonSpeaker;
      if (!res && !cueA && ctx.lastSpeaker && pi > 0) {
        res = { entity: ctx.lastSpeaker, role: null };
        conf = 0.75;
      }
      if (!res) conf = 0.6;
      addDraft(ctx, { kind: 'direct', paragraph: qpi, start: qStart, end: qEnd, text: total, speaker: res?.entity ?? null, role: res?.role ?? null, confidence: conf });
      prevSpeaker = res;
    } else if (!standalone) {
      const usual = (nWords >= 3 || (nWords === 2 && inReportedContent(ctx, pi, span.open))) && !isTitle(ctx, s, text, span.open);
      const res = usual ? partialSpeaker(ctx, pi, sentenceStartOf(s, span.open, 0), span.open, nextOpen) : null;
      if (res) addDraft(ctx, { kind: 'partial', paragraph: pi, start: a, end: b, text, speaker: res.entity, role: res.role, confidence: 0.7 });
      else if (nWords >= 1 && /^\p{Ll}/u.test(text)) characterisationPartial(ctx, pi, span.open, a, b, text);
    }
    prevClose = closeEnd;
  }
  st.prevClose = prevClose;
  st.prevSpeaker = prevSpeaker;
  st.carry = carry;
  if (limit === Infinity) {
    st.done = true;
  }
}

/**
 * A phrase a speaker puts on something (`described the cut as “…”`, `accused the company of “…”`) is a
 * partial quote however short; its speaker is the subject before the frame (`The union| accused …`).
 * Adds nothing without a frame or when that subject is not a noun phrase naming someone.
 */
function characterisationPartial(ctx: Ctx, pi: number, open: number, a: number, b: number, text: string): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const sentStart = Math.max(sentenceStartOf(s, open, 0), pi <= 1 ? dateline(s) : 0);
  const rel = characterises(p.view.text.slice(sentStart, open).replace(/[\s"“”„«»'‘’]+$/u, ''), ctx.lex.language);
  if (rel < 0) return;
  const [x, y] = npSpan(s, sentStart, sentStart + rel);
  const np = p.view.text.slice(x, y);
  let res: Resolution | null = null;
  if (y > x && words(np).length <= 10 && (npIsh(np.split(',').pop() ?? '') || npIsh(np.split(',')[0]) || orgHead(np) || nameRun(np))) res = resolveSubject({ text: np, original: vo(p, x, y), at: pos(pi, y) }, ctx.index, ctx.lex);
  // Without a speaker of its own the quote is left to the evaluation frames (`described X as`, evaluations.ts).
  if (res?.entity) addDraft(ctx, { kind: 'partial', paragraph: pi, start: a, end: b, text, speaker: res.entity, role: res.role, confidence: 0.65 });
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

function dashLed(s: string, sentStart: number, open: number): boolean {
  return /^[–—-]\s*$/.test(s.slice(sentStart, open).trim());
}

function sentenceStartOf(s: string, at: number, floor: number): number {
  let start = floor;
  for (let i = floor; i < at; ) {
    const e = sentenceEnd(s, i, at);
    if (e >= at) break;
    start = e;
    i = e;
  }
  while (start < at && isSpace(s[start])) start++;
  return start;
}

/** Scare quotes, titles, names: title case, or a naming word right before the mark. */
function isTitle(ctx: Ctx, s: string, text: string, open: number): boolean {
  const ws = words(text);
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w) || /^\d/.test(w)).length;
  if (ws.length <= 5 && caps >= Math.ceil(ws.length * 0.6)) return true;
  const before = fold(s.slice(Math.max(0, open - 40), open)).trim();
  const lastWords = before.split(/\s+/).slice(-3).join(' ');
  return ctx.lex.titleCues.some((c) => new RegExp(`(^|\\s)${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(lastWords) || lastWords.endsWith(c)) || /\b(the word|the term|so-called|tzv|takozvan)\s*$/.test(before);
}

function partialSpeaker(ctx: Ctx, pi: number, sentStart: number, open: number, limit: number): Resolution | null {
  const p = ctx.paras[pi];
  const s = p.masked;
  const end = sentenceEnd(s, open, s.length);
  // A partial quote inside reported content belongs to the reporting clause's subject.
  // The first (main) reporting clause whose content starts before the quote: its subject reports the whole sentence.
  const host = reportedClauses(s, sentStart, end, ctx.lex).find((r) => r.content[0] <= open && r.np);
  if (host) return resolveCue(ctx, pi, host);
  const re = regexesFor(ctx.lex).verb;
  re.lastIndex = sentStart;
  const m = re.exec(s);
  if (m && m.index < end) {
    const cue = cueAfter(s, m.index, m.index, ctx.lex);
    void cue;
    const np = s.slice(sentStart, m.index).trim();
    if (np) {
      const c: Cue = { verb: [m.index, m.index + m[0].length], np: npSpan(s, sentStart, m.index), verbText: m[0] };
      return resolveCue(ctx, pi, c);
    }
    const c = cueAfter(s, m.index - 1 < 0 ? 0 : m.index, limit, ctx.lex);
    if (c) return resolveCue(ctx, pi, c);
  }
  // `According to X, … „…“` and sentences led by a pronoun or name with another verb (`She called on …`).
  const lead = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|he|she|on|ona|ai|ajo)\s/iu.exec(s.slice(sentStart));
  if (lead && open > sentStart + lead[0].length) {
    const t = lead[1];
    const single = !/\s/.test(t);
    if (ctx.lex.pronouns.m.includes(t.toLowerCase()) || ctx.lex.pronouns.f.includes(t.toLowerCase()) || (single && ctx.index.byName(t))) {
      return resolveSubject({ text: t, original: vo(p, sentStart, sentStart + t.length), at: pos(pi, sentStart) }, ctx.index, ctx.lex);
    }
  }
  void limit;
  return null;
}

/**
 * True when the mark at `open` sits inside the content of a reported clause with a subject
 * (`rekao je da je situacija »pod kontrolom«`): there a two-word quote is the speaker's words, not a scare quote.
 */
const TWO_WORD_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'so', 'called', 'tzv', 'takozvani', 'takozvana', 'ovaj', 'ova', 'ovo', 'taj', 'ta', 'to', 'njegov', 'njen', 'njihov', 'ky', 'kjo', 'këto', 'keto', 'te']);

function inReportedContent(ctx: Ctx, pi: number, open: number): boolean {
  const s = ctx.paras[pi].masked;
  // A determiner or a determiner + modifier before the mark makes it a noun phrase someone else's
  // label is put on (`react to the intensified „false news“`): a scare quote.
  const before = fold(s.slice(Math.max(0, open - 40), open)).split(/\s+/).filter(Boolean).slice(-2);
  if (before.some((w) => TWO_WORD_DETERMINERS.has(w))) return false;
  const start = sentenceStartOf(s, open, 0);
  return reportedClauses(s, start, sentenceEnd(s, open, s.length), ctx.lex).some((r) => r.np !== null && r.content[0] <= open && open < r.content[1] + 2);
}

/**
 * Drops duplicates: two items of one paragraph with the same words (`said „all options remain open“`
 * gives a partial and an indirect of the same words) are one report; direct beats partial beats
 * indirect (the marks say more than the frame). An indirect item that says more than its partial
 * quote is kept: it is a report of its own.
 */
function dropDuplicates(drafts: Draft[]): Draft[] {
  // A draft is a duplicate when another draft of the same paragraph, of a stronger kind (direct >
  // partial > indirect), has exactly the same set of folded words. Grouping by (paragraph, word set)
  // keeps this linear in the number of drafts (the pairwise comparison it replaces was quadratic and
  // took seconds on one long paragraph; issue 20). Drafts without words are never duplicates.
  const rank: Record<QuoteKind, number> = { direct: 0, partial: 1, indirect: 2 };
  const keys = drafts.map((d) => {
    const set = [...new Set(words(fold(d.text)))].sort();
    return set.length === 0 ? null : `${d.paragraph}\u0000${set.join(' ')}`;
  });
  const best = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k !== null) best.set(k, Math.min(best.get(k) ?? Infinity, rank[drafts[i].kind]));
  });
  return drafts.filter((d, i) => keys[i] === null || rank[d.kind] <= best.get(keys[i]!)!);
}

function npSpan(s: string, start: number, end: number): [number, number] {
  let a = start;
  const head = s.slice(start, end);
  const lead = /^(?:(?:when|after|before|while|asked|speaking|commenting|during|pas|posle|nakon|upitan|upitana|kada)\b[^,]*,\s*)+/iu.exec(head);
  if (lead) a += lead[0].length;
  let b = end;
  while (b > a && /[\s,]/.test(s[b - 1])) b--;
  const t = s.slice(a, b).replace(/\s+(je|su|has|had|also)$/i, '');
  return [a, a + t.length];
}

function headlineSubject(ctx: Ctx, pi: number, head: string): Resolution | null {
  const p = ctx.paras[pi];
  const np = head.replace(/:$/, '').split(/[;,]\s*/).pop() ?? '';
  const at = p.masked.lastIndexOf(np);
  return resolveSubject({ text: leadingNp(np), original: vo(p, at, at + leadingNp(np).length), at: pos(pi, at) }, ctx.index, ctx.lex, { lookahead: true });
}

/** The leading noun phrase of a headline subject (`Russian Embassy responds to Selimi` → `Russian Embassy`). */
function leadingNp(np: string): string {
  const m = /^(.*?)\s+(?:responds|reacts|replies|says|warns|urges|to|in|u|në|na|pred)\s/iu.exec(np);
  return (m ? m[1] : np).trim();
}

const LABELS = /^(foto|photo|photos|video|izvor|source|read more|procitajte|procitajte jos|update|breaking|live|watch|analysis|opinion|interview|intervju|komentar|analiza|kolumna|editorial|uvodnik|lajm|opinion|foto\/video|galerija|gallery|audio|podcast|exclusive|ekskluzivno)$/;

function headlineClaim(ctx: Ctx, pi: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const parts = s.split(/;\s*/);
  let offset = 0;
  for (const part of parts) {
    const m = /^([^:„“"«»]{2,60}):\s+(?![„“"«»‘'])(.+)$/u.exec(part);
    if (m) {
      const npText = m[1];
      const lead = leadingNp(npText);
      // Labels are not speakers (`Foto: Reuters/John Smith`, `VIDEO: …`, `Analiza: …`).
      if (LABELS.test(fold(lead))) {
        offset += part.length + 1;
        continue;
      }
      const at = offset;
      let a = offset + m[0].length - m[2].length;
      let b = offset + part.length;
      b = a + m[2].replace(/\s*\([^)]*\)\s*$/, '').replace(/[\s.]+$/, '').length;
      [a, b] = trimSpan(p.view.text, a, b);
      // Places, routes and topics label headlines too: check before the label can register as a speaker.
      if (!labelIsSpeaker(lead, ctx.index.byName(lead) ?? null, ctx.paras, pi)) {
        offset += part.length + 1;
        continue;
      }
      const res = resolveSubject({ text: lead, original: vo(p, at, at + lead.length), at: pos(pi, at) }, ctx.index, ctx.lex, { lookahead: true });
      if (words(m[2]).length >= 3 && (res?.entity || parseRole(lead))) {
        addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.7 });
      } else if (words(m[2]).length >= 3 && /,\s*\S+\s+(say|says|said)$/.test(m[2].replace(/\s*\([^)]*\)\s*$/, ''))) {
        // handled as closing attribution below
      }
    }
    offset += part.length + 1;
  }
}

/** Resolves headline direct quotes to the speaker of the body quote that repeats them. */
function headlineSpeakers(ctx: Ctx): void {
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

function indirect(ctx: Ctx, pi: number, st: DirectState): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  let i = 0;
  const datelineEnd = pi <= 1 ? dateline(s) : 0;
  let runStart = datelineEnd;
  while (i < s.length) {
    const start = Math.max(i, datelineEnd);
    let end = sentenceEnd(s, start, s.length);
    if (end <= start) end = s.length;
    const sentFirst = ctx.drafts.length;
    directQuotes(ctx, pi, st, end);
    const before = ctx.drafts.length;
    const sentence = s.slice(start, end);
    const hasQuote = p.spans.some((sp) => sp.open >= start && sp.open < end);
    // According to X, … / In his words, …
    sourcePhrase(ctx, pi, start, end);
    if (ctx.drafts.length === before) {
      for (const r of reportedClauses(s, start, end, ctx.lex)) {
        const res = r.np ? resolveCue(ctx, pi, r) : resolveCue(ctx, pi, { ...r, np: null });
        const [a, b] = trimSpan(p.view.text, r.content[0], r.content[1]);
        if (words(p.view.text.slice(a, b)).length < 3) continue;
        addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.7 });
      }
    }
    if (ctx.drafts.length === before && !hasQuote) {
      const c = closingCue(s, start, end, ctx.lex);
      if (c) {
        const res = resolveCue(ctx, pi, c);
        const [a, b] = trimSpan(p.view.text, runStart, c.contentEnd);
        if (words(p.view.text.slice(a, b)).length >= 4 && !npIsh(p.view.text.slice(a, b)) && !roleLead(p.view.text.slice(a, b))) addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.65 });
      }
    }
    participleFrames(ctx, pi, start, end, sentFirst);
    nounComplements(ctx, pi, start, end);
    evaluationFrames(ctx, pi, start, end);
    // A sentence with a verb or a quote ends the run of unattributed sentences a closing cue may take.
    if (ctx.drafts.length !== before || hasQuote || regexesFor(ctx.lex).verb.test(sentence.replace(/q+/g, ''))) runStart = end;
    regexesFor(ctx.lex).verb.lastIndex = 0;
    i = end;
    while (i < s.length && isSpace(s[i])) i++;
    if (runStart < i && ctx.drafts.length !== before) runStart = i;
    if (hasQuote || ctx.drafts.length !== before) runStart = Math.max(runStart, i);
  }
}

/**
 * True when the text before a closing cue opens with a role phrase that is the subject's apposition
 * (`The Russian ambassador to Serbia, Alexander B.-K., said`), not reported content. A long clause that
 * merely mentions a role noun (`Ambulanta … nema dežurnog lekara tokom noći, potvrdila je …`) is content.
 */
function roleLead(text: string): boolean {
  const seg = text.split(',')[0];
  return parseRole(seg) !== null && words(seg).length <= 8;
}

/**
 * Participle clauses that report speech for the sentence's subject: `…, warning that X.`,
 * `While emphasizing that X, the ambassador …`, `…, he added, noting that X.` (English).
 */
function participleFrames(ctx: Ctx, pi: number, start: number, end: number, firstDraft: number): void {
  if (ctx.lex.language !== 'en') return;
  const p = ctx.paras[pi];
  const s = p.masked;
  const re = new RegExp(`(^|,\\s+|\\b(?:while|after|before)\\s+)(${[...PARTICIPLES, 'warning'].join('|')})\\s+that\\s+`, 'giu');
  re.lastIndex = start;
  for (let m = re.exec(s); m && m.index < end; m = re.exec(s)) {
    if (m.index < start) continue;
    const from = m.index + m[0].length;
    // Already reported by a clause of this sentence?
    if (ctx.drafts.slice(firstDraft).some((d) => d.paragraph === pi && d.start <= from && from < d.end + 2)) continue;
    const fronted = m.index === start || /^(while|after|before)/i.test(m[1].trim());
    let to = fronted ? s.indexOf(',', from) : sentenceEnd(s, from, end);
    if (to < 0 || to > end) to = end;
    const [a, b] = trimSpan(p.view.text, from, to, /[\s\u00a0,;:.–—-]/);
    if (words(p.view.text.slice(a, b)).length < 3) continue;
    const own = ctx.drafts.slice(firstDraft).find((d) => d.paragraph === pi && d.speaker);
    let res: Resolution | null = own ? { entity: own.speaker, role: own.role } : null;
    if (!res) {
      const subj = fronted ? sentenceSubject(s, Math.min(end, to + 1) + (s.slice(to + 1).length - s.slice(to + 1).trimStart().length)) : sentenceSubject(s, start);
      if (subj) res = resolveSubject({ text: p.view.text.slice(subj[0], subj[1]), original: vo(p, subj[0], subj[1]), at: pos(pi, subj[1]) }, ctx.index, ctx.lex);
    }
    addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.6 });
  }
}

const NOUN_COMPLEMENT = /(?<!,\s)\b(?:claims?|allegations?|tweet|post|statement|warnings?|assessment|announcement|assurances?|tvrdnj[aeiu]|izjav[aeiu]|deklarat[aëe]n?)\s+(?:(?:of|by|from|od|iz|të|e)\s+([^,.;:]{2,70}?)\s+)?(?:that|da|se)\s+/giu;

/** Reports named by a noun (`claims by Western officials that X`, `the tweet of X that Y`): the source or null. */
function nounComplements(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  NOUN_COMPLEMENT.lastIndex = start;
  for (let m = NOUN_COMPLEMENT.exec(s); m && m.index < end; m = NOUN_COMPLEMENT.exec(s)) {
    const from = m.index + m[0].length;
    if (ctx.drafts.some((d) => d.paragraph === pi && d.start <= from && from < d.end)) continue;
    let to = sentenceEnd(s, from, end);
    const br = regexesFor(ctx.lex).breaks.exec(s.slice(from, to));
    if (br) to = from + br.index;
    const comma = s.slice(from, to).search(/,\s+(?:the|a|an)\s+\p{Ll}+\s+\p{Ll}+(?:ed|said|added)\b|,\s+(?:calling|describing)\b/u);
    if (comma >= 0) to = from + comma;
    const [a, b] = trimSpan(p.view.text, from, to, /[\s\u00a0,;:.–—-]/);
    if (words(p.view.text.slice(a, b)).length < 3) continue;
    let res: Resolution | null = null;
    if (m[1]) {
      const na = m.index + m[0].indexOf(m[1]);
      res = resolveSubject({ text: m[1], original: vo(p, na, na + m[1].length), at: pos(pi, na) }, ctx.index, ctx.lex);
    }
    addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.5 });
  }
}

/** Evaluations without quote marks (`što su advokati ocenili kao …`, `described the move as …`): the subject's words. */
function evaluationFrames(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  for (const ev of evaluations(s, start, end, ctx.lex.language)) {
    const [a, b] = trimSpan(p.view.text, ev.content[0], ev.content[1]);
    if (ctx.drafts.some((d) => d.paragraph === pi && d.start <= a && a < d.end)) continue;
    if (p.spans.some((sp) => sp.open >= a && sp.open < b)) continue;
    let res: Resolution | null = null;
    if (ev.np) {
      // The subject inside the frame (`što su [advokati porodica] ocenili`) is the speaker itself.
      const [x, y] = ev.np;
      res = resolveSubject({ text: p.view.text.slice(x, y), original: vo(p, x, y), at: pos(pi, y) }, ctx.index, ctx.lex, { gender: genderHint(ev.verbText, ctx.lex), plural: /(?:li|le|uan|ën)$/.test(ev.verbText) });
    } else {
      const cue: Cue = { verb: ev.verb, np: npSpan(s, start, ev.subjectEnd), verbText: ev.verbText };
      if (cue.np && cue.np[1] > cue.np[0]) res = resolveCue(ctx, pi, cue);
    }
    addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.55 });
  }
}

/** Where a paragraph's words start: its dateline, label or byline is blanked out of the masked text (`lead.ts`). */
function dateline(s: string): number {
  return s.length - s.trimStart().length;
}

function sourcePhrase(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const re = regexesFor(ctx.lex);
  const seg = s.slice(start, end);
  const w = new RegExp(`^${re.inWords.source}`, 'iu').exec(seg);
  if (w) {
    const g: Gender | null = /\b(her|njenim|saj)\b/i.test(w[0]) ? 'f' : /\b(his|njegovim|tij)\b/i.test(w[0]) ? 'm' : null;
    const e = ctx.index.byPronoun(g, pos(pi, start)) ?? ctx.lastSpeaker;
    const [a, b] = trimSpan(p.view.text, start + w[0].length, end, /[\s\u00a0,;:.–—-]/);
    addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: e ?? null, role: null, confidence: 0.7 });
    return;
  }
  const acc = new RegExp(`^${re.according.source}`, 'iu').exec(seg);
  if (!acc) {
    closingAccording(ctx, pi, start, end);
    return;
  }
  {
    const rest = seg.slice(acc[0].length);
    const comma = rest.search(/,\s/);
    if (comma < 0 || comma > 80) return;
    let npText = rest.slice(0, comma);
    let contentFrom = start + acc[0].length + comma + 1;
    // `According to his spokesperson, Anna Berg, he will …`
    const app = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s/u.exec(s.slice(contentFrom));
    if (app && parseRole(npText)) {
      npText = app[1];
      contentFrom = contentFrom + app[0].length;
    }
    const npStart = s.indexOf(npText, start);
    const obl = npText.trim().toLowerCase();
    let res: Resolution | null;
    if (ctx.lex.obliquePronouns.m.includes(obl) || ctx.lex.obliquePronouns.f.includes(obl) || ['him', 'her', 'tij', 'saj', 'njemu', 'njoj'].includes(obl)) {
      const g: Gender = ctx.lex.obliquePronouns.f.includes(obl) || obl === 'her' || obl === 'saj' || obl === 'njoj' ? 'f' : 'm';
      const e = ctx.index.byPronoun(g, pos(pi, start));
      res = { entity: e ?? null, role: null };
    } else {
      // Serbian `Prema rečima Uprave za …`: the source is in the genitive; an institution named so is put back in
      // the nominative (`Uprava za vanredne situacije`), as after `iz` (see resolveSubject).
      const genitive = ctx.lex.language === 'sr' && orgHead(npText) && /(?:recima|navodima|podacima|saopstenju|izjavi|oceni|proceni)\s*$/.test(fold(acc[0])) ? 'Iz ' : '';
      res = resolveSubject({ text: genitive + npText, original: genitive + vo(p, npStart, npStart + npText.length), at: pos(pi, npStart) }, ctx.index, ctx.lex);
    }
    const [a, b] = trimSpan(p.view.text, contentFrom, end, /[\s\u00a0,;:.–—-]/);
    if (words(p.view.text.slice(a, b)).length >= 3) addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.7 });
  }
}

/**
 * A source named after the report (`The figure excludes rent, according to the ministry.`, `…, prema
 * rečima direktora.`): the clause before the comma is the source's. Only in a sentence without quote
 * marks, and only when the source is a short noun phrase that ends the sentence.
 */
function closingAccording(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  if (p.spans.some((sp) => sp.open >= start && sp.open < end)) return;
  const seg = s.slice(start, end);
  const re = new RegExp(`,\\s*${regexesFor(ctx.lex).according.source}([^,;:]{2,80}?)[.!]?\\s*$`, 'iu');
  const m = re.exec(seg);
  if (!m) return;
  const srcText = m[m.length - 1];
  const a0 = start + m.index + m[0].lastIndexOf(srcText);
  const [a, b] = trimSpan(p.view.text, start, start + m.index, /[\s\u00a0,;:.–—-]/);
  if (words(p.view.text.slice(a, b)).length < 4) return;
  const res = resolveSubject({ text: p.view.text.slice(a0, a0 + srcText.length), original: vo(p, a0, a0 + srcText.length), at: pos(pi, a0) }, ctx.index, ctx.lex);
  addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker: res?.entity ?? null, role: res?.role ?? null, confidence: 0.65 });
}

function interviewAnswer(ctx: Ctx, pi: number, speaker: Entity | null): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const label = /^\s*(?:A|O|Odgovor|Përgjigje)\s*:\s*/u.exec(s);
  let runStart = label ? label[0].length : 0;
  let i = runStart;
  const flush = (to: number) => {
    const [a, b] = trimSpan(p.view.text, runStart, to, /[\s\u00a0]/);
    if (words(p.view.text.slice(a, b)).length >= 2) addDraft(ctx, { kind: 'indirect', paragraph: pi, start: a, end: b, text: vo(p, a, b), speaker, role: null, confidence: 0.8 });
  };
  while (i < s.length) {
    const end = sentenceEnd(s, i, s.length);
    const hasQuote = p.spans.some((sp) => sp.open >= i && sp.open < end);
    if (hasQuote) {
      flush(i);
      runStart = end;
    }
    i = end;
    while (i < s.length && isSpace(s[i])) i++;
  }
  flush(s.length);
  if (speaker) ctx.lastSpeaker = speaker;
}

function toQuote(ctx: Ctx, d: Draft, mentions: Mention[]): Quote {
  const p = ctx.paras[d.paragraph];
  const start = p.view.map[d.start];
  const end = p.view.map[d.end];
  const name = d.speaker && d.speaker.kind !== 'anon' ? d.speaker.name : null;
  const speaker = name === null ? null : nominativeName(cleanSpeakerName(name), ctx.paras);
  const clean = cleanRole(d.role) ?? cleanRole(d.speaker?.roles[0]?.text ?? null);
  const role = clean === null ? null : roleInScript(clean, ctx.paras, d.paragraph);
  const q: Quote = { kind: d.kind, text: d.text, speaker, speakerRole: role, paragraph: d.paragraph, start, end, confidence: d.confidence, salience: 0 };
  q.salience = scoreSalience(q, { mentions, paragraphs: ctx.paras.length });
  void orgHead;
  return q;
}
