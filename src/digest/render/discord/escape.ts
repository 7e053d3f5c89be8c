/**
 * Making untrusted text inert in Discord messages: no mentions, no markdown that changes layout.
 * Markdown: https://support.discord.com/hc/en-us/articles/210298617 ; mentions and message
 * formatting: https://discord.com/developers/docs/reference#message-formatting
 */
import { cleanText } from '../format.js';

const ZWSP = '\u200b';

/**
 * Escapes one line of untrusted text for Discord markdown (descriptions, titles, field values):
 * - `\ * _ ~ \` | > [ ] ( ) #` get a backslash (bold, italics, underline, strikethrough,
 *   code, spoilers, quotes, masked links, headings), and a leading `-`
 *   or `1.` (lists) is escaped;
 * - every `@` is followed by a zero-width space, so `@everyone`, `@here`, `<@id>`, `<@!id>` and
 *   `<@&id>` never mention; every `<` is followed by one, so `<#id>` channel links, `</cmd:id>` and
 *   `<http…>` autolinks never form.
 * The message also carries `allowed_mentions: { parse: [] }`, so this is a second line of defence.
 */
export function escapeDiscord(s: string): string {
  return cleanText(s)
    .replace(/[\\*_~`|>[\]()#]/g, '\\$&')
    .replace(/@/g, '@' + ZWSP)
    .replace(/</g, '<' + ZWSP)
    .replace(/^-/, '\\-')
    .replace(/^(\d+)\./, '$1\\.');
}

/** `[label](url)` for an http(s) URL (parentheses and spaces in the URL percent-encoded), else the escaped label. An empty label shows the URL's host. */
export function discordLink(label: string, url: string | null): string {
  const text = escapeDiscord(label);
  if (!url) return text;
  if (!text) return discordLink(new URL(url).host, url);
  return `[${text}](${url.replace(/[ ()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())})`;
}
