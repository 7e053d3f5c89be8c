/**
 * Opt-ins of a channel's subscription (issue 19): `spikes on|off` (spike alerts: a followed topic far
 * above its usual today) and `chart on|off` (a trend picture with each digest). Off by default; they
 * need the same right as the other subscription settings (Discord: Manage Channels).
 */
import { UserError } from '../model/errors.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { platformCommand } from '../model/command-names.js';

function onOff(cmd: Command, name: string): boolean {
  const v = cmd.options.state?.trim().toLowerCase();
  if (v === 'on' || v === 'off') return v === 'on';
  throw new UserError(`Say \`${name} on\` or \`${name} off\`.`, 'bad_state');
}

async function channelSub(cmd: Command, ctx: Context) {
  if (!cmd.invoker.canManageSubscriptions) {
    throw new UserError(
      cmd.platform === 'discord'
        ? 'You need the Manage Channels permission to change what this channel receives.'
        : 'You are not allowed to change what this channel receives.',
      'forbidden',
    );
  }
  const sub = await ctx.store.subscriptions.findSubscription(cmd.platform, cmd.workspace, cmd.channel);
  if (!sub) throw new UserError(`This channel has no subscription yet. Start one with ${platformCommand(cmd.platform, 'subscribe')}.`, 'not_subscribed');
  return sub;
}

/** `spikes on|off`: spike alerts for the topics this channel follows. */
export async function spikes(cmd: Command, ctx: Context): Promise<CommandReply> {
  const on = onOff(cmd, 'spikes');
  const sub = await channelSub(cmd, ctx);
  await ctx.store.subscriptions.updateSubscription(sub.id, { spikeAlerts: on });
  return {
    ephemeral: true,
    text: on
      ? 'Spike alerts are on: when a topic this channel follows has far more stories today than on its usual day (the last 28 days), I post it once that day (not in quiet hours).'
      : 'Spike alerts are off.',
  };
}

/** `chart on|off`: the trend picture of the last 7 days with each digest. */
export async function chart(cmd: Command, ctx: Context): Promise<CommandReply> {
  const on = onOff(cmd, 'chart');
  const sub = await channelSub(cmd, ctx);
  await ctx.store.subscriptions.updateSubscription(sub.id, { trendChart: on });
  return {
    ephemeral: true,
    text: on ? "Each digest now comes with a chart of its topics' mentions per day over the last 7 days." : 'Digests come without a chart.',
  };
}
