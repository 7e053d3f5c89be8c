/**
 * `npm run bench`: every benchmark of the project, each printed as a figure and as a ratio against
 * a baseline measured in the same run (so machines of different speed give comparable ratios).
 * Results go to stdout as a table, or JSON lines with `--json`; then the goal table of issue 23
 * (`goals.ts`) with a one-line verdict per goal, which also replaces the measured rows of the table in
 * `docs/benchmarks.md` (`--no-docs` leaves the file alone).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGoals, verdictLines, writeGoalsTable } from './goals.js';
import type { BenchResult } from './types.js';

type Suite = { name: string; load: () => Promise<() => Promise<BenchResult[]>>; only?: boolean };

const SUITES: Suite[] = [
  { name: 'reader', load: async () => (await import('./reader.js')).benchReader },
  { name: 'matcher', load: async () => (await import('./matcher.js')).benchMatcher },
  { name: 'quotes', load: async () => (await import('./quotes.js')).benchQuotes },
  { name: 'service', load: async () => (await import('./service.js')).benchService },
  { name: 'digest', load: async () => (await import('./digest.js')).benchDigest },
  { name: 'scheduler', load: async () => (await import('./scheduler.js')).benchScheduler },
  { name: 'limits', load: async () => (await import('./poll-limits.js')).benchPollLimits },
  { name: 'startup', load: async () => (await import('./startup.js')).benchStartup },
  // Not in a plain `npm run bench`: it needs PostgreSQL. `npm run bench -- scale`.
  { name: 'scale', load: async () => (await import('./scale.js')).benchScale, only: true },
];

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/benchmarks.md');

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const all: BenchResult[] = [];
  for (const suite of SUITES) {
    if (only.length ? !only.includes(suite.name) : suite.only) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    const results = await (await suite.load())();
    all.push(...results);
    for (const r of results) {
      if (json) {
        process.stdout.write(JSON.stringify({ suite: suite.name, ...r }) + '\n');
      } else {
        const spread = r.ratioMin === undefined ? '' : ` (min ${fmt(r.ratioMin)}, ${r.rounds} rounds)`;
        const ratio = r.ratio === undefined ? '' : `  ${fmt(r.ratio)}×${spread} ${r.baseline ?? 'baseline'}`;
        process.stdout.write(`${suite.name.padEnd(8)} ${r.name.padEnd(48)} ${fmt(r.value).padStart(12)} ${r.unit}${ratio}\n`);
      }
    }
  }
  const goals = checkGoals(all);
  if (goals.length === 0) return;
  if (json) {
    for (const g of goals) process.stdout.write(JSON.stringify({ goal: g }) + '\n');
  } else {
    process.stdout.write('\nGoals (issue 23), median over paired rounds (min):\n');
    for (const line of verdictLines(goals)) process.stdout.write(`  ${line}\n`);
  }
  if (!process.argv.includes('--no-docs')) {
    const sizes = process.env.WIREWATCH_BENCH_FEEDS ? `, WIREWATCH_BENCH_FEEDS=${process.env.WIREWATCH_BENCH_FEEDS}` : '';
    writeGoalsTable(DOCS, goals, `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${sizes}`);
    process.stderr.write(`bench: goal table written to ${path.relative(process.cwd(), DOCS)}\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
