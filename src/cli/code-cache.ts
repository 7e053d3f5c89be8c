/**
 * V8's code cache for the CLI bundle (ADR 0286), on Node 20 and 22 alike. `wirewatch` is one CommonJS
 * script (`dist/cli/wirewatch-HASH.cjs`, HASH its content's): run through `vm.Script` with the cache
 * file beside it, V8 takes the compiled code from the cache instead of parsing and compiling the
 * megabytes of code a start needs (Node 20 gives no ES module a code cache; Node 22's compile cache,
 * `compile-cache.ts`, still serves the packages loaded from node_modules).
 *
 * The cache file is per bundle (its name holds the bundle's hash: V8 itself only checks the source's
 * length), per Node version and architecture; V8 checks the rest (its version, its flags) and rejects a
 * cache that does not fit (`cachedDataRejected`): the script is then compiled from source, as without
 * one. `saveCodeCache()` — called by `wirewatch run` once the service is ready, so the cache holds what
 * a start compiles — writes it when there was none or V8 rejected it; `npm run build` makes one that way
 * (scripts/bundle.ts), and a directory that cannot be written (a read-only install) only costs speed.
 * `WIREWATCH_CODE_CACHE=off` compiles from source and writes nothing.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { markPhase } from '../log/startup-phases.js';

/** What happened to the cache at this start: none found, used, rejected by V8, or turned off. */
export type CodeCacheState = 'none' | 'accepted' | 'rejected' | 'off';

/** The global through which the bundle (a separate copy of this module) reaches the loader's state. */
const SAVE = Symbol.for('wirewatch.codeCache.save');

type Saver = () => boolean;

/** The cache file of `bundle` for this Node version and architecture. */
export function cacheFileOf(bundle: string): string {
  return `${bundle}.node-${process.version}-${process.arch}.cache`;
}

/**
 * Compiles `file` (a CommonJS script without `import()`) with its code cache and runs it as a module of
 * that path (its `require` resolves from there).
 * @returns how the cache was used
 * @throws what reading the file or running the script throws
 */
export function runScript(file: string, env: NodeJS.ProcessEnv = process.env): CodeCacheState {
  // The build writes the bundle in ASCII (scripts/bundle.ts): decoded as Latin-1, the same text, faster.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  markPhase('read script');
  const cacheFile = cacheFileOf(file);
  const off = env.WIREWATCH_CODE_CACHE === 'off';
  let cachedData: Buffer | undefined;
  if (!off) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // none yet (or unreadable): compiled from source
    }
  }
  // No `import()` in the script (the bundle turns it into `require`): a function compiled from the code
  // cache loses the script's dynamic-import callback (Node 20), and the callback is experimental.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  markPhase('compile script');
  const state: CodeCacheState = off ? 'off' : cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const saver: Saver = () => (state === 'none' || state === 'rejected' ? writeCache(cacheFile, script) : false);
  (globalThis as Record<symbol, unknown>)[SAVE] = saver;
  const mod = new Module(file);
  mod.filename = file;
  const req = createRequire(file);
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  return state;
}

/** Writes the script's code cache (what V8 has compiled of it so far) atomically; false when it cannot. */
function writeCache(cacheFile: string, script: vm.Script): boolean {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false; // a read-only install: every start compiles from source
  }
}

/**
 * Writes the bundle's code cache if this process ran the bundle and found none (or V8 rejected it);
 * a no-op otherwise (unbundled, cache in use, turned off, already written).
 * @returns true when a cache file was written
 */
export function saveCodeCache(): boolean {
  const g = globalThis as Record<symbol, unknown>;
  const save = g[SAVE] as Saver | undefined;
  if (!save) return false;
  delete g[SAVE];
  return save();
}
