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
import { mergeSplitHalves } from './split-halves.js';

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
    // An English quote split by its attribution is shown as the one quote it is (`split-halves.ts`).
    for (const found of mergeSplitHalves(item.quotes, item.article.paragraphs)) {
      if (found.speaker === null) continue;
      const quote = verifiedQuote(item, found);
      if (quote === null) continue;
      if (restatesHeadline(quote.text, headlines)) continue;
      // A follow-up shows only what the subscription has not received.
      const delivered = ctx.followUps?.get(item.id);
      if (delivered && quoteDelivered(quote, delivered, item.article)) continue;
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

/** What `verifiedQuote` found for one quote of an item, with the arrays it was found in. */
interface Verified {
  paragraphs: readonly string[];
  quotes: readonly Quote[];
  quote: Quote | null;
}

/**
 * Every composed digest whose window holds an item checks the same quotes of it (issue 23: the fan-out
 * composes one digest per topic set and window over the round's shared items), so what depends on
 * the item alone is kept per quote object, weakly, and checked against the item's arrays.
 */
const verified = new WeakMap<Quote, Verified>();

/**
 * The quote as an entry may show it — its `verbatimForm` (a split quote as `A … b`; a contiguous one
 * as extracted) — or null when its words do not stand in the article or it is an indirect quote that
 * reports a marked passage (`reportsMarkedPassage`).
 */
function verifiedQuote(item: AnalyzedItem, found: Quote): Quote | null {
  const known = verified.get(found);
  if (known && known.paragraphs === item.article.paragraphs && known.quotes === item.quotes) return known.quote;
  const form = verbatimForm(item.article, found);
  let quote: Quote | null = form === null ? null : form === found.text ? found : { ...found, text: form };
  if (quote?.kind === 'indirect' && reportsMarkedPassage(item, quote)) quote = null;
  verified.set(found, { paragraphs: item.article.paragraphs, quotes: item.quotes, quote });
  return quote;
}

/**
 * True when the sentence an indirect quote would be shown as holds a direct or partial quote of the
 * same item (their spans overlap in one paragraph, or the marked words stand in it): shown under
 * `reported:`, the speaker's own words would read as the outlet's paraphrase.
 */
export function reportsMarkedPassage(item: AnalyzedItem, quote: Quote): boolean {
  const span = reportingSpan(item.article.paragraphs, quote);
  if (!span) return false;
  const sentence = collapse(item.article.paragraphs[span.paragraph].slice(span.start, span.end));
  return markedOf(item).some(
    // Its own offsets count only where they hold its words (an unverifiable quote's do not).
    (m) => (m.placed && m.paragraph === span.paragraph && m.start < span.end && m.end > span.start) || sentence.includes(m.text),
  );
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A marked (direct, partial) quote of an item as `reportsMarkedPassage` compares it: its text collapsed. */
interface MarkedQuote {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** True when its own offsets hold its words. */
  placed: boolean;
}

/**
 * The item's marked quotes with non-empty text, collapsed once per `quotes` array (issue 23: collapsing
 * every marked quote again for each indirect quote of the item, in every composed digest, was half of
 * the fan-out's CPU). Keyed weakly by the `quotes` array, like `collapsedArticle` in quotes.ts, and
 * checked against the paragraphs and the count it was made from; read-only.
 */
const markedQuotes = new WeakMap<readonly Quote[], { paragraphs: readonly string[]; count: number; marked: readonly MarkedQuote[] }>();

function markedOf(item: AnalyzedItem): readonly MarkedQuote[] {
  const known = markedQuotes.get(item.quotes);
  if (known && known.paragraphs === item.article.paragraphs && known.count === item.quotes.length) return known.marked;
  const marked: MarkedQuote[] = [];
  for (const m of item.quotes) {
    if (m.kind === 'indirect') continue;
    const text = collapse(m.text);
    if (text.length === 0) continue;
    const para = item.article.paragraphs[m.paragraph];
    const placed = para !== undefined && collapse(para.slice(m.start, m.end)) === text;
    marked.push({ paragraph: m.paragraph, start: m.start, end: m.end, text, placed });
  }
  markedQuotes.set(item.quotes, { paragraphs: item.article.paragraphs, count: item.quotes.length, marked });
  return marked;
}

/** Near-duplicates as `selectQuotes` sees them: word-set Jaccard ≥ 0.5, or one (≥ 3 words) 80 % inside the other. */
function nearDuplicate(a: string, b: string): boolean {
  const x = memoWordSet(a);
  const y = memoWordSet(b);
  // Memoised by the pair of (memoised, read-only) word sets: every digest composed in a round compares
  // the same candidates again (issue 23).
  let row = nearDuplicates.get(x);
  if (!row) nearDuplicates.set(x, (row = new WeakMap()));
  let near = row.get(y);
  if (near === undefined) {
    near = jaccard(x, y) >= 0.5 || (Math.min(x.size, y.size) >= 3 && containment(x, y) >= 0.8);
    row.set(y, near);
  }
  return near;
}

/** `nearDuplicate`'s answers by word set, weakly (they go when fold-memo clears its table). */
const nearDuplicates = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, boolean>>();

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
