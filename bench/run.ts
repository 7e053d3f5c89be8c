/**
 * `npm run bench`: every benchmark of the project, each printed as a figure and as a ratio against
 * a baseline measured in the same run (so machines of different speed give comparable ratios).
 * Results go to stdout as a table, or JSON lines with `--json`.
 */
import type { BenchResult } from './types.js';

type Suite = { name: string; load: () => Promise<() => Promise<BenchResult[]>> };

const SUITES: Suite[] = [
  { name: 'reader', load: async () => (await import('./reader.js')).benchReader },
  { name: 'matcher', load: async () => (await import('./matcher.js')).benchMatcher },
  { name: 'quotes', load: async () => (await import('./quotes.js')).benchQuotes },
  { name: 'service', load: async () => (await import('./service.js')).benchService },
  { name: 'digest', load: async () => (await import('./digest.js')).benchDigest },
  { name: 'scheduler', load: async () => (await import('./scheduler.js')).benchScheduler },
];

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const suite of SUITES) {
    if (only.length && !only.includes(suite.name)) continue;
    process.stderr.write(`bench: ${suite.name}…\n`);
    const results = await (await suite.load())();
    for (const r of results) {
      if (json) {
        process.stdout.write(JSON.stringify({ suite: suite.name, ...r }) + '\n');
      } else {
        const ratio = r.ratio === undefined ? '' : `  ${fmt(r.ratio)}× ${r.baseline ?? 'baseline'}`;
        process.stdout.write(`${suite.name.padEnd(8)} ${r.name.padEnd(48)} ${fmt(r.value).padStart(12)} ${r.unit}${ratio}\n`);
      }
    }
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
