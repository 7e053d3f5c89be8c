/**
 * The second half of `npm run build` (ADR 0236): after `tsc` has written `dist/` module by module
 * (the library that tests, bench and the scoring tools import), esbuild bundles the CLI into
 * `dist/cli/main.js` (replacing tsc's entry) plus `dist/cli/bundle-*.js` chunks, one per lazily
 * imported part (a subcommand, the cluster node, charts, …). `wirewatch run` then reads a handful of
 * files instead of ≈ 1,100 modules.
 *
 * - Native and lazily loaded heavy packages stay external (`EXTERNAL`): node loads them from
 *   node_modules on first use, as before.
 * - Code that finds files next to itself (`import.meta.url`: the package version, the demo config,
 *   the worker's entry, migrations' neighbours) gets the URL its file has unbundled: its tsc twin in
 *   `dist/` for our sources, its own file for a package (`metaUrlRewrite`).
 * - CommonJS packages inside the ESM bundle `require` node's built-ins through one `createRequire`.
 *
 * Run by `npm run build`; `npx tsx scripts/bundle.ts [--meta FILE]` rebuilds only the bundle (and writes
 * esbuild's metafile: which inputs went into which chunk).
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const repo = fileURLToPath(new URL('../', import.meta.url));
const OUT_DIR = path.join(repo, 'dist/cli');
const CHUNK_PREFIX = 'bundle-';

/**
 * Packages left out of the bundle: native addons (better-sqlite3, resvg), packages the service loads
 * only when a feature is used (chat adapters, page extraction, charts, the cluster queue), and files
 * that are data rather than code (the chart fonts).
 */
export const EXTERNAL = [
  'better-sqlite3',
  '@resvg/resvg-js',
  'discord.js',
  '@slack/bolt',
  'linkedom',
  '@mozilla/readability',
  'echarts',
  'pg-boss',
  'dejavu-fonts-ttf',
];

/**
 * `source` with every `import.meta.url` replaced by the URL the module has when it is not bundled:
 * `file` (absolute) resolved from the bundle's own URL, `outDir` being where the bundle's files are.
 * @param file the file node would load unbundled (for a TypeScript source, its `.js` twin in dist/)
 */
export function metaUrlRewrite(source: string, file: string, outDir: string): string {
  if (!source.includes('import.meta.url')) return source;
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return source.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
}

/** The `.js` file tsc writes for a source file under `src/`. */
export function distTwin(srcFile: string, root = repo): string {
  const rel = path.relative(path.join(root, 'src'), srcFile);
  return path.join(root, 'dist', rel.replace(/\.tsx?$/, '.js'));
}

/** esbuild plugin: `metaUrlRewrite` for our sources (→ dist twin) and for packages (→ their own file). */
function metaUrlPlugin(outDir: string): Plugin {
  return {
    name: 'wirewatch-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const ours = !args.path.includes(`${path.sep}node_modules${path.sep}`);
        const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js';
        return { contents: metaUrlRewrite(text, ours ? distTwin(args.path) : args.path, outDir), loader, resolveDir: path.dirname(args.path) };
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

/** Bundles src/cli/main.ts into dist/cli (see the module comment); old chunks are removed first. */
export async function bundleCli(outDir = OUT_DIR): Promise<{ files: number; bytes: number; metafile: Metafile }> {
  for (const f of readdirSync(outDir)) if (f.startsWith(CHUNK_PREFIX)) rmSync(path.join(outDir, f));
  const result = await build({
    entryPoints: [path.join(repo, 'src/cli/main.ts')],
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: `${CHUNK_PREFIX}[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Smaller files compile faster; names are kept for stack traces and logs (`err.name`, classes).
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    sourcemap: 'linked',
    banner: { js: "import { createRequire as __wwCreateRequire } from 'node:module'; const require = __wwCreateRequire(import.meta.url);" },
    plugins: [metaUrlPlugin(outDir), zodEnglishOnlyPlugin()],
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
  return { files: outputs.length, bytes: outputs.reduce((n, [, o]) => n + o.bytes, 0), metafile: result.metafile };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  bundleCli().then(
    ({ files, bytes, metafile }) => {
      // `--meta FILE`: esbuild's metafile (which inputs went into which chunk), to see what a command loads.
      const meta = process.argv.indexOf('--meta');
      if (meta > 0 && process.argv[meta + 1]) writeFileSync(process.argv[meta + 1], JSON.stringify(metafile));
      process.stderr.write(`bundle: dist/cli/main.js and ${files - 1} chunks, ${(bytes / 1e6).toFixed(1)} MB\n`);
    },
    (e: unknown) => {
      process.stderr.write(`bundle: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
