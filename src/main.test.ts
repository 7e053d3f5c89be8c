import { describe, expect, it } from 'vitest';
import { parseConfig } from './config/load.js';
import { silentLogger } from './log/logger.js';
import { ManualClock } from './model/clock.js';
import { ConsolePlatform } from './platforms/console/console-platform.js';
import { DiscordPlatform } from './platforms/discord/index.js';
import { SlackPlatform } from './platforms/slack/index.js';
import { defaultPlatforms, discordOptions, slackOptions } from './main.js';

const yaml = `
discord:
  adminRoles: ['role-1']
  adminUsers: ['user-9', 'user-10']
slack:
  mode: http
  port: 0
  adminUsers: ['U123']
console:
  dir: /tmp/wirewatch-main-test
`;

describe('main: adapters from the config', () => {
  const config = parseConfig(yaml, 'test.yaml');
  const clock = new ManualClock(new Date('2026-03-02T07:00:00Z'));

  it('gives Discord both the admin roles and the admin users of the config', () => {
    const o = discordOptions(config, { DISCORD_TOKEN: 'tok' }, silentLogger);
    expect(o.token).toBe('tok');
    expect(o.adminRoleIds).toEqual(['role-1']);
    expect(o.adminUserIds).toEqual(['user-9', 'user-10']);
  });

  it('gives Slack its mode, port, admin users and the service clock', () => {
    const o = slackOptions(config, { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, silentLogger, clock);
    expect(o).toMatchObject({ botToken: 'xoxb-1', signingSecret: 's', socketMode: false, port: 0, adminUserIds: ['U123'] });
    expect(o.clock).toBe(clock);
  });

  it('builds the console adapter always, and Discord / Slack only when their secrets are present', async () => {
    expect((await defaultPlatforms(config, {}, silentLogger, clock)).map((p) => p.constructor)).toEqual([ConsolePlatform]);
    const all = await defaultPlatforms(config, { DISCORD_TOKEN: 'tok', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, silentLogger, clock);
    expect(all.map((p) => p.constructor)).toEqual([ConsolePlatform, DiscordPlatform, SlackPlatform]);
    await (all[1] as DiscordPlatform).client.destroy();
  });
});
