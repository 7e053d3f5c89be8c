/**
 * Keeps README.md's long sections identical to their sources in docs/: every block
 *   <!-- include docs/NAME.md -->
 *   ...
 *   <!-- end include -->
 * is replaced with the file's current text. `npm run docs:readme` rewrites README.md;
 * `--check` exits 1 when it is stale (the test suite runs that check).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
const BLOCK = /<!-- include (\S+) -->\n[\s\S]*?<!-- end include -->/g;

/**
 * Rewrites the relative Markdown links of an included file (`[x](term-syntax.md)` in docs/) so that
 * they still point at the same file from README.md at the repository root (`docs/term-syntax.md`).
 */
export function relinked(text: string, includedFile: string): string {
  const dir = posix.dirname(includedFile);
  if (dir === '.') return text;
  return text.replace(/\]\((?!https?:|mailto:|#|\/)([^)\s]+)\)/g, (_all, target: string) => `](${posix.normalize(posix.join(dir, target))})`);
}

/** README.md with every include block filled from its file. */
export async function renderReadme(readme: string): Promise<string> {
  const parts: string[] = [];
  let last = 0;
  for (const m of readme.matchAll(BLOCK)) {
    const body = relinked((await readFile(root + m[1], 'utf8')).trimEnd(), m[1]);
    parts.push(readme.slice(last, m.index), `<!-- include ${m[1]} -->\n${body}\n<!-- end include -->`);
    last = m.index! + m[0].length;
  }
  parts.push(readme.slice(last));
  return parts.join('');
}

async function main(): Promise<void> {
  const file = root + 'README.md';
  const current = await readFile(file, 'utf8');
  const next = await renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('README.md is stale: run npm run docs:readme\n');
      process.exitCode = 1;
    }
    return;
  }
  await writeFile(file, next);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
