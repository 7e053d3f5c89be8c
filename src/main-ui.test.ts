/**
 * The panel as `wirewatch run` starts it: off by default; with `ui.enabled` and no token in the
 * environment, the first start prints a new token once on standard error (never in the logs) and the
 * next start accepts the same token without printing anything.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from './model/clock.js';
import { runService } from './main.js';

const dirs: string[] = [];

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'ww-main-ui-'));
  dirs.push(dir);
  const file = join(dir, 'w.yaml');
  writeFileSync(
    file,
    `store:\n  path: ${join(dir, 'w.db')}\nhttp:\n  host: 127.0.0.1\n  port: 0\nconsole:\n  dir: ${join(dir, 'console')}\nsubscriptions:\n  - channel: digest.txt\n`,
  );
  return file;
}

async function start(configFile: string, env: NodeJS.ProcessEnv) {
  const logs: string[] = [];
  const printed: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (printed.push(String(chunk)), true));
  try {
    const running = await runService({
      configFile,
      env,
      signals: false,
      logger: pino({ level: 'info' }, { write: (s: string) => void logs.push(s) }),
      clock: new ManualClock('2026-11-27T12:00:00Z'),
    });
    return { running, logs, printed: printed.join('') };
  } finally {
    spy.mockRestore();
  }
}

async function signIn(port: number, token: string): Promise<number> {
  const base = `http://127.0.0.1:${port}/ui/`;
  const login = await fetch(`${base}login`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1];
  const res = await fetch(`${base}login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, token }),
  });
  return res.status;
}

describe('runService with the panel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('serves no panel unless enabled', async () => {
    const { running } = await start(setup(), {});
    try {
      expect((await fetch(`http://127.0.0.1:${running.service.httpPort}/ui/login`)).status).toBe(404);
    } finally {
      await running.stop();
    }
  });

  it('prints a new token once at the first start, keeps it across restarts, never logs it', async () => {
    const file = setup();
    const first = await start(file, { WIREWATCH_UI_ENABLED: 'true' });
    const token = /web panel token \(shown once[^)]*\): (\S+)/.exec(first.printed)?.[1];
    try {
      expect(token).toBeDefined();
      expect(first.logs.join('')).not.toContain(token!);
      expect(await signIn(first.running.service.httpPort!, token!)).toBe(303);
    } finally {
      await first.running.stop();
    }
    const second = await start(file, { WIREWATCH_UI_ENABLED: 'true' });
    try {
      expect(second.printed).not.toContain('web panel token');
      expect(await signIn(second.running.service.httpPort!, token!)).toBe(303);
      expect(await signIn(second.running.service.httpPort!, 'another-token-entirely')).toBe(401);
    } finally {
      await second.running.stop();
    }
  });
});
