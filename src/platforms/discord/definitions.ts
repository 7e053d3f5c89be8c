/**
 * The slash-command family wirewatch registers on Discord, and the map from (command, subcommand)
 * to the platform-neutral `CommandName`.
 *
 * Discord's `default_member_permissions` applies to a whole top-level command
 * (https://discord.com/developers/docs/interactions/application-commands#permissions), hence four:
 * `/digest` (Manage Channels), `/watch` and `/feed` (Manage Server), `/wirewatch` (everyone).
 * The permissions are checked again on our side for every interaction (`permissions.ts`).
 */
import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandName } from '../../commands/command.js';

/** `${command} ${subcommand}` → the neutral command it runs. */
export const DISCORD_ROUTES: Readonly<Record<string, CommandName>> = {
  'digest subscribe': 'subscribe',
  'digest unsubscribe': 'unsubscribe',
  'digest status': 'status',
  'digest now': 'digest',
  'digest schedule': 'schedule',
  'digest alerts': 'alerts',
  'digest spikes': 'spikes',
  'digest chart': 'chart',
  'watch add': 'watch add',
  'watch remove': 'watch remove',
  'watch list': 'watch list',
  'watch preview': 'watch preview',
  'feed add': 'feed add',
  'feed remove': 'feed remove',
  'feed list': 'feed list',
  'feed import': 'feed import',
  'wirewatch status': 'status',
  'wirewatch help': 'help',
  'wirewatch watchlist': 'watch list',
  'wirewatch quotes': 'quotes',
  'wirewatch trend': 'trend',
};

/** Option names whose values autocomplete, and what they complete. */
export const AUTOCOMPLETE_FIELDS: Readonly<Record<string, 'topic' | 'url' | 'speaker' | 'outlet'>> = {
  topic: 'topic',
  topics: 'topic',
  url: 'url',
  speaker: 'speaker',
  outlet: 'outlet',
};

function base(name: string, description: string, permission: bigint | null): SlashCommandBuilder {
  const b = new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(permission);
  return b;
}

/**
 * The JSON bodies of the four top-level commands ("Create Global Application Command" /
 * "Bulk Overwrite" params, https://discord.com/developers/docs/interactions/application-commands).
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const digest = base('digest', 'Digests in this channel', PermissionFlagsBits.ManageChannels)
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setDescription('Post digests in this channel (or change what it gets)')
        .addStringOption((o) => o.setName('topics').setDescription('Topic ids, comma-separated (default: all)').setAutocomplete(true))
        .addStringOption((o) => o.setName('time').setDescription('When, 24-hour: 08:30, 08:30 weekdays, or a cron expression'))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Belgrade'))
        .addChannelOption((o) =>
          o.setName('notices').setDescription("Channel for admin notices (default: the server's system channel)").addChannelTypes(ChannelType.GuildText),
        )
        .addStringOption((o) =>
          o
            .setName('locale')
            .setDescription('Language of the digests')
            .addChoices(
              { name: 'English', value: 'en' },
              { name: 'Srpski (latinica)', value: 'sr-Latn' },
              { name: 'Српски (ћирилица)', value: 'sr-Cyrl' },
              { name: 'Shqip', value: 'sq' },
            ),
        ),
    )
    .addSubcommand((s) => s.setName('unsubscribe').setDescription('Stop digests in this channel'))
    .addSubcommand((s) => s.setName('status').setDescription('Subscription, schedule, last digest, failing feeds'))
    .addSubcommand((s) =>
      s
        .setName('now')
        .setDescription('The digest now')
        .addBooleanOption((o) => o.setName('preview').setDescription('Show it only to me')),
    )
    .addSubcommand((s) =>
      s
        .setName('schedule')
        .setDescription('Show or change when digests are posted')
        .addStringOption((o) => o.setName('time').setDescription('When, 24-hour: 08:30, 08:30 weekdays, or a cron expression'))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Belgrade')),
    )
    .addSubcommand((s) =>
      s
        .setName('alerts')
        .setDescription('Instant posts for urgent topics')
        .addStringOption((o) =>
          o.setName('state').setDescription('on or off').setRequired(true).addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
        ),
    );

  for (const [name, description] of [
    ['spikes', 'Post when a followed topic has far more stories today than usual'],
    ['chart', 'A trend chart (mentions per day) with each digest'],
  ] as const) {
    digest.addSubcommand((s) =>
      s
        .setName(name)
        .setDescription(description)
        .addStringOption((o) =>
          o.setName('state').setDescription('on or off').setRequired(true).addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
        ),
    );
  }

  const watch = base('watch', "Edit this server's watchlists", PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Watch for a term (creates the topic if new)')
        .addStringOption((o) => o.setName('topic').setDescription('Topic id').setRequired(true).setAutocomplete(true).setMaxLength(40))
        .addStringOption((o) => o.setName('term').setDescription('Term: a word, "a phrase", A NEAR/5 B').setRequired(true).setMaxLength(200))
        .addStringOption((o) => o.setName('name').setDescription('Display name of a new topic').setMaxLength(100))
        .addStringOption((o) =>
          o
            .setName('priority')
            .setDescription('digest (default) or instant')
            .addChoices({ name: 'digest', value: 'digest' }, { name: 'instant', value: 'instant' }),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Stop watching a term, or remove a whole topic')
        .addStringOption((o) => o.setName('topic').setDescription('Topic id').setRequired(true).setAutocomplete(true))
        .addStringOption((o) => o.setName('term').setDescription('The term (leave out to remove the topic)')),
    )
    .addSubcommand((s) => s.setName('list').setDescription('Topics and their terms'))
    .addSubcommand((s) =>
      s
        .setName('preview')
        .setDescription('What a term would have matched in the last days')
        .addStringOption((o) => o.setName('topic').setDescription('Topic id').setRequired(true).setAutocomplete(true))
        .addStringOption((o) => o.setName('term').setDescription('Term to try (leave out for the topic as it is)'))
        .addIntegerOption((o) => o.setName('days').setDescription('How many days back (default 7)').setMinValue(1).setMaxValue(30)),
    );

  const feed = base('feed', "Edit this server's feeds", PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Read a feed')
        .addStringOption((o) => o.setName('url').setDescription('Feed URL').setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Stop reading a feed')
        .addStringOption((o) => o.setName('url').setDescription('Feed URL').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((s) => s.setName('list').setDescription('Feeds this server reads'))
    .addSubcommand((s) =>
      s
        .setName('import')
        .setDescription('Add the feeds of an OPML file')
        .addAttachmentOption((o) => o.setName('file').setDescription('An OPML file'))
        .addStringOption((o) => o.setName('url').setDescription('…or the URL of one')),
    );

  const wirewatch = base('wirewatch', 'wirewatch status and help', null)
    .addSubcommand((s) => s.setName('status').setDescription("This channel's subscription and failing feeds"))
    .addSubcommand((s) => s.setName('help').setDescription('What wirewatch does and its commands'))
    .addSubcommand((s) => s.setName('watchlist').setDescription('Topics and their terms'))
    .addSubcommand((s) =>
      s
        .setName('quotes')
        .setDescription('Who said what: stored quotes, newest first')
        .addStringOption((o) => o.setName('speaker').setDescription('Speaker, any spelling (Vučić, Вучић, Vuçiq)').setAutocomplete(true).setMaxLength(100))
        .addStringOption((o) => o.setName('topic').setDescription('Topic id').setAutocomplete(true).setMaxLength(40))
        .addStringOption((o) => o.setName('since').setDescription('How far back: 24h, 7d, 2w or a date like 2026-03-01').setMaxLength(30))
        .addStringOption((o) => o.setName('outlet').setDescription('Outlet name').setAutocomplete(true).setMaxLength(100))
        .addIntegerOption((o) => o.setName('page').setDescription('Page (five quotes each)').setMinValue(1).setMaxValue(100)),
    )
    .addSubcommand((s) =>
      s
        .setName('trend')
        .setDescription("A topic's mentions per day, as a chart")
        .addStringOption((o) => o.setName('topic').setDescription('Topic id').setRequired(true).setAutocomplete(true).setMaxLength(40))
        .addIntegerOption((o) => o.setName('days').setDescription('How many days (default 30)').setMinValue(1).setMaxValue(90)),
    );

  return [digest, watch, feed, wirewatch].map((b) => b.toJSON());
}
