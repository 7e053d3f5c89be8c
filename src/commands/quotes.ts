/**
 * `quotes`: the stored quotes that match a speaker, topic, outlet and date, newest first, one page at
 * a time (`/wirewatch quotes speaker:Vučić topic:kosovo since:7d` on Discord,
 * `/wirewatch quotes Vučić topic=kosovo since=7d page=2` on Slack). The speaker is found under every
 * spelling the store holds (speaker entities, ADR 0260). Anyone in the channel may search; the reply
 * is private to them and shows only stories of feeds their workspace reads.
 */
import { UserError } from '../model/errors.js';
import { qualifiedTopicId, tenantOf } from '../model/tenant.js';
import { foldName } from '../pipeline/speakers/identity.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { QUOTES_PER_PAGE, renderQuoteListing } from './quote-listing.js';
import { parseSince } from './since.js';
import { safeText } from './text.js';
import { translator } from '../digest/i18n/index.js';
import type { QuoteQuery } from '../store/store.js';
import { escapeDiscord } from '../digest/render/discord/escape.js';
import { escapeSlack } from '../digest/render/slack/escape.js';

/** Highest page number accepted (100 pages of five: further back, narrow the search). */
export const MAX_QUOTE_PAGE = 100;

/** The command that shows page `page` with the same filters, as inline code on the platform. */
function pageCommand(cmd: Command, page: number): string {
  const opts = (['speaker', 'topic', 'since', 'outlet'] as const).filter((k) => cmd.options[k]).map((k) => [k, cmd.options[k]!.replace(/[`"]/g, '')] as const);
  if (cmd.platform === 'discord') {
    return '`' + ['/wirewatch quotes', ...opts.map(([k, v]) => `${k}: ${v}`), `page: ${page}`].join(' ').replace(/`/g, 'ˋ') + '`';
  }
  const quote = (v: string) => (/\s/.test(v) ? `"${v}"` : v);
  const raw = ['/wirewatch quotes', ...opts.map(([k, v]) => `${k}=${quote(v)}`), `page=${page}`].join(' ');
  return '`' + (cmd.platform === 'slack' ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : raw) + '`';
}

/** Untrusted text for a reply on `platform` (Discord markdown, Slack mrkdwn, or plain). */
function escapeFor(platform: Command['platform'], s: string): string {
  return platform === 'discord' ? escapeDiscord(s) : platform === 'slack' ? escapeSlack(s) : safeText(s);
}

/** The page option: a whole number from 1 to `MAX_QUOTE_PAGE` (default 1). */
function pageOption(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_QUOTE_PAGE) throw new UserError(`\`page\` is a whole number from 1 to ${MAX_QUOTE_PAGE}.`, 'bad_page');
  return n;
}

/**
 * Runs `quotes`. Options: `speaker` (any spelling), `topic` (a topic id this workspace sees),
 * `since` (`7d`, `2026-03-01`), `outlet` (part of an outlet's name, any case and script), `page`.
 * @throws UserError for an unknown topic, a bad `since` or `page`
 */
export async function quotes(cmd: Command, ctx: Context): Promise<CommandReply> {
  const tenant = tenantOf(cmd);
  const sub = await ctx.store.subscriptions.findSubscription(cmd.platform, cmd.workspace, cmd.channel);
  const locale = sub?.locale ?? ctx.defaults.locale;
  const timezone = sub?.timezone ?? ctx.defaults.timezone;
  const t = translator(locale);
  const page = pageOption(cmd.options.page);
  const query: QuoteQuery = { tenant, offset: (page - 1) * QUOTES_PER_PAGE, limit: QUOTES_PER_PAGE };

  const speaker = cmd.options.speaker?.trim();
  if (speaker) {
    const found = await ctx.store.speakers.findSpeakers(speaker);
    if (found.length === 0)
      return { ephemeral: true, text: t.t('quotesNoSpeaker', { speaker: escapeFor(cmd.platform, speaker.slice(0, 100)) }), mrkdwn: cmd.platform === 'slack' };
    query.speakerIds = found.map((s) => s.id);
  }
  const topicId = cmd.options.topic?.trim();
  if (topicId) {
    const topic = (await ctx.store.watchlists.listTopics(tenant)).find((x) => x.id === topicId);
    if (!topic) throw new UserError(`There is no topic \`${safeText(topicId.slice(0, 60))}\` here.`, 'unknown_topic');
    query.topicId = qualifiedTopicId(topic);
  }
  if (cmd.options.since?.trim()) query.since = parseSince(cmd.options.since, ctx.clock.now());
  const outlet = cmd.options.outlet?.trim();
  if (outlet) {
    const want = foldName(outlet);
    query.outlets = (await ctx.store.speakers.listOutlets(tenant)).filter((o) => foldName(o).includes(want));
  }

  const { total, hits } = await ctx.store.speakers.searchQuotes(query);
  const pages = Math.max(1, Math.ceil(total / QUOTES_PER_PAGE));
  if (total > 0 && page > pages) throw new UserError(`There ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}.`, 'bad_page');
  const next = page < Math.min(pages, MAX_QUOTE_PAGE) ? pageCommand(cmd, page + 1) : null;
  const text = renderQuoteListing({ platform: cmd.platform, locale, timezone, hits, total, page, pages, next });
  return { ephemeral: true, text, mrkdwn: cmd.platform === 'slack' };
}
