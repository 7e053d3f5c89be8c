/** The Slack adapter: the only code that imports @slack/bolt. */
export { SlackPlatform, DIGEST_EVENT_TYPE, HISTORY_LIMIT, RETRY_CONFIG, type SlackPlatformOptions } from './slack-platform.js';
export { parseCommandText, unescapeSlackText, SLACK_HELP_TEXT, type ParsedCommand } from './command-text.js';
export { toPlatformError, PERMANENT_ERRORS } from './errors.js';
export { ChannelPacer, POST_INTERVAL_MS, type PacerOptions } from './pacer.js';
export { replyMessages, toSlackMrkdwn, RESPONSE_URL_USES } from './replies.js';
