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
import { detectLanguage, extractQuotes } from '../src/pipeline/quotes/index.js';
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

/**
 * Linearity (issue 23): one long article, the English corpus articles' bodies one after another under one
 * headline, at 1×, 4× and 16× (the body repeated), through `extractQuotes`. Per paired round the 1× article
 * is extracted 16 times, the 4× one 4 times and the 16× one once (the same text each), and the ratios are
 * CPU(k×) ÷ CPU(1×): linear cost gives about 4 and 16, a scan of everything before each sentence or
 * name about 16 and 256.
 */
export function benchQuotesLinearity(articles: Article[], rounds = 3): BenchResult[] {
  const en = articles.filter((a) => detectLanguage(a.paragraphs.join('\n')) === 'en');
  if (en.length === 0) return [];
  const body = en.flatMap((a) => a.paragraphs.slice(1));
  const long = (k: number): Article => ({ ...en[0], language: 'en', paragraphs: [en[0].paragraphs[0], ...Array.from({ length: k }, () => body).flat()] });
  const sizes = [1, 4, 16].map((k) => ({ k, article: long(k) }));
  let sink = 0;
  const cpu = (a: Article, reps: number) => passMs([a], (x) => (sink += extractQuotes(x).length), reps) * reps;
  for (const { article } of sizes) cpu(article, 1); // warm-up
  const ms = new Map<number, number[]>(sizes.map(({ k }) => [k, []]));
  for (let r = 0; r < rounds; r++) for (const { k, article } of sizes) ms.get(k)!.push(cpu(article, 16 / k));
  if (sink < 0) throw new Error('unreachable');
  const one = ms.get(1)!.map((v) => v / 16);
  const chars = (k: number) => `${Math.round(sizes.find((s) => s.k === k)!.article.paragraphs.join('\n').length / 1000)}k chars`;
  return sizes.map(({ k }) => ({
    name: `quotes.long_article_${k}x`,
    value: summarise(ms.get(k)!).median / (16 / k),
    unit: `ms CPU per extraction (${chars(k)}; ratio: ÷ the 1× article's, ${k}× is linear)`,
    baseline: 'quotes.long_article_1x',
    ...pairedRatio(
      ms.get(k)!.map((v) => v / (16 / k)),
      one,
    ),
  }));
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
 * the goal is ≤ 5×); then the linearity rows (`benchQuotesLinearity`) and the one-paragraph scaling rows.
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
    ...benchQuotesLinearity(articles),
    ...benchQuotesScaling(),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchQuotes().then((rs) => {
    for (const r of rs) process.stdout.write(JSON.stringify(r) + '\n');
  });
}
