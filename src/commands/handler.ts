/**
 * The platform-neutral command handler: one `Command` in, one `CommandReply` out. Discord and Slack
 * adapters both drive it; permissions are checked here, from the `Invoker` the adapter filled in,
 * never trusted to the client hiding a command.
 */
import { UserError } from '../model/errors.js';
import type { Command, CommandHandler, CommandName, CommandReply, Completer } from './command.js';
import { makeContext, type Context } from './context.js';
import type { CommandDeps } from './deps.js';
import { feedAdd, feedImport, feedList, feedRemove, MAX_OPML_CHARS } from './feeds.js';
import { alerts, digestNow, schedule, status, subscribe, unsubscribe } from './subscriptions.js';
import { neutraliseMentions, safeText } from './text.js';
import { watchAdd, watchList, watchPreview, watchRemove } from './watch.js';
import { quotes } from './quotes.js';
import { trend } from './trend.js';
import { chart, spikes } from './extras.js';
import { foldName } from '../pipeline/speakers/identity.js';

type Run = (cmd: Command, ctx: Context) => Promise<CommandReply>;

/** Help text: the commands in platform-neutral words (adapters prefix them: `/digest`, `/wirewatch`). */
export const HELP_TEXT = [
  "**wirewatch** reads news feeds, matches them against this server's topics and posts digests with the key quotes.",
  '',
  'Channel (needs Manage Channels):',
  '- `subscribe [topics] [time] [timezone] [locale]`: digests in this channel, e.g. `subscribe kosovo 08:30 Europe/Belgrade sr-Latn` (languages: en, sr-Latn, sr-Cyrl, sq)',
  '- `unsubscribe`, `schedule [time] [timezone]`, `alerts on|off` (instant posts for urgent topics), `spikes on|off` (a topic far above its usual today), `chart on|off` (a trend chart with each digest)',
  '- `digest` posts the digest now; `digest preview` shows it only to you',
  'Watchlists and feeds (needs Manage Server or the admin role):',
  '- `watch add topic term`, `watch remove topic [term]`, `watch preview topic [term] [days]` (what it would have matched)',
  '- `feed add url`, `feed remove url`, `feed import` (an OPML file or URL)',
  'Everyone: `status`, `watch list`, `feed list`, `help`, `quotes [speaker] [topic] [since] [outlet] [page]` (who said what), `trend topic [days]` (mentions per day as a chart).',
].join('\n');

/** Help as Discord shows it: its slash commands by their real names (definitions.ts). */
export const DISCORD_HELP_TEXT = [
  "**wirewatch** reads news feeds, matches them against this server's topics and posts digests with the key quotes.",
  '',
  'Channel (needs Manage Channels):',
  '- `/digest subscribe [topics] [time] [timezone] [notices]`: digests in this channel, e.g. `/digest subscribe topics: kosovo time: 08:30 timezone: Europe/Belgrade`',
  '- `/digest unsubscribe`, `/digest schedule [time] [timezone]`, `/digest alerts on|off` (instant posts for urgent topics), `/digest spikes on|off` (a topic far above its usual today), `/digest chart on|off` (a trend chart with each digest)',
  '- `/digest now` posts the digest now; `/digest now preview: True` shows it only to you',
  'Watchlists and feeds (needs Manage Server or the admin role):',
  '- `/watch add topic term`, `/watch remove topic [term]`, `/watch preview topic [term] [days]` (what it would have matched)',
  '- `/feed add url`, `/feed remove url`, `/feed import` (an OPML file or URL)',
  'Everyone: `/wirewatch status`, `/watch list`, `/feed list`, `/wirewatch help`, `/wirewatch quotes [speaker] [topic] [since] [outlet] [page]` (who said what, newest first), `/wirewatch trend topic [days]` (mentions per day as a chart).',
].join('\n');

// Slack answers `help` itself (SLACK_HELP_TEXT in platforms/slack); the console has no commands.
const help: Run = async (cmd) => ({ ephemeral: true, text: cmd.platform === 'discord' ? DISCORD_HELP_TEXT : HELP_TEXT });

const COMMANDS: Record<CommandName, Run> = {
  subscribe,
  unsubscribe,
  status,
  digest: digestNow,
  schedule,
  alerts,
  help,
  'watch add': watchAdd,
  'watch remove': watchRemove,
  'watch list': watchList,
  'watch preview': watchPreview,
  'feed add': feedAdd,
  'feed remove': feedRemove,
  'feed list': feedList,
  'feed import': feedImport,
  quotes,
  trend,
  spikes,
  chart,
};

/** Most autocomplete choices returned (Discord allows 25: https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete). */
export const MAX_COMPLETIONS = 25;

/**
 * The longest value any command option may have, checked before anything else reads it (issue 24: a
 * 2 MB URL was accepted and echoed back). 2048 covers any real URL (browsers and CDNs stop near 2,000),
 * term, topic name, time zone or cron; `opml` (a pasted OPML file) has its own bound.
 */
export const MAX_OPTION_CHARS = 2048;
const OPTION_LIMITS: Record<string, number> = { opml: MAX_OPML_CHARS };

/** The first option over its length limit, or null. */
function overlongOption(cmd: { options: Record<string, string | undefined> }): { name: string; max: number } | null {
  for (const [name, value] of Object.entries(cmd.options)) {
    const max = OPTION_LIMITS[name] ?? MAX_OPTION_CHARS;
    if (typeof value === 'string' && value.length > max) return { name, max };
  }
  return null;
}

/**
 * Builds the command handler and the autocomplete provider over the given store and services.
 * The handler never throws: a `UserError` becomes an ephemeral reply with its message; any other error
 * is logged (`commands: ... failed`) and answered with a generic ephemeral apology.
 */
export function createCommands(deps: CommandDeps): { handle: CommandHandler; complete: Completer } {
  const ctx = makeContext(deps);
  const handle: CommandHandler = async (cmd) => {
    const run = COMMANDS[cmd.name];
    try {
      if (!run) throw new UserError(`Unknown command ${safeText(String(cmd.name).slice(0, 40))}.`, 'unknown_command');
      const long = overlongOption(cmd);
      if (long) throw new UserError(`The ${safeText(long.name.slice(0, 40))} you gave is too long (at most ${long.max} characters).`, 'too_long');
      const reply = await run(cmd, ctx);
      return { ...reply, text: neutraliseMentions(reply.text, { keepChannelLinks: true }) };
    } catch (e) {
      if (e instanceof UserError) {
        ctx.logger.debug({ command: cmd.name, workspace: cmd.workspace, code: e.code }, 'commands: refused');
        return { ephemeral: true, text: e.message };
      }
      ctx.logger.error({ command: cmd.name, workspace: cmd.workspace, channel: cmd.channel, err: e }, 'commands: command failed');
      return { ephemeral: true, text: 'Something went wrong on our side; the error was logged. Please try again later.' };
    }
  };
  const complete: Completer = async (req) => {
    const prefix = req.prefix.trim().toLowerCase();
    try {
      if (req.field === 'topic') {
        const topics = await ctx.store.watchlists.listTopics(req.workspace);
        return topics
          .filter((t) => t.id.includes(prefix) || t.name.toLowerCase().includes(prefix))
          .sort((a, b) => Number(!a.id.startsWith(prefix)) - Number(!b.id.startsWith(prefix)) || a.id.localeCompare(b.id))
          .slice(0, MAX_COMPLETIONS)
          .map((t) => ({ name: clip(t.name === t.id ? t.id : `${t.id} (${t.name})`), value: t.id }));
      }
      const tenant = req.platform === 'console' ? null : req.workspace;
      if (req.field === 'speaker') {
        const found = await ctx.store.speakers.suggestSpeakers(req.prefix.trim(), MAX_COMPLETIONS, tenant);
        return found.filter((s) => s.name.length <= 100).map((s) => ({ name: clip(s.name), value: s.name }));
      }
      if (req.field === 'outlet') {
        const typed = foldName(req.prefix);
        const outlets = await ctx.store.speakers.listOutlets(tenant);
        return outlets
          .filter((o) => o.length <= 100 && foldName(o).includes(typed))
          .slice(0, MAX_COMPLETIONS)
          .map((o) => ({ name: o, value: o }));
      }
      const feeds = await ctx.store.feeds.listFeeds(req.workspace);
      return feeds
        .filter((f) => f.url.toLowerCase().includes(prefix) || (f.title ?? '').toLowerCase().includes(prefix))
        .sort((a, b) => a.url.localeCompare(b.url))
        .slice(0, MAX_COMPLETIONS)
        .filter((f) => f.url.length <= 100)
        .map((f) => ({ name: clip(f.title ? `${f.title}: ${f.url}` : f.url), value: f.url }));
    } catch (e) {
      ctx.logger.warn({ workspace: req.workspace, field: req.field, err: e }, 'commands: autocomplete failed');
      return [];
    }
  };
  handle.complete = complete;
  return { handle, complete };
}

/** Just the handler (see `createCommands`). */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  return createCommands(deps).handle;
}

/** Choice names are at most 100 characters on Discord. */
function clip(s: string): string {
  return s.length <= 100 ? s : s.slice(0, 99) + '…';
}
