/** The Discord adapter: the only code that imports discord.js. */
export { DiscordPlatform, nonceFor, deliveryFooter, parseDeliveryFooter, NONCE_MAX, DEFER_AFTER_MS, type DiscordPlatformOptions } from './discord-platform.js';
export { commandDefinitions, DISCORD_ROUTES } from './definitions.js';
export { registerCommands, type RegisterResult } from './register.js';
export { toPlatformError, PERMANENT_CODES } from './errors.js';
