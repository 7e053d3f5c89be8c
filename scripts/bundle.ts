/**
 * The second half of `npm run build` (ADR 0236, 0286): after `tsc` has written `dist/` module by module
 * (the library that tests, bench and the scoring tools import), esbuild bundles the CLI into one
 * CommonJS script, `dist/cli/wirewatch-HASH.cjs`, and the executable that runs it with V8's code cache,
 * `dist/cli/main.js` (replacing tsc's entry; src/cli/code-cache.ts). `wirewatch run` then reads two
 * files instead of ≈ 1,100 modules, and V8 neither parses nor compiles what the cache holds; a module
 * imported lazily is in the script too, and runs when first imported, as before.
 *
 * - Native and lazily loaded heavy packages stay external (`EXTERNAL`): node loads them from
 *   node_modules on first use, as before.
 * - Code that finds files next to itself (`import.meta.url`: the package version, the demo config,
 *   the worker's entry, migrations' neighbours) gets the URL its file has unbundled: its tsc twin in
 *   `dist/` for our sources, its own file for a package (`metaUrlRewrite`).
 * - The code cache is made by one `wirewatch run` after bundling (`warmCodeCache`): what a real start
 *   compiles, for this Node version.
 *
 * Run by `npm run build`; `npx tsx scripts/bundle.ts [--meta FILE] [--no-cache]` rebuilds only the
 * bundle (and writes esbuild's metafile: which inputs went into the bundle).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const repo = fileURLToPath(new URL('../', import.meta.url));
const OUT_DIR = path.join(repo, 'dist/cli');
/** ESM chunks of builds before ADR 0286, removed by a new build. */
const CHUNK_PREFIX = 'bundle-';
/** The CommonJS bundle (`wirewatch-HASH.cjs`), its source map and code caches. */
const BUNDLE_PREFIX = 'wirewatch-';
/** The bundle's own URL, defined by its first line (the `import.meta.url` of a bundled module is relative to it). */
const BUNDLE_URL = '__wwBundleUrl';

/**
 * Packages left out of the bundle: native addons (resvg), packages the service loads only when a
 * feature is used (chat adapters, page extraction, charts, the cluster queue), and files that are data
 * rather than code (the chart fonts). better-sqlite3's JavaScript is bundled (in the code cache, not
 * compiled from source at every start) and its addon loaded from its package (`sqliteAddonPlugin`).
 */
export const EXTERNAL = ['@resvg/resvg-js', 'discord.js', '@slack/bolt', 'linkedom', '@mozilla/readability', 'echarts', 'pg-boss', 'dejavu-fonts-ttf'];

/**
 * `source` with every `import.meta.url` replaced by the URL the module has when it is not bundled:
 * `file` (absolute) resolved from the bundle's own URL, `outDir` being where the bundle's files are.
 * @param file the file node would load unbundled (for a TypeScript source, its `.js` twin in dist/)
 * @param base the expression giving the bundle's own URL (`import.meta.url` in an ES module)
 */
export function metaUrlRewrite(source: string, file: string, outDir: string, base = 'import.meta.url'): string {
  if (!source.includes('import.meta.url')) return source;
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, ${base}).href`);
}

/** The `.js` file tsc writes for a source file under `src/`. */
export function distTwin(srcFile: string, root = repo): string {
  const rel = path.relative(path.join(root, 'src'), srcFile);
  return path.join(root, 'dist', rel.replace(/\.tsx?$/, '.js'));
}

/** esbuild plugin: `metaUrlRewrite` for our sources (→ dist twin) and for packages (→ their own file). */
function metaUrlPlugin(outDir: string, base: string): Plugin {
  return {
    name: 'wirewatch-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const ours = !args.path.includes(`${path.sep}node_modules${path.sep}`);
        const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js';
        return { contents: metaUrlRewrite(text, ours ? distTwin(args.path) : args.path, outDir, base), loader, resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * esbuild plugin: zod's `z.locales` (its error messages in ≈ 50 languages, ≈ 0.3 MB of code) holds only
 * English in the bundle: wirewatch reports config errors in English (zod's default, set by zod itself
 * from `locales/en.js`, which stays) and never reads `z.locales` (nor `z.core.locales`).
 */
function zodEnglishOnlyPlugin(): Plugin {
  return {
    name: 'wirewatch-zod-english-only',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer)) return undefined;
        return { path: path.join(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-english-only' };
      });
      b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
        contents: `export { default as en } from ${JSON.stringify(args.path)};`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * The module that stands for `bindings` in better-sqlite3's bundled `lib/database.js` (ADR 0302): it
 * loads the addon `name` from the better-sqlite3 package that `require` finds from the bundle — the
 * package whose JavaScript was bundled (node_modules of the repo, of a clean clone after `npm ci`, of the
 * Docker image) — at `build/Release`, where its install (prebuilt binary or node-gyp) puts it. Where
 * `bindings` would pick another file first (`build/NAME`, `build/Debug/NAME`) or there is none in
 * `build/Release`, the package's own `bindings` searches as it does unbundled, from that package's
 * root: the same addon as before, found without `bindings`' stack-trace and file probing.
 */
export const SQLITE_BINDINGS_SHIM = `"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");
module.exports = function bindings(name) {
  const pkg = require.resolve("better-sqlite3/package.json");
  const root = path.dirname(pkg);
  const release = path.join(root, "build", "Release", name);
  if (!fs.existsSync(path.join(root, "build", name)) && !fs.existsSync(path.join(root, "build", "Debug", name)) && fs.existsSync(release)) return require(release);
  return createRequire(pkg)("bindings")({ bindings: name, module_root: root });
};
`;

/** esbuild plugin: better-sqlite3's `require('bindings')` becomes {@link SQLITE_BINDINGS_SHIM}. */
function sqliteAddonPlugin(): Plugin {
  return {
    name: 'wirewatch-sqlite-addon',
    setup(b) {
      b.onResolve({ filter: /^bindings$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]better-sqlite3[\\/]lib[\\/]database\.js$/.test(args.importer)) return undefined;
        return { path: 'better-sqlite3-bindings', namespace: 'wirewatch-sqlite-addon' };
      });
      b.onLoad({ filter: /.*/, namespace: 'wirewatch-sqlite-addon' }, () => ({ contents: SQLITE_BINDINGS_SHIM, loader: 'js' }));
    },
  };
}

/** The line of prom-client's index that loads its Pushgateway (and with it `https`, `tls`, `zlib`) eagerly. */
const PUSHGATEWAY_LINE = "exports.Pushgateway = require('./lib/pushgateway');";

/**
 * esbuild plugin: prom-client's `Pushgateway` export is a getter that loads `lib/pushgateway.js` when
 * first read (ADR 0302). wirewatch never pushes metrics; the module's `require`s of `https` and `zlib`
 * made Node load its TLS and compression modules at every start.
 */
function promClientLazyPushgatewayPlugin(): Plugin {
  return {
    name: 'wirewatch-prom-client-lazy-pushgateway',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]prom-client[\\/]index\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes(PUSHGATEWAY_LINE)) throw new Error("prom-client's index no longer has the Pushgateway line: update promClientLazyPushgatewayPlugin");
        const lazy = "Object.defineProperty(exports, 'Pushgateway', { enumerable: true, configurable: true, get: () => require('./lib/pushgateway') });";
        return { contents: text.replace(PUSHGATEWAY_LINE, lazy), loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * `code` with every non-ASCII UTF-16 unit written as a `\uXXXX` escape, so the bundle reads as a one-byte
 * string (`code-cache.ts` decodes an ASCII file as Latin-1, ≈ 4× faster than UTF-8 for 4.5 MB). esbuild
 * already escapes strings; what it leaves are the lexicons' letters in regular expression literals, where
 * `\uXXXX` means the same unit (a surrogate pair escaped as two units is one code point under the `u`
 * flag). A unit after an odd number of backslashes (an identity escape) is left as it is.
 */
export function asciiOnly(code: string): string {
  return code.replace(/(\\*)([\u0080-\uffff])/g, (all, bs: string, ch: string) =>
    bs.length % 2 === 1 ? all : `${bs}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The one method name every module wrapper of the bundle gets (`sharedWrapperKeys`). */
const WRAPPER_KEY = 'init';

/**
 * `code` with the method of every esbuild module wrapper (`__esm({"src/x.ts"(){…}})`,
 * `__commonJS({"node_modules/p/index.js"(exports, module){…}})`) named `init` instead of the module's
 * path, padded with spaces to the path's length so that no column moves (the source map still fits).
 * Each wrapper is an object literal of one property, evaluated once as the bundle loads; with ≈ 1,500
 * different keys V8 hung ≈ 1,500 map transitions off the one map of a one-property literal, inserting
 * each into a sorted array (≈ 40 M instructions at every start, ADR 0302); with one key they share one
 * map. esbuild's helpers call the wrapper's first own method whatever its name; the name only showed
 * in the stack of an error thrown while a module initialises (its file and line still do, through the
 * source map). A key shorter than `init` is left as it is.
 */
export function sharedWrapperKeys(code: string): string {
  return code.replace(/\b(__esm|__commonJS)\(\{("(?:[^"\\\n]|\\.)*")\(/g, (all, helper: string, key: string) =>
    key.length < WRAPPER_KEY.length ? all : `${helper}({${WRAPPER_KEY.padEnd(key.length)}(`,
  );
}

/**
 * `code` without the `__name` calls of esbuild's `keepNames` that give a function or class the name
 * JavaScript already gives it (ADR 0302): `__name(f,"f")` after `function f(){…}` (or a `var f = …`
 * function) becomes `f`, and `static{__name(this,"C")}` leaves `C=class{…}` and `class C{…}`; each
 * is replaced by spaces so that no column moves. A declared or assigned function or class is named
 * after its binding before any of its code runs, with the same attributes as `__name`'s
 * (`Object.defineProperty(f, "name", { value, configurable: true })`), so nothing observable changes;
 * what stays is every `__name` that restores a name esbuild changed (yaml's `_Directives` → "Directives"), names a
 * property's function or wraps an expression. Each call redefined `name` on a new function or class
 * as the bundle loaded: ≈ 3,300 of its ≈ 5,600 calls.
 */
export function dropRedundantNames(code: string): string {
  const pad = (kept: string, all: string) => kept.padEnd(all.length);
  return code
    .replace(/(?<![\w$.])__name\(([A-Za-z_$][\w$]*),"\1"\)/g, (all, id: string) => pad(id, all))
    .replace(/((?<![\w$.])([A-Za-z_$][\w$]*)=class(?: extends [^{}]*)?\{)static\{__name\(this,"\2"\)\}/g, (all, head: string) => pad(head, all))
    .replace(/((?<![\w$.])class ([A-Za-z_$][\w$]*)(?: extends [^{}]*)?\{)static\{__name\(this,"\2"\)\}/g, (all, head: string) => pad(head, all));
}

/** Old outputs of `bundleCli` in `outDir`: the CommonJS bundle, its map and code caches, and ESM chunks of earlier builds. */
function oldOutputs(outDir: string): string[] {
  return readdirSync(outDir).filter((f) => f.startsWith(CHUNK_PREFIX) || f.startsWith(BUNDLE_PREFIX));
}

/**
 * Bundles the CLI into dist/cli (see the module comment; ADR 0286): `src/cli/entry.ts` and everything it
 * loads into one CommonJS script, `wirewatch-HASH.cjs` (HASH from its content, so a code cache made for
 * one build is never taken for another's), then `src/cli/main.ts`, the executable that runs it, into
 * `main.js`. Old outputs are removed first.
 */
export async function bundleCli(outDir = OUT_DIR): Promise<{ file: string; bytes: number; metafile: Metafile }> {
  for (const f of oldOutputs(outDir)) rmSync(path.join(outDir, f));
  const tmpName = `${BUNDLE_PREFIX}build.cjs`;
  const result = await build({
    entryPoints: [path.join(repo, 'src/cli/entry.ts')],
    outfile: path.join(outDir, tmpName),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // The addon's package is found at run time (SQLITE_BINDINGS_SHIM's `require.resolve`).
    external: [...EXTERNAL, 'better-sqlite3/package.json'],
    // `import()` of an external package becomes `require` (an ES-only one, pg-boss, through Node's
    // require(esm): Node ≥ 20.19, 22.12): a script run from V8's code cache has no dynamic-import
    // callback (src/cli/code-cache.ts).
    supported: { 'dynamic-import': false },
    // Smaller files compile faster; names are kept for stack traces and logs (`err.name`, classes).
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    sourcemap: 'linked',
    // Strict like the ES modules it is made of; `import.meta.url` of a bundled module is rebuilt from the script's own URL.
    banner: { js: `"use strict";const ${BUNDLE_URL}=require("node:url").pathToFileURL(__filename).href;` },
    plugins: [metaUrlPlugin(outDir, BUNDLE_URL), zodEnglishOnlyPlugin(), sqliteAddonPlugin(), promClientLazyPushgatewayPlugin()],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  // A better-sqlite3 whose lib no longer requires `bindings` from lib/database.js would bundle `bindings`
  // itself, which looks for the addon next to the bundle: fail the build instead.
  if (!Object.keys(result.metafile.inputs).some((k) => k.startsWith('wirewatch-sqlite-addon:'))) {
    throw new Error("better-sqlite3's lib/database.js no longer requires 'bindings': update sqliteAddonPlugin");
  }
  const js = result.outputFiles.find((f) => f.path.endsWith('.cjs'))!;
  const map = result.outputFiles.find((f) => f.path.endsWith('.cjs.map'))!;
  const code = dropRedundantNames(sharedWrapperKeys(asciiOnly(js.text)));
  const name = `${BUNDLE_PREFIX}${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`;
  const text = code.replace(`//# sourceMappingURL=${tmpName}.map`, `//# sourceMappingURL=${name}.map`);
  writeFileSync(path.join(outDir, name), text);
  writeFileSync(path.join(outDir, `${name}.map`), map.contents);
  await build({
    entryPoints: [path.join(repo, 'src/cli/main.ts')],
    outfile: path.join(outDir, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define: { __WIREWATCH_BUNDLE__: JSON.stringify(name) },
    plugins: [{ name: 'wirewatch-entry-external', setup: (b) => b.onResolve({ filter: /^\.\/entry\.js$/ }, () => ({ path: './entry.js', external: true })) }],
    logLevel: 'warning',
  });
  return { file: name, bytes: Buffer.byteLength(text), metafile: result.metafile };
}

/**
 * Makes the bundle's code cache the way a deployment's first start would (ADR 0286): `wirewatch run` on
 * a minimal config (SQLite in a temporary directory, HTTP on 127.0.0.1, no feeds, no tokens) until it
 * has written the cache at readiness, then stopped. Best effort: a start that fails leaves no cache, and
 * the first real start writes it.
 * @returns the cache file, or null when none was written within `timeoutMs`
 */
export async function warmCodeCache(outDir = OUT_DIR, timeoutMs = 60_000): Promise<string | null> {
  const bundle = readdirSync(outDir).find((f) => f.startsWith(BUNDLE_PREFIX) && f.endsWith('.cjs'));
  if (!bundle) return null;
  const cache = `${path.join(outDir, bundle)}.node-${process.version}-${process.arch}.cache`;
  const dir = mkdtempSync(path.join(tmpdir(), 'ww-code-cache-'));
  const cfg = path.join(dir, 'w.yaml');
  writeFileSync(
    cfg,
    `store: { path: ${JSON.stringify(path.join(dir, 'w.db'))} }\nhttp: { host: 127.0.0.1, port: 0 }\nconsole: { dir: ${JSON.stringify(path.join(dir, 'console'))} }\n`,
  );
  const child = spawn(process.execPath, [path.join(outDir, 'main.js'), 'run', '--config', cfg], {
    stdio: 'ignore',
    env: { PATH: process.env.PATH ?? '', HOME: dir },
  });
  try {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + timeoutMs;
    let done = false;
    void exited.then(() => (done = true));
    while (!done && Date.now() < deadline && !existsSync(cache)) await new Promise((r) => setTimeout(r, 50));
    if (!done) {
      child.kill('SIGTERM');
      await exited;
    }
    return existsSync(cache) ? cache : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  bundleCli()
    .then(async ({ file, bytes, metafile }) => {
      // `--meta FILE`: esbuild's metafile (which inputs went into the bundle), to see what a command loads.
      const meta = process.argv.indexOf('--meta');
      if (meta > 0 && process.argv[meta + 1]) writeFileSync(process.argv[meta + 1], JSON.stringify(metafile));
      process.stderr.write(`bundle: dist/cli/main.js and ${file}, ${(bytes / 1e6).toFixed(1)} MB\n`);
      const cache = process.argv.includes('--no-cache') ? null : await warmCodeCache();
      process.stderr.write(cache ? `bundle: code cache ${path.basename(cache)}\n` : 'bundle: no code cache (the first start writes it)\n');
    })
    .catch((e: unknown) => {
      process.stderr.write(`bundle: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    });
}
