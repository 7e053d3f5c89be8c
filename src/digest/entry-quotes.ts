/**
 * The key quotes of a digest entry: verified candidates from every item of the story, without
 * near-duplicates and quotes contained in longer ones, presented within the word budgets.
 *
 * Two rules keep quote marks honest (docs/digests.md "Quote marks mean verbatim", ADR 0163):
 * - **Marks win a passage.** When the extractor reports one passage both in marks (direct, partial) and
 *   as reported speech (an indirect whose reporting sentence holds the marked words, e.g. `„A“, rekao je
 *   X, „B“`), the marked quotes are kept and the indirect is dropped: the speaker's own words are never
 *   shown under `reported:`, and a longer indirect never folds away the direct quote it contains.
 * - **The quote and the link agree.** A quote the representative item holds itself (its own copy of a
 *   near-duplicate, or the same words verbatim in its text) is taken from the representative; a quote
 *   only another copy of the representative's own outlet holds (its Latin or Cyrillic twin) is left out,
 *   since nothing would tell the reader which of that outlet's links it comes from. Another outlet's
 *   quote stays, shown `via` that outlet, whose link the "also" line gives.
 */
import type { DigestQuote } from '../model/digest.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Quote, QuoteKind } from '../model/quote.js';
import { MIN_QUOTE_WORDS, presentQuote, restatesHeadline } from './present/quote.js';
import { reportingSpan } from './present/report.js';
import { wordCount } from './present/sentences.js';
import { headlineOf } from './present/headline.js';
import { memoWordSet } from '../pipeline/dedupe/fold-memo.js';
import { containment, jaccard } from '../pipeline/dedupe/shingles.js';
import { inReadingOrder, isVerbatim, quoteDelivered, quoteMentionsTopics, selectQuotes, verbatimForm, type QuoteCandidate } from './quotes.js';
import type { EntryContext } from './entry.js';

/** Direct before partial before indirect: the marks say more than the frame. */
const KIND_RANK: Record<QuoteKind, number> = { direct: 0, partial: 1, indirect: 2 };

const outletOf = (a: AnalyzedItem) => a.outlet ?? a.feedUrl;

/**
 * The quotes an entry shows: verified candidates from every item of the cluster (speaker known, words
 * verbatim, not a restatement of a headline, not a report of a marked passage), the representative's
 * own copy preferred, chosen without near-duplicates (`selectQuotes`), then presented within the word
 * budgets (`presentQuote`): each at most `quoteWords`, all together at most `entryWords`; a quote that
 * would get fewer than `MIN_QUOTE_WORDS` is left out, and so is one that shows the same text as another.
 * A follow-up's quotes the subscription already received (`ctx.followUps`) are left out.
 */
export function entryQuotes(
  ranked: AnalyzedItem[],
  topics: string[],
  ctx: Pick<EntryContext, 'maxQuotes' | 'quoteWords' | 'entryWords' | 'followUps'>,
): DigestQuote[] {
  if (ctx.maxQuotes === 0) return [];
  const headlines = [...new Set(ranked.map((a) => headlineOf(a)))];
  const candidates: QuoteCandidate[] = [];
  ranked.forEach((item, itemRank) => {
    for (const found of item.quotes) {
      if (found.speaker === null) continue;
      const form = verbatimForm(item.article, found);
      if (form === null) continue;
      // A split quote is shown as `A … b` (verbatimForm); a contiguous one as extracted.
      const quote = form === found.text ? found : { ...found, text: form };
      if (restatesHeadline(quote.text, headlines)) continue;
      if (quote.kind === 'indirect' && reportsMarkedPassage(item, quote)) continue;
      // A follow-up shows only what the subscription has not received.
      const delivered = ctx.followUps?.get(item.id);
      if (delivered && quoteDelivered(quote, delivered)) continue;
      candidates.push({ quote, item, itemRank, mentionsWatched: quoteMentionsTopics(item, quote, new Set(topics)) });
    }
  });
  const pool = dropContained(preferMarked(fromRepresentative(candidates, ranked[0])));
  const out: DigestQuote[] = [];
  const shownOf = new Map<QuoteCandidate, DigestQuote>();
  let used = 0;
  // A few spares: a chosen quote may turn out not to be presentable.
  for (const candidate of selectQuotes(pool, { max: ctx.maxQuotes + 2 })) {
    if (out.length >= ctx.maxQuotes) break;
    const words = Math.min(ctx.quoteWords, ctx.entryWords - used);
    if (words < Math.min(MIN_QUOTE_WORDS, ctx.quoteWords) || words <= 0) break;
    const shown = presentQuote(candidate.quote, candidate.item, { primaryTopic: topics[0], topics: new Set(topics), headlines, words });
    if (!shown || out.some((o) => o.text === shown.text)) continue;
    out.push(shown);
    shownOf.set(candidate, shown);
    used += wordCount(shown.text.replace(/…/g, ''));
  }
  // Chosen best first; shown as read (the halves of a split quote in their order).
  return inReadingOrder([...shownOf.keys()]).map((c) => shownOf.get(c)!);
}

/**
 * True when the sentence an indirect quote would be shown as holds a direct or partial quote of the
 * same item (their spans overlap in one paragraph, or the marked words stand in it): shown under
 * `reported:`, the speaker's own words would read as the outlet's paraphrase.
 */
export function reportsMarkedPassage(item: AnalyzedItem, quote: Quote): boolean {
  const span = reportingSpan(item.article.paragraphs, quote);
  if (!span) return false;
  const sentence = item.article.paragraphs[span.paragraph].slice(span.start, span.end);
  const para = item.article.paragraphs[span.paragraph];
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  return item.quotes.some((m) => {
    if (m.kind === 'indirect' || collapse(m.text).length === 0) return false;
    // Its own offsets count only where they hold its words (an unverifiable quote's do not).
    const placed = m.paragraph === span.paragraph && m.start < span.end && m.end > span.start && collapse(para.slice(m.start, m.end)) === collapse(m.text);
    return placed || collapse(sentence).includes(collapse(m.text));
  });
}

/** Near-duplicates as `selectQuotes` sees them: word-set Jaccard ≥ 0.5, or one (≥ 3 words) 80 % inside the other. */
function nearDuplicate(a: string, b: string): boolean {
  const x = memoWordSet(a);
  const y = memoWordSet(b);
  return jaccard(x, y) >= 0.5 || (Math.min(x.size, y.size) >= 3 && containment(x, y) >= 0.8);
}

/**
 * Candidates of other items re-homed to the representative where it holds them: one with a
 * near-duplicate of the representative's own (of the same or a stronger kind) is dropped (the
 * representative's copy is shown, in its script, under its link); one whose words stand verbatim in the representative is taken from it. One
 * only another copy of the representative's outlet holds is dropped (see the file comment).
 */
function fromRepresentative(candidates: QuoteCandidate[], rep: AnalyzedItem): QuoteCandidate[] {
  const own = candidates.filter((c) => c.item === rep);
  const out: QuoteCandidate[] = [...own];
  for (const c of candidates) {
    if (c.item === rep) continue;
    if (own.some((o) => KIND_RANK[o.quote.kind] <= KIND_RANK[c.quote.kind] && nearDuplicate(o.quote.text, c.quote.text))) continue;
    if (c.quote.kind !== 'indirect' && isVerbatim(rep.article, { ...c.quote, paragraph: -1 })) {
      out.push({ ...c, item: rep, itemRank: 0 });
      continue;
    }
    if (outletOf(c.item) === outletOf(rep)) continue;
    out.push(c);
  }
  return out;
}

/** Indirect candidates that say what a marked candidate (direct, partial) says are dropped: the marks win. */
function preferMarked(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const marked = candidates.filter((c) => c.quote.kind !== 'indirect');
  return candidates.filter((c) => c.quote.kind !== 'indirect' || !marked.some((m) => nearDuplicate(m.quote.text, c.quote.text)));
}

/**
 * Candidates without those whose words (at least three) stand nearly all (80 %) in a longer candidate
 * of the same or a stronger kind: a partial quote and the direct quote it was taken from say the same
 * thing, and the longer one shows it in full context (cut to its key sentences when long). A marked
 * quote is never folded into reported speech.
 */
function dropContained(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const sets = candidates.map((c) => memoWordSet(c.quote.text));
  return candidates.filter(
    (c, i) =>
      sets[i].size < 3 ||
      !sets.some(
        (other, j) =>
          j !== i && other.size > sets[i].size && KIND_RANK[candidates[j].quote.kind] <= KIND_RANK[c.quote.kind] && containment(sets[i], other) >= 0.8,
      ),
  );
}
