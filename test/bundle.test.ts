import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distTwin, EXTERNAL, metaUrlRewrite } from '../scripts/bundle.js';

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
});
