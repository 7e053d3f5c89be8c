/**
 * Reply text helpers shared by every command: neutralising mentions so a reply never pings anyone,
 * whatever the platform (Discord `<@id>`, `<@&role>`, `@everyone`; Slack `<!channel>`, `<@U…>`).
 */

/**
 * Makes user-supplied text safe to echo in a chat reply: mention syntaxes of Discord
 * (https://discord.com/developers/docs/reference#message-formatting) and Slack
 * (https://api.slack.com/reference/surfaces/formatting#mentioning-users) lose their angle brackets,
 * and `@everyone` / `@here` / `@channel` get a zero-width space after the `@`. Backticks are replaced by
 * a look-alike so echoed values cannot break out of inline code.
 * @param s any text
 * @returns the text, changed only where it could mention someone
 */
export function safeText(s: string): string {
  return neutraliseMentions(s).replace(/`/g, 'ˋ');
}

/**
 * `safeText` without the backtick change: for whole replies that use inline code on purpose.
 * `keepChannelLinks`: leave `<#id>` (a bare channel id, which shows the channel's name and notifies
 * nobody) for the final pass over a reply whose user-supplied parts went through `safeText` already.
 */
export function neutraliseMentions(s: string, opts: { keepChannelLinks?: boolean } = {}): string {
  return s
    .replace(/<([@#!][^>\s]*)>/g, (m, inner: string) => (opts.keepChannelLinks && /^#[A-Z0-9]+$/.test(inner) ? m : `‹${inner}›`))
    .replace(/@(everyone|here|channel)\b/gi, '@\u200b$1');
}

/** `value` shown as inline code, made safe first. */
export function code(value: string): string {
  return '`' + safeText(value) + '`';
}

/**
 * Joins lines, cutting at `maxChars` (UTF-16 units) on a line boundary and saying how many lines were left out.
 */
export function joinLines(lines: string[], maxChars = 1800): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    if (used + lines[i].length + 1 > maxChars) {
      out.push(`… and ${lines.length - i} more`);
      break;
    }
    out.push(lines[i]);
    used += lines[i].length + 1;
  }
  return out.join('\n');
}

/** Splits a list option (`a, b c`) into trimmed, non-empty, de-duplicated values. */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(/[\s,]+/)
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    ),
  ];
}
