/**
 * Matcher benchmark (issue 5): scan throughput with 10, 1,000 and 10,000 terms on the same texts in
 * one run, and each scan's cost relative to a bare normalisation pass (tokenise + fold) over those
 * texts. The aim: 10,000 terms cost at most 1.5× what 10 terms cost (`matcher.scan.10000_terms.vs_10`).
 *
 * Texts: the annotated corpus (`../shared/corpus/quotes/dev/*.txt`) when present, else the bundled
 * demo pages (`config/demo/pages/*.html`). Terms: the corpus watchlist's terms plus synthetic ones
 * shaped like a watchlist (see `syntheticTopics`), with a fixed seed.
 *
 * Run alone: `npx tsx bench/matcher.ts`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/model/article.js';
import type { Topic } from '../src/model/watchlist.js';
import { compileWatchlist } from '../src/pipeline/matcher/index.js';
import { tokenize } from '../src/pipeline/text/tokens.js';
import { foldUncached as fold } from '../src/pipeline/text/fold.js';
import { pairedRatio, summarise } from './stats.js';
import { benchTexts } from './corpus.js';
import type { BenchResult } from './types.js';

export type { BenchResult } from './types.js';

const CORPUS_TERMS = [
  'Kosovo',
  'Kosova',
  'Resolution 1244',
  'UNSCR 1244',
  'Rezolucija 1244',
  'Rezoluta 1244',
  'Russian-Serbian Humanitarian Center',
  'Rusko-srpski humanitarni centar',
  'Qendra Humanitare Ruso-Serbe',
  'humanitarni centar NEAR/4 Niš',
];

/** A small deterministic PRNG (mulberry32), so every run uses the same terms. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'vi', 'sen', 'dra', 'mil', 'to', 'ne', 'bor', 'ja', 'lu', 'gor', 'e', 'sta', 'vo', 'ri', 'qe', 'nd', 'zh', 'ić'];

/**
 * `count` terms in topics of 10, shaped like a watchlist of names and phrases: the corpus terms
 * first, then synthetic ones from a fixed seed: made-up names of 1–3 words (syllables); one in five
 * opens with a content word of the texts so the trie walks past the first word; one in fifty is a
 * word pair that occurs in the texts (so mentions are found); one in ten is `A NEAR/3 B`.
 * @param content content words of the texts (4+ letters, not among the most frequent)
 * @param pairs adjacent content-word pairs that occur in the texts
 */
export function syntheticTopics(count: number, content: string[], pairs: string[], seed = 1244): Topic[] {
  const random = prng(seed);
  const pickFrom = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const name = () => {
    let w = '';
    const n = 3 + Math.floor(random() * 2); // three or four syllables: never a real word of the texts
    for (let i = 0; i < n; i++) w += pickFrom(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  const phrase = (words: number) => Array.from({ length: words }, name).join(' ');
  const terms = CORPUS_TERMS.slice(0, count);
  while (terms.length < count) {
    const r = random();
    const words = 1 + Math.floor(random() * 3);
    if (r < 0.02) terms.push(pickFrom(pairs));
    else if (r < 0.12) terms.push(`${pickFrom(content)} NEAR/3 ${name()}`);
    else if (r < 0.32) terms.push(`${pickFrom(content)} ${phrase(words)}`);
    else terms.push(phrase(words));
  }
  const topics: Topic[] = [];
  for (let i = 0; i < terms.length; i += 10) {
    topics.push({ id: `t${i / 10}`, name: `topic ${i / 10}`, terms: terms.slice(i, i + 10), exclude: [], priority: 'digest', workspace: null });
  }
  return topics;
}

/** Content words (4+ letters, not among the 200 most frequent) and the adjacent pairs of them, from the texts. */
function vocabularyOf(texts: Article[]): { content: string[]; pairs: string[] } {
  const freq = new Map<string, number>();
  const pairs = new Set<string>();
  for (const a of texts) {
    for (const p of a.paragraphs) {
      const words = tokenize(p).map((t) => t.text);
      for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  }
  const frequent = new Set(
    [...freq]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 200)
      .map(([w]) => w),
  );
  const isContent = (w: string) => /^\p{L}{4,}$/u.test(w) && !frequent.has(w) && w !== 'NEAR';
  for (const a of texts) {
    for (const p of a.paragraphs) {
      const words = tokenize(p).map((t) => t.text);
      for (let i = 0; i + 1 < words.length; i++) if (isContent(words[i]) && isContent(words[i + 1])) pairs.add(`${words[i]} ${words[i + 1]}`);
    }
  }
  return { content: [...freq.keys()].filter(isContent).sort(), pairs: [...pairs].sort() };
}

/**
 * CPU milliseconds per pass of each job in every round: the jobs run interleaved, `rounds` times `reps`
 * passes each, so load from other processes affects all jobs of a round alike; ratios are taken per
 * round (paired) and summarised as median and min.
 */
function timeInterleaved(jobs: (() => void)[], reps: number, rounds: number): number[][] {
  for (const job of jobs) job(); // warm-up (JIT, caches)
  const times = jobs.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    jobs.forEach((job, j) => {
      // CPU time, not wall time: on a shared machine wall time measures the other processes too.
      const c = process.cpuUsage();
      for (let i = 0; i < reps; i++) job();
      const u = process.cpuUsage(c);
      times[j].push((u.user + u.system) / 1000 / reps);
    });
  }
  return times;
}

const TERM_COUNTS = [10, 1_000, 10_000];

/** Runs the matcher benchmark. */
export async function benchMatcher(): Promise<BenchResult[]> {
  const texts = benchTexts();
  const chars = texts.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  const { content, pairs } = vocabularyOf(texts);
  const mbps = (ms: number) => chars / 1e6 / (ms / 1000);

  const results: BenchResult[] = [];
  const matchers = TERM_COUNTS.map((count) => {
    const topics = syntheticTopics(count, content, pairs);
    const t0 = performance.now();
    const matcher = compileWatchlist(topics);
    results.push({ name: `matcher.compile.${count}_terms`, value: round(performance.now() - t0), unit: 'ms' });
    return matcher;
  });
  // The baseline (issue 23): a bare fold pass over the same paragraphs.
  const foldPass = () => {
    for (const a of texts) for (const p of a.paragraphs) fold(p);
  };
  const normalise = () => {
    for (const a of texts) for (const p of a.paragraphs) tokenize(p);
  };
  const scans = matchers.map((m) => () => {
    for (const a of texts) m.match(a);
  });
  const rounds = Math.max(3, Number(process.env.WIREWATCH_BENCH_MATCHER_ROUNDS ?? 7));
  const [foldMs, normaliseMs, ...scanMs] = timeInterleaved([foldPass, normalise, ...scans], 2, rounds);

  // Costs in ms per MB of text (UTF-16 code units / 1e6), so `ratio` = value ÷ baseline value = cost ratio.
  const msPerMB = (ms: number[]) => round(summarise(ms).median / (chars / 1e6));
  const paired = (a: number[], b: number[]) => {
    const r = pairedRatio(a, b);
    return { ratio: round(r.ratio), ratioMin: round(r.ratioMin), rounds: r.rounds };
  };
  results.unshift(
    { name: 'matcher.fold_baseline', value: msPerMB(foldMs), unit: 'ms/MB (bare fold pass)' },
    { name: 'matcher.normalise', value: msPerMB(normaliseMs), unit: 'ms/MB (tokenize)', baseline: 'matcher.fold_baseline', ...paired(normaliseMs, foldMs) },
  );
  TERM_COUNTS.forEach((count, i) => {
    results.push({
      name: `matcher.scan.${count}_terms`,
      value: msPerMB(scanMs[i]),
      unit: 'ms/MB',
      baseline: 'matcher.fold_baseline',
      ...paired(scanMs[i], foldMs),
    });
    results.push({ name: `matcher.scan.${count}_terms.throughput`, value: round(mbps(summarise(scanMs[i]).median)), unit: 'MB/s' });
  });
  // The aim of issue 5: 10,000 terms cost at most 1.5× what 10 terms cost.
  results.push({
    name: 'matcher.scan.10000_terms.vs_10',
    value: msPerMB(scanMs[2]),
    unit: 'ms/MB',
    baseline: 'matcher.scan.10_terms',
    ...paired(scanMs[2], scanMs[0]),
  });
  return results;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void benchMatcher().then((results) => {
    for (const r of results) {
      process.stdout.write(`${r.name.padEnd(34)} ${String(r.value).padStart(10)} ${r.unit}${r.ratio !== undefined ? `  (${r.ratio}× ${r.baseline})` : ''}\n`);
    }
  });
}
