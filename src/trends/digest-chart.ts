/**
 * The trend picture as one more part of a digest delivery (subscriptions with `trendChart` on):
 * Discord a message whose embed shows the uploaded PNG (`attachment://…`; it carries the delivery
 * footer like every part, so reconciliation counts it); Slack a file part that the adapter shares
 * with the files upload flow after the digest's messages.
 */
import type { PlatformName } from '../model/subscription.js';
import { escapeDiscord } from '../digest/render/discord/escape.js';
import type { PayloadFile } from '../model/payload-file.js';
import type { TrendPicture } from './trend.js';

/** Days a digest's chart shows. */
export const DIGEST_CHART_DAYS = 7;

/** The picture as a payload part for `platform`, or null where pictures are not posted (console). */
export function chartPart(platform: PlatformName, pic: TrendPicture): unknown | null {
  const file: PayloadFile = { name: pic.fileName, data: pic.png, contentType: 'image/png', title: pic.title };
  if (platform === 'discord') {
    return {
      embeds: [{ color: 0x2f5fbf, title: escapeDiscord(pic.title).slice(0, 256), image: { url: `attachment://${pic.fileName}` } }],
      allowed_mentions: { parse: [] },
      files: [file],
    };
  }
  if (platform === 'slack') return { file };
  return null;
}
