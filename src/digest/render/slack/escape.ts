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
    .replace(/@(?=(channel|here|everyone)\b)/gi, '@' + ZWSP)
    .replace(/[*_~`]/g, `${ZWSP}$&${ZWSP}`);
}

/**
 * `<url|label>` for an http(s) URL (with `|`, `<`, `>` and spaces percent-encoded, as Slack's link
 * syntax cannot hold them), else the escaped label.
 */
export function slackLink(label: string, url: string | null): string {
  return slackLinkMarkup(escapeSlack(label), url);
}

/** Like `slackLink` for a label that is already escaped mrkdwn. */
export function slackLinkMarkup(escapedLabel: string, url: string | null): string {
  if (!url) return escapedLabel;
  return `<${url.replace(/[|<> ]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}|${escapedLabel}>`;
}
