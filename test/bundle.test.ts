import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiOnly, distTwin, EXTERNAL, metaUrlRewrite } from '../scripts/bundle.js';

describe('the CLI bundle (scripts/bundle.ts)', () => {
  it('gives a bundled source the URL of its tsc twin in dist/, relative to the chunk that holds it', () => {
    const twin = distTwin('/repo/src/cli/help.ts', '/repo');
    expect(twin).toBe(path.join('/repo', 'dist/cli/help.js'));
    const out = metaUrlRewrite("readFileSync(new URL('../../package.json', import.meta.url))", twin, '/repo/dist/cli');
    expect(out).toBe(`readFileSync(new URL('../../package.json', new URL("help.js", import.meta.url).href))`);
    // What the rewritten expression evaluates to from a chunk in dist/cli: the repository's package.json.
    const fromChunk = new URL('help.js', 'file:///repo/dist/cli/bundle-chunk-X.js').href;
    expect(new URL('../../package.json', fromChunk).pathname).toBe('/repo/package.json');
  });

  it('maps a .tsx source and a deeper one to their .js twins', () => {
    expect(distTwin('/repo/src/ui/pages/home.tsx', '/repo')).toBe(path.join('/repo', 'dist/ui/pages/home.js'));
    const out = metaUrlRewrite('const here = import.meta.url;', distTwin('/repo/src/worker/pool.ts', '/repo'), '/repo/dist/cli');
    expect(out).toBe('const here = new URL("../worker/pool.js", import.meta.url).href;');
  });

  it('leaves a file without import.meta.url untouched', () => {
    const src = 'export const x = 1;';
    expect(metaUrlRewrite(src, '/repo/dist/a.js', '/repo/dist/cli')).toBe(src);
  });

  it('keeps the native addons and the lazily loaded platform packages out of the bundle', () => {
    for (const p of ['better-sqlite3', '@resvg/resvg-js', 'discord.js', '@slack/bolt', 'linkedom', '@mozilla/readability']) expect(EXTERNAL).toContain(p);
  });

  it('rewrites import.meta.url against the URL of the CommonJS bundle when given its name', () => {
    const out = metaUrlRewrite('const here = import.meta.url;', '/repo/dist/cli/help.js', '/repo/dist/cli', '__wwBundleUrl');
    expect(out).toBe('const here = new URL("help.js", __wwBundleUrl).href;');
  });

  it('writes the bundle in ASCII: non-ASCII units as \\u escapes that mean the same in regular expressions and strings', () => {
    const code = 'const a = /[čćđ–—]+/u, b = /(?:😀|x)/u, c = /[😀]/u, d = /\\đ/, s = "Niš";';
    const out = asciiOnly(code);
    expect(/[\u0080-\uffff]/.test(out.replace('\\đ', ''))).toBe(false);
    expect(out).toContain('\\đ'); // an identity escape is left alone
    const run = (src: string) =>
      new Function(`${src} return [a.test("đ–"), b.test("😀"), c.test("😀"), c.exec("😀")[0].length, d.test("đ"), s];`)() as unknown[];
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual([true, true, true, 2, true, 'Niš']);
  });
});
