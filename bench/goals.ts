/**
 * The performance goals of issue 23, each a ratio against a bare baseline measured in the same run,
 * checked against the figures of `npm run bench`: one table row and one verdict line per goal.
 * `docs/benchmarks.md` keeps the table between the `bench-goals` markers; `writeGoalsTable` replaces
 * the rows measured in this run and keeps the others as they were.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchResult } from './types.js';

export type Verdict = 'met' | 'missed' | 'reported';

export interface GoalRow {
  work: string;
  baseline: string;
  goal: string;
  /** The figure as measured: median (min) over the rounds. */
  now: string;
  verdict: Verdict;
}

interface Goal {
  work: string;
  baseline: string;
  goal: string;
  /** Null when the suite behind it did not run (or its corpus is absent). */
  check(r: Map<string, BenchResult>): { now: string; verdict: Verdict } | null;
}

const x = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
/** `1.69× (min 1.52, 5 rounds)` */
const ratioText = (r: BenchResult) => `${x(r.ratio!)}× (min ${x(r.ratioMin ?? r.ratio!)}, ${r.rounds ?? 1} rounds)`;

const GOALS: Goal[] = [
  {
    work: 'reader (decode + parse + normalise)',
    baseline: 'bare rss-parser `parseString` on the same bytes',
    goal: '≥ 0.8× throughput',
    check(r) {
      const corpora = [
        ['rss-parser peers', 'real feeds'],
        ['feedparser corpus', "other projects' test feeds"],
        ['newsroom feeds', 'newsroom feeds'],
      ].flatMap(([k, label]) => {
        const f = r.get(`${k}: parseFeed/rss-parser throughput ratio`);
        return f ? [{ f, label }] : [];
      });
      if (corpora.length === 0) return null;
      return {
        now: corpora.map(({ f, label }) => `${ratioText(f)} on ${label}`).join('; '),
        verdict: corpora.every(({ f }) => f.ratio! >= 0.8) ? 'met' : 'missed',
      };
    },
  },
  {
    work: 'quote extraction',
    baseline: 'a bare `Intl.Segmenter` sentence pass over the same text',
    goal: '≤ 5×',
    check(r) {
      const f = r.get('quotes.extract');
      return f ? { now: ratioText(f), verdict: f.ratio! <= 5 ? 'met' : 'missed' } : null;
    },
  },
  {
    work: 'quote extraction, 1× → 4× → 16× a long article',
    baseline: 'the 1× article (English corpus bodies in one article)',
    goal: 'linear growth',
    check(r) {
      const four = r.get('quotes.long_article_4x');
      const sixteen = r.get('quotes.long_article_16x');
      if (!four || !sixteen) return null;
      // Linear: 4× and 16× the text cost about 4× and 16× (≤ 1.25× that allows for noise); quadratic ≈ 16× and 256×.
      return {
        now: `4× ${ratioText(four)}; 16× ${ratioText(sixteen)}`,
        verdict: four.ratio! <= 5 && sixteen.ratio! <= 20 ? 'met' : 'missed',
      };
    },
  },
  {
    work: 'matcher',
    baseline: 'a bare fold pass over the same paragraphs',
    goal: '≤ 2×; 10 → 10,000 terms flat',
    check(r) {
      const ten = r.get('matcher.scan.10_terms');
      const big = r.get('matcher.scan.10000_terms');
      const scale = r.get('matcher.scan.10000_terms.vs_10');
      if (!ten || !big || !scale) return null;
      return {
        now: `10 terms ${ratioText(ten)}; 10,000 terms ${ratioText(big)}; scaling 10 → 10,000 terms ${ratioText(scale)}`,
        verdict: ten.ratio! <= 2 && big.ratio! <= 2 ? 'met' : 'missed',
      };
    },
  },
  {
    work: 'poll cycle, all 304',
    baseline: 'a bare undici loop, same concurrency',
    goal: '≤ 2× CPU, peak RSS ≤ 256 MB',
    check(r) {
      const cpu = r.get('service.all_304.cpu_per_feed');
      const rss = r.get('service.all_304.peak_rss');
      const feeds = r.get('service.all_304.feeds');
      if (!cpu || !rss) return null;
      return {
        now: `${ratioText(cpu)} CPU, ${rss.value.toFixed(0)} MiB (${feeds?.value ?? '?'} feeds)`,
        verdict: cpu.ratio! <= 2 && rss.value * 1.048576 <= 256 ? 'met' : 'missed',
      };
    },
  },
  {
    work: 'poll cycle, 5% changed',
    baseline: 'the same',
    goal: 'report CPU per new item and where it goes',
    check(r) {
      const cpu = r.get('service.changed.cpu_per_feed');
      const item = r.get('service.changed.cpu_per_new_item');
      const rss = r.get('service.changed.peak_rss');
      if (!cpu || !rss) return null;
      return {
        now: `${ratioText(cpu)} CPU, ${rss.value.toFixed(0)} MiB; ${item ? `${x(item.value)} ms CPU per new item` : 'no new item'} (profile: docs/benchmarks.md)`,
        verdict: 'reported',
      };
    },
  },
  {
    work: 'per-host limits, 10,000 feeds on one host',
    baseline: 'the same feeds on distinct hosts',
    goal: 'linear growth',
    check(r) {
      const one = r.get('limits.one_host.10000');
      const growth = r.get('limits.one_host.growth_10000_vs_2500');
      if (!one || !growth) return null;
      // Linear: 4× the feeds cost about 4× (≤ 5× allows for noise); quadratic would be ≈ 16×.
      return { now: `${ratioText(one)} of distinct hosts; ${ratioText(growth)} for 4× the feeds`, verdict: growth.ratio! <= 5 ? 'met' : 'missed' };
    },
  },
  {
    work: 'digest fan-out',
    baseline: 'compose + render for 1,000 subscriptions',
    goal: '≤ 1 s CPU in total',
    check(r) {
      const f = r.get('digest.fanout_total');
      return f ? { now: `${(f.value / 1000).toFixed(2)} s CPU (${f.unit.replace(/^ms CPU for /, '')})`, verdict: f.value <= 1000 ? 'met' : 'missed' } : null;
    },
  },
  {
    work: 'start-up',
    baseline: 'a bare HTTP server answering 200',
    goal: '`run` → `/readyz` ≤ 2×',
    check(r) {
      const cpu = r.get('startup.run_readyz.cpu');
      const wall = r.get('startup.run_readyz.wall');
      if (!cpu || !wall) return null;
      return { now: `${ratioText(wall)} wall, ${ratioText(cpu)} CPU`, verdict: wall.ratio! <= 2 && cpu.ratio! <= 2 ? 'met' : 'missed' };
    },
  },
];

/** The goal rows this run measured (by `work`). */
export function checkGoals(results: BenchResult[]): GoalRow[] {
  const byName = new Map(results.map((r) => [r.name, r]));
  return GOALS.flatMap((g) => {
    const c = g.check(byName);
    return c ? [{ work: g.work, baseline: g.baseline, goal: g.goal, ...c }] : [];
  });
}

/** One line per goal: `reader …: MET — 1.69× … (goal ≥ 0.8× throughput)`. */
export function verdictLines(rows: GoalRow[]): string[] {
  return rows.map((r) => `${r.work}: ${r.verdict.toUpperCase()} — ${r.now} (goal ${r.goal}; baseline ${r.baseline})`);
}

const BEGIN = '<!-- bench-goals:begin (written by npm run bench) -->';
const END = '<!-- bench-goals:end -->';
const HEADER = ['| work | baseline in the same run | goal | now: median (min, rounds) | verdict | measured |', '|---|---|---|---|---|---|'];

/**
 * Replaces the goal table in `file` (between the markers; appended when absent): rows measured now
 * replace those of the same `work`, the others stay; rows keep the order of the goals.
 */
export function writeGoalsTable(file: string, rows: GoalRow[], measured: string): void {
  const text = readFileSync(file, 'utf8');
  const old = new Map<string, string>();
  const at = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (at >= 0 && end > at) {
    for (const line of text.slice(at + BEGIN.length, end).split('\n')) {
      const work = /^\| ([^|]+) \|/.exec(line)?.[1].trim();
      if (work && !line.startsWith('| work ') && !line.startsWith('|---')) old.set(work, line);
    }
  }
  const fresh = new Map(
    rows.map((r) => [
      r.work,
      `| ${r.work} | ${r.baseline} | ${r.goal} | ${r.now} | ${r.verdict === 'met' ? '✓ met' : r.verdict === 'missed' ? '✗ missed' : 'reported'} | ${measured} |`,
    ]),
  );
  const lines = GOALS.map((g) => fresh.get(g.work) ?? old.get(g.work) ?? `| ${g.work} | ${g.baseline} | ${g.goal} | not measured yet | | |`);
  const block = [BEGIN, ...HEADER, ...lines, END].join('\n');
  const next = at >= 0 && end > at ? text.slice(0, at) + block + text.slice(end + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
