/**
 * Key quotes of a digest entry: verified verbatim against the article, then chosen by salience with
 * near-duplicates removed (maximal marginal relevance, Carbonell & Goldstein 1998), quotes that
 * mention a watched topic first.
 */
import type { AnalyzedItem } from '../model/story.js';
import type { Quote } from '../model/quote.js';
import { containment, foldedTokens, jaccard } from '../pipeline/dedupe/shingles.js';
import { memoFold, memoShingles, memoWordSet } from '../pipeline/dedupe/fold-memo.js';

const QUOTE_MARKS = /["'„“”«»‹›‘’‚‛〝〞＂]/g;

function collapse(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** An article's whole text with whitespace collapsed, and the same with quote marks removed (lazily). */
interface CollapsedArticle {
  all: string;
  stripped: string | null;
  /** `verbatimForm` of the quotes checked against this article so far, by place and text (bounded). */
  forms: Map<string, string | null>;
}

/** Quotes' forms kept per article before its table is cleared (an article has tens of quotes). */
const FORMS_MAX = 1_000;

/**
 * Collapsed article texts by paragraph list: every quote of every entry of every digest checks the
 * same few articles, which were re-collapsed each time (29 % of compose + render, issue 23). Keyed
 * weakly by the `paragraphs` array (paragraphs are never mutated in place), so the texts go with it.
 */
const collapsedArticles = new WeakMap<readonly string[], CollapsedArticle>();

function collapsedArticle(paragraphs: readonly string[]): CollapsedArticle {
  let c = collapsedArticles.get(paragraphs);
  if (!c) {
    c = { all: collapse(paragraphs.join(' ')), stripped: null, forms: new Map() };
    collapsedArticles.set(paragraphs, c);
  }
  return c;
}

const strip = (s: string) => collapse(s.replace(QUOTE_MARKS, ' '));

/**
 * True when the quote's words stand verbatim in the article (`verbatimForm` is not null).
 */
export function isVerbatim(article: { paragraphs: readonly string[] }, quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>): boolean {
  return verbatimForm(article, quote) !== null;
}

/**
 * The quote as a digest may show it between quote marks, or null when its words do not stand verbatim
 * in the article: first at its own place (`paragraphs[paragraph].slice(start, end)`), else anywhere in
 * the article text with whitespace collapsed, else (for quotes over several paragraphs, whose
 * continuation paragraphs reopen the quote marks) anywhere with quote marks removed from both sides;
 * these give the quote's own `text`. Case, letters and punctuation other than quote
 * marks must match exactly. A quote split by its own attribution (`splitPoint`) is given with an
 * ellipsis where the attribution stood (`A … b`): joined by a space, A and B would not stand in the
 * article as shown. An empty quote is never verbatim. The collapsed article text is computed once per
 * `paragraphs` array.
 */
export function verbatimForm(article: { paragraphs: readonly string[] }, quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>): string | null {
  // Memoised per article (issue 23): every digest composed in a round checks the same quotes again.
  const { forms } = collapsedArticle(article.paragraphs);
  const key = `${quote.paragraph}:${quote.start}:${quote.end}:${quote.text}`;
  let form = forms.get(key);
  if (form === undefined) {
    form = computeVerbatimForm(article, quote);
    if (forms.size >= FORMS_MAX) forms.clear();
    forms.set(key, form);
  }
  return form;
}

function computeVerbatimForm(article: { paragraphs: readonly string[] }, quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>): string | null {
  const q = collapse(quote.text);
  if (q.length === 0) return null;
  const para = article.paragraphs[quote.paragraph];
  if (para !== undefined && collapse(para.slice(quote.start, quote.end)) === q) return quote.text;
  const c = collapsedArticle(article.paragraphs);
  if (c.all.includes(q)) return quote.text;
  const qs = strip(q);
  if (qs.length > 0 && (c.stripped ??= strip(c.all)).includes(qs)) return quote.text;
  if (para === undefined) return null;
  const at = splitPoint(strip(para.slice(quote.start, quote.end)), q);
  return at < 0 ? null : `${q.slice(0, at).replace(/[,\s]+$/, '')} … ${q.slice(at + 1)}`;
}

/** Longest gap (characters) between the two parts of a split quote: an attribution, never a sentence of text. */
export const SPLIT_GAP_MAX = 80;

/**
 * Where `q` splits into two verbatim parts of `span`, in order, with a short gap between them that `q`
 * leaves out: a quote split by its own attribution (`„A“, rekla je X, „b…“`, `– A – rekao je X – b`,
 * `"A," she said, "b…"`), which the extractor gives as one utterance, A and B joined by a space (the
 * corpus convention). The speaker's words are exactly A then B; only the reporter's attribution is
 * left out.
 * @param span the quote's place, collapsed and without quote marks
 * @param q the quote's text, collapsed (quote marks inside it are ignored in the comparison)
 * @returns the index in `q` of the space that joins A and B, or -1
 */
function splitPoint(span: string, q: string): number {
  for (let i = q.indexOf(' '); i > 0; i = q.indexOf(' ', i + 1)) {
    const a = strip(q.slice(0, i)).replace(/[,\s]+$/, '');
    const b = strip(q.slice(i + 1));
    if (a.length === 0 || b.length === 0) continue;
    const at = span.indexOf(a);
    if (at < 0) return -1; // a longer first part is not there either
    const from = at + a.length;
    for (let bt = span.indexOf(b, from + 1); bt >= 0 && bt - from <= SPLIT_GAP_MAX; bt = span.indexOf(b, bt + 1)) {
      // Whole words only: `i bez` must not be found inside `ali bez`.
      if (!LETTER.test(span[bt - 1]) && !LETTER.test(span[from] ?? '')) return i;
    }
  }
  return -1;
}

const LETTER = /[\p{L}\p{N}]/u;

/** k-word shingles of an article's whole text, by paragraph list and width (computed once per article, like `collapsedArticle`). */
const articleShingleSets = new WeakMap<readonly string[], Map<number, ReadonlySet<string>>>();

function articleShingles(paragraphs: readonly string[], k: number): ReadonlySet<string> {
  let byWidth = articleShingleSets.get(paragraphs);
  if (!byWidth) articleShingleSets.set(paragraphs, (byWidth = new Map()));
  let set = byWidth.get(k);
  if (!set) byWidth.set(k, (set = memoShingles(paragraphs.join(' '), k)));
  return set;
}

/** Share of a quote's 3-word shingles (folded) that must stand in a delivered text for the quote to count as delivered. */
export const KNOWN_QUOTE_COVER = 0.8;

/** Shingle width the delivered-quote test compares by. */
const QUOTE_SHINGLE = 3;

/**
 * True when `quote`'s words (folded, so either script) stand in one of the `delivered` items' texts:
 * the subscription has already received them (shown, or a click away in the delivered article). A
 * quote of three words or more counts as delivered when 80 % of its 3-word shingles stand in one text;
 * a shorter one (a one- or two-word partial quote, `"watching closely"`) when its words stand there
 * together, in order — its single shingle is narrower than the text's 3-word ones and never matched
 * one of them, so every copy of a story with a two-word partial quote came back as an update. Given the
 * quote's `article`, a quote split by its attribution is compared part by part (`quoteParts`): no
 * shingle spans the join, which no text prints, so a copy of a Serbian or Albanian story with a short
 * split quote (`„A“, rekao je X, „b“`) is not brought back as an update.
 */
export function quoteDelivered(
  quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>,
  delivered: readonly AnalyzedItem[],
  article?: { paragraphs: readonly string[] },
): boolean {
  const parts = quoteParts(quote, article);
  const sizes = parts.map((p) => foldedTokens(p).length);
  const words = sizes.reduce((a, b) => a + b, 0);
  if (words === 0) return true;
  const k = Math.min(QUOTE_SHINGLE, words);
  return delivered.some((d) => {
    let n = 0;
    let of = 0;
    parts.forEach((part, i) => {
      if (sizes[i] === 0) return;
      // A part shorter than the width is compared at its own width: its words together, in order.
      const width = Math.min(k, sizes[i]);
      const text = articleShingles(d.article.paragraphs, width);
      for (const x of memoShingles(part, width)) {
        of++;
        if (text.has(x)) n++;
      }
    });
    return n / of >= KNOWN_QUOTE_COVER;
  });
}

/**
 * The runs of a quote's words that stand together in its article: the two parts of a quote split by its
 * own attribution (`„A“, rekao je X, „b“`, given as `A b`; `verbatimForm`'s `A … b`), else the whole
 * text. A shingle across the join would be words no text ever printed side by side, so a copy of the
 * story would find it nowhere and bring the quote back as new.
 */
function quoteParts(quote: Pick<Quote, 'text' | 'paragraph' | 'start' | 'end'>, article?: { paragraphs: readonly string[] }): string[] {
  const form = article ? verbatimForm(article, quote) : null;
  return form && form !== quote.text ? form.split(' … ') : [quote.text];
}

/**
 * The quotes of `item` that are new to a subscription that received `delivered`: direct and partial
 * quotes with a named speaker, verbatim in `item`, whose words stand in none of the delivered texts.
 */
export function newQuotes(item: AnalyzedItem, delivered: readonly AnalyzedItem[]): Quote[] {
  return item.quotes.filter((q) => q.kind !== 'indirect' && q.speaker !== null && isVerbatim(item.article, q) && !quoteDelivered(q, delivered, item.article));
}

/** A quote offered for an entry, with the item it comes from. */
export interface QuoteCandidate {
  quote: Quote;
  item: AnalyzedItem;
  /** True when the quote mentions one of the entry's watched topics. */
  mentionsWatched: boolean;
  /** Order of the item in the cluster (representative first), for deterministic ties. */
  itemRank: number;
}

/**
 * True when the quote contains a mention of one of `topicIds` found by the matcher in `item`:
 * a mention inside the quote's span, or a mention's folded surface form inside the folded quote text.
 */
export function quoteMentionsTopics(item: AnalyzedItem, quote: Quote, topicIds: ReadonlySet<string>): boolean {
  const fq = memoFold(quote.text);
  for (const m of item.matches) {
    if (!topicIds.has(m.topicId)) continue;
    for (const mention of m.mentions) {
      if (mention.paragraph === quote.paragraph && mention.start >= quote.start && mention.end <= quote.end) return true;
      const fm = memoFold(mention.text);
      if (fm.length >= 3 && fq.includes(fm)) return true;
    }
  }
  return false;
}

export interface SelectQuotesOptions {
  /** How many quotes at most. */
  max: number;
  /** MMR trade-off between salience (1) and novelty (0). Default 0.7. */
  lambda?: number;
  /** Quotes whose word-set Jaccard with a chosen one reaches this are near-duplicates, never shown. Default 0.5. */
  duplicateThreshold?: number;
  /**
   * A quote of at least three words whose words stand this much in a chosen one (or the reverse) says
   * the same thing (a partial quote and the direct quote it was taken from), never shown. Default 0.8.
   */
  containmentThreshold?: number;
}

/**
 * Chooses up to `max` quotes: greedy MMR over `lambda * salience - (1 - lambda) * maxSimilarity`,
 * where similarity is the Jaccard of folded word sets; candidates that mention a watched topic are
 * taken before the others; near-duplicates of a chosen quote (Jaccard, or one contained in the other)
 * are dropped. Ties: higher salience,
 * then item rank, paragraph, start. Candidates must already be verified (`isVerbatim`).
 * @returns the chosen candidates, in the order chosen (best first)
 */
export function selectQuotes(candidates: readonly QuoteCandidate[], opts: SelectQuotesOptions): QuoteCandidate[] {
  const lambda = opts.lambda ?? 0.7;
  const dup = opts.duplicateThreshold ?? 0.5;
  const contained = opts.containmentThreshold ?? 0.8;
  const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => Math.min(a.size, b.size) >= 3 && containment(a, b) >= contained;
  const pool = candidates.map((c) => ({ c, words: memoWordSet(c.quote.text) }));
  const chosen: typeof pool = [];
  while (chosen.length < opts.max) {
    let best: { p: (typeof pool)[number]; score: number } | null = null;
    for (const p of pool) {
      if (chosen.includes(p)) continue;
      const maxSim = chosen.reduce((m, s) => Math.max(m, jaccard(p.words, s.words)), 0);
      if (maxSim >= dup || chosen.some((s) => same(p.words, s.words))) continue;
      const score = lambda * p.c.quote.salience - (1 - lambda) * maxSim;
      if (best === null || better(p.c, score, best.p.c, best.score)) best = { p, score };
    }
    if (best === null) break;
    chosen.push(best.p);
  }
  return chosen.map((p) => p.c);
}

/**
 * The chosen quotes in the order a reader meets them: quotes of one speaker in one paragraph of one
 * item (the two halves of `"A," said X, "b."`, which English extraction keeps as two quotes) stand
 * together in text order, at the place of the best of them; everything else keeps the choice order.
 * Without this a half that mentions the topic is chosen first and shown above the half before it.
 * @param chosen the output of `selectQuotes`, best first
 */
export function inReadingOrder(chosen: readonly QuoteCandidate[]): QuoteCandidate[] {
  const key = (c: QuoteCandidate) => `${c.item.id}\u0000${c.quote.paragraph}\u0000${c.quote.speaker ?? ''}`;
  const groups = new Map<string, QuoteCandidate[]>();
  for (const c of chosen) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  const out: QuoteCandidate[] = [];
  for (const c of chosen) {
    const group = groups.get(key(c));
    if (!group) continue;
    groups.delete(key(c));
    out.push(...(group.length > 1 && c.quote.speaker !== null ? [...group].sort((a, b) => a.quote.start - b.quote.start) : group));
  }
  return out;
}

function better(a: QuoteCandidate, sa: number, b: QuoteCandidate, sb: number): boolean {
  if (a.mentionsWatched !== b.mentionsWatched) return a.mentionsWatched;
  if (sa !== sb) return sa > sb;
  if (a.quote.salience !== b.quote.salience) return a.quote.salience > b.quote.salience;
  if (a.itemRank !== b.itemRank) return a.itemRank < b.itemRank;
  if (a.quote.paragraph !== b.quote.paragraph) return a.quote.paragraph < b.quote.paragraph;
  return a.quote.start < b.quote.start;
}
