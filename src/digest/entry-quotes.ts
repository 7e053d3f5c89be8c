/**
 * The key quotes of a digest entry: verified candidates from every item of the story, without
 * near-duplicates and quotes contained in longer ones, presented within the word budgets.
 */
import type { DigestQuote } from '../model/digest.js';
import type { AnalyzedItem } from '../model/story.js';
import { MIN_QUOTE_WORDS, presentQuote, restatesHeadline } from './present/quote.js';
import { wordCount } from './present/sentences.js';
import { headlineOf } from './present/headline.js';
import { memoWordSet } from '../pipeline/dedupe/fold-memo.js';
import { containment } from '../pipeline/dedupe/shingles.js';
import { isVerbatim, quoteMentionsTopics, selectQuotes, type QuoteCandidate } from './quotes.js';
import type { EntryContext } from './entry.js';

/**
 * The quotes an entry shows: verified candidates from every item of the cluster (speaker known, words
 * verbatim, not a restatement of a headline), chosen without near-duplicates (`selectQuotes`), then
 * presented within the word budgets (`presentQuote`): each at most `quoteWords`, all together at most
 * `entryWords`; a quote that would get fewer than `MIN_QUOTE_WORDS` is left out.
 */
export function entryQuotes(ranked: AnalyzedItem[], topics: string[], ctx: Pick<EntryContext, 'maxQuotes' | 'quoteWords' | 'entryWords'>): DigestQuote[] {
  if (ctx.maxQuotes === 0) return [];
  const headlines = [...new Set(ranked.map((a) => headlineOf(a)))];
  const candidates: QuoteCandidate[] = [];
  ranked.forEach((item, itemRank) => {
    for (const quote of item.quotes) {
      if (quote.speaker === null || !isVerbatim(item.article, quote)) continue;
      if (restatesHeadline(quote.text, headlines)) continue;
      candidates.push({ quote, item, itemRank, mentionsWatched: quoteMentionsTopics(item, quote, new Set(topics)) });
    }
  });
  const pool = dropContained(candidates);
  const out: DigestQuote[] = [];
  let used = 0;
  // A few spares: a chosen quote may turn out not to be presentable.
  for (const { quote, item } of selectQuotes(pool, { max: ctx.maxQuotes + 2 })) {
    if (out.length >= ctx.maxQuotes) break;
    const words = Math.min(ctx.quoteWords, ctx.entryWords - used);
    if (words < Math.min(MIN_QUOTE_WORDS, ctx.quoteWords) || words <= 0) break;
    const shown = presentQuote(quote, item, { primaryTopic: topics[0], topics: new Set(topics), headlines, words });
    if (!shown) continue;
    out.push(shown);
    used += wordCount(shown.text.replace(/…/g, ''));
  }
  return out;
}

/**
 * Candidates without those whose words (at least three) stand nearly all (80 %) in a longer candidate:
 * a partial quote and the direct quote it was taken from say the same thing, and the longer one shows
 * it in full context (cut to its key sentences when long).
 */
function dropContained(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const sets = candidates.map((c) => memoWordSet(c.quote.text));
  return candidates.filter((_, i) => sets[i].size < 3 || !sets.some((other, j) => j !== i && other.size > sets[i].size && containment(sets[i], other) >= 0.8));
}
