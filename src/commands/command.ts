/**
 * Platform-neutral commands. An adapter turns a slash command / interaction into a `Command`
 * and renders the `CommandReply` back.
 */
import type { Digest } from '../model/digest.js';
import type { PlatformName } from '../model/subscription.js';

export type { CommandName } from '../model/command-names.js';
import type { CommandName } from '../model/command-names.js';

/** Who invoked a command and what the platform says they may do. */
export interface Invoker {
  userId: string;
  /** Discord: Manage Server / admin role; Slack: workspace admin/owner or configured admin. */
  canEditWatchlists: boolean;
  /** Discord: Manage Channels; Slack: any member (the channel is theirs to configure). */
  canManageSubscriptions: boolean;
}

export interface Command {
  name: CommandName;
  platform: PlatformName;
  workspace: string;
  channel: string;
  invoker: Invoker;
  /** Named options as strings (`topics`, `time`, `timezone`, `term`, `url`, `preview`, ...). */
  options: Record<string, string | undefined>;
}

export interface CommandReply {
  /** Plain text (already safe to show: no mentions, no markup injected). */
  text: string;
  /** Visible only to the invoker. */
  ephemeral: boolean;
  /**
   * Files to post with the reply (a trend picture): Discord attaches them to the reply and shows an
   * image in an embed; Slack uploads them to the channel (files upload flow).
   */
  files?: ReplyFile[];
  /**
   * Slack only: `text` is Slack mrkdwn already (its feed text escaped with `escapeSlack`, its links
   * written `<url|label>`), so the adapter must not escape it again.
   */
  mrkdwn?: boolean;
  /** Optional rendered digest payloads for preview. */
  payloads?: unknown[];
  /**
   * A digest to show with the reply (`digest` now / preview). The adapter renders it for its platform
   * (Discord embeds, Slack blocks) so that `commands/` stays platform-neutral.
   */
  digest?: Digest;
}

/** A file a reply carries. */
export interface ReplyFile {
  /** File name (ASCII, e.g. `trend-kosovo.png`). */
  name: string;
  data: Buffer;
  contentType: 'image/png';
  /** Shown as the embed's / file's title (plain text, not escaped). */
  title: string;
}

/**
 * Runs one command; never throws for user mistakes (they become ephemeral replies). The handler from
 * `createCommands` also carries its autocomplete provider as `complete`, so an adapter given only the
 * handler (`ChatPlatform.onCommand`) can still offer autocomplete.
 */
export type CommandHandler = ((command: Command) => Promise<CommandReply>) & { complete?: Completer };

/** What an adapter asks for to fill an autocomplete menu. */
export interface CompletionRequest {
  platform: PlatformName;
  workspace: string;
  /** Which value is being typed: a topic id, a feed URL, a speaker's name or an outlet's. */
  field: 'topic' | 'url' | 'speaker' | 'outlet';
  /** What the user has typed so far (may be empty). */
  prefix: string;
}

/** One autocomplete choice: `name` is shown, `value` is sent back. */
export interface Completion {
  name: string;
  value: string;
}

/** Returns at most 25 choices (Discord's limit; Slack's external select takes as many). */
export type Completer = (request: CompletionRequest) => Promise<Completion[]>;
