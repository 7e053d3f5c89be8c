/**
 * Renders an admin notice (src/notices/) for a platform: one message, a title and a body. The body is
 * already platform text: its trusted markup (channel mentions `<#id>`, inline code) stays, and its
 * untrusted parts were escaped by `noticeEscaper(platform)` when it was written. Mentions are off on
 * Discord (`allowed_mentions: { parse: [] }`); Slack unfurls are off.
 */
import type { PlatformName } from '../../model/subscription.js';
import type { DiscordMessagePayload } from './discord/render.js';
import { escapeDiscord } from './discord/escape.js';
import type { SlackMessagePayload } from './slack/render.js';
import { escapeSlack } from './slack/escape.js';

const COLOR_NOTICE = 0xf59e0b;
/** Embed description limit (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
const DISCORD_DESCRIPTION_MAX = 4096;
/** Section text limit (https://docs.slack.dev/reference/block-kit/blocks/section-block). */
const SLACK_SECTION_MAX = 3000;

/** The escaper for untrusted text (feed titles, URLs, error messages) inside a notice on `platform`. */
export function noticeEscaper(platform: PlatformName): (s: string) => string {
  if (platform === 'discord') return escapeDiscord;
  if (platform === 'slack') return escapeSlack;
  // the console: control characters (other than tab and newline) become spaces
  return (s) => [...s].map((c) => (c < ' ' && c !== '\t' && c !== '\n' ? ' ' : c)).join('');
}

const cut = (s: string, max: number) => (s.length <= max ? s : s.slice(0, max - 1) + '…');

/** The notice as the platform's message payloads (one message). */
export function renderNotice(platform: PlatformName, title: string, body: string): unknown[] {
  if (platform === 'discord') {
    const msg: DiscordMessagePayload = {
      embeds: [{ color: COLOR_NOTICE, title: `⚠️ ${title}`, description: cut(body, DISCORD_DESCRIPTION_MAX - 100) }],
      allowed_mentions: { parse: [] },
    };
    return [msg];
  }
  if (platform === 'slack') {
    const text = cut(`:warning: *${title}*\n${body}`, SLACK_SECTION_MAX);
    const msg: SlackMessagePayload = {
      text: cut(`${title}: ${body}`, SLACK_SECTION_MAX),
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
      unfurl_links: false,
      unfurl_media: false,
    };
    return [msg];
  }
  return [`! ${title}\n${body}`];
}
