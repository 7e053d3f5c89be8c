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
import type { BenchResult } from './types.js';

export type { BenchResult } from './types.js';


/** Runs `fn` over all articles repeatedly for at least `minMs`; returns articles per second. */
function rate(articles: Article[], fn: (a: Article) => unknown, minMs = 1500): number {
  for (const a of articles) fn(a); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (const a of articles) fn(a);
    n += articles.length;
    t = performance.now();
  }
  return (n * 1000) / (t - t0);
}

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
    return { name: `quotes.extract_one_paragraph_${k}x (${(baseChars * k) / 1000}k chars)`, value: ms, unit: 'ms', baseline: 'quotes.extract_one_paragraph_1x', ratio: ms / one };
  });
}

/**
 * @returns `quotes.extract` (articles/s) with its ratio to `quotes.segmenter_baseline` (articles/s of a
 * bare Intl.Segmenter sentence pass): ratio = extract rate ÷ baseline rate (1 would mean as fast).
 */
export async function benchQuotes(): Promise<BenchResult[]> {
  const articles = benchTexts();
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sink = 0;
  const baseline = rate(articles, (a) => {
    for (const p of a.paragraphs) for (const s of seg.segment(p)) sink += s.segment.length;
  });
  const extract = rate(articles, (a) => {
    sink += extractQuotes(a).length;
  });
  if (sink < 0) throw new Error('unreachable');
  return [
    { name: 'quotes.segmenter_baseline', value: baseline, unit: 'articles/s' },
    { name: 'quotes.extract', value: extract, unit: 'articles/s', baseline: 'quotes.segmenter_baseline', ratio: extract / baseline },
    ...benchQuotesScaling(),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchQuotes().then((rs) => {
    for (const r of rs) process.stdout.write(JSON.stringify(r) + '\n');
  });
}
