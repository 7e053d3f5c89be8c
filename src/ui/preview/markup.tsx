/**
 * Draws the chat markup of a digest as the clients show it, for the preview: Discord markdown
 * (https://support.discord.com/hc/en-us/articles/210298617: `**bold**`, `_italics_`, `*italics*`,
 * `` `code` ``, `[label](url)`, `\` escapes, `> ` quotes, `-# ` subtext) and Slack mrkdwn
 * (https://docs.slack.dev/messaging/formatting-message-text: `*bold*`, `_italics_`, `~strike~`,
 * `` `code` ``, `<url|label>`, `&amp; &lt; &gt;`, `>` quotes). Only the subset the renderers write is
 * drawn; anything else shows as the literal text. Output is JSX, so every piece of text is escaped;
 * links are drawn only for http(s) URLs.
 */
import type { Child } from 'hono/jsx';

/** An http(s) URL, or null. */
export function safeHref(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function link(href: string, children: Child): Child {
  const safe = safeHref(href);
  if (!safe) return children;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {children}
    </a>
  );
}

/** Index of the closing delimiter `d` at or after `from`, skipping `\x` escapes; -1 when none. */
function closing(s: string, d: string, from: number, escapes: boolean): number {
  for (let i = from; i < s.length; i++) {
    if (escapes && s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(d, i)) return i;
  }
  return -1;
}

/** Discord inline markdown → JSX children. */
export function discordInline(s: string): Child[] {
  const out: Child[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push(buf);
    buf = '';
  };
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && /[^\p{L}\p{N}\s]/u.test(s[i + 1])) {
      buf += s[i + 1];
      i += 2;
      continue;
    }
    if (s.startsWith('**', i)) {
      const j = closing(s, '**', i + 2, true);
      if (j > i + 2) {
        flush();
        out.push(<strong>{discordInline(s.slice(i + 2, j))}</strong>);
        i = j + 2;
        continue;
      }
    }
    if (c === '_' || c === '*') {
      const j = closing(s, c, i + 1, true);
      if (j > i + 1) {
        flush();
        out.push(<em>{discordInline(s.slice(i + 1, j))}</em>);
        i = j + 1;
        continue;
      }
    }
    if (c === '`') {
      const j = s.indexOf('`', i + 1);
      if (j > i + 1) {
        flush();
        out.push(<code>{s.slice(i + 1, j)}</code>);
        i = j + 1;
        continue;
      }
    }
    if (c === '[') {
      const j = closing(s, '](', i + 1, true);
      const k = j > 0 ? s.indexOf(')', j + 2) : -1;
      if (j > 0 && k > j + 2) {
        flush();
        out.push(link(s.slice(j + 2, k), discordInline(s.slice(i + 1, j))));
        i = k + 1;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

/** Discord markdown text (several lines) → JSX: quotes grouped, `-# ` lines as subtext. */
export function DiscordText(props: { text: string }) {
  const blocks: Child[] = [];
  let quote: Child[] = [];
  const endQuote = () => {
    if (quote.length) blocks.push(<blockquote class="dc-quote">{quote}</blockquote>);
    quote = [];
  };
  for (const line of props.text.split('\n')) {
    if (line.startsWith('> ')) {
      quote.push(<div>{discordInline(line.slice(2))}</div>);
      continue;
    }
    endQuote();
    if (line.startsWith('-# ')) blocks.push(<div class="dc-sub">{discordInline(line.slice(3))}</div>);
    else if (line === '') blocks.push(<div class="gap" />);
    else blocks.push(<div>{discordInline(line)}</div>);
  }
  endQuote();
  return <>{blocks}</>;
}

/** Slack's three entities back to characters (JSX escapes them again). */
function unescapeSlack(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Slack mrkdwn inline → JSX children. */
export function slackInline(s: string): Child[] {
  const out: Child[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push(unescapeSlack(buf));
    buf = '';
  };
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '<') {
      const j = s.indexOf('>', i + 1);
      if (j > i + 1) {
        const inner = s.slice(i + 1, j);
        const bar = inner.indexOf('|');
        const href = unescapeSlack(bar >= 0 ? inner.slice(0, bar) : inner);
        const label = bar >= 0 ? slackInline(inner.slice(bar + 1)) : [href];
        flush();
        out.push(link(href, label));
        i = j + 1;
        continue;
      }
    }
    if (c === '*' || c === '_' || c === '~') {
      const j = s.indexOf(c, i + 1);
      if (j > i + 1) {
        flush();
        const inner = slackInline(s.slice(i + 1, j));
        out.push(c === '*' ? <strong>{inner}</strong> : c === '_' ? <em>{inner}</em> : <s>{inner}</s>);
        i = j + 1;
        continue;
      }
    }
    if (c === '`') {
      const j = s.indexOf('`', i + 1);
      if (j > i + 1) {
        flush();
        out.push(<code>{unescapeSlack(s.slice(i + 1, j))}</code>);
        i = j + 1;
        continue;
      }
    }
    buf += c;
    i++;
  }
  flush();
  return out;
}

/** Slack mrkdwn text (several lines) → JSX, `>` lines as quotes. */
export function SlackText(props: { text: string }) {
  const blocks: Child[] = [];
  let quote: Child[] = [];
  const endQuote = () => {
    if (quote.length) blocks.push(<blockquote class="sl-quote">{quote}</blockquote>);
    quote = [];
  };
  for (const line of props.text.split('\n')) {
    // Only a literal `>` opens a quote; `&gt;` is an escaped one from untrusted text.
    if (line.startsWith('>')) {
      quote.push(<div>{slackInline(line.slice(1))}</div>);
      continue;
    }
    endQuote();
    blocks.push(line === '' ? <div class="gap" /> : <div>{slackInline(line)}</div>);
  }
  endQuote();
  return <>{blocks}</>;
}
