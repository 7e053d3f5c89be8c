/**
 * The live backtest behind the watchlist page: a topic as it is, and as it would be with one more
 * term, matched against the stored stories of the last N days. Each matching story comes with the
 * passage around its first mention (mentions marked) and its "why" line (term → forms found); the
 * look-alikes are stories the topic does NOT match although a word in them looks like a term's word
 * (same folded beginning, or the same letters in another case): the traps an editor wants to see
 * before saving, such as `Kosovska` for `Kosovo` or `Niš` for `=NIS`.
 */
import { compileWatchlist, validateTerm } from '../../pipeline/matcher/index.js';
import { fold } from '../../pipeline/text/fold.js';
import { tokenize } from '../../pipeline/text/tokens.js';
import type { AnalyzedItem } from '../../model/story.js';
import { itemTime } from '../../model/story.js';
import type { Mention, Topic, TopicMatch } from '../../model/watchlist.js';

/** A passage cut from a paragraph, split into plain and marked parts. */
export interface Passage {
  parts: { text: string; mark: boolean }[];
  /** Whether text was cut before / after it. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface BacktestHit {
  id: string;
  title: string;
  link: string | null;
  outlet: string | null;
  time: Date;
  passage: Passage;
  /** term → surface forms found, in the digest's "why" wording. */
  why: { term: string; forms: string[] }[];
  /** Matched only because of the tried term. */
  added: boolean;
}

export interface LookAlike {
  id: string;
  title: string;
  link: string | null;
  outlet: string | null;
  time: Date;
  passage: Passage;
  /** The word in the story and the term word it looks like. */
  word: string;
  like: string;
}

export interface BacktestResult {
  days: number;
  stories: number;
  /** Matches of the topic as saved. */
  before: number;
  /** Matches with the tried term, and how many of them only the term brings. */
  matching: number;
  added: number;
  hits: BacktestHit[];
  /** Stories not matched although a word in them looks like a term's word (at most MAX_ROWS). */
  lookAlikes: LookAlike[];
}

/** Characters of context on each side of the first mention. */
const CONTEXT = 110;
/** Most rows of each list. */
export const MAX_ROWS = 40;

/** Cuts `text` around [start, end) and marks every range in `marks` that falls inside the cut. */
export function passage(text: string, start: number, end: number, marks: { start: number; end: number }[]): Passage {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Do not cut a word in two.
  if (from > 0) from = text.indexOf(' ', from) >= 0 && text.indexOf(' ', from) < start ? text.indexOf(' ', from) + 1 : from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const inside = marks.filter((m) => m.start >= from && m.end <= to).sort((a, b) => a.start - b.start);
  const parts: Passage['parts'] = [];
  let at = from;
  for (const m of inside) {
    if (m.start < at) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start), mark: false });
    parts.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  return { parts, cutStart: from > 0, cutEnd: to < text.length };
}

function whyOf(mentions: Mention[]): BacktestHit['why'] {
  const byTerm = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = byTerm.get(m.term) ?? new Set<string>();
    set.add(m.text);
    byTerm.set(m.term, set);
  }
  return [...byTerm].map(([term, forms]) => ({ term, forms: [...forms].slice(0, 4) }));
}

/** The words of a term that a look-alike is searched for (operators, quotes and `-`/`=` left out). */
function termWords(term: string): { surface: string; folded: string; prefix: string }[] {
  const body = term.replace(/^-/, '').replace(/\bNEAR\/\d+\b/g, ' ');
  return tokenize(body)
    .filter((t) => /\p{L}/u.test(t.text))
    .map((t) => ({ surface: t.text, folded: t.folded, prefix: t.folded.slice(0, Math.max(4, t.folded.length - 2)) }));
}

/**
 * What a term needs in a text before the matcher can find it: the first three folded letters of the
 * first word of each of its phrases (an inflected form keeps the beginning of its word: `Kosovu`,
 * `Nišu`, `Руско-српског` → `rus`). A text without them cannot match, so it is not scanned.
 */
function needles(term: string): string[] {
  const sides = term.replace(/^-/, '').split(/\bNEAR\/\d+\b/);
  return sides
    .map(
      (side) =>
        tokenize(side)
          .find((t) => /\p{L}|\p{N}/u.test(t.text))
          ?.folded.slice(0, 3) ?? '',
    )
    .filter(Boolean);
}

/** A bounded map, least recently set first out. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(k: K): V | undefined {
    return this.map.get(k);
  }
  set(k: K, v: V): V {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
    return v;
  }
}

/**
 * What the backtest keeps between keystrokes: each story's folded paragraphs, and the matches of a
 * topic version (its terms and excludes) and of a tried term per story, so typing re-matches only the
 * few stories that contain the new term's letters. One per panel.
 */
export class BacktestCache {
  private readonly folded = new Lru<string, string[]>(5000);
  private readonly matches = new Lru<string, TopicMatch | null>(20000);
  private readonly matchers = new Lru<string, ReturnType<typeof compileWatchlist>>(50);

  foldedOf(a: AnalyzedItem): string[] {
    return this.folded.get(a.id) ?? this.folded.set(a.id, a.article.paragraphs.map(fold));
  }

  /**
   * The topic's match of `a` (null: none); `key` names the topic version. Only the paragraphs that
   * hold one of `needles` are scanned (the others are blanked, keeping paragraph numbers): a mention,
   * a NEAR pair and an exclude all lie within one sentence, so nothing else can take part.
   */
  matchOf(topic: Topic, key: string, a: AnalyzedItem, needles: string[]): TopicMatch | null {
    const k = `${key}\u0000${a.id}`;
    const hit = this.matches.get(k);
    if (hit !== undefined) return hit;
    const m = this.matchers.get(key) ?? this.matchers.set(key, compileWatchlist([topic]));
    const folded = this.foldedOf(a);
    const paragraphs = a.article.paragraphs.map((p, i) => (needles.some((n) => folded[i].includes(n)) ? p : ''));
    const article = { ...a.article, paragraphs };
    return this.matches.set(k, m.match(article).find((x) => x.topicId === topic.id) ?? null);
  }
}

/** The passage around the first mention (of the tried term when it has one), all its mentions marked, and the why line. */
function shown(a: AnalyzedItem, mentions: Mention[], term: string | null): Pick<BacktestHit, 'passage' | 'why'> {
  const first = mentions.find((m) => m.term === term) ?? mentions[0];
  const text = a.article.paragraphs[first.paragraph] ?? '';
  const marks = mentions.filter((m) => m.paragraph === first.paragraph);
  return { passage: passage(text, first.start, first.end, marks), why: whyOf(mentions) };
}

/** The first word of `a` that looks like a term word without being matched, with its passage. */
function lookAlike(a: AnalyzedItem, folded: string[], words: ReturnType<typeof termWords>): Pick<LookAlike, 'passage' | 'word' | 'like'> | null {
  for (const [i, text] of a.article.paragraphs.entries()) {
    // Only paragraphs holding a prefix are tokenised (segmentation is the costly part).
    if (!words.some((w) => folded[i].includes(w.folded.length <= 4 ? w.folded : w.prefix))) continue;
    for (const tok of tokenize(text)) {
      const w = words.find((x) => (x.folded.length <= 4 ? tok.folded === x.folded : tok.folded.startsWith(x.prefix)));
      if (w) return { passage: passage(text, tok.start, tok.end, [tok]), word: tok.text, like: w.surface };
    }
  }
  return null;
}

/**
 * Runs the backtest.
 * @param topic the topic as saved (compiled afresh: the stored matches may predate its last edit)
 * @param term the term tried (null: the topic as it is)
 * @param items the stored stories of the window, any order
 * @throws WirewatchError `invalid_term` when `term` (or a saved term) is not valid term syntax
 */
export function runBacktest(topic: Topic, term: string | null, items: AnalyzedItem[], days: number, cache = new BacktestCache()): BacktestResult {
  const extra = term && !topic.terms.includes(term) ? term : null;
  if (extra) validateTerm(extra);
  const savedKey = JSON.stringify([topic.id, topic.terms, topic.exclude]);
  const savedNeedles = topic.terms.filter((t) => !t.startsWith('-')).flatMap(needles);
  const termTopic: Topic | null = extra ? { ...topic, terms: [extra] } : null;
  const termKey = extra ? JSON.stringify([topic.id, [extra], topic.exclude]) : '';
  const termNeedles = extra ? needles(extra) : [];
  const words = (term ? [term] : topic.terms).filter((t) => !t.startsWith('-')).flatMap(termWords);
  const hits: BacktestHit[] = [];
  const lookAlikes: LookAlike[] = [];
  let beforeCount = 0;
  const sorted = [...items].sort((a, b) => itemTime(b).getTime() - itemTime(a).getTime());
  for (const a of sorted) {
    const folded = cache.foldedOf(a);
    const has = (ns: string[]) => ns.length > 0 && folded.some((p) => ns.some((n) => p.includes(n)));
    const was = topic.terms.length > 0 && has(savedNeedles) ? cache.matchOf(topic, savedKey, a, savedNeedles) : null;
    if (was) beforeCount++;
    const added = termTopic && has(termNeedles) ? cache.matchOf(termTopic, termKey, a, termNeedles) : null;
    const mentions = [...(was?.mentions ?? []), ...(added?.mentions ?? [])];
    const base = { id: a.id, title: a.item.title, link: a.item.link, outlet: a.outlet, time: itemTime(a) };
    if (mentions.length > 0) {
      hits.push({ ...base, ...shown(a, mentions, term), added: !was });
      continue;
    }
    if (words.length === 0 || lookAlikes.length >= MAX_ROWS) continue;
    const like = lookAlike(a, folded, words);
    if (like) lookAlikes.push({ ...base, ...like });
  }
  return {
    days,
    stories: items.length,
    before: beforeCount,
    matching: hits.length,
    added: hits.filter((h) => h.added).length,
    hits: hits.slice(0, MAX_ROWS),
    lookAlikes,
  };
}
