/**
 * Keeps the fast loop fast by rule (issue 22): a test that starts a Node process or worker threads,
 * or needs PostgreSQL, belongs to the `slow` project, and a guard that scores a whole annotated corpus
 * belongs to `corpus` (vitest.config.ts lists both). A new file of either kind left in `unit` fails
 * here, naming the file and the list to put it in; a listed file that no longer exists fails too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_TESTS, SLOW_TESTS } from '../vitest.config.js';
import { REPO_ROOT } from './support/shared-corpus.js';

/** Starts node (the CLI, a child vitest), a worker pool, or reaches PostgreSQL. */
const STARTS_PROCESSES = /\bprocess\.execPath\b|\bnew WorkerPool\(|support\/postgres\.js'/;
/** Scores every article of a corpus: the quote scorer, or the matcher over the corpus watchlist. */
const SCORES_A_CORPUS = /\bscoreFolder\(|needsShared\([^)]*'corpus\/watchlist\.yaml'/;

/** Every test file outside test/e2e, repository-relative with `/`. */
function testFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (rel !== 'test/e2e') walk(rel);
      } else if (rel.endsWith('.test.ts')) out.push(rel);
    }
  };
  walk('src');
  walk('test');
  return out.filter((f) => f !== 'test/projects.test.ts').sort(); // this file names the forms it looks for
}

describe('vitest projects', () => {
  const files = testFiles();
  const code = (f: string): string => readFileSync(path.join(REPO_ROOT, f), 'utf8');

  it('puts every process-, thread- or PostgreSQL-starting test in slow and every whole-corpus guard in corpus', () => {
    expect(files.length).toBeGreaterThan(100);
    const unit = files.filter((f) => !SLOW_TESTS.includes(f) && !CORPUS_TESTS.includes(f));
    expect(unit.filter((f) => STARTS_PROCESSES.test(code(f))).map((f) => `${f}: add it to SLOW_TESTS`)).toEqual([]);
    expect(unit.filter((f) => SCORES_A_CORPUS.test(code(f))).map((f) => `${f}: add it to CORPUS_TESTS`)).toEqual([]);
    // the rules must see the forms they look for
    expect(STARTS_PROCESSES.test("spawnSync(process.execPath, [tsx, main, '--version'])")).toBe(true);
    expect(STARTS_PROCESSES.test("import { needsPostgres } from '../../test/support/postgres.js'")).toBe(true);
    expect(SCORES_A_CORPUS.test("await scoreFolder(path.join(REPO_ROOT, 'test', set), scorer)")).toBe(true);
    expect(STARTS_PROCESSES.test("import { spawn } from 'node:child_process'")).toBe(false);
  });

  it('lists only files that exist, each in one list', () => {
    expect([...SLOW_TESTS, ...CORPUS_TESTS].filter((f) => !existsSync(path.join(REPO_ROOT, f)))).toEqual([]);
    expect(SLOW_TESTS.filter((f) => CORPUS_TESTS.includes(f))).toEqual([]);
  });
});
