/**
 * Making untrusted text inert in Slack mrkdwn.
 * https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
import { cleanText } from '../format.js';

const ZWSP = '\u200b';

/**
 * Escapes one line of untrusted text for a mrkdwn text object:
 * - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` (the only escaping Slack defines), so no
 *   `<!channel>`, `<!here>`, `<@U…>`, `<#C…>` or `<url|label>` can form, and no `>` quote opens;
 * - `@channel`, `@here`, `@everyone` get a zero-width space after the `@` (in case a client or
 *   `link_names` parses bare names);
 * - Slack has no escape for `* _ ~ \``: each gets a zero-width space on both sides, so it cannot
 *   touch the word it would open or close, which mrkdwn requires for bold, italics, strike and code
 *   (see docs/adr/0152-digest-rendering-safety.md).
 */
export function escapeSlack(s: string): string {
  return cleanText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=channel|here|everyone)/gi, '@' + ZWSP)
    .replace(/[*_~`]/g, `${ZWSP}$&${ZWSP}`);
}

/**
 * `<url|label>` for an http(s) URL (with `|`, `<`, `>` and spaces percent-encoded, as Slack's link
 * syntax cannot hold them, and `&` written `&amp;` like everywhere in mrkdwn), else the escaped
 * label. An empty label shows the URL's host.
 */
export function slackLink(label: string, url: string | null): string {
  return slackLinkMarkup(escapeSlack(label), url);
}

/** Like `slackLink` for a label that is already escaped mrkdwn. */
export function slackLinkMarkup(escapedLabel: string, url: string | null): string {
  if (!url) return escapedLabel;
  const label = escapedLabel || escapeSlack(new URL(url).host);
  const href = url.replace(/[|<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()).replace(/&/g, '&amp;');
  return `<${href}|${label}>`;
}

/**
 * For `plain_text` objects (not parsed as mrkdwn): cleans the text and puts a zero-width space after
 * the `@` of `@channel`, `@here`, `@everyone`, so nothing that looks like a mention reaches a channel.
 */
export function plainSlack(s: string): string {
  return cleanText(s).replace(/@(?=channel|here|everyone)/gi, '@' + ZWSP);
}
