/**
 * The spike alert message: which topic spiked, today's count against its usual, and the day's top
 * stories, in the channel's language, as one platform message (Discord embed, Slack Block Kit, plain
 * text on the console). Titles come from feeds and are escaped for the platform.
 */
import type { PlatformName } from '../model/subscription.js';
import { translator } from '../digest/i18n/index.js';
import { discordLink, escapeDiscord } from '../digest/render/discord/escape.js';
import { slackLink, escapeSlack } from '../digest/render/slack/escape.js';
import { cleanText, truncate } from '../digest/render/format.js';

const COLOR_SPIKE = 0xc2410c;

export interface SpikeMessage {
  platform: PlatformName;
  locale: string;
  /** The topic's name (or id). */
  topic: string;
  today: number;
  usual: number;
  /** Top stories of the day, best first (at most three are shown). */
  stories: { title: string; link: string | null; outlet: string | null }[];
}

/** The alert as the platform's payloads (one message). */
export function renderSpike(m: SpikeMessage): unknown[] {
  const t = translator(m.locale);
  const usual = new Intl.NumberFormat(t.intlLocale, { maximumFractionDigits: 1 }).format(m.usual);
  const title = t.t('spikeSummary', { topic: cleanText(m.topic) });
  const body = t.t('spikeBody', { count: m.today, usual });
  const top = m.stories.slice(0, 3).map((s) => ({ ...s, title: truncate(cleanText(s.title) || t.t('untitled'), 200) }));
  if (m.platform === 'discord') {
    const lines = top.map((s) => `• ${discordLink(s.title, s.link)}${s.outlet ? ` — ${escapeDiscord(s.outlet)}` : ''}`);
    return [
      {
        embeds: [{ color: COLOR_SPIKE, title: `📈 ${escapeDiscord(title)}`.slice(0, 256), description: [escapeDiscord(body), ...lines].join('\n') }],
        allowed_mentions: { parse: [] },
      },
    ];
  }
  if (m.platform === 'slack') {
    const lines = top.map((s) => `• ${slackLink(s.title, s.link)}${s.outlet ? ` — ${escapeSlack(s.outlet)}` : ''}`);
    const text = `:chart_with_upwards_trend: *${escapeSlack(title)}*\n${escapeSlack(body)}${lines.length ? '\n' + lines.join('\n') : ''}`;
    return [
      {
        text: `${title}: ${body}`,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } }],
        unfurl_links: false,
        unfurl_media: false,
      },
    ];
  }
  return [[`📈 ${title}`, body, ...top.map((s) => `- ${s.title}${s.link ? ` ${s.link}` : ''}`)].join('\n')];
}
