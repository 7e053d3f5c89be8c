/**
 * From phrase occurrences to topic matches: phrase terms become mentions, NEAR terms pair their
 * sides' occurrences (in one sentence, at most n words apart), exclude terms drop a topic's mentions
 * in their sentence, and overlapping mentions of a topic merge. Only the phrases found are visited:
 * the cost follows what the scan found, not the watchlist's size.
 */
import type { Mention, Topic, TopicMatch } from '../../model/watchlist.js';
import { sentences, spanIndexAt, type Span } from '../text/tokens.js';
import type { Occurrences } from './occurrences.js';
import { relevance } from './relevance.js';
import type { ArticleWords } from './scan.js';
import { USE_EXCLUDE, USE_PHRASE, type WatchlistIndex } from './watchlist-index.js';

/**
 * Resolves one article's occurrences (`findPhrases`) into topic matches.
 * @param paragraphs the article's paragraphs (mention offsets and texts refer to them)
 * @param text the article's words, as scanned
 * @param occ the occurrences found in `text` (its NEAR marks are set here)
 * @returns one entry per topic with at least one mention, in watchlist order; mentions in text order
 */
export function resolveMatches(
  topics: readonly Topic[],
  index: WatchlistIndex,
  paragraphs: readonly string[],
  text: ArticleWords,
  occ: Occurrences,
): TopicMatch[] {
  const { words, starts, base } = text;
  /** Offsets [start, end) of word `k` of paragraph `p`. */
  const startOf = (p: number, k: number) => starts[base[p] + k];
  const endOf = (p: number, k: number) => starts[base[p] + k] + words[base[p] + k].text.length;

  const candidates = new Map<number, Mention[]>();
  const excluded = new Set<string>(); // `${topic}:${paragraph}:${sentence}`
  const sentenceCache = new Map<number, Span[]>();
  const sentenceSpans = (p: number): Span[] => {
    let s = sentenceCache.get(p);
    if (!s) sentenceCache.set(p, (s = sentences(paragraphs[p])));
    return s;
  };
  const emit = (topic: number, term: string, exclude: boolean, paragraph: number, first: number, last: number) => {
    const start = startOf(paragraph, first);
    const end = endOf(paragraph, last);
    if (exclude) {
      const spans = sentenceSpans(paragraph);
      for (let s = spanIndexAt(spans, start); s >= 0 && s < spans.length && spans[s].start < end; s++) {
        excluded.add(`${topic}:${paragraph}:${s}`);
      }
      return;
    }
    const text = paragraphs[paragraph].slice(start, end);
    let list = candidates.get(topic);
    if (!list) candidates.set(topic, (list = []));
    list.push({ topicId: topics[topic].id, term, text, paragraph, start, end });
  };

  const uses = index.uses;
  for (let f = 0; f < occ.foundCount; f++) {
    const id = occ.found[f];
    for (let u = index.useStart[id], to = index.useStart[id + 1]; u < to; u++) {
      const flags = uses[3 * u];
      if (flags & USE_PHRASE) {
        const topic = uses[3 * u + 1];
        const term = index.terms[uses[3 * u + 2]];
        const exclude = (flags & USE_EXCLUDE) !== 0;
        for (let o = occ.headOf(id); o >= 0; o = occ.next[o]) emit(topic, term, exclude, occ.paragraph[o], occ.first[o], occ.last[o]);
        continue;
      }
      // A NEAR term needs both sides; one found by both of them is resolved once.
      const n = uses[3 * u + 1];
      const lefts = occ.headOf(index.nearSides[2 * n]);
      if (lefts < 0) continue;
      const rights = occ.headOf(index.nearSides[2 * n + 1]);
      if (rights < 0 || !occ.markNear(n)) continue;
      const near = index.nears[n];
      for (let a = lefts; a >= 0; a = occ.next[a]) {
        for (let b = rights; b >= 0; b = occ.next[b]) {
          const p = occ.paragraph[a];
          if (p !== occ.paragraph[b]) continue;
          const [x, y] = occ.first[a] <= occ.first[b] ? [a, b] : [b, a];
          const between = occ.first[y] - occ.last[x] - 1;
          if (between < 0 || between > near.distance) continue;
          const spans = sentenceSpans(p);
          if (spanIndexAt(spans, startOf(p, occ.first[x])) !== spanIndexAt(spans, startOf(p, occ.last[y]))) continue;
          emit(near.topic, near.term, near.exclude, p, occ.first[x], Math.max(occ.last[x], occ.last[y]));
        }
      }
    }
  }

  // Drop excluded and nested mentions; score.
  const isExcluded = (topic: number, m: Mention): boolean => {
    const spans = sentenceSpans(m.paragraph);
    for (let s = spanIndexAt(spans, m.start); s >= 0 && s < spans.length && spans[s].start < m.end; s++) {
      if (excluded.has(`${topic}:${m.paragraph}:${s}`)) return true;
    }
    return false;
  };
  const out: TopicMatch[] = [];
  for (const topic of [...candidates.keys()].sort((a, b) => a - b)) {
    const list = candidates.get(topic)!;
    const kept = mergeOverlaps(excluded.size === 0 ? list : list.filter((m) => !isExcluded(topic, m)), paragraphs);
    if (kept.length === 0) continue;
    out.push({ topicId: topics[topic].id, mentions: kept, relevance: relevance(kept, paragraphs.length) });
  }
  return out;
}

/**
 * Sorts mentions in text order and merges those of one topic that overlap into one mention covering
 * both (`Russian-Serbian Humanitarian Center` + `Humanitarian Center in Niš` → `Russian-Serbian
 * Humanitarian Center in Niš`), keeping the term of the one that starts first (the longer on a tie).
 * The mentions are this article's own (`emit` makes each): merging extends the kept one in place.
 */
function mergeOverlaps(mentions: Mention[], paragraphs: readonly string[]): Mention[] {
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === m.paragraph && m.start < prev.end) {
      if (m.end > prev.end) {
        prev.end = m.end;
        prev.text = paragraphs[prev.paragraph].slice(prev.start, prev.end);
      }
      continue;
    }
    out.push(m);
  }
  return out;
}
