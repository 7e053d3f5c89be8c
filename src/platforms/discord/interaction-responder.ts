/**
 * Answering interactions: slash commands become neutral `Command`s for the handler and its
 * `CommandReply` becomes the interaction response (https://discord.com/developers/docs/interactions/receiving-and-responding):
 * answered directly when quick, else deferred within Discord's 3 seconds and edited; errors ephemeral;
 * autocomplete from the `Completer`.
 */
import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Command, CommandHandler, CommandReply, Completer } from '../../commands/command.js';
import type { Logger } from '../../log/logger.js';
import type { Digest } from '../../model/digest.js';
import { MESSAGE_CONTENT_MAX } from '../../digest/render/discord/limits.js';
import type { DiscordMessagePayload } from '../../digest/render/discord/render.js';
import { AUTOCOMPLETE_FIELDS } from './definitions.js';
import { escapeDiscord } from '../../digest/render/discord/escape.js';
import { toCommand } from './interactions.js';

/** An interaction must be answered within 3 s (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction); we defer after this many ms. */
export const DEFER_AFTER_MS = 1500;
/** Largest uploaded file read (an OPML of a few thousand feeds). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
const ATTACHMENT_TIMEOUT_MS = 10_000;
/** Commands that may well take over a second: deferred at once. */
const SLOW = new Set<Command['name']>(['digest', 'watch preview', 'feed import', 'trend']);

export interface InteractionResponderOptions {
  logger: Logger;
  adminRoleIds: string[];
  adminUserIds: string[];
  render: (d: Digest) => DiscordMessagePayload[];
  deferAfterMs: number;
}

/** Routes each interaction to the command handler or the completer and answers it. */
export class InteractionResponder {
  handler: CommandHandler | null = null;
  completer: Completer | null = null;
  private readonly log: Logger;
  private readonly adminRoleIds: string[];
  private readonly adminUserIds: string[];
  private readonly render: (d: Digest) => DiscordMessagePayload[];
  private readonly deferAfterMs: number;

  constructor(opts: InteractionResponderOptions) {
    this.log = opts.logger;
    this.adminRoleIds = opts.adminRoleIds;
    this.adminUserIds = opts.adminUserIds;
    this.render = opts.render;
    this.deferAfterMs = opts.deferAfterMs;
  }

  /** Handles one interaction; never throws (failures are logged). */
  async onInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await this.onAutocompleteInteraction(interaction);
      else if (interaction.isChatInputCommand()) await this.onChatInput(interaction);
    } catch (e) {
      this.log.error({ err: e, interaction_id: interaction.id }, 'discord: interaction failed');
    }
  }

  private async onAutocompleteInteraction(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const field = AUTOCOMPLETE_FIELDS[focused.name];
    if (!this.completer || !field || !interaction.guildId) {
      await interaction.respond([]);
      return;
    }
    const typed = String(focused.value);
    // `topics` is a comma-separated list: complete its last entry, keep the ones before
    const head = focused.name === 'topics' && typed.includes(',') ? typed.slice(0, typed.lastIndexOf(',') + 1) : '';
    const choices = await this.completer({ platform: 'discord', workspace: interaction.guildId, field, prefix: typed.slice(head.length) });
    await interaction.respond(
      choices
        .map((c) => ({ name: c.name, value: head + c.value }))
        .filter((c) => c.value.length <= 100)
        .slice(0, 25),
    );
  }

  private async onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const cmd = toCommand(interaction, this.adminRoleIds, this.adminUserIds);
    if (!cmd) {
      await interaction.reply({ content: 'Use wirewatch commands in a server channel.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    if (!this.handler) {
      await interaction.reply({ content: 'wirewatch is starting; try again in a minute.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    this.log.debug({ command: cmd.name, guild_id: cmd.workspace, channel_id: cmd.channel, user_id: cmd.invoker.userId }, 'discord: command');
    const slow = SLOW.has(cmd.name);
    // Every answer that may be deferred is private: `/digest now` posts the digest itself as a channel
    // message through the ledger and only confirms to the invoker (commands/subscriptions.ts digestNow).
    const deferredEphemeral = true;
    if (slow) await interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
    const handler = this.handler;
    const work = this.withAttachment(interaction, cmd).then((c) => ('text' in c ? c : handler(c)));
    let reply: CommandReply | null = null;
    if (!slow) {
      let timer: NodeJS.Timeout | undefined;
      reply = await Promise.race([
        work,
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), this.deferAfterMs);
        }),
      ]);
      clearTimeout(timer);
    }
    if (reply) {
      await this.send(interaction, reply, false);
      return;
    }
    if (!slow) await interaction.deferReply(deferredEphemeral ? { flags: MessageFlags.Ephemeral } : {});
    await this.send(interaction, await work, true, deferredEphemeral);
  }

  /**
   * For a command with an uploaded file (`/feed import file:`), downloads it from Discord's CDN (at most
   * `MAX_ATTACHMENT_BYTES`) and passes its text as the `opml` option, so the command needs no URL fetcher.
   * @returns the command to run, or an ephemeral reply when the file is too large or cannot be read
   */
  private async withAttachment(interaction: ChatInputCommandInteraction, cmd: Command): Promise<Command | CommandReply> {
    const file = interaction.options.getAttachment('file', false);
    if (!file) return cmd;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      return { ephemeral: true, text: `That file is ${Math.ceil(file.size / 1024)} KiB; the most I read is ${MAX_ATTACHMENT_BYTES / 1024} KiB.` };
    }
    try {
      const res = await fetch(file.url, { signal: AbortSignal.timeout(ATTACHMENT_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.length > MAX_ATTACHMENT_BYTES) throw new Error('larger than announced');
      const { url: _url, ...options } = cmd.options;
      return { ...cmd, options: { ...options, opml: bytes.toString('utf8') } };
    } catch (e) {
      this.log.warn({ err_message: e instanceof Error ? e.message : String(e), attachment_id: file.id }, 'discord: attachment download failed');
      return { ephemeral: true, text: 'I could not download that file from Discord; please try again.' };
    }
  }

  /** Answers (or edits the deferred answer), then posts any further digest messages as follow-ups. */
  private async send(interaction: ChatInputCommandInteraction, reply: CommandReply, deferred: boolean, deferredEphemeral = true): Promise<void> {
    const payloads = reply.digest ? this.render(reply.digest) : [];
    const content = clip(reply.text, MESSAGE_CONTENT_MAX);
    // A file (trend picture) is uploaded with the reply (multipart) and shown by an embed that refers
    // to it as attachment://name (https://discord.com/developers/docs/reference#uploading-files).
    const files = (reply.files ?? []).map((f) => ({ attachment: f.data, name: f.name, description: clip(f.title, 1024) }));
    const fileEmbeds = (reply.files ?? []).map((f) => ({ title: clip(escapeDiscord(f.title), 256), image: { url: `attachment://${f.name}` } }));
    const first = {
      content: files.length ? '' : content,
      embeds: [...(payloads[0]?.embeds ?? []), ...fileEmbeds],
      files,
      allowedMentions: { parse: [] as [] },
    };
    const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
    if (!deferred) {
      await interaction.reply({ ...first, flags });
    } else if (deferredEphemeral === reply.ephemeral) {
      await interaction.editReply(first);
    } else if (reply.ephemeral) {
      // deferred in public but the answer is private (an error): drop the placeholder, answer privately
      await interaction.deleteReply();
      await interaction.followUp({ ...first, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.editReply({ content: 'Done.', allowedMentions: { parse: [] } });
      await interaction.followUp(first);
    }
    for (const p of payloads.slice(1)) {
      await interaction.followUp({
        content: p.content ? clip(p.content, MESSAGE_CONTENT_MAX) : undefined,
        embeds: p.embeds,
        allowedMentions: { parse: [] },
        flags,
      });
    }
  }
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
