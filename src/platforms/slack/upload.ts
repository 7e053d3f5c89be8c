/**
 * Sharing a file in a channel through Slack's upload flow
 * (https://docs.slack.dev/messaging/working-with-files#uploading_files).
 */
import type { App } from '@slack/bolt';
import type { ReplyFile } from '../../commands/command.js';
import type { Logger } from '../../log/logger.js';
import type { Target } from '../../model/subscription.js';
import { toPlatformError } from './errors.js';
import type { ChannelPacer } from './pacer.js';
import { REQUEST_TIMEOUT_MS } from './options.js';

/**
 * Shares `file` in `target.channel`: `files.getUploadURLExternal` (name, length) → the bytes POSTed to
 * the returned `upload_url` → `files.completeUploadExternal` with the channel (paced like a post),
 * which posts it. Needs the `files:write` scope.
 * @returns the file's id
 * @throws PlatformError when a Web API call fails; Error when the upload itself is refused
 */
export async function uploadFile(app: App, pacer: ChannelPacer, log: Logger, target: Target, file: ReplyFile): Promise<string> {
  try {
    const url = await app.client.files.getUploadURLExternal({ filename: file.name, length: file.data.length, alt_text: file.title.slice(0, 1000) });
    if (!url.upload_url || !url.file_id) throw new Error('files.getUploadURLExternal gave no upload_url');
    const res = await fetch(url.upload_url, {
      method: 'POST',
      body: file.data,
      headers: { 'content-type': 'application/octet-stream' },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`upload refused: HTTP ${res.status}`);
    await pacer.run(target.channel, () =>
      app.client.files.completeUploadExternal({ files: [{ id: url.file_id!, title: file.title.slice(0, 250) }], channel_id: target.channel }),
    );
    log.info({ channel_id: target.channel, file_id: url.file_id, bytes: file.data.length }, 'slack: file shared');
    return url.file_id;
  } catch (e) {
    if (e instanceof Error && /^(upload refused|files\.getUploadURLExternal)/.test(e.message)) throw e;
    throw toPlatformError(e, `upload a file to channel ${target.channel}`);
  }
}
