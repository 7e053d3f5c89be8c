/**
 * `wirewatch run` with both platforms pointed elsewhere by configuration alone (issue 21): the
 * Discord REST base URL (`discord.restApi`, as a REST proxy would be set) and the Slack Web API URL
 * (`slack.apiUrl`, as GovSlack's is), both at fakes on 127.0.0.1. Every client the service builds
 * uses them: discord.js REST and its gateway lookup, Bolt's Web API client and Socket Mode's
 * `apps.connections.open`. Slack HTTP mode listens on `slack.host` (default 127.0.0.1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { runService, slackOptions, type Running } from '../../src/main.js';
import { defaultConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log/logger.js';
import { ManualClock } from '../../src/model/clock.js';

describe('platform client URLs from the config reach every client `wirewatch run` builds', () => {
  let discordFake: FakeDiscord;
  let slackFake: FakeSlack;
  let running: Running | null = null;

  beforeAll(async () => {
    discordFake = await FakeDiscord.start({ token: 'url-bot', guilds: [{ id: '4300000000000000001', name: 'g', ownerId: '1', channels: [] }] });
    slackFake = await FakeSlack.start({ botToken: 'xoxb-url', appToken: 'xapp-url', teamId: 'T0URLS0001', users: [], channels: [] });
  });
  afterAll(async () => {
    await running?.stop();
    await discordFake?.close();
    await slackFake?.close();
  });

  it('connects both adapters through the configured Discord REST base and Slack API URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-urls-'));
    const file = join(dir, 'wirewatch.yaml');
    writeFileSync(
      file,
      [
        `store: { path: ${join(dir, 'w.db')} }`,
        'http: { host: 127.0.0.1, port: 0 }',
        `console: { dir: ${join(dir, 'console')} }`,
        `discord: { restApi: "${discordFake.apiUrl}" }`,
        `slack: { apiUrl: "${slackFake.apiUrl}" }`,
        'log: { level: silent }',
        '',
      ].join('\n'),
    );
    running = await runService({
      configFile: file,
      env: { DISCORD_TOKEN: 'url-bot', SLACK_BOT_TOKEN: 'xoxb-url', SLACK_APP_TOKEN: 'xapp-url' },
      signals: false,
      clock: new ManualClock('2026-11-27T12:00:00Z'),
    });
    await slackFake.waitForSocket();
    // both adapters connected: readiness says so
    const ready = (await (await fetch(`http://127.0.0.1:${running.service.httpPort}/readyz`)).json()) as {
      checks: { name: string; ok: boolean; detail?: string }[];
    };
    expect(ready.checks.find((c) => c.name === 'adapters')).toMatchObject({ ok: true, detail: expect.stringMatching(/discord.*slack|slack.*discord/) });
    expect(discordFake.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
    expect(slackFake.callsOf('auth.test').length).toBeGreaterThan(0);
    expect(slackFake.callsOf('apps.connections.open').length).toBeGreaterThan(0);
  });

  it('takes the URLs and the HTTP-mode host from the environment too (GovSlack, a proxy)', () => {
    const config = defaultConfig({
      WIREWATCH_SLACK_API_URL: 'https://slack-gov.com/api',
      WIREWATCH_DISCORD_API: 'http://127.0.0.1:9/api',
      WIREWATCH_SLACK_HOST: '0.0.0.0',
    });
    expect(config.slack.apiUrl).toBe('https://slack-gov.com/api');
    expect(config.discord.restApi).toBe('http://127.0.0.1:9/api');
    const o = slackOptions(config, { SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's' }, silentLogger, new ManualClock('2026-01-01T00:00:00Z'));
    expect(o).toMatchObject({ slackApiUrl: 'https://slack-gov.com/api/', host: '0.0.0.0' });
    expect(defaultConfig({ WIREWATCH_DISCORD_REST_API: 'http://127.0.0.1:9/api' }).discord.restApi).toBe('http://127.0.0.1:9/api');
    expect(defaultConfig({}).slack.host).toBe('127.0.0.1');
  });
});
