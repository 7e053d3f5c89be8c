import { describe, expect, it } from 'vitest';
import { discordLink, escapeDiscord } from '../../digest/render/discord/escape.js';
import { escapeSlack, slackLink } from '../../digest/render/slack/escape.js';
import { DiscordText, SlackText } from './markup.js';

const html = (el: unknown) => String(el);

describe('chat markup drawn for the preview', () => {
  it('draws Discord bold, italics, quotes, subtext and http links; escapes stay literal text', () => {
    const text = [
      `**${escapeDiscord('Digest · 3 stories')}**`,
      `> _reported:_ ${escapeDiscord('a *star* and [x](y)')} — **Ana**`,
      `-# why: ${escapeDiscord('Kosovo (Kosovu)')}`,
      discordLink('Story', 'https://example.org/a?b=1'),
    ].join('\n');
    const out = html(DiscordText({ text }));
    expect(out).toContain('<strong>Digest · 3 stories</strong>');
    expect(out).toContain('<blockquote class="dc-quote"><div><em>reported:</em> a *star* and [x](y) — <strong>Ana</strong></div></blockquote>');
    expect(out).toContain('<div class="dc-sub">why: Kosovo (Kosovu)</div>');
    expect(out).toContain('<a href="https://example.org/a?b=1" rel="noopener noreferrer nofollow" target="_blank">Story</a>');
  });

  it('never draws markup from untrusted text: HTML is escaped, a javascript: link is not a link', () => {
    const out = html(DiscordText({ text: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>' }));
    expect(out).not.toContain('<a ');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws Slack mrkdwn: bold, italics, <url|label> links, > quotes; &lt; &gt; &amp; shown as characters', () => {
    const text = [`*${slackLink('A & B <c>', 'https://example.org/x')}*`, `>“${escapeSlack('1 < 2 & 3 > 2')}” — *Ana*`, escapeSlack('> not a quote')].join(
      '\n',
    );
    const out = html(SlackText({ text }));
    expect(out).toContain('<strong><a href="https://example.org/x" rel="noopener noreferrer nofollow" target="_blank">A &amp; B &lt;c&gt;</a></strong>');
    expect(out).toContain('<blockquote class="sl-quote"><div>“1 &lt; 2 &amp; 3 &gt; 2” — <strong>Ana</strong></div></blockquote>');
    expect(out).toContain('<div>&gt; not a quote</div>');
  });
});
