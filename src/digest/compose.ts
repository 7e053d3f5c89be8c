/**
 * Composes a digest: the items of one window that match a subscription's topics, clustered into
 * stories (one story, one entry), ranked, grouped by topic, with the best verified quotes of every
 * outlet that carried the story. Pure: the same input gives the same digest.
 * Ranking weights and thresholds: docs/adr/0151-digest-ranking.md.
 */
import { createHash } from 'node:crypto';
import type { AdminNotice, Digest, DigestEntry, DigestOverflowLine, DigestQuote, DigestSection } from '../model/digest.js';
import { WirewatchError } from '../model/errors.js';
import { itemTime, shownTime, windowTime, type AnalyzedItem } from '../model/story.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic, TopicMatch } from '../model/watchlist.js';
import { clusterStories, leadOf, type ClusterOptions, type StoryFingerprintInput } from '../pipeline/dedupe/cluster.js';
import { safeHttpLink } from './links.js';
import { DEFAULT_ENTRY_WORDS, DEFAULT_QUOTE_WORDS, MIN_QUOTE_WORDS, presentQuote, restatesHeadline } from './present/quote.js';
import { wordCount } from './present/sentences.js';
import { headlineOf } from './present/headline.js';
import { memoWordSet } from '../pipeline/dedupe/fold-memo.js';
import { containment } from '../pipeline/dedupe/shingles.js';
import { isVerbatim, quoteMentionsTopics, selectQuotes, type QuoteCandidate } from './quotes.js';

export interface ComposeInput {
  /** The subscription, or null for an ad-hoc digest (CLI, demo): all topics, UTC, `en`. */
  subscription: Pick<Subscription, 'id' | 'topics' | 'timezone' | 'locale'> | null;
  /** Every topic visible to the subscription; their order is the order of the digest's sections. */
  topics: Topic[];
  /** Candidate items (any window); those outside the window are ignored. */
  items: AnalyzedItem[];
  /**
   * Half-open window [start, end). A subscription's digest selects by first-seen time (`windowTime`):
   * a story belongs to the window in which wirewatch first saw it, whatever its `pubDate`. One-shot
   * digests of freshly read feeds (`wirewatch digest --since`) select by publish time (`itemTime`).
   */
  window: { start: Date; end: Date };
  /** What the window selects on; default `firstSeen`. */
  windowBy?: 'firstSeen' | 'published';
  /** Key quotes per entry; default 2. 0 shows none. */
  maxQuotesPerEntry?: number;
  /** Word budget of one shown quote (longer ones are cut to their key sentences); default 40. */
  quoteWords?: number;
  /** Word budget of all the quotes of one entry together; default 90. */
  entryQuoteWords?: number;
  /**
   * At most this many full entries per topic section (the best by score); the rest of the section
   * are listed as compact overflow lines (`DigestSection.more`), never dropped. Default unlimited.
   */
  maxEntries?: number;
  /** Passed through to the digest. */
  notices?: AdminNotice[];
  /** Clustering thresholds (tests, tuning). */
  cluster?: ClusterOptions;
}

/** Score weights (sum 1): topic relevance, recency, number of outlets, quote salience. */
export const RANK_WEIGHTS = { relevance: 0.45, recency: 0.2, outlets: 0.15, salience: 0.2 } as const;
/** Recency halves every this many hours before the window's end. */
export const RECENCY_HALF_LIFE_HOURS = 12;
/** Surface forms shown per term in "why this is here". */
const MAX_FORMS_PER_TERM = 4;

/** The first digest of a subscription covers this much time before its end. */
export const FIRST_WINDOW_MS = 24 * 3600 * 1000;

/**
 * The window of a subscription's next digest: from the end of the last one it was sent (its
 * `lastWindowEnd`), or the last 24 h for a first digest, to `now`. A `lastWindowEnd` after `now`
 * (clock moved back) gives an empty window at `now`.
 */
export function digestWindow(subscription: Pick<Subscription, 'lastWindowEnd'>, now: Date): { start: Date; end: Date } {
  const end = now.getTime();
  const start = subscription.lastWindowEnd ? Math.min(subscription.lastWindowEnd.getTime(), end) : end - FIRST_WINDOW_MS;
  return { start: new Date(start), end: new Date(end) };
}

/**
 * Whether a digest should be posted: when it has a story or a notice, or when the subscription asks
 * for "nothing new" messages (`postEmpty`).
 */
export function shouldPost(digest: Pick<Digest, 'sections' | 'notices'>, subscription: Pick<Subscription, 'postEmpty'>): boolean {
  return digest.sections.some((s) => s.entries.length > 0) || digest.notices.length > 0 || subscription.postEmpty;
}

/**
 * A short id stable for (subscription, window): 12 hex digits of SHA-256 over
 * `subscriptionId|startISO|endISO` (`-` for no subscription).
 */
export function digestId(subscriptionId: string | null, start: Date, end: Date): string {
  return createHash('sha256')
    .update(`${subscriptionId ?? '-'}|${start.toISOString()}|${end.toISOString()}`)
    .digest('hex')
    .slice(0, 12);
}

/**
 * Builds the digest of one window for one subscription.
 * @throws WirewatchError `invalid_window` when start is after end or a date is invalid,
 *   `invalid_option` for a negative or non-integer `maxQuotesPerEntry` / `maxEntries`
 */
export function composeDigest(input: ComposeInput): Digest {
  const { window, subscription } = input;
  const start = window.start.getTime();
  const end = window.end.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || start > end) {
    throw new WirewatchError('invalid_window', `digest: window start must be a date not after its end (got ${String(window.start)} – ${String(window.end)})`);
  }
  const maxQuotes = input.maxQuotesPerEntry ?? 2;
  checkCount('maxQuotesPerEntry', maxQuotes);
  const quoteWords = input.quoteWords ?? DEFAULT_QUOTE_WORDS;
  const entryWords = input.entryQuoteWords ?? DEFAULT_ENTRY_WORDS;
  checkCount('quoteWords', quoteWords);
  checkCount('entryQuoteWords', entryWords);
  if (input.maxEntries !== undefined) checkCount('maxEntries', input.maxEntries);

  const topics = subscribedTopics(input.topics, subscription?.topics ?? []);
  const topicOrder = new Map(topics.map((t, i) => [t.id, i]));
  const watched = new Set(topics.map((t) => t.id));

  const timeOf = input.windowBy === 'published' ? itemTime : windowTime;
  const selected = input.items
    .filter((a) => {
      const t = timeOf(a).getTime();
      return t >= start && t < end && relevantMatches(a, watched).length > 0;
    })
    .sort((a, b) => shownTime(a).getTime() - shownTime(b).getTime() || cmp(a.id, b.id));

  const byId = new Map(selected.map((a) => [a.id, a]));
  const clusters = clusterStories(selected.map(storyOf), input.cluster);

  const entries = clusters.map((ids) =>
    buildEntry(
      ids.map((id) => byId.get(id)!),
      { watched, topicOrder, maxQuotes, windowEnd: end, quoteWords, entryWords },
    ),
  );
  entries.sort(byScore);

  // Each story sits in one section (its best topic), so a story under several topics counts once.
  // The cap is per section; what does not fit is listed as overflow lines in the same digest.
  const cap = input.maxEntries ?? Infinity;
  const sections: DigestSection[] = [];
  for (const topic of topics) {
    const inTopic = entries.filter((e) => e.topics[0] === topic.id);
    if (inTopic.length === 0) continue;
    const section: DigestSection = { topicId: topic.id, topicName: topic.name, entries: inTopic.slice(0, cap) };
    if (inTopic.length > cap) section.more = inTopic.slice(cap).map(overflowLine);
    sections.push(section);
  }
  return {
    id: digestId(subscription?.id ?? null, window.start, window.end),
    subscriptionId: subscription?.id ?? null,
    windowStart: new Date(start),
    windowEnd: new Date(end),
    timezone: subscription?.timezone ?? 'UTC',
    locale: subscription?.locale ?? 'en',
    sections,
    notices: [...(input.notices ?? [])],
  };
}

/**
 * What clustering knows of an item (`clusterStories`): its id, canonical link, headline, lead (the body's
 * first words, else the feed's summary), shown time and feed. The one fingerprint of a story, in a
 * digest and across digests (`digest/repeats.ts`).
 */
export function storyOf(a: AnalyzedItem): StoryFingerprintInput {
  return {
    id: a.id,
    canonicalLink: a.item.canonicalLink,
    title: titleOf(a),
    lead: leadOf(a.article.paragraphs.slice(1)) || (a.item.summary ?? ''),
    time: shownTime(a),
    source: a.feedUrl,
  };
}

function checkCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new WirewatchError('invalid_option', `digest: ${name} must be a non-negative integer (got ${n})`);
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The subscription's topics in its own order, or all topics when its list is empty. Unknown ids are skipped. */
function subscribedTopics(all: Topic[], ids: string[]): Topic[] {
  if (ids.length === 0) return [...all];
  const byId = new Map(all.map((t) => [t.id, t]));
  return ids.map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined);
}

function relevantMatches(a: AnalyzedItem, watched: ReadonlySet<string>): TopicMatch[] {
  return a.matches.filter((m) => watched.has(m.topicId) && m.mentions.length > 0);
}

/** The headline: the title, or the first sentence of an untitled item's text (present/headline.ts). */
function titleOf(a: AnalyzedItem): string {
  return headlineOf(a);
}

function bestRelevance(a: AnalyzedItem, watched: ReadonlySet<string>): number {
  return relevantMatches(a, watched).reduce((m, t) => Math.max(m, t.relevance), 0);
}

function bodyLength(a: AnalyzedItem): number {
  return a.article.paragraphs.slice(1).reduce((n, p) => n + p.length, 0);
}

interface EntryContext {
  watched: ReadonlySet<string>;
  topicOrder: ReadonlyMap<string, number>;
  maxQuotes: number;
  windowEnd: number;
  quoteWords: number;
  entryWords: number;
}

function buildEntry(members: AnalyzedItem[], ctx: EntryContext): DigestEntry {
  // Representative: a full text (not a teaser: at least half the longest body), then the most
  // relevant, then the fullest, then the earliest, then by id.
  const longest = Math.max(...members.map(bodyLength));
  const full = (a: AnalyzedItem) => (bodyLength(a) * 2 >= longest ? 1 : 0);
  const ranked = [...members].sort(
    (a, b) =>
      full(b) - full(a) ||
      bestRelevance(b, ctx.watched) - bestRelevance(a, ctx.watched) ||
      bodyLength(b) - bodyLength(a) ||
      shownTime(a).getTime() - shownTime(b).getTime() ||
      cmp(a.id, b.id),
  );
  const rep = ranked[0];

  // Topics: best relevance over the cluster, ties in section order.
  const topicRelevance = new Map<string, number>();
  for (const a of ranked) {
    for (const m of relevantMatches(a, ctx.watched)) {
      topicRelevance.set(m.topicId, Math.max(topicRelevance.get(m.topicId) ?? 0, m.relevance));
    }
  }
  const topics = [...topicRelevance.keys()].sort((x, y) => topicRelevance.get(y)! - topicRelevance.get(x)! || ctx.topicOrder.get(x)! - ctx.topicOrder.get(y)!);

  const why: DigestEntry['why'] = [];
  for (const topicId of topics) {
    const forms = new Map<string, string[]>();
    for (const a of ranked) {
      for (const m of relevantMatches(a, ctx.watched)) {
        if (m.topicId !== topicId) continue;
        for (const mention of m.mentions) {
          const list = forms.get(mention.term) ?? [];
          const form = mention.text.replace(/\s+/g, ' ').trim();
          if (!list.includes(form) && list.length < MAX_FORMS_PER_TERM) list.push(form);
          forms.set(mention.term, list);
        }
      }
    }
    for (const [term, f] of forms) why.push({ topicId, term, forms: f });
  }

  const quotes = entryQuotes(ranked, topics, ctx);

  const alsoIn: DigestEntry['alsoIn'] = [];
  const seenOutlets = new Set([rep.outlet ?? rep.feedUrl]);
  const others = ranked.slice(1).sort((a, b) => shownTime(a).getTime() - shownTime(b).getTime() || cmp(a.id, b.id));
  // Every other item of the story is listed, its own outlet's too: no matched item is hidden behind another.
  for (const a of others) {
    const name = a.outlet ?? a.feedUrl;
    seenOutlets.add(name);
    alsoIn.push({ outlet: name, link: safeHttpLink(a.item.link) });
  }

  const latest = Math.max(...members.map((a) => shownTime(a).getTime()));
  const hours = Math.max(0, (ctx.windowEnd - latest) / 3_600_000);
  const recency = Math.pow(0.5, hours / RECENCY_HALF_LIFE_HOURS);
  const outlets = 1 - 1 / seenOutlets.size;
  const salience = quotes.length > 0 ? quotes.reduce((s, q) => s + q.salience, 0) / quotes.length : 0;
  const relevance = topicRelevance.get(topics[0]) ?? 0;
  const score = RANK_WEIGHTS.relevance * relevance + RANK_WEIGHTS.recency * recency + RANK_WEIGHTS.outlets * outlets + RANK_WEIGHTS.salience * salience;

  return {
    id: rep.id,
    title: titleOf(rep),
    link: safeHttpLink(rep.item.link),
    outlet: rep.outlet,
    alsoIn,
    published: new Date(shownTime(rep).getTime()),
    topics,
    why,
    quotes,
    score: Math.round(score * 10_000) / 10_000,
    itemIds: ranked.map((a) => a.id),
  };
}

function overflowLine(e: DigestEntry): DigestOverflowLine {
  return { id: e.id, title: e.title, link: e.link, outlet: e.outlet, itemIds: e.itemIds ?? [e.id] };
}

/**
 * The quotes an entry shows: verified candidates from every item of the cluster (speaker known, words
 * verbatim, not a restatement of a headline), chosen without near-duplicates (`selectQuotes`), then
 * presented within the word budgets (`presentQuote`): each at most `quoteWords`, all together at most
 * `entryWords`; a quote that would get fewer than `MIN_QUOTE_WORDS` is left out.
 */
function entryQuotes(ranked: AnalyzedItem[], topics: string[], ctx: EntryContext): DigestQuote[] {
  if (ctx.maxQuotes === 0) return [];
  const headlines = [...new Set(ranked.map(titleOf))];
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

function byScore(a: DigestEntry, b: DigestEntry): number {
  return b.score - a.score || (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0) || cmp(a.id, b.id);
}
