import { defineConfig } from 'vitest/config';

/**
 * Four projects; `npm test` (`vitest run`) runs every one of them, as CI does (`.ci/run`). ADR 0124.
 *
 * - `unit` — tests beside the code plus the repo-level checks in test/*.test.ts: the fast loop while
 *   developing (`npm run test:unit`, well under a minute on 2 quiet cores). Two workers (vitest's
 *   default on a 2-core machine is ONE: cores − 1), and the files of a worker share one module graph
 *   (`isolate: false`): importing the service's graph afresh for each of ~180 files cost two thirds
 *   of the loop's CPU time. A test file must therefore leave no global state behind (spies are
 *   restored after each test by `restoreMocks`); `npx vitest run --project unit --isolate` checks
 *   that a failure is not a leak from another file.
 * - `corpus` — the guards that score whole annotated corpora (the dev corpus in ../shared and the
 *   held-out sets in test/holdout*) with the extractor and the matcher (`npm run test:corpus`). Run it
 *   after changing `src/pipeline/`.
 * - `slow` — tests that start Node processes (the CLI, a child vitest) or worker threads, or need
 *   PostgreSQL (`npm run test:slow`).
 * - `e2e` — whole-service runs over loopback servers in test/e2e (`npm run test:e2e`).
 *
 * A test file belongs to exactly one project: `corpus` and `slow` list their files below and `unit`
 * excludes both lists; test/projects.test.ts fails when a test of either kind is left in `unit`.
 * `slow` and `e2e` run after the others, one file at a time, as all files did before.
 */

/** Whole-corpus scoring guards: every article of a corpus through the extractor or the matcher. */
export const CORPUS_TESTS = ['src/pipeline/quotes/corpus.test.ts', 'src/pipeline/quotes/holdout.test.ts', 'src/pipeline/matcher/corpus.test.ts'];

/**
 * Tests that start Node processes or worker threads, or need PostgreSQL at 127.0.0.1:5432 — and the one
 * that must have its own module graph for its module mocks.
 */
export const SLOW_TESTS = [
  'test/shared-guard.test.ts', // runs the ../shared tests in a child vitest, twice
  'src/cli/help.cli.test.ts', // spawns the CLI through tsx
  'src/worker/pool.test.ts', // worker threads, each loading its entry through tsx
  'src/store/postgres/postgres-store.test.ts', // PostgreSQL
  'src/store/postgres/alert-cap.test.ts', // PostgreSQL
  'src/cluster/alert-race.test.ts', // PostgreSQL
  'src/cli/db-postgres.test.ts', // PostgreSQL
  'src/cluster/leader.test.ts', // PostgreSQL
  'src/cluster/host-slots.test.ts', // PostgreSQL
  // Mocks the quote extractor's text helpers (vi.mock) to count calls: needs a module graph of its own,
  // which `unit` (isolate: false) does not give when another file imported them first (CI saw 0 calls).
  'src/pipeline/quotes/linearity.test.ts',
];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/*.test.ts'],
          exclude: ['node_modules/**', 'dist/**', ...CORPUS_TESTS, ...SLOW_TESTS],
          maxWorkers: 2,
          isolate: false,
          restoreMocks: true,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'corpus', include: CORPUS_TESTS, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'slow', include: SLOW_TESTS, maxWorkers: 1, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
