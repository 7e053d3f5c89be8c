/**
 * Indirect speech in digests. A paraphrase is the outlet's words, not the speaker's, so it is never
 * shown in quote marks: the digest shows the outlet's own sentence that reports it ("Kosovo's Central
 * Election Commission (CEC) on Thursday confirmed the result …"), in the article's language, under a
 * "reported" label, with the speaker appended when the sentence does not name them ("She added that …").
 */
import type { Quote } from '../../model/quote.js';
import { memoFold } from '../../pipeline/dedupe/fold-memo.js';
import { ELLIPSIS } from './marks.js';
import { sentenceSpans, wordCount } from './sentences.js';

export interface ReportSentence {
  /** The outlet's sentence(s) holding the paraphrase, verbatim, possibly cut at the end with `…`. */
  text: string;
  /** True when that text names the speaker itself (so no attribution needs to follow it). */
  namesSpeaker: boolean;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where the quote stands: its own offsets when they hold its words, else its first occurrence. */
function locate(
  paragraphs: readonly string[],
  q: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>,
): { pi: number; p: string; start: number; end: number } | null {
  const own = paragraphs[q.paragraph];
  if (own !== undefined && collapse(own.slice(q.start, q.end)) === collapse(q.text)) return { pi: q.paragraph, p: own, start: q.start, end: q.end };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const at = paragraphs[pi].indexOf(q.text);
    if (at >= 0) return { pi, p: paragraphs[pi], start: at, end: at + q.text.length };
  }
  return null;
}

/** Where an indirect quote's reporting sentence(s) stand in the article: paragraph and offsets [start, end). */
export interface ReportSpan {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * The span of the sentence(s) that report `quote` (the whole text `reportingSentence` shows before any
 * cut), or null when the paraphrase cannot be found in the article.
 */
export function reportingSpan(paragraphs: readonly string[], quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>): ReportSpan | null {
  const at = locate(paragraphs, quote);
  if (!at) return null;
  const spans = sentenceSpans(at.p);
  const first = spans.find(([, e]) => e > at.start) ?? [at.start, at.end];
  const last = [...spans].reverse().find(([s]) => s < at.end) ?? first;
  return { paragraph: at.pi, start: first[0], end: Math.max(last[1], at.end) };
}

/**
 * True when `text` names `speaker`: the folded text holds the folded speaker, or a word starting with
 * the stem of the speaker's last word (so inflected surnames count: `Stanojević` in `Stanojevićeve`).
 */
export function namesSpeaker(text: string, speaker: string | null): boolean {
  if (!speaker) return false;
  const ft = memoFold(text);
  const fs = memoFold(speaker);
  if (fs.length > 0 && ft.includes(fs)) return true;
  const last = fs
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3)
    .at(-1);
  if (!last) return false;
  const stem = last.length > 5 ? last.slice(0, last.length - 2) : last;
  return ft.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(stem));
}

/** Opening and closing quote marks, to keep a cut from leaving a quotation open. */
const OPEN = /[“„«‹‘‚]|(?<![\p{L}])['"]{1,2}(?=\p{L})/gu;
const CLOSE = /[”“»›’]|(?<=[\p{L}\p{P}])['"]{1,2}(?![\p{L}])/gu;

/**
 * The sentence(s) of the article that report `quote` (an indirect quote), as they stand.
 * When longer than `budget` words, the text after the paraphrase is dropped, then the end is cut at a
 * word with `…` (never inside a quotation the outlet opened).
 * @returns null when the paraphrase cannot be found in the article
 */
export function reportingSentence(
  paragraphs: readonly string[],
  quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end' | 'speaker'>,
  budget: number,
): ReportSentence | null {
  const at = locate(paragraphs, quote);
  if (!at) return null;
  const spans = sentenceSpans(at.p);
  const first = spans.find(([, e]) => e > at.start) ?? [at.start, at.end];
  const last = [...spans].reverse().find(([s]) => s < at.end) ?? first;
  const lead = leadIn(at.p.slice(first[0], at.start));
  const from = first[0] + lead;
  let text = collapse(at.p.slice(from, Math.max(last[1], at.end)));
  if (wordCount(text) > budget) {
    const upTo = collapse(at.p.slice(from, at.end));
    text = wordCount(upTo) <= budget ? `${upTo} ${ELLIPSIS}` : cutWords(upTo, budget);
  }
  return { text, namesSpeaker: namesSpeaker(text, quote.speaker) };
}

/**
 * Length of what opens a sentence without belonging to it: a dateline (`BEOGRAD – `,
 * `PRISTINA, 20 November 2025 – `, a place in capitals before a dash) or an interview turn label
 * (`A: `, `O: `, `Q: `).
 */
function leadIn(before: string): number {
  const m = /^(?:\p{Lu}{1,2}:\s+|[\p{Lu}][\p{Lu}\p{M} .'-]{2,40}(?:,[^–—]{1,30})?\s+[–—-]\s+)/u.exec(before);
  return m ? m[0].length : 0;
}

/** The first `budget` words and `…`, moved back before any quotation left open. */
function cutWords(text: string, budget: number): string {
  let kept = text.split(' ').slice(0, budget).join(' ');
  const opens = [...kept.matchAll(OPEN)].length;
  const closes = [...kept.matchAll(CLOSE)].length;
  if (opens > closes) {
    const lastOpen = [...kept.matchAll(OPEN)].at(-1)!.index;
    kept = kept.slice(0, lastOpen).trimEnd();
  }
  return `${kept.replace(/[,;:–—-]+$/, '')} ${ELLIPSIS}`;
}
