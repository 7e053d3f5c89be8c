/**
 * Source phrases: `In his words, …` (the last person of that gender), `According to X, …` (X, with an
 * apposition name after a role: `According to his spokesperson, Anna Berg, …`), and a source named after
 * the report (`The figure excludes rent, according to the ministry.`).
 */
import { sourceNameStart } from './according-source.js';
import { fold } from '../text/fold.js';
import { addSpan, vo, type Ctx } from './context.js';
import { pos, type Gender } from './entities.js';
import { Confidence } from './confidence.js';
import { regexesFor, reportedClauses } from './frames.js';
import { allLexicons, type QuoteLexicon } from './lexicon/index.js';
import { orgHead, parseRole } from './roles.js';
import { resolveSubject, type Resolution } from './speakers.js';
import { escapeRe, trimSpan, words } from './text.js';
import { enClauseWords } from './lexicon/en.js';

const TRAIL = /[\s\u00a0,;:.–—-]/;
/** Languages where a source phrase before a whole report (`Sipas X, Y tha se …`) leaves the report to Y. */
const RELAYED_REPORT = new Set(['sr', 'sq']);
/** Oblique pronouns of every language by gender (`her`, `njoj`, `saj`; `him`, `njemu`, `tij`). */
const OBLIQUE_F = new Set(allLexicons.flatMap((l) => l.obliquePronouns.f));
const OBLIQUE_M = new Set(allLexicons.flatMap((l) => l.obliquePronouns.m));

/**
 * The anchored source-phrase patterns of a lexicon (`In his words`, `According to` opening a sentence;
 * `…, according to X.` closing one), built once per lexicon: they were built for every sentence.
 */
function sourcePatterns(lex: QuoteLexicon): { inWords: RegExp; according: RegExp; closing: RegExp } {
  let got = sourcePatternMemo.get(lex);
  if (got === undefined) {
    const re = regexesFor(lex);
    got = {
      inWords: new RegExp(`^${re.inWords.source}`, 'iu'),
      according: new RegExp(`^${re.according.source}`, 'iu'),
      closing: new RegExp(`,\\s*${re.according.source}([^,;:–—]{2,80}?)${sourceTail(lex)}[.!]?\\s*$`, 'iu'),
    };
    sourcePatternMemo.set(lex, got);
  }
  return got;
}

const sourcePatternMemo = new WeakMap<QuoteLexicon, { inWords: RegExp; according: RegExp; closing: RegExp }>();

/** The source phrase frames of one sentence [start, end) of paragraph `pi`. */
export function sourcePhrase(ctx: Ctx, pi: number, start: number, end: number): void {
  const s = ctx.paras[pi].masked;
  const re = sourcePatterns(ctx.lex);
  const seg = s.slice(start, end);
  const w = re.inWords.exec(seg);
  if (w && !namedAside(ctx.lex, w[0], seg.slice(w[0].length))) return inWords(ctx, pi, start, end, w[0]);
  const acc = re.according.exec(seg);
  if (acc) according(ctx, pi, start, end, acc[0]);
  else if (!midAccording(ctx, pi, start, end)) closingAccording(ctx, pi, start, end);
}

/**
 * Serbian `Kako je navela Kancelarija za KiM, …`: an aside phrase that is also a source phrase (`kako je
 * navela`) and is followed, with no comma, by a capitalised noun phrase and a comma names its source; it is
 * read as `Prema rečima X, …`, not as the subject-less `Kako je navela, …` (the last speaker's).
 */
function namedAside(lex: QuoteLexicon, phrase: string, rest: string): boolean {
  const bare = phrase.trim().toLowerCase();
  return lex.accordingTo.some((a) => a.toLowerCase() === bare) && /^\p{Lu}[^,;:.!?„“”"«»]{0,78},\s/u.test(rest);
}

const midMemo = new WeakMap<QuoteLexicon, RegExp>();
/** Lower-case words that open a closing source's apposition or relative clause (`a`, `the`, `who`). */
function tailOpeners(lex: QuoteLexicon): Set<string> {
  let got = tailMemo.get(lex);
  if (got === undefined) {
    got = new Set([...lex.cues.appositionIndefinites, ...lex.definites, ...lex.cues.relativeWords].map((w) => w.toLowerCase()));
    tailMemo.set(lex, got);
  }
  return got;
}
const tailMemo = new WeakMap<QuoteLexicon, Set<string>>();

/** Words that open a fronted adverbial (a preposition or subordinator) rather than the report's subject. */
const ADVERBIAL_LEAD = new Set([...enClauseWords.notAfterSubject, ...enClauseWords.subordinators]);

/**
 * English: a source phrase set off by commas inside the report (`The board, according to Roe, has never
 * published the contract.`): the sentence is the source's, from its start, or after the phrase when what
 * precedes is a fronted adverbial (`In May, according to Roe, the pier closed.`). Only in a sentence
 * without quote marks (quoted words are read by the partial frames). Returns whether it reported.
 */
function midAccording(ctx: Ctx, pi: number, start: number, end: number): boolean {
  if (ctx.lex.language !== 'en') return false;
  const p = ctx.paras[pi];
  const s = p.masked;
  if (p.spans.some((sp) => sp.open >= start && sp.open < end)) return false;
  let re = midMemo.get(ctx.lex);
  if (re === undefined) {
    re = new RegExp(`,\\s*${regexesFor(ctx.lex).according.source}([^,;:–—]{2,60}?),\\s+(?=\\p{Ll})`, 'iu');
    midMemo.set(ctx.lex, re);
  }
  const m = re.exec(s.slice(start, end));
  if (!m) return false;
  const lead = s
    .slice(start, start + m.index)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (lead.length === 0) return false;
  // `…, according to Roe, a harbour strategist.`, `…, according to X, taking a step …`: a closing source with its tail.
  const adverbial = ADVERBIAL_LEAD.has(lead[0].toLowerCase());
  const next = /^\s*(\p{Ll}+)/u.exec(s.slice(start + m.index + m[0].length - 1))?.[1] ?? '';
  if (!adverbial && (tailOpeners(ctx.lex).has(next) || /ing$/.test(next))) return false;
  const srcText = m[1].slice(sourceNameStart(m[1], ctx.lex.language)).trim();
  const a0 = start + m.index + m[0].indexOf(m[1]) + m[1].indexOf(srcText);
  const after = start + m.index + m[0].length;
  const [a, b] = trimSpan(p.view.text, adverbial ? after : start, end, TRAIL);
  if (words(p.view.text.slice(after, b)).length < 3) return false;
  const res = resolveSubject(
    { text: p.view.text.slice(a0, a0 + srcText.length), original: vo(p, a0, a0 + srcText.length), at: pos(pi, a0) },
    ctx.index,
    ctx.lex,
  );
  addSpan(ctx, pi, a, b, 'indirect', res, Confidence.REPORTED);
  return true;
}

/** `In his words, …`, `Po njenim rečima, …`: the most recent person of the pronoun's gender, else the last speaker. */
function inWords(ctx: Ctx, pi: number, start: number, end: number, phrase: string): void {
  const p = ctx.paras[pi];
  const ws = fold(phrase).split(/[\s,]+/);
  const g: Gender | null = ws.some((x) => OBLIQUE_F.has(x)) ? 'f' : ws.some((x) => OBLIQUE_M.has(x)) ? 'm' : null;
  const e = ctx.index.byPronoun(g, pos(pi, start)) ?? ctx.lastSpeaker;
  const [a, b] = trimSpan(p.view.text, start + phrase.length, end, TRAIL);
  addSpan(ctx, pi, a, b, 'indirect', { entity: e ?? null, role: null }, Confidence.REPORTED);
}

/** `According to X, …`: the clause after the comma is X's. */
function according(ctx: Ctx, pi: number, start: number, end: number, phrase: string): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  const rest = s.slice(start + phrase.length, end);
  const comma = rest.search(/,\s/);
  if (comma < 0 || comma > 80) return;
  let npText = rest.slice(0, comma);
  let contentFrom = start + phrase.length + comma + 1;
  // `According to his spokesperson, Anna Berg, he will …`; the apposition may carry a role of its own
  // (`Prema rečima Petrovićevog branioca, advokata Marka Ilića, …`, `According to X's lawyer, attorney Mark Evans, …`).
  const app = /^\s*((?:\p{Ll}[\p{L}'’-]*\s+){0,3})(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s/u.exec(s.slice(contentFrom));
  if (app && (app[1].trim() ? parseRole(app[1]) !== null : parseRole(npText) !== null)) {
    npText = app[2];
    contentFrom = contentFrom + app[0].length;
  }
  npText = npText.slice(sourceNameStart(npText, ctx.lex.language));
  // Serbian/Albanian `Sipas KosovaPress, ministri X tha se …`: the outlet relays X's report; the clause is X's.
  if (RELAYED_REPORT.has(ctx.lex.language) && reportedClauses(s, contentFrom, end, ctx.lex).some((r) => r.np !== null)) return;
  const npStart = s.indexOf(npText, start);
  const obl = npText.trim().toLowerCase();
  let res: Resolution | null;
  if (OBLIQUE_F.has(obl) || OBLIQUE_M.has(obl)) {
    const e = ctx.index.byPronoun(OBLIQUE_F.has(obl) ? 'f' : 'm', pos(pi, start));
    res = { entity: e ?? null, role: null };
  } else {
    // Serbian `Prema rečima Uprave za …`: the source is in the genitive; an institution named so is put back in
    // the nominative (`Uprava za vanredne situacije`), as after `iz` (see resolveSubject).
    const genitive =
      ctx.lex.language === 'sr' && orgHead(npText) && /(?:recima|navodima|podacima|saopstenju|izjavi|oceni|proceni)\s*$/.test(fold(phrase)) ? 'Iz ' : '';
    res = resolveSubject({ text: genitive + npText, original: genitive + vo(p, npStart, npStart + npText.length), at: pos(pi, npStart) }, ctx.index, ctx.lex);
  }
  const [a, b] = trimSpan(p.view.text, contentFrom, end, TRAIL);
  if (words(p.view.text.slice(a, b)).length >= 3) addSpan(ctx, pi, a, b, 'indirect', res, Confidence.REPORTED);
}

/**
 * English: what may follow a closing source before the sentence ends, none of it reported: the source's
 * apposition or relative clause (`, an advocacy group`, `, which tracks …`), a participle clause of the
 * main clause (`, taking a step toward …`) or a dash aside (`– half a point of output`). ADR 0134.
 */
function sourceTail(lex: Ctx['lex']): string {
  if (lex.language !== 'en') return '';
  const openers = [...lex.cues.appositionIndefinites, ...lex.definites, ...lex.cues.relativeWords].map(escapeRe);
  return `(?:,\\s+(?:${openers.join('|')})\\s[^;]*?|,\\s+\\p{Ll}+ing\\s[^;]*?|\\s+[–—-]\\s[^;]*?)?`;
}

/**
 * A source named after the report (`The figure excludes rent, according to the ministry.`, `…, prema
 * rečima direktora.`): the clause before the comma is the source's. Only in a sentence without quote
 * marks, and only when the source is a short noun phrase that ends the sentence.
 */
function closingAccording(ctx: Ctx, pi: number, start: number, end: number): void {
  const p = ctx.paras[pi];
  const s = p.masked;
  // Quoted words inside the report are fine (`threatening “a major lawsuit,” according to …`); a sentence
  // that opens with a quote is a direct quote's, and one mostly in marks is not a report of its own.
  const spans = p.spans.filter((sp) => sp.open >= start && sp.open < end);
  const quoted = spans.reduce((n, sp) => n + ((sp.close < 0 ? end : sp.close) - sp.open), 0);
  if (spans.some((sp) => s.slice(start, sp.open).trim() === '') || quoted * 2 > end - start) return;
  const seg = s.slice(start, end);
  const re = sourcePatterns(ctx.lex).closing;
  const m = re.exec(seg);
  if (!m) return;
  const srcFull = m[m.length - 1];
  const srcText = srcFull.slice(sourceNameStart(srcFull, ctx.lex.language));
  const a0 = start + m.index + m[0].lastIndexOf(srcFull) + (srcFull.length - srcText.length);
  const [a, b] = trimSpan(p.view.text, start, start + m.index, TRAIL);
  if (words(p.view.text.slice(a, b)).length < 4) return;
  const res = resolveSubject(
    { text: p.view.text.slice(a0, a0 + srcText.length), original: vo(p, a0, a0 + srcText.length), at: pos(pi, a0) },
    ctx.index,
    ctx.lex,
  );
  addSpan(ctx, pi, a, b, 'indirect', res, Confidence.CLOSING);
}
