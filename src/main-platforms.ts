/**
 * The chat adapters `runService` starts: the console adapter always, Discord and Slack when their
 * secrets are present, with their options read from the config. Part of the composition root
 * (main.ts re-exports these).
 */
import { resolve } from 'node:path';
import type { Config } from './config/schema.js';
import { platformsEnabled, type Secrets } from './config/secrets.js';
import type { Logger } from './log/logger.js';
import type { Clock } from './model/clock.js';
import type { ChatPlatform } from './platforms/platform.js';
import { ConsolePlatform } from './platforms/console/console-platform.js';
import type { DiscordPlatformOptions } from './platforms/discord/index.js';
import type { SlackPlatformOptions } from './platforms/slack/index.js';

/**
 * The Discord adapter's options from the config: the bot token, and who may edit watchlists and
 * feeds besides members with Manage Server (`discord.adminRoles` role ids, `discord.adminUsers` user ids).
 * @throws nothing; the adapter itself refuses a missing token
 */
export function discordOptions(config: Config, secrets: Secrets, logger: Logger): DiscordPlatformOptions {
  return {
    token: secrets.DISCORD_TOKEN ?? '',
    adminRoleIds: config.discord.adminRoles,
    adminUserIds: config.discord.adminUsers,
    logger,
    ...(config.discord.restApi ? { rest: { api: config.discord.restApi.replace(/\/+$/, '') } } : {}),
  };
}

/**
 * The Slack adapter's options from the config: tokens, Socket Mode or HTTP mode on `slack.port`,
 * `slack.adminUsers` (besides workspace admins), and the service's clock.
 * @throws nothing; the adapter itself refuses missing tokens for the chosen mode
 */
export function slackOptions(config: Config, secrets: Secrets, logger: Logger, clock: Clock): SlackPlatformOptions {
  return {
    botToken: secrets.SLACK_BOT_TOKEN ?? '',
    appToken: secrets.SLACK_APP_TOKEN,
    signingSecret: secrets.SLACK_SIGNING_SECRET,
    socketMode: config.slack.mode === 'socket',
    port: config.slack.port,
    host: config.slack.host,
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl.endsWith('/') ? config.slack.apiUrl : `${config.slack.apiUrl}/` } : {}),
    adminUserIds: config.slack.adminUsers,
    logger,
    clock,
  };
}

/**
 * Builds the adapters whose secrets are present, plus the console adapter. discord.js and
 * @slack/bolt are imported here, only for an enabled platform: together they were about half of
 * `run`'s start-up CPU, paid even by a service with neither token set (issue 23).
 */
export async function defaultPlatforms(
  config: Config,
  secrets: Secrets,
  logger: Logger,
  clock: Clock,
  mode: { restOnly?: boolean } = {},
): Promise<ChatPlatform[]> {
  const platforms: ChatPlatform[] = [new ConsolePlatform({ dir: resolve(config.console.dir), ledger: config.console.ledger, clock, logger })];
  const enabled = platformsEnabled(secrets, config.slack.mode);
  if (enabled.discord) {
    const { DiscordPlatform } = await import('./platforms/discord/index.js');
    platforms.push(new DiscordPlatform({ ...discordOptions(config, secrets, logger), ...(mode.restOnly ? { gateway: false } : {}) }));
  }
  // REST only (a scaled-out worker), Slack needs just the bot token: it posts through the Web API.
  if (enabled.slack || (mode.restOnly && secrets.SLACK_BOT_TOKEN)) {
    const { SlackPlatform } = await import('./platforms/slack/index.js');
    platforms.push(new SlackPlatform({ ...slackOptions(config, secrets, logger, clock), ...(mode.restOnly ? { webApiOnly: true } : {}) }));
  }
  return platforms;
}
