/** Platform-neutral commands: the handler the Discord and Slack adapters drive. */
export * from './command.js';
export { createCommands, createCommandHandler, HELP_TEXT, MAX_COMPLETIONS } from './handler.js';
export type { CommandDeps, CommandDefaults, TopicMatcherFactory } from './deps.js';
export { DEFAULTS } from './deps.js';
export { subscriptionId } from './subscriptions.js';
export { scheduleToCron, validateTimezone, nextRun, describeSchedule } from './schedule.js';
export { safeText, neutraliseMentions } from './text.js';
export { normaliseFeedUrl, opmlFeeds } from './feeds.js';
