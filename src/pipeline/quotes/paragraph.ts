/** A paragraph prepared for quote extraction: Latin view, top-level quote spans, masked text. */
import { findMarkSpans, type MarkSpan } from './marks.js';
import { latinView, words, type LatinView } from './text.js';
import { fold } from '../text/fold.js';

export interface Paragraph {
  original: string;
  view: LatinView;
  /** Top-level quote-marked spans (in view offsets). */
  spans: MarkSpan[];
  /** The view with quote interiors replaced by `q` (marks kept), so verbs inside quotes are not seen. */
  masked: string;
}

/** Prepares one paragraph. */
export function prepareParagraph(text: string): Paragraph {
  const view = latinView(text);
  const spans = findMarkSpans(view.text).filter((s) => s.depth === 0);
  return { original: text, view, spans, masked: mask(view.text, spans) };
}

/**
 * The folded words of a paragraph's masked text (`words(fold(p.masked))`), computed once per paragraph
 * and text: rules that read every paragraph for every headline or cue folded the whole article again
 * each time (quadratic in its length). A paragraph whose mask changed (dash speech) is read again.
 * The array is shared: do not change it.
 */
export function maskedWords(p: Paragraph): readonly string[] {
  const got = maskedWordsMemo.get(p);
  if (got !== undefined && got.masked === p.masked) return got.words;
  const ws = words(fold(p.masked));
  maskedWordsMemo.set(p, { masked: p.masked, words: ws });
  return ws;
}

const maskedWordsMemo = new WeakMap<Paragraph, { masked: string; words: string[] }>();

function mask(text: string, spans: MarkSpan[]): string {
  let masked = text;
  for (const s of spans) {
    const a = s.open + s.openLen;
    const b = s.close < 0 ? masked.length : s.close;
    // Keep a sentence-final mark inside the quote so that a quote can end a sentence (`„… uniformi.“ Mislim …`).
    const inner = masked.slice(a, b);
    const fin = /[.!?…]\s*$/.exec(inner);
    const body = fin ? inner.slice(0, fin.index).replace(/[^\s]/g, 'q') + inner.slice(fin.index) : inner.replace(/[^\s]/g, 'q');
    masked = masked.slice(0, a) + body + masked.slice(b);
  }
  return masked;
}

/**
 * Serbian dash-led direct speech (`– Tekst – rekao je ministar.`): the opening dash and the dash before
 * the speech verb act as quote marks. Adds that span when the paragraph has no quote marks, and a second
 * one when the speech goes on after the attribution behind another dash (`– A – rekao je X – i B.`).
 * @param verbAtStart matches a speech verb at the start of a string
 */
export function addDashSpeech(p: Paragraph, verbAtStart: RegExp): void {
  const m = /^\s*[–—-]\s+/.exec(p.view.text);
  if (!m) return;
  const re = /\s([–—-])\s+/g;
  re.lastIndex = m[0].length;
  for (let d = re.exec(p.view.text); d; d = re.exec(p.view.text)) {
    if (!verbAtStart.test(p.view.text.slice(d.index + d[0].length))) continue;
    // Quote marks before the attribution make it no dash speech; marks inside the attribution (a medium's
    // name: `rekao je za „Jutarnji sport“`) are titles and stay.
    if (p.spans.some((sp) => sp.open < d.index)) return;
    const spans: MarkSpan[] = [{ open: m[0].length - 2 >= 0 ? m[0].indexOf(m[0].trim()) : 0, openLen: 1, close: d.index + 1, closeLen: 1, depth: 0 }];
    // The speech goes on after the attribution when another dash follows it (`– A – rekao je X – i B.`).
    const on = /\s[–—]\s+(?=\S)/g;
    on.lastIndex = d.index + d[0].length;
    const again = on.exec(p.view.text);
    const end = p.view.text.replace(/[\s.!?…]+$/, '').length;
    const inside = (x: number) => p.spans.some((sp) => sp.open <= x && (sp.close < 0 || x < sp.close));
    if (again && !inside(again.index) && end > again.index + again[0].length) {
      spans.push(...p.spans.filter((sp) => sp.open < again.index));
      spans.push({ open: again.index + 1, openLen: 1, close: end, closeLen: 0, depth: 0 });
    } else spans.push(...p.spans);
    p.spans = spans;
    p.masked = mask(p.view.text, p.spans);
    return;
  }
}

/**
 * Serbian dash-led direct speech over several paragraphs: a paragraph that opens with a dash and has no
 * quote marks and no closing dash attribution, followed by a dash-led paragraph that closes its speech
 * (`– Prvi deo.` / `– Drugi deo – dodao je X.`), is the unclosed start of that quote, as an opening mark
 * with no closing one is (corpus README: a quote over several paragraphs is one item).
 */
export function openDashSpeech(p: Paragraph, next: Paragraph | undefined): void {
  if (p.spans.length > 0 || !next || !isDashSpeech(next)) return;
  const m = /^\s*[–—-]\s+/.exec(p.view.text);
  if (!m) return;
  p.spans = [{ open: m[0].indexOf(m[0].trim()), openLen: 1, close: -1, closeLen: 0, depth: 0 }];
  p.masked = mask(p.view.text, p.spans);
}

/** True when the paragraph's only span is dash-led speech (`– Tekst – rekao je X.`; see `addDashSpeech`). */
export function isDashSpeech(p: Paragraph): boolean {
  return p.spans.length === 1 && p.spans[0].openLen === 1 && /^\s*[–—-]/.test(p.view.text.slice(p.spans[0].open));
}

/** A closing mark right after a word or punctuation and before a space, punctuation or the end (`ground,” replied`). */
const LONE_CLOSER = /(?<=[\p{L}\p{N}.,!?…])[”“"»«](?=[\s,.;:!?–—-]|$)/u;

/**
 * The continuation convention without an opening mark: paragraph `prev` ends inside an unclosed quote
 * and `p` opens with no mark but closes the quote (`It changes nothing,” replied X.`). Gives `p` a span
 * from its start (an opening mark of length 0) to that closing mark, so the quote runs on into `p` and
 * the cue after the mark speaks for both paragraphs.
 */
export function continueUnclosed(prev: Paragraph, p: Paragraph): void {
  const last = prev.spans[prev.spans.length - 1];
  if (!last || last.close >= 0) return;
  const m = LONE_CLOSER.exec(p.view.text);
  if (!m || p.spans.some((sp) => sp.open <= m.index)) return;
  p.spans = [{ open: 0, openLen: 0, close: m.index, closeLen: 1, depth: 0 }, ...p.spans];
  p.masked = mask(p.view.text, p.spans);
}

/** True when `p` opens inside a quote that an earlier paragraph opened (see `continueUnclosed`). */
export function opensInQuote(p: Paragraph): boolean {
  return p.spans[0]?.open === 0 && p.spans[0].openLen === 0;
}
