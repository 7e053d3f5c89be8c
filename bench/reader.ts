/**
 * Reader benchmark (issues 3, 16): throughput of `parseFeed` (sniffing, charset decoding, the tree
 * parser, recovery, normalisation to plain-text items) on the peers corpora, in bytes/s and items/s, and as ratios
 * against bare rss-parser `parseString` (UTF-8 decoding only) and bare feedsmith `parseFeed` measured
 * in the same run. A ratio below 1 is the price of the normalisation (HTML → text, dates, URLs, keys).
 *
 * Corpora: `../shared/corpus/feeds/peers/rss-parser/input` (31 real feeds, ~3.4 MB),
 * `../shared/corpus/feeds/peers/feedparser` (2,090 small test documents) and
 * `../shared/corpus/feeds/newsroom` (the newsroom's own feeds, repeated 10×). Ratios are per paired
 * round (5, 3 and 5 rounds), median and min.
 * Run alone: `npx tsx bench/reader.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Parser from 'rss-parser';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeed } from '../src/reader/parser/index.js';
import { pairedRatio, summarise } from './stats.js';
import type { BenchResult } from './types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PEERS = path.resolve(repo, '../shared/corpus/feeds/peers');
const NEWSROOM = path.resolve(repo, '../shared/corpus/feeds/newsroom');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(xml|rss|atom)$/.test(f) ? [p] : [];
  });
}

interface Run {
  ms: number;
  items: number;
}

type Parse = (doc: Buffer) => Promise<number>;

/** A full garbage collection, outside the timed section (V8's `gc`, exposed for this process only). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * One pass of `fn` over every document: milliseconds of this process's CPU time (user + system, all its
 * threads, so garbage collection counts) and items found (a rejected document counts zero). CPU time,
 * not wall time: on a machine shared with other builds, wall time measures their load as much as ours.
 */
async function once(docs: Buffer[], fn: Parse): Promise<Run> {
  collectGarbage(); // each parser starts clean instead of paying for the previous one's garbage
  const t0 = process.cpuUsage();
  let items = 0;
  for (const d of docs) {
    try {
      items += await fn(d);
    } catch {
      // a document this parser rejects counts zero items
    }
  }
  const used = process.cpuUsage(t0);
  return { ms: (used.user + used.system) / 1000, items };
}

/**
 * Measures the parsers in turn, round after round (A, B, C, A, B, C, ...) after one warm-up round each:
 * on a machine shared with other work, interleaving exposes every parser of a round to the same load.
 * @returns each parser's runs, one per round (ratios are taken per round: paired)
 */
async function measureInTurn(docs: Buffer[], rounds: number, fns: Parse[]): Promise<Run[][]> {
  for (const fn of fns) await once(docs, fn);
  const runs: Run[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, fn] of fns.entries()) runs[i].push(await once(docs, fn));
  }
  return runs;
}

async function benchCorpus(label: string, docs: Buffer[], rounds: number): Promise<BenchResult[]> {
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  const [ours, rss, fsm] = await measureInTurn(docs, rounds, [
    async (d) => (await parseFeed(d)).items.length,
    async (d) => ((await new Parser().parseString(d.toString('utf8'))).items ?? []).length,
    async (d) => {
      const r = feedsmithParse(d.toString('utf8')) as unknown as { feed: { items?: unknown[]; entries?: unknown[] } };
      return (r.feed.items ?? r.feed.entries ?? []).length;
    },
  ]);
  const ms = (runs: Run[]) => runs.map((r) => r.ms);
  const bps = (runs: Run[]) => bytes / (summarise(ms(runs)).median / 1000);
  // Throughput ratio per round = the baseline's CPU time ÷ ours (same bytes).
  const throughput = (base: Run[]) => pairedRatio(ms(base), ms(ours));
  const t = throughput(rss);
  return [
    // The figure issues 16 and 23 ask for: parseFeed (all robustness on) over bare rss-parser, same documents, same run.
    {
      name: `${label}: parseFeed/rss-parser throughput ratio`,
      value: t.ratio,
      unit: `× (min ${t.ratioMin.toFixed(2)} over ${t.rounds} rounds)`,
      baseline: 'rss-parser',
      ...t,
    },
    { name: `${label}: parseFeed bytes/s`, value: bps(ours), unit: 'B/s', baseline: 'feedsmith', ...throughput(fsm) },
    { name: `${label}: bare rss-parser bytes/s`, value: bps(rss), unit: 'B/s' },
    { name: `${label}: bare feedsmith bytes/s`, value: bps(fsm), unit: 'B/s' },
    { name: `${label}: items found parseFeed / rss-parser / feedsmith`, value: ours[0].items, unit: `items (${rss[0].items} / ${fsm[0].items})` },
  ];
}

/**
 * The reader's throughput figures on the peers corpora.
 * @returns per corpus: parseFeed bytes/s and items/s with ratios against bare rss-parser and bare
 *   feedsmith, the two baselines' bytes/s, and the item counts each found; [] when the corpus is absent
 */
export async function benchReader(): Promise<BenchResult[]> {
  const peers = filesUnder(path.join(PEERS, 'rss-parser/input')).map((f) => readFileSync(f));
  const feedparser = filesUnder(path.join(PEERS, 'feedparser')).map((f) => readFileSync(f));
  // The newsroom feeds are few and small: repeated so that a round is measurable.
  const newsroom = filesUnder(NEWSROOM).map((f) => readFileSync(f));
  const out: BenchResult[] = [];
  if (peers.length) out.push(...(await benchCorpus('rss-parser peers', peers, 5)));
  if (feedparser.length) out.push(...(await benchCorpus('feedparser corpus', feedparser, 3)));
  if (newsroom.length) out.push(...(await benchCorpus('newsroom feeds', Array.from({ length: 10 }, () => newsroom).flat(), 5)));
  return out;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  for (const r of await benchReader()) {
    const ratio = r.ratio === undefined ? '' : `  ${r.ratio.toFixed(2)}× ${r.baseline}`;
    console.log(`${r.name.padEnd(60)} ${r.value.toFixed(0).padStart(12)} ${r.unit}${ratio}`);
  }
}
