import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFileOf, runScript, saveCodeCache } from './code-cache.js';

const dirs: string[] = [];
afterEach(() => {
  saveCodeCache(); // a test that left its saver behind: drop it (writes only into its temp dir)
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete (globalThis as Record<string, unknown>).__wwCodeCacheTest;
});

/** A CommonJS script in a new temp dir that records what it sees. */
function script(body = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ww-code-cache-test-'));
  dirs.push(dir);
  const file = path.join(dir, 'bundle.cjs');
  writeFileSync(
    file,
    `"use strict";${body}globalThis.__wwCodeCacheTest = { file: __filename, dir: __dirname, sep: require('node:path').sep, strict: (function () { return this; })() === undefined, exported: typeof module.exports };`,
  );
  return file;
}

const seen = () => (globalThis as Record<string, unknown>).__wwCodeCacheTest as Record<string, unknown>;

describe('runScript (the CLI bundle through V8 code cache, ADR 0286)', () => {
  it('runs the script as a module of its own path, writes the cache once, and uses it on the next run', () => {
    const file = script();
    expect(runScript(file)).toBe('none');
    expect(seen()).toEqual({ file, dir: path.dirname(file), sep: path.sep, strict: true, exported: 'object' });
    expect(existsSync(cacheFileOf(file))).toBe(false);
    expect(saveCodeCache()).toBe(true);
    expect(existsSync(cacheFileOf(file))).toBe(true);
    expect(saveCodeCache()).toBe(false); // once
    expect(runScript(file)).toBe('accepted');
    expect(saveCodeCache()).toBe(false); // an accepted cache is not rewritten
  });

  it('compiles from source when V8 rejects the cache, and replaces it', () => {
    const file = script();
    writeFileSync(cacheFileOf(file), Buffer.from('not a code cache'));
    expect(runScript(file)).toBe('rejected');
    expect(seen().file).toBe(file);
    expect(saveCodeCache()).toBe(true);
    expect(runScript(file)).toBe('accepted');
  });

  it('WIREWATCH_CODE_CACHE=off reads and writes no cache', () => {
    const file = script();
    expect(runScript(file, { WIREWATCH_CODE_CACHE: 'off' })).toBe('off');
    expect(saveCodeCache()).toBe(false);
    expect(existsSync(cacheFileOf(file))).toBe(false);
  });

  it('reads a script with non-ASCII text as UTF-8', () => {
    const file = script('globalThis.__wwCodeCacheWord = "Niš";');
    runScript(file);
    expect((globalThis as Record<string, unknown>).__wwCodeCacheWord).toBe('Niš');
    delete (globalThis as Record<string, unknown>).__wwCodeCacheWord;
  });

  it('names the cache after the bundle, the Node version and the architecture', () => {
    expect(cacheFileOf('/x/wirewatch-abc.cjs')).toBe(`/x/wirewatch-abc.cjs.node-${process.version}-${process.arch}.cache`);
  });
});
