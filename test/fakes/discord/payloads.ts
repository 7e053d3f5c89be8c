/**
 * Discord API objects as the real API sends them (discord-api-types v10 shapes), built by the fake.
 * https://discord.com/developers/docs/resources/user#user-object, .../guild#guild-object,
 * .../channel#channel-object, .../message#message-object
 */

/** Snowflakes: increasing 64-bit ids with the time in the top bits (Discord epoch 2015-01-01). */
export class Snowflakes {
  private seq = 0n;
  next(): string {
    const ms = BigInt(Date.now() - 1420070400000);
    this.seq++;
    return String((ms << 22n) | (this.seq & 0x3fffffn));
  }
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
}

export interface FakeRole {
  id: string;
  name: string;
  /** Permission bit set as a decimal string. */
  permissions: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: FakeChannel[];
  roles?: FakeRole[];
  /** The server's system channel (admin notices default to it). */
  systemChannelId?: string;
}

export function userObject(u: FakeUser) {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.username,
    avatar: null,
    bot: u.bot ?? false,
    system: false,
    public_flags: 0,
  };
}

export function channelObject(guildId: string, c: FakeChannel, position = 0) {
  return {
    id: c.id,
    type: 0,
    guild_id: guildId,
    name: c.name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

function roleObject(r: FakeRole, position: number) {
  return {
    id: r.id,
    name: r.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: r.permissions,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** GUILD_CREATE's payload: the guild with its roles and channels (https://discord.com/developers/docs/events/gateway-events#guild-create). */
export function guildCreateObject(g: FakeGuild, botUser: FakeUser) {
  const everyone: FakeRole = { id: g.id, name: '@everyone', permissions: String(0x400n | 0x800n | 0x10000n) };
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [everyone, ...(g.roles ?? [])].map((r, i) => roleObject(r, i)),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: g.systemChannelId ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 1,
    voice_states: [],
    members: [
      {
        user: userObject(botUser),
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        communication_disabled_until: null,
      },
    ],
    channels: g.channels.map((c, i) => channelObject(g.id, c, i)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  author: ReturnType<typeof userObject>;
  content: string;
  embeds: Record<string, unknown>[];
  nonce?: string | number;
  flags: number;
  timestamp: string;
  /** Who created it, for nonce scoping (a bot user id or `webhook:<token>`). */
  createdBy: string;
  createdAtMs: number;
  /** Files uploaded with it (multipart `files[n]`): field, filename, content type, bytes. */
  files?: { field: string; filename: string; contentType: string; bytes: Buffer }[];
}

/** A message object as Discord returns it (https://discord.com/developers/docs/resources/message#message-object). */
export function messageObject(m: StoredMessage, extra: Record<string, unknown> = {}) {
  return {
    id: m.id,
    channel_id: m.channel_id,
    author: m.author,
    content: m.content,
    timestamp: m.timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: (m.files ?? []).map((f, i) => ({
      id: `${m.id}${i}`,
      filename: f.filename,
      size: f.bytes.length,
      content_type: f.contentType,
      url: `https://cdn.discord.example/${f.filename}`,
      proxy_url: `https://cdn.discord.example/${f.filename}`,
    })),
    embeds: m.embeds,
    reactions: [],
    ...(m.nonce !== undefined ? { nonce: m.nonce } : {}),
    pinned: false,
    type: 0,
    flags: m.flags,
    components: [],
    ...extra,
  };
}

/**
 * INTERACTION_CREATE's payload for a chat-input command (type 2) or its autocomplete (type 4, when an
 * option is `focused`), https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object.
 * `member.permissions` are the member's permissions in the channel as Discord computes them.
 */
export function interactionCreate(a: {
  id: string;
  token: string;
  applicationId: string;
  input: { guildId: string; channelId: string; user: FakeUser; permissions: bigint; roles?: string[]; focused?: string };
  command: { id: string; name: string };
  subcommand: string | null;
  options: unknown[];
  attachments: Record<string, unknown>;
  channelName: string;
}) {
  const { input } = a;
  return {
    id: a.id,
    application_id: a.applicationId,
    type: input.focused ? 4 : 2,
    token: a.token,
    version: 1,
    data: {
      id: a.command.id,
      name: a.command.name,
      type: 1,
      guild_id: input.guildId,
      options: a.subcommand ? [{ name: a.subcommand, type: 1, options: a.options }] : a.options,
      ...(Object.keys(a.attachments).length ? { resolved: { attachments: a.attachments } } : {}),
    },
    guild_id: input.guildId,
    guild: { id: input.guildId, locale: 'en-US', features: [] },
    channel_id: input.channelId,
    channel: { id: input.channelId, type: 0, guild_id: input.guildId, name: a.channelName, permissions: String(input.permissions), flags: 0 },
    member: {
      user: userObject(input.user),
      roles: input.roles ?? [],
      permissions: String(input.permissions),
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
    },
    app_permissions: String(0x400n | 0x800n | 0x4000n | 0x10000n),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': input.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}
