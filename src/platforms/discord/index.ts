/** The Discord adapter: the only code that imports discord.js. */
export { DiscordPlatform, type DiscordPlatformOptions } from './discord-platform.js';
export { ChannelDelivery, nonceFor, deliveryFooter, parseDeliveryFooter, NONCE_MAX, HISTORY_PAGE_MAX } from './delivery.js';
export { InteractionResponder, DEFER_AFTER_MS, MAX_ATTACHMENT_BYTES } from './interaction-responder.js';
export { commandDefinitions, DISCORD_ROUTES, AUTOCOMPLETE_FIELDS } from './definitions.js';
export { toCommand, invokerFor } from './interactions.js';
export { registerCommands, type RegisterResult } from './register.js';
export { toPlatformError, PERMANENT_CODES } from './errors.js';
