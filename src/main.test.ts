/**
 * runService's start-up order (issue 20): ports are checked before the store is touched, and a config
 * edited after the first start gets one warning naming --reset-from-config.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ManualClock } from './model/clock.js';
import { runService } from './main.js';

const TOPIC = (id: string, term: string) => `  - id: ${id}\n    name: ${id}\n    terms: [${term}]\n`;

function config(dir: string, port: number, topics: string): string {
  const file = join(dir, 'w.yaml');
  writeFileSync(
    file,
    `store:\n  path: ${join(dir, 'w.db')}\nhttp:\n  host: 127.0.0.1\n  port: ${port}\nconsole:\n  dir: ${join(dir, 'console')}\n` +
      `topics:\n${topics}subscriptions:\n  - channel: digest.txt\n`,
  );
  return file;
}

function capture() {
  const lines: { level: number; msg: string; hint?: string }[] = [];
  return { lines, logger: pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as { level: number; msg: string }) }) };
}

async function start(configFile: string, resetFromConfig = false) {
  const log = capture();
  const running = await runService({
    configFile,
    env: {},
    signals: false,
    logger: log.logger,
    clock: new ManualClock('2026-11-27T12:00:00Z'),
    resetFromConfig,
  });
  await running.stop();
  return log.lines.filter((l) => l.level === 40 && /reset-from-config/.test(l.msg));
}

describe('runService start-up', () => {
  it('reports a port clash before the database is created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-main-port-'));
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(
        runService({ configFile: config(dir, port, TOPIC('kosovo', 'Kosovo')), env: {}, signals: false, logger: capture().logger }),
      ).rejects.toMatchObject({
        code: 'port_in_use',
        message: expect.stringContaining(`http.port (WIREWATCH_HTTP_PORT) ${port} on 127.0.0.1 is already in use`),
      });
      expect(existsSync(join(dir, 'w.db'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('warns once, naming --reset-from-config, when the config lists what the seeded database lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-main-seed-'));
    const file = config(dir, 0, TOPIC('kosovo', 'Kosovo'));
    expect(await start(file)).toEqual([]); // first start: seeded
    expect(await start(file)).toEqual([]); // unchanged: nothing to say
    config(dir, 0, TOPIC('kosovo', 'Kosova') + TOPIC('nato', 'NATO')); // edited after the first start
    const warnings = await start(file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toContain('topic(s) kosovo, nato');
    expect(warnings[0].msg).toContain('Restart with --reset-from-config');
    expect(await start(file, true)).toEqual([]); // re-seeded from the file
    expect(await start(file)).toEqual([]); // and in step from now on
  });
});
