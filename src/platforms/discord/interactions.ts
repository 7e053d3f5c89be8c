/**
 * Translating a Discord chat-input interaction into a platform-neutral `Command`, including the
 * server-side permission check: what the member may do comes from the interaction's resolved member
 * permissions (`member.permissions`, computed by Discord for this channel) or a configured admin role,
 * never from the client having shown the command.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type PermissionsBitField,
} from 'discord.js';
import type { Command, Invoker } from '../../commands/command.js';
import { DISCORD_ROUTES } from './definitions.js';

/**
 * What a member may do with wirewatch.
 * - edit watchlists and feeds: Manage Server (Administrator implies it), one of `adminRoleIds`, or a
 *   user in `adminUserIds`;
 * - change the channel's subscription: Manage Channels (or Administrator), or the same admin roles/users.
 * @param permissions the member's permissions in the channel (null outside a guild: nothing allowed)
 * @param roleIds the member's role ids
 */
export function invokerFor(
  userId: string,
  permissions: Readonly<PermissionsBitField> | null,
  roleIds: readonly string[],
  adminRoleIds: readonly string[],
  adminUserIds: readonly string[] = [],
): Invoker {
  const adminRole = roleIds.some((r) => adminRoleIds.includes(r)) || adminUserIds.includes(userId);
  return {
    userId,
    canEditWatchlists: adminRole || (permissions?.has(PermissionFlagsBits.ManageGuild, true) ?? false),
    canManageSubscriptions: adminRole || (permissions?.has(PermissionFlagsBits.ManageChannels, true) ?? false),
  };
}

/** The member's role ids, whether discord.js gave us a cached `GuildMember` or the raw API member. */
export function memberRoleIds(interaction: Pick<ChatInputCommandInteraction, 'member'>): string[] {
  const member = interaction.member;
  if (!member) return [];
  const roles = member.roles as unknown;
  if (Array.isArray(roles)) return roles.map(String);
  const cache = (roles as { cache?: Map<string, unknown> }).cache;
  return cache ? [...cache.keys()] : [];
}

function optionValue(o: CommandInteractionOption): string | undefined {
  if (o.type === ApplicationCommandOptionType.Attachment) return o.attachment?.url;
  if (o.value === undefined || o.value === null) return undefined;
  return String(o.value);
}

/**
 * The neutral command for a chat-input interaction in a guild, or null when it is not one of ours
 * (or not in a guild). Options are flattened to strings; an attachment option (`file`) becomes `url`
 * (its CDN URL) so `feed import` fetches it like any OPML URL.
 */
export function toCommand(interaction: ChatInputCommandInteraction, adminRoleIds: readonly string[], adminUserIds: readonly string[] = []): Command | null {
  if (!interaction.guildId) return null;
  const sub = interaction.options.getSubcommand(false);
  const name = DISCORD_ROUTES[`${interaction.commandName} ${sub ?? ''}`];
  if (!name) return null;
  const top = interaction.options.data[0];
  const raw = top?.type === ApplicationCommandOptionType.Subcommand ? (top.options ?? []) : interaction.options.data;
  const options: Record<string, string | undefined> = {};
  for (const o of raw) {
    const key = o.type === ApplicationCommandOptionType.Attachment ? 'url' : o.name;
    const value = optionValue(o);
    if (value !== undefined && (options[key] === undefined || o.type === ApplicationCommandOptionType.Attachment)) options[key] = value;
  }
  return {
    name,
    platform: 'discord',
    workspace: interaction.guildId,
    channel: interaction.channelId,
    invoker: invokerFor(interaction.user.id, interaction.memberPermissions, memberRoleIds(interaction), adminRoleIds, adminUserIds),
    options,
  };
}
