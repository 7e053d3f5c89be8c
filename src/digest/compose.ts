/**
 * Composes a digest: the items of one window that match a subscription's topics, clustered into
 * stories (one story, one entry), ranked, grouped by topic, with the best verified quotes of every
 * outlet that carried the story. Pure: the same input gives the same digest.
 * Ranking weights and thresholds: docs/adr/0151-digest-ranking.md. One story's entry is built in
 * entry.ts, its quotes chosen in entry-quotes.ts.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, type AdminNotice, type Digest, type DigestSection } from '../model/digest.js';
import { WirewatchError } from '../model/errors.js';
import { itemTime, shownTime, windowTimeFor, type AnalyzedItem } from '../model/story.js';
import type { Subscription } from '../model/subscription.js';
import type { Topic } from '../model/watchlist.js';
import { clusterStories, leadOf, textsDiffer, type ClusterOptions, type StoryFingerprintInput } from '../pipeline/dedupe/cluster.js';
import { newQuotes } from './quotes.js';
import { DEFAULT_ENTRY_WORDS, DEFAULT_QUOTE_WORDS } from './present/quote.js';
import { buildEntry, byScore, cmp, overflowLine, relevantMatches, titleOf } from './entry.js';
export { RANK_WEIGHTS, RECENCY_HALF_LIFE_HOURS } from './entry.js';

export interface ComposeInput {
  /** The subscription, or null for an ad-hoc digest (CLI, demo): all topics, UTC, `DEFAULT_LOCALE` (en-GB). */
  subscription: Pick<Subscription, 'id' | 'topics' | 'timezone' | 'locale'> | null;
  /** Every topic visible to the subscription; their order is the order of the digest's sections. */
  topics: Topic[];
  /** Candidate items (any window); those outside the window are ignored. */
  items: AnalyzedItem[];
  /**
   * Half-open window [start, end). A subscription's digest selects by first sight (`windowTimeFor`):
   * a story belongs to the window in which wirewatch first saw it match one of the subscription's
   * topics, whatever its `pubDate` — its first sight, or the edit that added the topic (ADR 0281).
   * One-shot digests of freshly read feeds (`wirewatch digest --since`) select by publish time (`itemTime`).
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
  /**
   * Items that follow up a story the subscription already received (`againstDelivered` in repeats.ts),
   * with the delivered items of that story: their entry is marked `followUp` and shows only quotes
   * whose words the delivered items do not hold.
   */
  followUps?: ReadonlyMap<string, readonly AnalyzedItem[]>;
}

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

  const timeOf = input.windowBy === 'published' ? itemTime : (a: AnalyzedItem) => windowTimeFor(a, watched);
  const selected = input.items
    .filter((a) => {
      const t = timeOf(a).getTime();
      return t >= start && t < end && relevantMatches(a, watched).length > 0;
    })
    .sort((a, b) => shownTime(a).getTime() - shownTime(b).getTime() || cmp(a.id, b.id));

  const byId = new Map(selected.map((a) => [a.id, a]));
  const clusters = separateOwnQuotes(clusterStories(selected.map(storyOf), input.cluster), byId, input.cluster);

  const entries = clusters.map((ids) =>
    buildEntry(
      ids.map((id) => byId.get(id)!),
      { watched, topicOrder, maxQuotes, windowEnd: end, quoteWords, entryWords, followUps: input.followUps },
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
    locale: subscription?.locale ?? DEFAULT_LOCALE,
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
    body: bodyOf(a),
    time: shownTime(a),
    source: a.feedUrl,
  };
}

/**
 * Clusters less the members that are stories of their own: a member whose text is distinct from
 * another member's (joined by the same headline) and that carries a direct or partial quote whose
 * words stand in no other member's text becomes an entry of its own, so no quote of a distinct story is
 * hidden behind another (ADR 0163). Members sharing a canonical link stay together (one page).
 */
function separateOwnQuotes(clusters: string[][], byId: ReadonlyMap<string, AnalyzedItem>, opts?: ClusterOptions): string[][] {
  const out: string[][] = [];
  for (const ids of clusters) {
    if (ids.length < 2) {
      out.push(ids);
      continue;
    }
    const members = ids.map((id) => byId.get(id)!);
    const apart = new Set<string>();
    for (const m of members) {
      if (!m.quotes.some((q) => q.kind !== 'indirect' && q.speaker !== null)) continue;
      const others = members.filter((o) => o !== m);
      if (newQuotes(m, others).length === 0) continue;
      const link = m.item.canonicalLink;
      const body = bodyOf(m);
      if (others.some((o) => (link === null || o.item.canonicalLink !== link) && textsDiffer(body, bodyOf(o), opts))) apart.add(m.id);
    }
    const rest = ids.filter((id) => !apart.has(id));
    if (rest.length > 0) out.push(rest);
    for (const id of ids) if (apart.has(id)) out.push([id]);
  }
  return out;
}

/** The body text an item is compared by: its paragraphs after the headline, else the feed's summary. */
function bodyOf(a: AnalyzedItem): string {
  return a.article.paragraphs.slice(1).join(' ') || (a.item.summary ?? '');
}

function checkCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new WirewatchError('invalid_option', `digest: ${name} must be a non-negative integer (got ${n})`);
  }
}

/** The subscription's topics in its own order, or all topics when its list is empty. Unknown ids are skipped. */
function subscribedTopics(all: Topic[], ids: string[]): Topic[] {
  if (ids.length === 0) return [...all];
  const byId = new Map(all.map((t) => [t.id, t]));
  return ids.map((id) => byId.get(id)).filter((t): t is Topic => t !== undefined);
}
