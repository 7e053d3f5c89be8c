export { renderDiscord, withDeliveryKey, type DiscordMessagePayload, type APIEmbed } from './render.js';
export { escapeDiscord } from './escape.js';
