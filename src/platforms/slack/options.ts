/**
 * The Slack adapter's options and the Web API client's fixed settings (retries, timeout) and the
 * admin-check cache time. Re-exported by slack-platform.ts.
 */
import type { Logger } from '../../log/logger.js';
import type { Clock } from '../../model/clock.js';
import type { Digest } from '../../model/digest.js';
import type { SlackMessagePayload } from '../../digest/render/slack/index.js';
import type { PacerOptions } from './pacer.js';

/** How long a `users.info` answer is trusted for the admin check, ms. */
export const ADMIN_CACHE_MS = 5 * 60_000;
/** Explicit Web API retry policy (p-retry options): 3 attempts within a few seconds, not ~30 minutes. */
export const RETRY_CONFIG = { retries: 2, factor: 1.5, minTimeout: 500, maxTimeout: 3000 };
/** Web API request timeout, ms. */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface SlackPlatformOptions {
  /** Bot token `xoxb-…` (never logged). */
  botToken: string;
  /** App-level token `xapp-…` with `connections:write`, for Socket Mode. */
  appToken?: string;
  /** Signing secret, for HTTP mode. */
  signingSecret?: string;
  /** Socket Mode (default true); false = HTTP mode on `port`. */
  socketMode?: boolean;
  /** HTTP mode: port to listen on (0 = any free port; default 3000). */
  port?: number;
  /** HTTP mode: address to listen on (default all interfaces; tests use 127.0.0.1). */
  host?: string;
  /** HTTP mode: path Slack posts slash commands to. Default `/slack/events`. */
  endpoint?: string;
  /** The slash command's name. Default `/wirewatch`. */
  command?: string;
  /** User ids that may edit watchlists and feeds besides workspace admins/owners (config `slack.adminUsers`). */
  adminUserIds?: string[];
  /** pino logger (child `{ platform: 'slack' }`); Bolt's and the SDK's messages go to it too. Default silent. */
  logger?: Logger;
  /** Time for the admin-check cache. Default the system clock. */
  clock?: Clock;
  /** Web API base URL (tests point it at a fake Slack). Default Slack's. */
  slackApiUrl?: string;
  /** Renders digests shown in command replies; default `renderSlack`. */
  renderDigest?: (d: Digest) => SlackMessagePayload[];
  /** Per-channel pacing (interval, time source, sleep). */
  pacing?: PacerOptions;
  /** How many recent messages `findPosted` reads. Default `HISTORY_LIMIT`. */
  historyLimit?: number;
  /**
   * Socket Mode: how long to wait for a pong before reconnecting, ms (also the reconnect back-off step).
   * Default the SDK's 5000.
   */
  socketPingTimeoutMs?: number;
  /**
   * Web API only (default false): `start()` checks the bot token (`auth.test`) and opens neither a
   * Socket Mode connection nor the HTTP receiver; posting, `findPosted` and `noticeChannel` work,
   * slash commands are not received. Needs only the bot token (a scaled-out worker, docs/scaling.md).
   */
  webApiOnly?: boolean;
}
