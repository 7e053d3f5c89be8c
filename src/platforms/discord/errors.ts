/**
 * Discord API errors → `PlatformError`. JSON error codes:
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { PlatformError } from '../platform.js';

/**
 * Codes after which retrying cannot help until an admin acts: the subscription is paused.
 * 50001 Missing Access, 50013 Missing Permissions, 10003 Unknown Channel.
 */
export const PERMANENT_CODES: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.UnknownChannel,
]);

/**
 * Codes that refuse the message itself, not the channel: 50035 Invalid Form Body (a field over a
 * limit Discord enforces, a URL it will not take), 40005 Request entity too large. The adapter posts
 * the message again in a smaller form (`shrinkDiscordPayload`).
 */
export const PAYLOAD_CODES: ReadonlySet<number> = new Set([RESTJSONErrorCodes.InvalidFormBodyOrContentType, RESTJSONErrorCodes.RequestEntityTooLarge]);

const PLAIN: Record<number, string> = {
  [RESTJSONErrorCodes.MissingAccess]: 'the bot cannot see this channel (Discord error 50001 Missing Access): give it View Channel',
  [RESTJSONErrorCodes.MissingPermissions]:
    'the bot lacks a permission in this channel (Discord error 50013 Missing Permissions): it needs Send Messages, Embed Links and Read Message History',
  [RESTJSONErrorCodes.UnknownChannel]: 'the channel no longer exists (Discord error 10003 Unknown Channel)',
};

/**
 * Wraps anything discord.js threw while talking to Discord.
 * - `DiscordAPIError` with 50001 / 50013 / 10003 → permanent, code `discord_<n>`, message in plain words
 *   (it ends up as the subscription's paused reason);
 * - 50035 / 40005 or HTTP 413 → `payloadRefused` (the message itself: posted again smaller), not permanent;
 * - other 4xx API errors → not permanent (`discord_<n>`), the dispatcher's retries decide;
 * - 5xx `HTTPError`, network errors → not permanent (`discord_http` / `discord_network`).
 * @param where what was being done, for the message (`post to channel 123`)
 */
export function toPlatformError(e: unknown, where: string): PlatformError {
  if (e instanceof PlatformError) return e;
  if (e instanceof DiscordAPIError) {
    const n = typeof e.code === 'number' ? e.code : Number(e.code);
    const plain = PLAIN[n];
    return new PlatformError(
      `discord_${e.code}`,
      `discord: ${where}: ${plain ?? `${e.message} (HTTP ${e.status})`}`,
      PERMANENT_CODES.has(n),
      null,
      PAYLOAD_CODES.has(n) || e.status === 413,
    );
  }
  if (e instanceof HTTPError) return new PlatformError('discord_http', `discord: ${where}: HTTP ${e.status} ${e.message}`, false, null, e.status === 413);
  const message = e instanceof Error ? e.message : String(e);
  return new PlatformError('discord_network', `discord: ${where}: ${message}`, false);
}
