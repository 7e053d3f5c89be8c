import type { Digest } from '../../../model/digest.js';
import { renderDiscord as renderEmbeds, type DiscordMessagePayload } from './render.js';
import { fitDiscordPayloads } from './fit.js';

export { withDeliveryKey, type DiscordMessagePayload, type APIEmbed } from './render.js';
export { escapeDiscord } from './escape.js';
export { fitDiscordPayloads, cutMarkdown } from './fit.js';

/**
 * Renders a digest as Discord messages (render.ts), then applies the final fit pass (fit.ts): every
 * field within its limit and every message within 10 embeds / 6000 characters, whatever the input.
 */
export function renderDiscord(d: Digest): DiscordMessagePayload[] {
  return fitDiscordPayloads(renderEmbeds(d));
}
