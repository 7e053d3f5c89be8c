/**
 * Channel subscription commands: subscribe, unsubscribe, status, digest (now / preview), schedule,
 * alerts. All work on the subscription of the channel the command came from.
 */
import { UserError } from '../model/errors.js';
import type { Subscription } from '../model/subscription.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { describeSchedule, formatLocal, scheduleToCron, validateTimezone } from './schedule.js';
import { platformCommand } from '../model/command-names.js';
import { describeReason, pauseFix } from '../notices/notices.js';
import { code, joinLines, safeText, splitList } from './text.js';
import { checkLocale, SUPPORTED_LOCALES } from '../digest/i18n/index.js';

/** The id a channel's subscription gets: one per (platform, workspace, channel). */
export function subscriptionId(cmd: Pick<Command, 'platform' | 'workspace' | 'channel'>): string {
  return `${cmd.platform}:${cmd.workspace}:${cmd.channel}`;
}

function requireManage(cmd: Command): void {
  if (!cmd.invoker.canManageSubscriptions) {
    throw new UserError(
      cmd.platform === 'discord'
        ? 'You need the Manage Channels permission to change what this channel receives.'
        : 'You are not allowed to change what this channel receives.',
      'forbidden',
    );
  }
}

async function channelSubscription(cmd: Command, ctx: Context): Promise<Subscription | null> {
  return ctx.store.subscriptions.findSubscription(cmd.platform, cmd.workspace, cmd.channel);
}

async function requireSubscription(cmd: Command, ctx: Context): Promise<Subscription> {
  const sub = await channelSubscription(cmd, ctx);
  if (!sub) throw new UserError(`This channel has no subscription yet. Start one with ${platformCommand(cmd.platform, 'subscribe')}.`, 'not_subscribed');
  return sub;
}

/** Topic ids from the `topics` option, checked against the topics visible in the workspace. */
async function resolveTopics(cmd: Command, ctx: Context): Promise<string[]> {
  const wanted = splitList(cmd.options.topics);
  if (wanted.length === 0) return [];
  const known = new Set((await ctx.store.watchlists.listTopics(cmd.workspace)).map((t) => t.id));
  const unknown = wanted.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new UserError(
      `Unknown topic${unknown.length > 1 ? 's' : ''}: ${unknown.map(code).join(', ')}. See ${platformCommand(cmd.platform, 'watch list')}.`,
      'unknown_topic',
    );
  }
  return wanted;
}

function topicsText(sub: Subscription): string {
  return sub.topics.length === 0 ? 'all topics' : sub.topics.map(code).join(', ');
}

/**
 * The `notices` option: a channel for admin notices. Discord's channel option gives the id; on Slack
 * a channel link `<#C…|name>` or the channel ID (channel details, at the bottom). `default` clears it
 * (the platform default: Discord's system channel, Slack's DM). Undefined: not given.
 * @throws UserError for anything else
 */
export function noticeChannelOption(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '' || v.toLowerCase() === 'default') return null;
  const m = /^<#([A-Z0-9]+|\d+)(?:\|[^>]*)?>$/.exec(v) ?? /^([CG][A-Z0-9]{6,}|\d{17,20})$/.exec(v);
  if (!m) throw new UserError(`${code(v)} is not a channel. Give the channel ID (channel details, at the bottom) or \`default\`.`, 'invalid_channel');
  return m[1];
}

/**
 * The digest language a command asked for, in canonical form (`sr-latn` → `sr-Latn`).
 * @throws UserError `unsupported_locale` naming the supported ones
 */
export function validateLocale(tag: string): string {
  try {
    return checkLocale(tag);
  } catch {
    throw new UserError(
      `Unknown language ${code(safeText(tag.trim()))}. Supported: ${SUPPORTED_LOCALES.map(code).join(', ')} (or a regional variant such as \`en-GB\`).`,
      'unsupported_locale',
    );
  }
}

/**
 * The settings `subscribe` gives a subscription: each option given (validated), else the existing
 * subscription's value, else the defaults.
 * @throws UserError for an invalid topic, time, time zone, language or notice channel
 */
async function subscribeSettings(cmd: Command, ctx: Context, existing: Subscription | null) {
  // In this order, so the first invalid option is the one reported (as before).
  const topics = cmd.options.topics !== undefined ? await resolveTopics(cmd, ctx) : (existing?.topics ?? []);
  const timezone = cmd.options.timezone ? validateTimezone(cmd.options.timezone) : (existing?.timezone ?? ctx.defaults.timezone);
  const cron = cmd.options.time ? scheduleToCron(cmd.options.time) : (existing?.cron ?? ctx.defaults.cron);
  const notices = noticeChannelOption(cmd.options.notices);
  const noticeChannel = notices === undefined ? (existing?.noticeChannel ?? null) : notices;
  const locale = cmd.options.locale ? validateLocale(cmd.options.locale) : (existing?.locale ?? ctx.defaults.locale);
  return { topics, timezone, cron, noticeChannel, locale };
}

/**
 * `subscribe [topics] [time] [timezone] [locale] [notices]`: creates the channel's subscription or changes it. Keeps
 * the values not given, un-pauses a paused subscription (re-subscribing is how an admin says "fixed").
 */
export async function subscribe(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireManage(cmd);
  const existing = await channelSubscription(cmd, ctx);
  const { topics, timezone, cron, noticeChannel, locale } = await subscribeSettings(cmd, ctx, existing);
  const sub: Subscription = {
    id: existing?.id ?? subscriptionId(cmd),
    platform: cmd.platform,
    workspace: cmd.workspace,
    channel: cmd.channel,
    topics,
    cron,
    timezone,
    locale,
    mode: existing?.mode ?? 'digest',
    postEmpty: existing?.postEmpty ?? false,
    paused: false,
    pausedReason: null,
    createdBy: existing?.createdBy ?? cmd.invoker.userId,
    lastWindowEnd: existing?.lastWindowEnd ?? null,
    ...(existing?.quietHours ? { quietHours: existing.quietHours } : {}),
    ...(noticeChannel ? { noticeChannel } : {}),
  };
  await ctx.store.subscriptions.upsertSubscription(sub);
  ctx.logger.info({ subscription_id: sub.id, user_id: cmd.invoker.userId, cron, timezone }, 'commands: subscribed');
  const verb = existing ? (existing.paused ? 'resumed and updated' : 'updated') : 'subscribed';
  return {
    ephemeral: false,
    text:
      `This channel is ${verb}: ${topicsText(sub)}, ${describeSchedule(cron, timezone, ctx.clock.now())}, in ${code(locale)}.` +
      (noticeChannel ? ` Admin notices go to <#${noticeChannel}>.` : ''),
  };
}

/** `unsubscribe`: removes the channel's subscription (its delivery history stays in the ledger). */
export async function unsubscribe(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireManage(cmd);
  const sub = await requireSubscription(cmd, ctx);
  await ctx.store.subscriptions.removeSubscription(sub.id);
  ctx.logger.info({ subscription_id: sub.id, user_id: cmd.invoker.userId }, 'commands: unsubscribed');
  return { ephemeral: false, text: 'This channel no longer receives digests.' };
}

/** `schedule [time] [timezone]`: shows the schedule, or changes it when a time or zone is given. */
export async function schedule(cmd: Command, ctx: Context): Promise<CommandReply> {
  const sub = await requireSubscription(cmd, ctx);
  const now = ctx.clock.now();
  if (!cmd.options.time && !cmd.options.timezone) {
    return { ephemeral: true, text: `Digests: ${describeSchedule(sub.cron, sub.timezone, now)}.` };
  }
  requireManage(cmd);
  const cron = cmd.options.time ? scheduleToCron(cmd.options.time) : sub.cron;
  const timezone = cmd.options.timezone ? validateTimezone(cmd.options.timezone) : sub.timezone;
  await ctx.store.subscriptions.updateSubscription(sub.id, { cron, timezone });
  return { ephemeral: false, text: `Digests now: ${describeSchedule(cron, timezone, now)}.` };
}

/** `alerts on|off`: instant posts for `priority: instant` topics on top of the digests. */
export async function alerts(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireManage(cmd);
  const state = (cmd.options.state ?? '').trim().toLowerCase();
  if (state !== 'on' && state !== 'off') throw new UserError('Say `alerts on` or `alerts off`.');
  const sub = await requireSubscription(cmd, ctx);
  await ctx.store.subscriptions.updateSubscription(sub.id, { mode: state === 'on' ? 'alerts' : 'digest' });
  return {
    ephemeral: false,
    text: state === 'on' ? 'Instant alerts are on: urgent topics are posted as soon as they are read.' : 'Instant alerts are off: digests only.',
  };
}

/**
 * `digest [preview]`: the digest this channel would get now.
 * - `preview`: shown only to the invoker; nothing recorded (the next scheduled digest is unchanged).
 * - otherwise (needs the subscription permission) it **counts as a delivery** (docs/digests.md,
 *   "Digest now"): posted to the channel through the ledger like a scheduled digest (a row, a nonce,
 *   retries, crash reconciliation), and the subscription's window moves on to now, so the next
 *   scheduled digest carries only what arrives after it. The reply (ephemeral) says so. Nothing new:
 *   nothing is posted or recorded. A paused subscription is refused (fix it and resubscribe first).
 *   Without `deliverNow` (no service), the digest is shown in the reply and the reply says the next
 *   scheduled digest will include the same stories.
 */
export async function digestNow(cmd: Command, ctx: Context): Promise<CommandReply> {
  const preview = cmd.options.preview === 'true';
  if (!preview) requireManage(cmd);
  const sub = await requireSubscription(cmd, ctx);
  const digest = await ctx.preview(sub);
  const stories = digest.sections.reduce((n, s) => n + s.entries.length, 0);
  const since = formatLocal(digest.windowStart, sub.timezone);
  const next = describeSchedule(sub.cron, sub.timezone, ctx.clock.now());
  if (stories === 0) return { ephemeral: true, text: `Nothing new for this channel since ${since}. Scheduled: ${next}.` };
  const count = `${stories} ${stories === 1 ? 'story' : 'stories'} since ${since}`;
  if (preview) return { ephemeral: true, text: `${count} (preview, only you see this; the next scheduled digest is unchanged):`, digest };
  if (sub.paused) {
    throw new UserError(
      `Digests for this channel are paused, so nothing is posted. Fix the cause (${platformCommand(cmd.platform, 'status')} says what), then run ${platformCommand(cmd.platform, 'subscribe')}.`,
      'paused',
    );
  }
  if (!ctx.deliverNow) {
    return { ephemeral: false, text: `${count}. Not recorded as a delivery: the next scheduled digest (${next}) includes these stories again.`, digest };
  }
  const outcome = await ctx.deliverNow(sub);
  ctx.logger.info({ subscription_id: sub.id, user_id: cmd.invoker.userId, status: outcome.status }, 'commands: digest now');
  if (outcome.status === 'sent' || outcome.status === 'already_sent') {
    return { ephemeral: true, text: `Posted ${count} in this channel. The next scheduled digest (${next}) starts from now, so it will not repeat them.` };
  }
  if (outcome.status === 'retry') {
    return {
      ephemeral: true,
      text: `Posting ${count}: the platform asked to wait, it follows shortly (and only once). The next scheduled digest starts from now.`,
    };
  }
  throw new UserError(
    `The digest could not be posted: ${safeText(outcome.reason ?? outcome.status)}. ${platformCommand(cmd.platform, 'status')} shows why.`,
    'not_posted',
  );
}

/**
 * `status`: the channel's subscription, schedule, last digest, paused reason and the feeds of this
 * workspace (or global ones) that are failing.
 */
export async function status(cmd: Command, ctx: Context): Promise<CommandReply> {
  const now = ctx.clock.now();
  const sub = await channelSubscription(cmd, ctx);
  const lines: string[] = [];
  if (!sub) {
    lines.push(`This channel has no subscription. Start one with ${platformCommand(cmd.platform, 'subscribe')}.`);
  } else {
    if (sub.paused) {
      const reason = sub.pausedReason ?? 'no reason recorded';
      lines.push(`**Paused**: ${describeReason(cmd.platform, reason, sub.channel, safeText)}. Fix: ${pauseFix(cmd.platform, reason, sub.channel)}`);
    }
    lines.push(`Topics: ${topicsText(sub)}`);
    lines.push(`Schedule: ${describeSchedule(sub.cron, sub.timezone, now)}`);
    lines.push(`Instant alerts: ${sub.mode === 'alerts' ? 'on' : 'off'}`);
    lines.push(`Language: ${code(sub.locale)}`);
    const deliveries = await ctx.store.deliveries.listDeliveries(sub.id);
    const lastSent = deliveries.filter((d) => d.kind === 'digest' && d.state === 'sent').sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
    if (lastSent) lines.push(`Last digest: ${formatLocal(lastSent.updatedAt, sub.timezone)} (${sub.timezone})`);
    else if (sub.lastWindowEnd) lines.push(`Last digest window ended ${formatLocal(sub.lastWindowEnd, sub.timezone)} (${sub.timezone})`);
    else lines.push('Last digest: none yet');
    const failed = deliveries.filter((d) => d.state === 'failed').sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
    if (failed && (!lastSent || failed.updatedAt > lastSent.updatedAt)) {
      lines.push(`Last failed delivery: ${safeText(failed.lastError ?? 'unknown error')}`);
    }
  }
  const feeds = await ctx.store.feeds.listFeeds(cmd.workspace);
  const failing = feeds.filter((f) => f.failingSince !== null);
  lines.push(`Feeds: ${feeds.length}, failing: ${failing.length}`);
  for (const f of failing.slice(0, 10)) {
    lines.push(
      `- ${code(f.url)} failing since ${f.failingSince!.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${safeText(f.lastError ?? 'unknown error')}`,
    );
  }
  if (failing.length > 10) lines.push(`- … and ${failing.length - 10} more`);
  return { ephemeral: true, text: joinLines(lines) };
}
