/** The Slack adapter: the only code that imports @slack/bolt. */
export {
  SlackPlatform,
  toSlackMrkdwn,
  DIGEST_EVENT_TYPE,
  HISTORY_LIMIT,
  RESPONSE_URL_USES,
  RETRY_CONFIG,
  type SlackPlatformOptions,
} from './slack-platform.js';
export { parseCommandText, unescapeSlackText, SLACK_HELP_TEXT, type ParsedCommand } from './command-text.js';
export { toPlatformError, PERMANENT_ERRORS } from './errors.js';
export { ChannelPacer, POST_INTERVAL_MS, type PacerOptions } from './pacer.js';
