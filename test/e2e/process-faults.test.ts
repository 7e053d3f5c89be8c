/**
 * Issue 24, the process as a supervisor sees it (`wirewatch run` in a child process):
 * - a store that cannot be written at start stops the process non-zero with the file and the cause,
 *   and nothing is left answering /healthz;
 * - SIGTERM during a slow poll round drains within `digests.shutdownTimeout` and exits 0, without
 *   writing to a closed store.
 * Children run the TypeScript CLI through tsx; every server listens on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'src/cli/main.ts');

let dir = '';
let server: Server | null = null;
afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  server = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Child {
  code: Promise<number | null>;
  stderr: () => string;
  kill: (sig: NodeJS.Signals) => void;
  waitFor: (re: RegExp, ms?: number) => Promise<string>;
}

function run(config: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'run', '--config', config], {
    cwd: root,
    env: { ...process.env, WIREWATCH_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const waiters: { re: RegExp; resolve: (s: string) => void }[] = [];
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of [...waiters]) {
      const m = w.re.exec(err);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m[0]);
      }
    }
  });
  const code = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  return {
    code,
    stderr: () => err,
    kill: (sig) => child.kill(sig),
    waitFor: (re, ms = 60_000) =>
      new Promise((resolveWait, reject) => {
        const m = re.exec(err);
        if (m) return resolveWait(m[0]);
        const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${err}`)), ms);
        waiters.push({ re, resolve: (s) => (clearTimeout(t), resolveWait(s)) });
      }),
  };
}

describe('wirewatch run under faults (issue 24)', () => {
  it('exits 1 naming the file and the cause when the store cannot be written at start, leaving no server behind', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-proc-'));
    const db = join(dir, 'w.db');
    await (await openSqliteStore(db)).close();
    // The write-ahead log's path is taken by a directory: SQLite can read the file but not write it.
    rmSync(`${db}-wal`, { force: true });
    mkdirSync(`${db}-wal`);
    const cfg = join(dir, 'w.yaml');
    writeFileSync(cfg, `store: { path: ${db} }\nhttp: { host: 127.0.0.1, port: 0 }\n`);
    const child = run(cfg);
    expect(await child.code).toBe(1);
    expect(child.stderr()).toContain(db);
    expect(child.stderr()).toMatch(/write check failed: SQLITE_CANTOPEN.*writable/);
    expect(child.stderr()).not.toMatch(/http: listening/);
  }, 90_000);

  it('drains on SIGTERM during a slow poll within shutdownTimeout and exits 0, writing nothing to a closed store', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-proc-'));
    let asked!: () => void;
    const requested = new Promise<void>((r) => (asked = r));
    server = createServer((req) => {
      asked();
      void req; // never answers: a feed slower than the shutdown timeout
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const cfg = join(dir, 'w.yaml');
    writeFileSync(
      cfg,
      [
        `store: { path: ${join(dir, 'w.db')} }`,
        'http: { host: 127.0.0.1, port: 0 }',
        'fetch: { allowCidrs: [ "127.0.0.1/32" ], timeout: 60s }',
        'digests: { shutdownTimeout: 2s }',
        `feeds: [ "http://127.0.0.1:${port}/slow.xml" ]`,
        '',
      ].join('\n'),
    );
    const child = run(cfg);
    await requested;
    await child.waitFor(/http: listening/);
    const t0 = performance.now();
    child.kill('SIGTERM');
    const code = await child.code;
    const took = performance.now() - t0;
    expect(code).toBe(0);
    // A bound, not a benchmark: the 2 s timeout plus process exit.
    expect(took).toBeLessThan(2000 + 3000);
    expect(child.stderr()).toMatch(/service: stopped/);
    expect(child.stderr()).not.toMatch(/destroyed|poll: could not record/);
  }, 90_000);
});
