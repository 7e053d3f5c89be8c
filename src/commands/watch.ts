/**
 * Watchlist commands: `watch add|remove|list|preview`. Topics belong to a workspace (Discord guild,
 * Slack team); global topics from the config are shown but cannot be edited from chat.
 */
import { UserError } from '../model/errors.js';
import { itemTime } from '../model/story.js';
import type { Topic, TopicPriority } from '../model/watchlist.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { code, joinLines, safeText } from './text.js';
import { platformCommand } from '../model/command-names.js';

const TOPIC_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** Longest term accepted, characters. */
export const MAX_TERM_LENGTH = 200;
/** Most terms one topic may have. */
export const MAX_TERMS_PER_TOPIC = 100;

function requireEdit(cmd: Command): void {
  if (!cmd.invoker.canEditWatchlists) {
    throw new UserError(
      cmd.platform === 'discord'
        ? 'You need the Manage Server permission (or the wirewatch admin role) to edit watchlists.'
        : 'Only workspace admins can edit watchlists.',
      'forbidden',
    );
  }
}

function topicIdOption(cmd: Command): string {
  const id = (cmd.options.topic ?? '').trim().toLowerCase();
  if (!id) throw new UserError('Name the topic (its id, like `kosovo-dialogue`).');
  if (!TOPIC_ID.test(id)) {
    throw new UserError(`${code(id)} is not a topic id: use up to 40 lower-case letters, digits, - or _.`, 'invalid_topic');
  }
  return id;
}

function termOption(cmd: Command, ctx: Context, required: boolean): string | null {
  const term = (cmd.options.term ?? '').trim().replace(/\s+/g, ' ');
  if (!term) {
    if (required) throw new UserError('Give the term to watch for, e.g. `Kurti` or `"Pristina dialogue"`.');
    return null;
  }
  if (term.length > MAX_TERM_LENGTH) throw new UserError(`A term may have at most ${MAX_TERM_LENGTH} characters.`, 'invalid_term');
  if (ctx.validateTerm) {
    try {
      ctx.validateTerm(term);
    } catch (e) {
      const why = e instanceof Error ? e.message.replace(/^[a-z]+: /, '') : String(e);
      throw new UserError(`${code(term)} is not a valid term: ${safeText(why)}`, 'invalid_term');
    }
  }
  return term;
}

async function findTopic(cmd: Command, ctx: Context, id: string): Promise<Topic | undefined> {
  return (await ctx.store.watchlists.listTopics(cmd.workspace)).find((t) => t.id === id);
}

/**
 * Refuses to edit a config (global) topic from chat, saying how to get what was wanted: a topic of
 * this server's own under another id (which every subscription here can follow), or, for the
 * service's operator, taking the topic out of the config's `topics:` and restarting with
 * `--reset-from-config` after re-creating it here (the database is the source of truth after seeding).
 */
function refuseGlobal(cmd: Command, topic: Topic): void {
  if (topic.workspace === null) {
    const own = `${topic.id}-local`.slice(0, 40);
    throw new UserError(
      [
        `${code(topic.id)} is a global topic from the service configuration, so it is not edited from chat (every server that uses wirewatch shares it).`,
        `To watch more terms here, add them to a topic of this server's own, e.g. ${platformCommand(cmd.platform, 'watch add')} ${code(own)} with your term, and follow it with ${platformCommand(cmd.platform, 'subscribe')}.`,
        `To take ${code(topic.id)} over, the operator removes it from the config file's \`topics:\` and runs \`wirewatch run --reset-from-config\`; then ${platformCommand(cmd.platform, 'watch add')} ${code(topic.id)} creates it here.`,
      ].join('\n'),
      'global_topic',
    );
  }
}

/** `watch add topic term [name] [priority]`: adds a term, creating the topic when it is new. */
export async function watchAdd(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireEdit(cmd);
  const id = topicIdOption(cmd);
  const term = termOption(cmd, ctx, true)!;
  const existing = await findTopic(cmd, ctx, id);
  if (existing) refuseGlobal(cmd, existing);
  const priority = (cmd.options.priority ?? existing?.priority ?? 'digest') as TopicPriority;
  if (priority !== 'digest' && priority !== 'instant') throw new UserError('Priority is `digest` or `instant`.');
  const terms = existing?.terms ?? [];
  if (terms.includes(term) && priority === existing?.priority && !cmd.options.name) {
    return { ephemeral: true, text: `${code(id)} already watches ${code(term)}.` };
  }
  if (!terms.includes(term) && terms.length >= MAX_TERMS_PER_TOPIC) {
    throw new UserError(`${code(id)} has ${terms.length} terms already, the most a topic may have.`);
  }
  const topic: Topic = {
    id,
    name: cmd.options.name?.trim() || existing?.name || id,
    terms: terms.includes(term) ? terms : [...terms, term],
    exclude: existing?.exclude ?? [],
    priority,
    workspace: cmd.workspace,
  };
  await ctx.store.watchlists.upsertTopic(topic);
  ctx.logger.info({ topic_id: id, workspace: cmd.workspace, user_id: cmd.invoker.userId }, 'commands: term added');
  return {
    ephemeral: true,
    text: `${existing ? 'Topic' : 'New topic'} ${code(id)} now watches ${topic.terms.map(code).join(', ')}.`,
  };
}

/** `watch remove topic [term]`: removes one term, or the whole topic when no term is given (or its last term goes). */
export async function watchRemove(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireEdit(cmd);
  const id = topicIdOption(cmd);
  const term = termOption(cmd, ctx, false);
  const existing = await findTopic(cmd, ctx, id);
  if (!existing) throw new UserError(`There is no topic ${code(id)}.`, 'unknown_topic');
  refuseGlobal(cmd, existing);
  if (term !== null) {
    if (!existing.terms.includes(term)) throw new UserError(`${code(id)} does not watch ${code(term)}.`, 'unknown_term');
    const terms = existing.terms.filter((t) => t !== term);
    if (terms.length > 0) {
      await ctx.store.watchlists.upsertTopic({ ...existing, terms });
      return { ephemeral: true, text: `${code(id)} no longer watches ${code(term)}; left: ${terms.map(code).join(', ')}.` };
    }
  }
  await ctx.store.watchlists.removeTopic(cmd.workspace, id);
  ctx.logger.info({ topic_id: id, workspace: cmd.workspace, user_id: cmd.invoker.userId }, 'commands: topic removed');
  return { ephemeral: true, text: `Topic ${code(id)} removed.` };
}

/** `watch list`: the topics this workspace sees, with their terms. */
export async function watchList(cmd: Command, ctx: Context): Promise<CommandReply> {
  const topics = (await ctx.store.watchlists.listTopics(cmd.workspace)).sort((a, b) => a.id.localeCompare(b.id));
  if (topics.length === 0) return { ephemeral: true, text: `No topics yet. Add one with ${platformCommand(cmd.platform, 'watch add')}.` };
  const lines = topics.map((t) => {
    const flags = [t.workspace === null ? 'global' : null, t.priority === 'instant' ? 'instant' : null].filter(Boolean);
    const name = t.name !== t.id ? ` (${safeText(t.name)})` : '';
    return `${code(t.id)}${name}${flags.length ? ` [${flags.join(', ')}]` : ''}: ${t.terms.map(code).join(', ')}`;
  });
  return { ephemeral: true, text: joinLines(lines) };
}

/**
 * `watch preview topic [term] [days]`: the backtest. Matches the stored items of the last `days`
 * days (default 7, at most 30) against the topic as it is and as it would be with `term` added, and
 * reports how many items match and which ones the change adds.
 */
export async function watchPreview(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireEdit(cmd);
  if (!ctx.matchTopics) throw new UserError('The backtest is not available on this server.', 'unavailable');
  const id = topicIdOption(cmd);
  const term = termOption(cmd, ctx, false);
  const days = parseDays(cmd.options.days, ctx);
  const existing = await findTopic(cmd, ctx, id);
  if (!existing && term === null) throw new UserError(`There is no topic ${code(id)}; give a term to preview a new one.`, 'unknown_topic');
  const base: Topic = existing ?? { id, name: id, terms: [], exclude: [], priority: 'digest', workspace: cmd.workspace };
  const proposed: Topic = term !== null && !base.terms.includes(term) ? { ...base, terms: [...base.terms, term] } : base;
  const now = ctx.clock.now();
  const from = new Date(now.getTime() - days * 86_400_000);
  const items = await ctx.store.items.itemsInWindow(from, now, cmd.workspace);
  const matchBefore = base.terms.length > 0 ? await ctx.matchTopics([base]) : () => [];
  const matchAfter = await ctx.matchTopics([proposed]);
  let before = 0;
  const after: typeof items = [];
  const added: typeof items = [];
  for (const item of items) {
    const was = matchBefore(item).includes(id);
    const is = matchAfter(item).includes(id);
    if (was) before++;
    if (is) after.push(item);
    if (is && !was) added.push(item);
  }
  const lines = [
    `Backtest of ${code(id)} over the last ${days} day${days === 1 ? '' : 's'} (${items.length} stored items):`,
    term !== null
      ? `with ${code(term)}: ${after.length} matching item${after.length === 1 ? '' : 's'} (now ${before}, ${added.length} new)`
      : `${after.length} matching item${after.length === 1 ? '' : 's'}`,
  ];
  const show = (term !== null ? added : after).sort((a, b) => itemTime(b).getTime() - itemTime(a).getTime());
  for (const a of show.slice(0, 8)) {
    lines.push(`- ${safeText(a.item.title || a.item.link || a.id)}${a.outlet ? ` (${safeText(a.outlet)})` : ''}`);
  }
  if (show.length > 8) lines.push(`- … and ${show.length - 8} more`);
  return { ephemeral: true, text: joinLines(lines) };
}

function parseDays(value: string | undefined, ctx: Context): number {
  if (value === undefined || value.trim() === '') return ctx.defaults.backtestDays;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > ctx.defaults.maxBacktestDays) {
    throw new UserError(`Days must be a whole number from 1 to ${ctx.defaults.maxBacktestDays}.`);
  }
  return n;
}
