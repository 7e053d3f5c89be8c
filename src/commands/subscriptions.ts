/**
 * Channel subscription commands: subscribe, unsubscribe, status, digest (now / preview), schedule,
 * alerts. All work on the subscription of the channel the command came from.
 */
import { UserError } from '../model/errors.js';
import type { Subscription } from '../model/subscription.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { describeSchedule, formatLocal, scheduleToCron, validateTimezone } from './schedule.js';
import { code, joinLines, safeText, splitList } from './text.js';

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
  if (!sub) throw new UserError('This channel has no subscription yet. Start one with `subscribe`.', 'not_subscribed');
  return sub;
}

/** Topic ids from the `topics` option, checked against the topics visible in the workspace. */
async function resolveTopics(cmd: Command, ctx: Context): Promise<string[]> {
  const wanted = splitList(cmd.options.topics);
  if (wanted.length === 0) return [];
  const known = new Set((await ctx.store.watchlists.listTopics(cmd.workspace)).map((t) => t.id));
  const unknown = wanted.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new UserError(`Unknown topic${unknown.length > 1 ? 's' : ''}: ${unknown.map(code).join(', ')}. See \`watch list\`.`, 'unknown_topic');
  }
  return wanted;
}

function topicsText(sub: Subscription): string {
  return sub.topics.length === 0 ? 'all topics' : sub.topics.map(code).join(', ');
}

/**
 * `subscribe [topics] [time] [timezone]`: creates the channel's subscription or changes it. Keeps
 * the values not given, un-pauses a paused subscription (re-subscribing is how an admin says "fixed").
 */
export async function subscribe(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireManage(cmd);
  const existing = await channelSubscription(cmd, ctx);
  const topics = cmd.options.topics !== undefined ? await resolveTopics(cmd, ctx) : (existing?.topics ?? []);
  const timezone = cmd.options.timezone ? validateTimezone(cmd.options.timezone) : (existing?.timezone ?? ctx.defaults.timezone);
  const cron = cmd.options.time ? scheduleToCron(cmd.options.time) : (existing?.cron ?? ctx.defaults.cron);
  const sub: Subscription = {
    id: existing?.id ?? subscriptionId(cmd),
    platform: cmd.platform,
    workspace: cmd.workspace,
    channel: cmd.channel,
    topics,
    cron,
    timezone,
    locale: existing?.locale ?? ctx.defaults.locale,
    mode: existing?.mode ?? 'digest',
    postEmpty: existing?.postEmpty ?? false,
    paused: false,
    pausedReason: null,
    createdBy: existing?.createdBy ?? cmd.invoker.userId,
    lastWindowEnd: existing?.lastWindowEnd ?? null,
  };
  await ctx.store.subscriptions.upsertSubscription(sub);
  ctx.logger.info({ subscription_id: sub.id, user_id: cmd.invoker.userId, cron, timezone }, 'commands: subscribed');
  const verb = existing ? (existing.paused ? 'resumed and updated' : 'updated') : 'subscribed';
  return {
    ephemeral: false,
    text: `This channel is ${verb}: ${topicsText(sub)}, ${describeSchedule(cron, timezone, ctx.clock.now())}.`,
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
 * `digest [preview]`: the digest this channel would get now. `preview=true` shows it only to the
 * invoker; otherwise it is posted in the channel (needs the subscription permission). The schedule
 * and the last window are left alone: the next scheduled digest still covers its full window.
 */
export async function digestNow(cmd: Command, ctx: Context): Promise<CommandReply> {
  const preview = cmd.options.preview === 'true';
  if (!preview) requireManage(cmd);
  const sub = await requireSubscription(cmd, ctx);
  const digest = await ctx.preview(sub);
  const stories = digest.sections.reduce((n, s) => n + s.entries.length, 0);
  const text =
    stories === 0
      ? 'Nothing new for this channel since the last digest.'
      : `${stories} ${stories === 1 ? 'story' : 'stories'} since ${formatLocal(digest.windowStart, sub.timezone)}${preview ? ' (preview, only you see this)' : ''}:`;
  return { ephemeral: preview, text, digest: stories > 0 ? digest : undefined };
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
    lines.push('This channel has no subscription. Start one with `subscribe`.');
  } else {
    if (sub.paused) {
      lines.push(`**Paused**: ${safeText(sub.pausedReason ?? 'no reason recorded')}. Fix it, then run \`subscribe\` again to resume.`);
    }
    lines.push(`Topics: ${topicsText(sub)}`);
    lines.push(`Schedule: ${describeSchedule(sub.cron, sub.timezone, now)}`);
    lines.push(`Instant alerts: ${sub.mode === 'alerts' ? 'on' : 'off'}`);
    const deliveries = await ctx.store.deliveries.listDeliveries(sub.id);
    const lastSent = deliveries
      .filter((d) => d.kind === 'digest' && d.state === 'sent')
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
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
    lines.push(`- ${code(f.url)} failing since ${f.failingSince!.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${safeText(f.lastError ?? 'unknown error')}`);
  }
  if (failing.length > 10) lines.push(`- … and ${failing.length - 10} more`);
  return { ephemeral: true, text: joinLines(lines) };
}
