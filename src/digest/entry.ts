/**
 * A digest entry: one story (a cluster of items from one or more outlets) as the digest shows it —
 * its representative item, topics, why it is here, key quotes, other outlets — and how entries rank.
 */
import type { DigestEntry, DigestOverflowLine } from '../model/digest.js';
import { shownTime, type AnalyzedItem } from '../model/story.js';
import type { TopicMatch } from '../model/watchlist.js';
import { safeHttpLink } from './links.js';
import { headlineOf } from './present/headline.js';
import { entryQuotes } from './entry-quotes.js';

/** Score weights (sum 1): topic relevance, recency, number of outlets, quote salience. */
export const RANK_WEIGHTS = { relevance: 0.45, recency: 0.2, outlets: 0.15, salience: 0.2 } as const;
/** Recency halves every this many hours before the window's end. */
export const RECENCY_HALF_LIFE_HOURS = 12;
/** Surface forms shown per term in "why this is here". */
const MAX_FORMS_PER_TERM = 4;

/** Compares ids as strings (a stable last tie-break). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The item's matches of watched topics that have a mention. */
export function relevantMatches(a: AnalyzedItem, watched: ReadonlySet<string>): TopicMatch[] {
  return a.matches.filter((m) => watched.has(m.topicId) && m.mentions.length > 0);
}

/** The headline: the title, or the first sentence of an untitled item's text (present/headline.ts). */
export function titleOf(a: AnalyzedItem): string {
  return headlineOf(a);
}

function bestRelevance(a: AnalyzedItem, watched: ReadonlySet<string>): number {
  return relevantMatches(a, watched).reduce((m, t) => Math.max(m, t.relevance), 0);
}

function bodyLength(a: AnalyzedItem): number {
  return a.article.paragraphs.slice(1).reduce((n, p) => n + p.length, 0);
}

/**
 * Characters of the text the outlet's own feed carried for the item (its `content:encoded` / Atom
 * content, else its summary): a teaser whose page the reader fetched has a full article but only a
 * teaser here.
 */
function feedTextLength(a: AnalyzedItem): number {
  return a.item.text?.length ?? 0;
}

/** The item's link and canonical link as shown (`safeHttpLink`), without a fragment or trailing slash: what "the same URL" means. */
function linkKeys(a: AnalyzedItem): string[] {
  return [a.item.link, a.item.canonicalLink]
    .map((l) => safeHttpLink(l))
    .filter((l): l is string => l !== null)
    .map((l) => l.replace(/#.*$/, '').replace(/\/+$/, ''));
}

/** What building an entry needs from the digest being composed. */
export interface EntryContext {
  watched: ReadonlySet<string>;
  topicOrder: ReadonlyMap<string, number>;
  maxQuotes: number;
  windowEnd: number;
  quoteWords: number;
  entryWords: number;
  /** Follow-ups of delivered stories, with the delivered items of their story (`ComposeInput.followUps`). */
  followUps?: ReadonlyMap<string, readonly AnalyzedItem[]>;
}

/**
 * One story's entry from its cluster's items: the representative item (a full text, then one whose
 * own feed carried the full text, then the most relevant, fullest, earliest; ADR 0307), its topics by best relevance, "why this is here" (the matched terms'
 * surface forms), the key quotes, the other outlets that carried it, and its score
 * (docs/adr/0151-digest-ranking.md). An entry with a follow-up of a delivered story is marked
 * `followUp` and its quotes are only the new ones.
 */
export function buildEntry(members: AnalyzedItem[], ctx: EntryContext): DigestEntry {
  // Representative: a full text (not a teaser: at least half the longest body), then an outlet that
  // published the full text in its feed over one that published a teaser whose page we fetched
  // (both then have the same article: the wire's copy leads, not the teaser's), then the most
  // relevant, then the fullest, then the earliest, then by id (ADR 0307).
  const longest = Math.max(...members.map(bodyLength));
  const full = (a: AnalyzedItem) => (bodyLength(a) * 2 >= longest ? 1 : 0);
  const fedFull = (a: AnalyzedItem) => (feedTextLength(a) * 2 >= longest ? 1 : 0);
  const ranked = [...members].sort(
    (a, b) =>
      full(b) - full(a) ||
      fedFull(b) - fedFull(a) ||
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
  // A link already given (the lead's, or an earlier "also") is not repeated: the outlet is named without it.
  const linksShown = new Set(linkKeys(rep));
  for (const a of others) {
    const name = a.outlet ?? a.feedUrl;
    seenOutlets.add(name);
    const keys = linkKeys(a);
    alsoIn.push({ outlet: name, link: keys.some((k) => linksShown.has(k)) ? null : safeHttpLink(a.item.link) });
    for (const k of keys) linksShown.add(k);
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
    ...(ranked.some((a) => ctx.followUps?.has(a.id)) ? { followUp: true } : {}),
  };
}

/** An entry past the section's cap, as a compact overflow line. */
export function overflowLine(e: DigestEntry): DigestOverflowLine {
  return { id: e.id, title: e.title, link: e.link, outlet: e.outlet, itemIds: e.itemIds ?? [e.id], ...(e.followUp ? { followUp: true } : {}) };
}

/** Entries by score, then the latest first, then by id. */
export function byScore(a: DigestEntry, b: DigestEntry): number {
  return b.score - a.score || (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0) || cmp(a.id, b.id);
}
