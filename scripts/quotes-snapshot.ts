/**
 * Byte-identity check for quote extraction (issue 23): runs the built CLI (`node dist/cli/main.js
 * quotes --json`) over every corpus the extractor is measured on and writes the output to a file
 * outside the repository (the PolNeAR output holds its text, which must never enter the repo).
 *
 *   npx tsx scripts/quotes-snapshot.ts save  [FILE]   # default /tmp/wirewatch-quotes-snapshot.jsonl
 *   npx tsx scripts/quotes-snapshot.ts check [FILE]   # exit 1 and name the files whose output differs
 *
 * Build first (`npm run build`): the snapshot is of `dist/`, the code the scorer runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const corpora = [
  '../shared/corpus/quotes/dev',
  '../shared/corpus/seed',
  ...readdirSync('test')
    .filter((d) => d.startsWith('holdout'))
    .map((d) => join('test', d)),
  '../shared/corpus/real-en/polnear-train',
];

/** Every `.txt` article of the corpora above, in a fixed order. */
function inputFiles(): string[] {
  const files: string[] = [];
  for (const dir of corpora) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing`);
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  }
  return files;
}

/** The CLI's JSON lines for every input file, run in batches (argument lists stay short). */
function snapshot(): string {
  const files = inputFiles();
  const out: string[] = [];
  for (let i = 0; i < files.length; i += 200) {
    const batch = files.slice(i, i + 200);
    out.push(execFileSync('node', ['dist/cli/main.js', 'quotes', '--json', ...batch], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  }
  return out.join('');
}

const [mode = 'check', file = '/tmp/wirewatch-quotes-snapshot.jsonl'] = process.argv.slice(2);
const now = snapshot();
if (mode === 'save') {
  writeFileSync(file, now);
  process.stdout.write(`saved ${now.split('\n').length - 1} lines to ${file}\n`);
} else {
  const was = readFileSync(file, 'utf8');
  if (was === now) {
    process.stdout.write(`identical: ${now.split('\n').length - 1} lines\n`);
  } else {
    const a = was.split('\n');
    const b = now.split('\n');
    const differ = b.filter((line, i) => line !== a[i]).map((line) => (JSON.parse(line || '{"file":"(end)"}') as { file: string }).file);
    process.stdout.write(`DIFFERENT: ${differ.length} file(s): ${differ.slice(0, 20).join(' ')}\n`);
    if (a.length !== b.length) process.stdout.write(`line counts ${a.length} → ${b.length}\n`);
    process.exit(1);
  }
}
