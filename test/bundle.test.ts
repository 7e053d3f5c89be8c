import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { asciiOnly, distTwin, dropRedundantNames, EXTERNAL, metaUrlRewrite, sharedWrapperKeys, SQLITE_BINDINGS_SHIM } from '../scripts/bundle.js';

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
    for (const p of ['@resvg/resvg-js', 'discord.js', '@slack/bolt', 'linkedom', '@mozilla/readability']) expect(EXTERNAL).toContain(p);
  });

  it("bundles better-sqlite3's JavaScript but loads the same addon its own `bindings` finds", () => {
    // The shim as the bundle runs it: `require` resolves from dist/cli.
    const req = createRequire(fileURLToPath(new URL('../dist/cli/wirewatch-x.cjs', import.meta.url)));
    const mod = { exports: {} as unknown };
    new Function('require', 'module', 'exports', SQLITE_BINDINGS_SHIM)(req, mod, mod.exports);
    const addon = (mod.exports as (name: string) => { Database: unknown })('better_sqlite3.node');
    const root = path.dirname(req.resolve('better-sqlite3/package.json'));
    const bindings = createRequire(path.join(root, 'package.json'))('bindings') as (o: object) => unknown;
    expect(addon).toBe(bindings({ bindings: 'better_sqlite3.node', module_root: root }));
    expect(typeof addon.Database).toBe('function');
  });

  it('gives every module wrapper one method name without moving a column', () => {
    const code =
      'var init_a=__esm({"src/a.ts"(){x=1}}),b=__commonJS({"node_modules/p/index.js"(exports2,module3){module3.exports=2}}),c=__esm({"x"(){}});s="__esm({\'q\'(){";';
    const out = sharedWrapperKeys(code);
    expect(out.length).toBe(code.length);
    const key = (p: string) => 'init'.padEnd(p.length + 2);
    expect(out).toBe(
      `var init_a=__esm({${key('src/a.ts')}(){x=1}}),b=__commonJS({${key('node_modules/p/index.js')}(exports2,module3){module3.exports=2}}),c=__esm({"x"(){}});s="__esm({'q'(){";`,
    );
    // esbuild's helpers call a wrapper's first own method, whatever its name.
    const run = (src: string) =>
      new Function(
        `var x,__getOwnPropNames=Object.getOwnPropertyNames;var __esm=(fn,res)=>function(){return fn&&(res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0)),res};var __commonJS=(cb,mod)=>function(){return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports};${src} init_a();return [x,b(),s];`,
      )() as unknown[];
    expect(run(out)).toEqual(run(code));
    expect(run(out)).toEqual([1, 2, "__esm({'q'(){"]);
  });

  it('rewrites import.meta.url against the URL of the CommonJS bundle when given its name', () => {
    const out = metaUrlRewrite('const here = import.meta.url;', '/repo/dist/cli/help.js', '/repo/dist/cli', '__wwBundleUrl');
    expect(out).toBe('const here = new URL("help.js", __wwBundleUrl).href;');
  });

  it('drops only the __name calls that give the name JavaScript gives anyway, without moving a column', () => {
    const code = [
      'var __name=(target,value)=>Object.defineProperty(target,"name",{value,configurable:!0});',
      'function f(){}__name(f,"f");function g2(){}__name(g2,"g");',
      'var C=class{static{__name(this,"C")}static n=this.name},D=class _D{static{__name(this,"D")}},E=class extends C{static{__name(this,"E")}};',
      'class F{static{__name(this,"F")}}class _G{static{__name(this,"G")}}',
      'var o={},h=__name(()=>1,"h");o.K=class{static{__name(this,"K")}};o.m=__name(function(){},"m");',
      'if(C.n!=="C")throw new Error(C.n);return [f,g2,C,D,E,F,_G,h,o.K,o.m].map(x=>[x.name,Object.getOwnPropertyNames(x).join(),JSON.stringify(Object.getOwnPropertyDescriptor(x,"name"))]);',
    ].join('');
    const out = dropRedundantNames(code);
    expect(out.length).toBe(code.length);
    expect(out.split('__name(').length - 1).toBe(code.split('__name(').length - 1 - 4); // f, C, E, F
    expect(out).toContain('__name(g2,"g")');
    expect(out).toContain('class _D{static{__name(this,"D")}');
    expect(out).toContain('class _G{static{__name(this,"G")}');
    expect(out).toContain('o.K=class{static{__name(this,"K")}');
    const run = (src: string) => new Function(src)() as string[][];
    expect(run(out)).toEqual(run(code));
    expect(run(out).map((r) => r[0])).toEqual(['f', 'g', 'C', 'D', 'E', 'F', 'G', 'h', 'K', 'm']);
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
