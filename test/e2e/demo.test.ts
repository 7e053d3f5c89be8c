/**
 * `npm run demo` end to end: the built CLI runs the service on the bundled feeds (its own fixture
 * server, a temporary database, the pinned clock) and prints one digest; twice, the same output.
 */
import { describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

describe('wirewatch demo', () => {
  it('prints the same digest of the newsroom feeds on every run and leaves nothing behind', async () => {
    const before = (await readdir(tmpdir())).filter((f) => f.startsWith('wirewatch-demo-')).length;
    const env = { ...process.env, WIREWATCH_LOG_LEVEL: 'silent' };
    const first = await run('node', [cli, 'demo'], { env });
    const second = await run('node', [cli, 'demo'], { env });
    expect(first.stdout).toBe(second.stdout);
    const out = first.stdout;
    expect(out).toMatch(/^wirewatch digest · \d+ stories/);
    // the seed story once, with its other outlet, and its speaker
    expect(out.match(/Botsan-Kharchenko, the Russian ambassador/g)?.length).toBeGreaterThanOrEqual(1);
    // The outlet whose own feed carried the full text leads (ADR 0307); the wire's teaser copy is `also:`.
    expect(out).toMatch(/KoSSev English · .*\n\s+also: Balkan Wire/);
    expect(out).toContain('Resolution 1244 is not on the negotiating table');
    // every watched topic has a section; Cyrillic stays Cyrillic
    for (const topic of ['Kosovo', 'Resolution 1244', 'Russian-Serbian Humanitarian Center in Nis']) expect(out).toMatch(new RegExp(`^${topic}$`, 'm'));
    expect(out).toMatch(/Руско-српски хуманитарни центар/);
    // the oil company NIS and the Nišava flood are not the centre in Niš
    expect(out).not.toMatch(/Nišava|Нишава/);
    // one line, saying that the links die with the demo (and how to keep them)
    expect(first.stderr).toMatch(
      /^wirewatch demo: the links point at http:\/\/127\.0\.0\.1:\d+\/, served by the demo itself: they stop answering when it exits \(wirewatch demo --serve keeps them up\)\n$/,
    );
    expect((await readdir(tmpdir())).filter((f) => f.startsWith('wirewatch-demo-')).length).toBe(before);
    // the README's Quickstart sample is the demo's own output (its `…` line stands for lines left out)
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const sample = /npm run demo[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const anyPort = (l: string) => l.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT'); // the demo's port falls back when taken
    const lines = sample.split('\n').filter((l) => l.trim() !== '' && l !== '…');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(out.split('\n').map(anyPort)).toContain(anyPort(line));
  }, 120_000); // two whole service runs: slow on a busy machine

  it("--serve keeps the digest's links answering until SIGINT, then exits 0", async () => {
    const child = spawn('node', [cli, 'demo', '--serve'], { env: { ...process.env, WIREWATCH_LOG_LEVEL: 'silent', WIREWATCH_DEMO_PORT: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    const serving = new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
        const m = /serving the digest's links at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`demo exited (${code}) before serving: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const origin = await serving;
      const link = new RegExp(`${origin}/pages/[\\w-]+\\.html`).exec(stdout)?.[0];
      expect(link, stdout.slice(0, 500)).toBeDefined();
      const res = await fetch(link!);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<html');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
