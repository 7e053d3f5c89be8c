/**
 * `trend`: a topic's mentions per day as a picture (`/wirewatch trend topic:kosovo days:30`), posted
 * in the channel with its title, in the channel's language and time zone. The adapter uploads the PNG
 * (Discord: an attachment the embed shows; Slack: the files upload flow).
 */
import { UserError } from '../model/errors.js';
import { tenantOf } from '../model/tenant.js';
import { MAX_TREND_DAYS, topicTrend } from '../trends/trend.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { safeText } from './text.js';

/** Days shown when none are given. */
export const DEFAULT_TREND_DAYS = 30;

/**
 * Runs `trend`. Options: `topic` (required, a topic id this workspace sees), `days` (1–90, default 30).
 * @throws UserError for a missing or unknown topic, or bad `days`
 */
export async function trend(cmd: Command, ctx: Context): Promise<CommandReply> {
  const topicId = cmd.options.topic?.trim();
  if (!topicId) throw new UserError('Name the topic: `trend topic:<id>`.', 'missing_topic');
  const days = cmd.options.days?.trim() ? Number(cmd.options.days) : DEFAULT_TREND_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TREND_DAYS) throw new UserError(`\`days\` is a whole number from 1 to ${MAX_TREND_DAYS}.`, 'bad_days');
  const tenant = tenantOf(cmd);
  const topic = (await ctx.store.watchlists.listTopics(tenant)).find((t) => t.id === topicId);
  if (!topic) throw new UserError(`There is no topic \`${safeText(topicId.slice(0, 60))}\` here.`, 'unknown_topic');
  const sub = await ctx.store.subscriptions.findSubscription(cmd.platform, cmd.workspace, cmd.channel);
  const pic = await topicTrend(ctx.store, {
    topic,
    tenant,
    days,
    now: ctx.clock.now(),
    timezone: sub?.timezone ?? ctx.defaults.timezone,
    locale: sub?.locale ?? ctx.defaults.locale,
  });
  const total = pic.counts.reduce((n, c) => n + c.count, 0);
  ctx.logger.info({ topic: topic.id, days, total, bytes: pic.png.length }, 'commands: trend');
  return { ephemeral: false, text: safeText(pic.title), files: [{ name: pic.fileName, data: pic.png, contentType: 'image/png', title: pic.title }] };
}
