/**
 * From a chosen quote to what a digest shows: direct and partial quotes as the speaker's own words
 * (cut to their key sentences within the word budget, ellipses where words were left out), indirect
 * quotes as the outlet's reporting sentence (never in quote marks), and an interview answer as the
 * answer's own sentences, cut like a direct quote but never in marks (ADR 0295). See docs/digests.md.
 */
import type { DigestQuote } from '../../model/digest.js';
import type { AnalyzedItem } from '../../model/story.js';
import type { Quote } from '../../model/quote.js';
import { memoFold, memoWordSet } from '../../pipeline/dedupe/fold-memo.js';
import { textFragmentLink } from '../links.js';
import { conciseQuote } from './concise.js';
import { reportingSentence } from './report.js';
import { presentRole, presentSpeaker, type PresentLanguage } from './roles.js';
import { detectLanguage } from '../../pipeline/quotes/lexicon/detect-language.js';

/** Default word budgets: per quote, and for all the quotes of one entry together. */
export const DEFAULT_QUOTE_WORDS = 40;
export const DEFAULT_ENTRY_WORDS = 90;
/** A quote is not shown with fewer words than this (what is left of the entry budget would mangle it). */
export const MIN_QUOTE_WORDS = 6;

export interface PresentContext {
  /** The entry's main topic (its section): sentences mentioning it are the key ones. */
  primaryTopic: string | undefined;
  /** Every watched topic of the entry. */
  topics: ReadonlySet<string>;
  /** Headlines of the story (every outlet's): sentences that only restate one are worth less. */
  headlines: readonly string[];
  /** Word budget for this quote. */
  words: number;
}

/** How much of `text`'s words (folded) stand in `other`: |A∩B| / |A|; 0 for an empty text. */
export function coveredBy(text: string, other: ReadonlySet<string>): number {
  const a = memoWordSet(text);
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (other.has(w)) n++;
  return n / a.size;
}

/** True when the words of `text` (at least three) are nearly all in one of the headlines: it restates the headline's claim. */
export function restatesHeadline(text: string, headlines: readonly string[]): boolean {
  if (memoWordSet(text).size < 3) return false;
  return headlines.some((h) => coveredBy(text, memoWordSet(h)) >= HEADLINE_COVER);
}
/** Share of a quote's words in a headline from which it counts as the headline's own claim. */
export const HEADLINE_COVER = 0.8;

function sentenceScore(item: AnalyzedItem, ctx: PresentContext): (s: string, index: number) => number {
  return (s, index) => {
    const fs = memoFold(s);
    // Every sentence is worth something; a quote's first sentence usually carries its claim.
    let score = index === 0 ? 0.35 : 0.25;
    let primary = false;
    let other = false;
    for (const m of item.matches) {
      if (!ctx.topics.has(m.topicId)) continue;
      for (const mention of m.mentions) {
        const fm = memoFold(mention.text);
        if (fm.length >= 3 && fs.includes(fm)) {
          if (m.topicId === ctx.primaryTopic) primary = true;
          else other = true;
        }
      }
    }
    if (primary) score += 3;
    else if (other) score += 1;
    if (restatesHeadline(s, ctx.headlines)) score -= 2;
    return score;
  };
}

const languages = new WeakMap<object, PresentLanguage>();

/** The article's language: its tag when one of ours, else guessed from its text (memoised per article). */
export function articleLanguage(item: Pick<AnalyzedItem, 'article'>): PresentLanguage {
  let l = languages.get(item.article);
  if (!l) {
    const tag = item.article.language ?? '';
    l = (['en', 'sr-Latn', 'sr-Cyrl', 'sq'] as const).find((x) => x === tag) ?? detectLanguage(item.article.paragraphs.join('\n'));
    languages.set(item.article, l);
  }
  return l;
}

/**
 * The digest form of one verified quote, or null when an indirect quote cannot be placed in its
 * article (it is then left out rather than shown in a form we cannot check).
 */
export function presentQuote(quote: Quote, item: AnalyzedItem, ctx: PresentContext): DigestQuote | null {
  const paragraphs = item.article.paragraphs;
  const language = articleLanguage(item);
  const base = {
    kind: quote.kind,
    speaker: presentSpeaker(quote.speaker, language, paragraphs),
    speakerRole: presentRole(quote.speakerRole, language, paragraphs),
    outlet: item.outlet,
    salience: quote.salience,
  };
  if (quote.form === 'answer') {
    // The answer's own sentences (the turn label, `A:` or `Name:`, is not part of them), always attributed.
    const shown = concise(quote, item, ctx);
    return { ...base, ...shown, namesSpeaker: false, form: 'answer' };
  }
  if (quote.kind === 'indirect') {
    const report = reportingSentence(item.article.paragraphs, quote, ctx.words);
    if (!report) return null;
    return { ...base, text: report.text, namesSpeaker: report.namesSpeaker, link: textFragmentLink(item.item.link, report.text.replace(/\s*…$/, '')) };
  }
  return { ...base, ...concise(quote, item, ctx) };
}

/** The quote's key sentences within the word budget (`conciseQuote`) and a link to that passage. */
function concise(quote: Quote, item: AnalyzedItem, ctx: PresentContext): Pick<DigestQuote, 'text' | 'link'> {
  const cut = conciseQuote(quote.text, ctx.words, sentenceScore(item, ctx));
  const passage = cut.segments.length > 1 ? `${cut.segments[0]} ${cut.segments.at(-1)}` : cut.segments[0];
  return { text: cut.text, link: textFragmentLink(item.item.link, passage) };
}
