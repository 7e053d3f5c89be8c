/**
 * End to end: the service against the bundled newsroom feeds (served on 127.0.0.1 by the fixture
 * server) with the console adapter.
 * 1. In process, on an injected clock: feeds are polled, the subscription's digest goes out at its
 *    cron time (not a minute before), once, and /readyz and /metrics say so.
 * 2. A child process (`wirewatch run`) is killed with SIGKILL while it delivers the digest, then
 *    restarted: the digest is in the console ledger exactly once. Repeated 20 times.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { parseConfig } from '../../src/config/load.js';
import { ManualClock } from '../../src/model/clock.js';
import { ConsolePlatform } from '../../src/platforms/console/console-platform.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { Service, seedFromConfig } from '../../src/service.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const demoDir = join(repo, 'config', 'demo');
const FEEDS = ['kossev-en.rss', 'wire-en.atom', 'vesti-sr.rss', 'vesti-cyr.rss', 'lajme-sq.rss'];
/** The digest time: 12:00 UTC on the day the fixture items end. */
const DIGEST_AT = '2026-11-27T12:00:00.000Z';

function configText(origin: string, dir: string, alerts = false): string {
  return [
    `store: { path: ${join(dir, 'wirewatch.db')} }`,
    'http: { host: 127.0.0.1, port: 0 }',
    'log: { level: info }',
    'fetch: { allowCidrs: [127.0.0.1/32], timeout: 30s }',
    'polling: { tick: 1s, interval: 15m }',
    'digests: { grace: 1h, shutdownTimeout: 5s, retryBase: 1s }',
    'feeds:',
    ...FEEDS.map((f) => `  - ${origin}/${f}`),
    'topics:',
    '  - { id: kosovo, name: Kosovo, terms: [Kosovo, Kosova] }',
    `  - { id: resolution-1244, name: Resolution 1244, priority: ${alerts ? 'instant' : 'digest'}, terms: ["Resolution 1244", "UNSCR 1244", "Rezolucija 1244", "Rezoluta 1244"] }`,
    'subscriptions:',
    '  - { platform: console, channel: stdout, cron: "0 12 * * *", timezone: UTC }',
    ...(alerts ? ['  - { platform: console, channel: alerts, cron: "0 18 * * *", timezone: UTC, mode: alerts, topics: [resolution-1244] }'] : []),
    `console: { dir: ${join(dir, 'console')}, ledger: ledger.jsonl }`,
    '',
  ].join('\n');
}

describe('service end to end', () => {
  let fixtures: FixtureServer;
  beforeAll(async () => {
    fixtures = await startFixtureServer(demoDir, 0);
  });
  afterAll(() => fixtures.close());

  it('polls the feeds and posts the digest at its cron time on the injected clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-e2e-'));
    const config = parseConfig(configText(fixtures.origin, dir, true).replace('digests: {', 'digests: { instantPerHour: 2,'), 'e2e.yaml');
    const clock = new ManualClock('2026-11-27T11:50:00Z');
    const store = await openSqliteStore(config.store.path, { clock });
    await seedFromConfig(store, config, clock.now());
    const printed: string[] = [];
    const consolePlatform = new ConsolePlatform({ dir: config.console.dir, ledger: config.console.ledger, clock, stdout: (t) => printed.push(t) });
    const service = new Service({ config, store, clock, platforms: [consolePlatform], live: false });
    await service.start();
    try {
      // Started at 11:50: every feed was polled once, items are stored, no digest yet.
      const feeds = await store.feeds.listFeeds();
      expect(feeds.map((f) => [f.url, f.lastError])).toEqual(FEEDS.map((f) => [`${fixtures.origin}/${f}`, null]).sort());
      expect(feeds.map((f) => f.lastSuccessAt?.toISOString())).toEqual(FEEDS.map(() => '2026-11-27T11:50:00.000Z'));
      const items = await store.items.itemsInWindow(new Date('2026-11-20T00:00:00Z'), clock.now());
      expect(items.length).toBeGreaterThan(10);
      expect(fixtures.requests.filter((r) => FEEDS.some((f) => r.endsWith(`/${f}`))).length).toBeGreaterThanOrEqual(FEEDS.length);
      // Instant alerts for the instant topic went out right after that poll, capped at 2 per hour.
      const alerts = consolePlatform.readLedger().filter((l) => l.channel === 'alerts');
      expect(alerts).toHaveLength(2);
      for (const a of alerts) expect(a.text).toMatch(/1244/);
      // An instant post is headed as an alert, not as a one-story digest.
      for (const a of alerts) expect(a.text).toMatch(/^wirewatch alert · /);
      expect(readFileSync(join(dir, 'console', 'alerts.txt'), 'utf8')).toContain(alerts[0].text);
      const alertSub = (await store.subscriptions.listSubscriptions()).find((s) => s.channel === 'alerts')!;
      expect((await store.deliveries.listDeliveries(alertSub.id)).map((d) => [d.kind, d.state])).toEqual([
        ['item', 'sent'],
        ['item', 'sent'],
      ]);

      // Minute by minute to 12:00: nothing before, the digest at 12:00.
      for (let i = 0; i < 9; i++) {
        clock.advance(60_000);
        await service.tick(clock.now());
      }
      expect(consolePlatform.readLedger().filter((l) => l.channel === 'stdout')).toEqual([]);
      clock.advance(60_000);
      expect(clock.now().toISOString()).toBe(DIGEST_AT);
      const report = await service.tick(clock.now());
      expect(report.digests).toBe(1);
      const ledger = consolePlatform.readLedger().filter((l) => l.channel === 'stdout');
      expect(ledger).toHaveLength(1);
      expect(ledger[0].at).toBe(DIGEST_AT);
      expect(ledger[0].text).toMatch(/^wirewatch digest · \d+ stor/);
      expect(ledger[0].text).toContain('Kosovo');
      expect(printed).toEqual([ledger[0].text]);
      const sub = (await store.subscriptions.listSubscriptions()).find((s) => s.channel === 'stdout')!;
      const [row] = await store.deliveries.listDeliveries(sub.id);
      expect(row).toMatchObject({ state: 'sent', kind: 'digest', subject: `2026-11-26T11:50:00.000Z/${DIGEST_AT}`, idempotencyKey: ledger[0].key });
      expect(sub.lastWindowEnd?.toISOString()).toBe(DIGEST_AT);

      // A day later: the feeds were polled again after their interval (304s); the next window holds no new
      // stories, so nothing is posted (postEmpty is off) but the window is recorded as delivered.
      for (let i = 0; i < 24; i++) {
        clock.advance(60 * 60_000);
        await service.tick(clock.now());
      }
      expect(consolePlatform.readLedger().filter((l) => l.channel === 'stdout')).toHaveLength(1);
      const rows = await store.deliveries.listDeliveries(sub.id);
      expect(rows.map((r) => [r.subject, r.state, r.messageIds.length])).toEqual([
        [`2026-11-26T11:50:00.000Z/${DIGEST_AT}`, 'sent', 1],
        [`${DIGEST_AT}/2026-11-28T12:00:00.000Z`, 'sent', 0],
      ]);

      // Operations endpoints.
      const base = `http://127.0.0.1:${service.httpPort}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      // the 12:00 digest and the alerts channel's 18:00 digest
      expect(metrics).toMatch(/wirewatch_deliveries_sent_total\{platform="console",kind="digest"\} 2\b/);
      expect(metrics).toMatch(/wirewatch_deliveries_sent_total\{platform="console",kind="item"\} 2\b/);
      expect(metrics).toMatch(/wirewatch_feeds_polled_total\{result="not_modified"\} [1-9]/);
      expect(metrics).toMatch(/wirewatch_items_total [1-9]/);
      expect(metrics).toMatch(/wirewatch_mentions_total [1-9]/);
    } finally {
      await service.stop();
    }
  }, 120_000);

  describe('crash during delivery', () => {
    let template: string;
    let templateDir: string;
    /** The sources transpiled to JS once (esbuild, no type check): a child then starts in about a second. */
    let distDir: string;
    beforeAll(async () => {
      mkdirSync(join(repo, '.tmp'), { recursive: true });
      distDir = mkdtempSync(join(repo, '.tmp', 'e2e-dist-'));
      const { build } = await import('esbuild');
      const src = join(repo, 'src');
      const entries = (readdirSync(src, { recursive: true }) as string[]).filter(
        (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('testdata'),
      );
      await build({
        entryPoints: [...entries.map((e) => join(src, e)), join(repo, 'test/e2e/service-crash-child.ts')],
        outdir: distDir,
        outbase: repo,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        bundle: false,
        // The panel's pages are Hono JSX (tsconfig.json: jsx react-jsx, jsxImportSource hono/jsx).
        jsx: 'automatic',
        jsxImportSource: 'hono/jsx',
        logLevel: 'error',
      });

      // One in-process run polls the feeds into a database at 11:50; every repetition starts from a copy,
      // so the child processes do no polling (the feeds are next due at 12:05) and start fast.
      templateDir = mkdtempSync(join(tmpdir(), 'ww-crash-template-'));
      const config = parseConfig(configText(fixtures.origin, templateDir), 'e2e.yaml');
      const clock = new ManualClock('2026-11-27T11:50:00Z');
      const store = await openSqliteStore(config.store.path, { clock });
      await seedFromConfig(store, config, clock.now());
      const service = new Service({
        config,
        store,
        clock,
        platforms: [new ConsolePlatform({ dir: config.console.dir, ledger: 'ledger.jsonl', clock, stdout: () => {} })],
        live: false,
        http: false,
      });
      await service.start();
      await service.stop();
      template = config.store.path;
    }, 120_000);
    afterAll(() => rmSync(distDir, { recursive: true, force: true }));

    /**
     * Starts `wirewatch run` (or, with `crashAt`, the crash harness) with the clock starting at `now`.
     * `waitFor(re)` resolves once stderr matches.
     */
    function startChild(
      configFile: string,
      now: string,
      crashAt?: string,
    ): { child: ChildProcess; stderr: () => string; waitFor: (re: RegExp) => Promise<void>; exited: Promise<number | null> } {
      const args =
        crashAt !== undefined
          ? [join(distDir, 'test/e2e/service-crash-child.js'), configFile]
          : [join(distDir, 'src/cli/main.js'), 'run', '--config', configFile];
      const child = spawn(process.execPath, args, {
        cwd: repo,
        env: { ...process.env, WIREWATCH_NOW: now, WIREWATCH_LOG_LEVEL: 'info', CRASH_AT: crashAt ?? '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      const waiters: { re: RegExp; resolve: () => void }[] = [];
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (chunk: string) => {
        err += chunk;
        for (const w of [...waiters]) {
          if (w.re.test(err)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      return {
        child,
        stderr: () => err,
        exited,
        waitFor: (re) =>
          new Promise<void>((resolve, reject) => {
            if (re.test(err)) return resolve();
            waiters.push({ re, resolve });
            void exited.then(() => reject(new Error(`child exited before ${re}; stderr:\n${err.slice(-3000)}`)));
          }),
      };
    }

    /** Kill points: frozen before the post, frozen after it (before markSent), or a timed kill after "digest due". */
    const POINTS = ['before_post', 'after_post', 'timed'] as const;

    async function crashAndRestart(run: number): Promise<{ point: string; outcome: string }> {
      const point = POINTS[run % POINTS.length];
      const dir = mkdtempSync(join(tmpdir(), `ww-crash-${run}-`));
      copyFileSync(template, join(dir, 'wirewatch.db'));
      for (const suffix of ['-wal', '-shm']) if (existsSync(template + suffix)) copyFileSync(template + suffix, join(dir, 'wirewatch.db' + suffix));
      const configFile = join(dir, 'wirewatch.yaml');
      writeFileSync(configFile, configText(fixtures.origin, dir));
      try {
        // First run: the clock starts 0.3 s before 12:00, so the digest is due at once; SIGKILL at the point.
        const first = startChild(configFile, '2026-11-27T11:59:59.700Z', point === 'timed' ? '' : point);
        if (point === 'timed') {
          await first.waitFor(/scheduler: digest due/);
          await new Promise((r) => setTimeout(r, run % 7));
        } else await first.waitFor(new RegExp(`CRASH POINT ${point}`));
        first.child.kill('SIGKILL');
        await first.exited;

        // Restart after 12:00 with the real `wirewatch run`: reconciliation and catch-up finish before "wirewatch running".
        const second = startChild(configFile, '2026-11-27T12:00:02.000Z');
        await second.waitFor(/main: wirewatch running/);
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);

        const lines = readFileSync(join(dir, 'console', 'ledger.jsonl'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { key: string; text: string });
        expect(lines, `run ${run} (${point}): ${second.stderr().slice(-2000)}`).toHaveLength(1);
        const store = await openSqliteStore(join(dir, 'wirewatch.db'), { readonly: true });
        try {
          const [sub] = await store.subscriptions.listSubscriptions();
          const rows = await store.deliveries.listDeliveries(sub.id);
          expect(rows).toHaveLength(1);
          expect(rows[0]).toMatchObject({ state: 'sent', idempotencyKey: lines[0].key, subject: `2026-11-26T11:50:00.000Z/${DIGEST_AT}` });
          expect(sub.lastWindowEnd?.toISOString()).toBe(DIGEST_AT);
        } finally {
          await store.close();
        }
        const err = second.stderr();
        const outcome = /found already posted/.test(err)
          ? 'found'
          : /"resent":1/.test(err)
            ? 'resent'
            : /digest already delivered/.test(err)
              ? 'already'
              : 'complete';
        return { point, outcome };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    it('delivers the digest exactly once across SIGKILL and restart (20 runs)', async () => {
      const results: { point: string; outcome: string }[] = [];
      // Four repetitions at a time, each in its own folder and database.
      for (let batch = 0; batch < 20; batch += 4) {
        results.push(...(await Promise.all([0, 1, 2, 3].map((i) => crashAndRestart(batch + i)))));
      }
      expect(results).toHaveLength(20);
      // Killed before the post: the restart sends it; killed after the post: the restart finds it in the ledger.
      for (const r of results.filter((r) => r.point === 'before_post')) expect(r.outcome).toBe('resent');
      for (const r of results.filter((r) => r.point === 'after_post')) expect(r.outcome).toBe('found');
    }, 600_000);
  });
});
