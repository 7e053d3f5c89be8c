/** One entry point for every digest format, for the CLI and the console adapter. */
import type { Digest } from '../../model/digest.js';
import { renderDiscord } from './discord/index.js';
import { renderMarkdown } from './markdown.js';
import { renderSlack } from './slack/index.js';
import { renderText } from './text.js';

export type DigestFormat = 'text' | 'markdown' | 'discord' | 'slack' | 'json';

/**
 * Renders `digest` as one string: plain text, Markdown, the Digest itself as JSON, or the message
 * payloads that would be posted as a JSON array (`discord`: `{embeds, allowed_mentions}` per
 * message; `slack`: `{blocks, text, ...}` per message).
 */
export function renderDigest(digest: Digest, format: DigestFormat): string {
  switch (format) {
    case 'text':
      return renderText(digest);
    case 'markdown':
      return renderMarkdown(digest);
    case 'discord':
      return JSON.stringify(renderDiscord(digest), null, 2);
    case 'slack':
      return JSON.stringify(renderSlack(digest), null, 2);
    case 'json':
      return JSON.stringify(digest, null, 2);
  }
}
