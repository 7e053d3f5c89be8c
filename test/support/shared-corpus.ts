/**
 * The one way a test reaches `../shared` (the team's corpus, scorer and peer test suites, checked out
 * beside the repository but never shipped with it).
 *
 * A user's clean clone has no `../shared`: a test that needs it prints one line and is skipped. Under
 * `CI=true`, where `../shared` must exist, a missing path is an error that fails the test file with a
 * message naming the path. Everything a test can take from the repository (the demo's feeds, pages and
 * watchlist in `config/demo/`) it reads from `DEMO_DIR` instead.
 *
 * Usage (at the top of a test file):
 * ```ts
 * import { needsShared, sharedPath } from '<rel>/test/support/shared-corpus.js';
 * const DEV = sharedPath('corpus/quotes/dev');
 * describe.skipIf(!needsShared('corpus/quotes/dev'))('dev corpus', () => { ... });
 * it.skipIf(!needsShared('corpus/seed'))('…', () => { ... });
 * ```
 * Only call `sharedPath` for paths you read inside a guarded `describe`/`it`/hook; never read them at
 * module level. `test/shared-guard.test.ts` fails when a test names `../shared` any other way.
 *
 * `WIREWATCH_SHARED_DIR` overrides where `../shared` is looked for (the guard test points it at a
 * missing folder to prove every reader is guarded).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root (the folder holding package.json). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The demo's bundled feeds, pages (`pages/`) and watchlist: ships with the repo, always present. */
export const DEMO_DIR = path.join(REPO_ROOT, 'config', 'demo');

/** Where `../shared` is looked for: `$WIREWATCH_SHARED_DIR`, else `<repo>/../shared`. */
export const SHARED_DIR = process.env.WIREWATCH_SHARED_DIR ? path.resolve(process.env.WIREWATCH_SHARED_DIR) : path.resolve(REPO_ROOT, '..', 'shared');

/** True when `CI` is set to anything but "", "0" or "false" (GitHub, GitLab and `.ci/run` set `CI=true`). */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

/** Absolute path of `rel` under `../shared` (e.g. `corpus/quotes/dev`); does not check that it exists. */
export function sharedPath(...rel: string[]): string {
  return path.join(SHARED_DIR, ...rel);
}

const announced = new Set<string>();

/**
 * Says whether every path in `rels` (relative to `../shared`) exists. When one is missing: under CI
 * throws an Error naming it (so the test file fails, loudly); otherwise prints one line to stderr
 * (once per path per test file) and returns false, for `describe.skipIf(!needsShared(...))`.
 * @throws Error when `CI` is set and a path is missing.
 */
export function needsShared(...rels: string[]): boolean {
  const missing = rels.filter((r) => !existsSync(sharedPath(r)));
  if (missing.length === 0) return true;
  const where = missing.map((r) => sharedPath(r)).join(', ');
  if (isCI()) {
    throw new Error(
      `CI=true but the shared corpus is missing: ${where} not found. CI must check out ../shared beside the repository ` +
        `(or set WIREWATCH_SHARED_DIR); locally these tests are skipped instead.`,
    );
  }
  const key = missing.join(',');
  if (!announced.has(key)) {
    announced.add(key);
    process.stderr.write(`skipped (no ../shared): tests that need ${missing.map((r) => `../shared/${r}`).join(', ')}\n`);
  }
  return false;
}

/**
 * The same rule for anything else a test needs from the machine (PostgreSQL, Chromium): pass what it
 * is and whether it is there. Missing: one printed line and `false` locally; an Error under `CI=true`.
 * ```ts
 * describe.skipIf(!needs('PostgreSQL at 127.0.0.1:5432', await canConnect(5432)))('postgres store', ...)
 * describe.skipIf(!needs('Chromium (/usr/bin/chromium)', existsSync('/usr/bin/chromium')))('browser', ...)
 * ```
 * @throws Error when `CI` is set and `available` is false
 */
export function needs(what: string, available: boolean): boolean {
  if (available) return true;
  if (isCI()) throw new Error(`CI=true but ${what} is not available: CI must provide it; locally the tests that need it are skipped instead.`);
  if (!announced.has(what)) {
    announced.add(what);
    process.stderr.write(`skipped (no ${what}): tests that need it\n`);
  }
  return false;
}
