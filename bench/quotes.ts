/**
 * Quote extraction benchmark (issue 6): articles per second through `extractQuotes` on the annotated
 * corpus (`../shared/corpus/quotes/dev/*.txt`, plus the seed article), and the ratio of its cost to a
 * bare `Intl.Segmenter` sentence pass over the same texts in the same run (how many sentence passes one
 * extraction costs). Falls back to the demo pages when the corpus is absent.
 *
 * Run alone: `npx tsx bench/quotes.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/model/article.js';
import { extractQuotes } from '../src/pipeline/quotes/index.js';
import { boundArticle } from '../src/pipeline/window.js';
import { benchTexts } from './corpus.js';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

export type { BenchResult } from './types.js';

/**
 * Scaling (issues 20 and 24): one article whose body is a single paragraph of 1×, 4× and 16× a base
 * size, through the service's path (`boundArticle` splitting long paragraphs, no window cut, then
 * `extractQuotes`). Linear cost shows as ratios near 4 and 16 against the 1× row.
 */
export function benchQuotesScaling(baseChars = 20_000): BenchResult[] {
  const sentence = 'The minister said the talks would resume next week, "We are ready to talk," he added. Officials met on Tuesday. ';
  const run = (n: number) => {
    const p = sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
    const article = { paragraphs: ['Headline', p] };
    const t0 = performance.now();
    extractQuotes(boundArticle(article, { windowChars: Infinity, paragraphChars: 3000 }));
    return performance.now() - t0;
  };
  run(baseChars); // warm-up
  const one = run(baseChars);
  return [1, 4, 16].map((k) => {
    const ms = k === 1 ? one : run(baseChars * k);
    return {
      name: `quotes.extract_one_paragraph_${k}x (${(baseChars * k) / 1000}k chars)`,
      value: ms,
      unit: 'ms',
      baseline: 'quotes.extract_one_paragraph_1x',
      ratio: ms / one,
    };
  });
}

/** CPU ms of one pass of `fn` over every article (the mean of `reps` passes: a cheap pass is repeated to be measurable). */
function passMs(articles: Article[], fn: (a: Article) => unknown, reps = 1): number {
  const c = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const a of articles) fn(a);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000 / reps;
}

/**
 * @returns `quotes.extract` (articles/s, median round) with the cost ratio to `quotes.segmenter_baseline`
 * (a bare Intl.Segmenter sentence pass over the same articles): extraction CPU ÷ baseline CPU per
 * paired round (`WIREWATCH_BENCH_QUOTES_ROUNDS`, default 5, at least 3), median and min (issue 23:
 * the goal is ≤ 5×); then the scaling rows.
 */
export async function benchQuotes(): Promise<BenchResult[]> {
  const articles = benchTexts();
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sink = 0;
  const baseline = (a: Article) => {
    for (const p of a.paragraphs) for (const s of seg.segment(p)) sink += s.segment.length;
  };
  const extract = (a: Article) => {
    sink += extractQuotes(a).length;
  };
  passMs(articles, baseline); // warm-up
  passMs(articles, extract);
  const rounds = Math.max(3, Number(process.env.WIREWATCH_BENCH_QUOTES_ROUNDS ?? 5));
  const base: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(passMs(articles, baseline, 20));
    ours.push(passMs(articles, extract));
  }
  if (sink < 0) throw new Error('unreachable');
  const perSec = (ms: number[]) => (articles.length * 1000) / summarise(ms).median;
  return [
    { name: 'quotes.segmenter_baseline', value: perSec(base), unit: 'articles/s' },
    {
      name: 'quotes.extract',
      value: perSec(ours),
      unit: "articles/s (ratio: CPU per article ÷ the baseline's)",
      baseline: 'quotes.segmenter_baseline',
      ...pairedRatio(ours, base),
    },
    ...benchQuotesScaling(),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchQuotes().then((rs) => {
    for (const r of rs) process.stdout.write(JSON.stringify(r) + '\n');
  });
}
