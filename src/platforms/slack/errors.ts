/**
 * Slack Web API errors → `PlatformError`. Error strings per method:
 * https://docs.slack.dev/reference/methods/chat.postMessage#errors ; rate limits (HTTP 429 with
 * `Retry-After` in seconds): https://docs.slack.dev/apis/web-api/rate-limits
 */
import { webApi } from '@slack/bolt';
import { PlatformError } from '../platform.js';

/**
 * Errors after which retrying cannot help until someone acts in Slack: the subscription is paused
 * with the reason (the dispatcher does that for a permanent `PlatformError`).
 */
export const PERMANENT_ERRORS: ReadonlySet<string> = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * Errors that refuse the message itself, not the channel (https://docs.slack.dev/reference/methods/chat.postMessage#errors):
 * `invalid_blocks` / `invalid_blocks_format` (a block over a limit Slack enforces, a link it will not
 * take) and `msg_too_long`. The adapter posts the message again in a smaller form (`shrinkSlackPayload`);
 * they never pause the subscription (ADR 0241).
 */
export const PAYLOAD_ERRORS: ReadonlySet<string> = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_too_long']);

const PLAIN: Record<string, string> = {
  not_in_channel: 'the app is not in this channel (Slack error not_in_channel): invite it with `/invite @wirewatch`',
  channel_not_found: 'the channel does not exist or the app cannot see it (Slack error channel_not_found)',
  is_archived: 'the channel is archived (Slack error is_archived)',
};

/**
 * Wraps anything the Web API client threw.
 * - `WebAPIRateLimitedError` (429, `rejectRateLimitedCalls`) → `slack_ratelimited`, not permanent, with
 *   `retryAfterMs` = Retry-After × 1000 (the dispatcher waits that long before the next attempt);
 * - `WebAPIPlatformError` (`ok: false`): `not_in_channel`, `channel_not_found`, `is_archived` → permanent
 *   (`slack_<error>`), message in plain words; `invalid_blocks`, `invalid_blocks_format`, `msg_too_long` →
 *   `payloadRefused` (posted again smaller), not permanent; other errors → not permanent (`slack_<error>`);
 * - `WebAPIHTTPError` / `WebAPIRequestError` / anything else → `slack_http` / `slack_network`, not permanent.
 * @param where what was being done, for the message (`post to channel C123`)
 */
export function toPlatformError(e: unknown, where: string): PlatformError {
  if (e instanceof PlatformError) return e;
  if (e instanceof webApi.WebAPIRateLimitedError) {
    return new PlatformError('slack_ratelimited', `slack: ${where}: rate limited (retry after ${e.retryAfter} s)`, false, Math.max(0, e.retryAfter) * 1000);
  }
  if (e instanceof webApi.WebAPIPlatformError) {
    const code = String(e.data.error);
    return new PlatformError(
      `slack_${code}`,
      `slack: ${where}: ${PLAIN[code] ?? `Slack error ${code}`}`,
      PERMANENT_ERRORS.has(code),
      null,
      PAYLOAD_ERRORS.has(code),
    );
  }
  if (e instanceof webApi.WebAPIHTTPError) return new PlatformError('slack_http', `slack: ${where}: HTTP ${e.statusCode} ${e.statusMessage}`, false);
  const message = e instanceof webApi.WebAPIRequestError ? e.original.message : e instanceof Error ? e.message : String(e);
  return new PlatformError('slack_network', `slack: ${where}: ${message}`, false);
}
