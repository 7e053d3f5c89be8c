/**
 * Feed commands: `feed add|remove|list|import`. Feeds added from chat belong to the workspace;
 * config (global) feeds are listed but cannot be removed from chat. OPML is parsed with feedsmith
 * (OPML 2.0, http://opml.org/spec2.opml).
 */
import type { parseOpml } from 'feedsmith';
import { UserError } from '../model/errors.js';
import type { FeedRecord } from '../store/store.js';
import type { Command, CommandReply } from './command.js';
import type { Context } from './context.js';
import { code, joinLines, safeText } from './text.js';
import { platformCommand } from '../model/command-names.js';

/** Most characters of OPML text accepted (a few thousand feeds). */
export const MAX_OPML_CHARS = 2_000_000;

function requireEdit(cmd: Command): void {
  if (!cmd.invoker.canEditWatchlists) {
    throw new UserError(
      cmd.platform === 'discord'
        ? 'You need the Manage Server permission (or the wirewatch admin role) to change feeds.'
        : 'Only workspace admins can change feeds.',
      'forbidden',
    );
  }
}

/**
 * Checks a feed URL as typed and returns it in WHATWG URL serialisation (`new URL(u).href`).
 * @throws UserError when it is not an absolute http(s) URL or carries credentials
 */
export function normaliseFeedUrl(raw: string): string {
  const text = raw.trim().replace(/^<(.*)>$/, '$1');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(
      `${code(text.length > 100 ? `${text.slice(0, 99)}…` : text)} is not a URL. Give the feed's full address, starting with https://.`,
      'invalid_url',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('Feed URLs start with http:// or https://.', 'invalid_url');
  if (url.username || url.password) throw new UserError('Feed URLs may not carry a user name or password.', 'invalid_url');
  url.hash = '';
  return url.href;
}

/** Whether a workspace sees the feed: a global one, or one it added (model/tenant.ts). */
function visible(f: FeedRecord, workspace: string): boolean {
  return f.workspace === null || f.tenants.includes(workspace);
}

/**
 * Adds the feed for the command's workspace. A URL another workspace reads already is joined
 * silently (one poll serves both; neither learns of the other), so the reply is the same as for a new feed.
 */
async function addFeed(cmd: Command, ctx: Context, url: string, title: string | null): Promise<'added' | 'exists'> {
  const existing = await ctx.store.feeds.getFeed(url);
  if (existing && visible(existing, cmd.workspace)) return 'exists';
  if (existing) {
    await ctx.store.feeds.upsertFeed({ url, workspace: cmd.workspace });
    return 'added';
  }
  await ctx.store.feeds.upsertFeed({
    url,
    title,
    workspace: cmd.workspace,
    nextCheckAt: ctx.clock.now(),
    intervalSeconds: ctx.defaults.feedIntervalSeconds,
  });
  return 'added';
}

async function workspaceFeedCount(cmd: Command, ctx: Context): Promise<number> {
  return (await ctx.store.feeds.listFeeds(cmd.workspace)).filter((f) => f.workspace !== null).length;
}

/** Fetch failures that mean the URL is wrong, not that the site is down right now. */
function refuses(e: unknown): boolean {
  const err = e as { code?: string; status?: number | null };
  if (['not_a_feed', 'blocked_address', 'bad_url', 'redirect_loop', 'too_large'].includes(err.code ?? '')) return true;
  return err.code === 'http_status' && typeof err.status === 'number' && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429;
}

/**
 * `feed add url`: starts polling a feed (first poll right away). A site URL is turned into its feed by
 * `ctx.discoverFeed` (the reply names the feed found); a URL that is no feed and announces none is
 * refused; a site that cannot be reached now is added as typed (polling retries it).
 */
export async function feedAdd(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireEdit(cmd);
  if (!cmd.options.url) throw new UserError('Give the feed URL.');
  const typed = normaliseFeedUrl(cmd.options.url);
  if ((await workspaceFeedCount(cmd, ctx)) >= ctx.defaults.maxWorkspaceFeeds) {
    throw new UserError(`This server has ${ctx.defaults.maxWorkspaceFeeds} feeds already, the most allowed.`);
  }
  let url = typed;
  let title: string | null = null;
  let note = '';
  if (ctx.discoverFeed) {
    try {
      const found = await ctx.discoverFeed(typed);
      url = normaliseFeedUrl(found.url);
      title = found.title;
      if (url !== typed) note = ` (the feed of ${code(typed)})`;
    } catch (e) {
      const message = safeText(e instanceof Error ? e.message : String(e));
      if (refuses(e)) throw new UserError(`No feed found at ${code(typed)}: ${message}`, 'not_a_feed');
      note = ` (not checked: ${message})`;
    }
  }
  const result = await addFeed(cmd, ctx, url, title);
  const name = `${title ? `${safeText(title)} ` : ''}${code(url)}`;
  if (result === 'exists') return { ephemeral: true, text: `${name}${note} is already being read.` };
  ctx.logger.info({ feed_url: url, typed_url: typed, workspace: cmd.workspace, user_id: cmd.invoker.userId }, 'commands: feed added');
  return { ephemeral: true, text: `Added ${name}${note}; it is read within a few minutes. ${platformCommand(cmd.platform, 'status')} shows it if it fails.` };
}

/** `feed remove url`: stops polling a feed this workspace added. */
export async function feedRemove(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireEdit(cmd);
  if (!cmd.options.url) throw new UserError(`Give the feed URL (see ${platformCommand(cmd.platform, 'feed list')}).`);
  const url = normaliseFeedUrl(cmd.options.url);
  const feed = await ctx.store.feeds.getFeed(url);
  if (!feed || !visible(feed, cmd.workspace)) throw new UserError(`${code(url)} is not one of this server's feeds.`, 'unknown_feed');
  if (feed.workspace === null) throw new UserError(`${code(url)} comes from the service configuration and cannot be removed here.`, 'global_feed');
  // Other workspaces reading the same URL keep it (and its items); the last one out removes it.
  const { remaining } = await ctx.store.feeds.leaveFeed(url, cmd.workspace);
  if (remaining === 0) await ctx.store.feeds.removeFeed(url);
  ctx.logger.info({ feed_url: url, workspace: cmd.workspace, user_id: cmd.invoker.userId }, 'commands: feed removed');
  return { ephemeral: true, text: `Removed ${code(url)}.` };
}

/** `feed list`: the feeds this workspace reads (its own and the global ones), failing ones marked. */
export async function feedList(cmd: Command, ctx: Context): Promise<CommandReply> {
  const feeds = (await ctx.store.feeds.listFeeds(cmd.workspace)).sort((a, b) => a.url.localeCompare(b.url));
  if (feeds.length === 0) return { ephemeral: true, text: `No feeds yet. Add one with ${platformCommand(cmd.platform, 'feed add')}.` };
  const lines = feeds.map((f) => {
    const title = f.title ? ` ${safeText(f.title)}` : '';
    const flags = [f.workspace === null ? 'global' : null, f.failingSince ? `failing: ${safeText(f.lastError ?? 'error')}` : null].filter(Boolean);
    return `- ${code(f.url)}${title}${flags.length ? ` [${flags.join('; ')}]` : ''}`;
  });
  return { ephemeral: true, text: joinLines([`${feeds.length} feed${feeds.length === 1 ? '' : 's'}:`, ...lines]) };
}

/**
 * Feed URLs (`xmlUrl`) of every outline in an OPML document, depth first, with their titles.
 * feedsmith is imported on the first call, not when the service starts (ADR 0233).
 * @throws UserError `invalid_opml` when the text is no OPML feedsmith can read
 */
export async function opmlFeeds(opml: string): Promise<{ url: string; title: string | null }[]> {
  const { parseOpml: parse } = await import('feedsmith');
  let doc: ReturnType<typeof parseOpml>;
  try {
    doc = parse(opml);
  } catch (e) {
    throw new UserError(`That is not an OPML file I can read (${safeText(e instanceof Error ? e.message : String(e))}).`, 'invalid_opml');
  }
  const out: { url: string; title: string | null }[] = [];
  type Outline = NonNullable<NonNullable<typeof doc.body>['outlines']>[number];
  const walk = (outlines: Outline[] | undefined): void => {
    for (const o of outlines ?? []) {
      if (o.xmlUrl) out.push({ url: o.xmlUrl, title: o.title ?? o.text ?? null });
      walk(o.outlines);
    }
  };
  walk(doc.body?.outlines);
  return out;
}

/**
 * `feed import (opml | url)`: adds every feed of an OPML document, given as text (`opml`) or as a URL
 * (`url`, e.g. an uploaded attachment) fetched with `fetchOpml`. Skips invalid and known URLs.
 */
export async function feedImport(cmd: Command, ctx: Context): Promise<CommandReply> {
  requireEdit(cmd);
  let text = cmd.options.opml;
  if (!text) {
    if (!cmd.options.url) throw new UserError('Attach an OPML file or give the URL of one.');
    const url = normaliseFeedUrl(cmd.options.url);
    if (!ctx.fetchOpml) throw new UserError('Importing from a URL is not available here; attach the OPML file instead.', 'unavailable');
    try {
      text = await ctx.fetchOpml(url);
    } catch (e) {
      ctx.logger.warn({ url, err: e }, 'commands: OPML fetch failed');
      throw new UserError(`Could not fetch ${code(url)}: ${safeText(e instanceof Error ? e.message : String(e))}`, 'fetch_failed');
    }
  }
  if (text.length > MAX_OPML_CHARS) throw new UserError('That OPML file is too large.', 'invalid_opml');
  const entries = await opmlFeeds(text);
  if (entries.length === 0) throw new UserError('That OPML file lists no feeds (no outline has an xmlUrl).', 'invalid_opml');
  let added = 0;
  let known = 0;
  const invalid: string[] = [];
  let room = ctx.defaults.maxWorkspaceFeeds - (await workspaceFeedCount(cmd, ctx));
  const seen = new Set<string>();
  for (const entry of entries.slice(0, ctx.defaults.maxImportFeeds)) {
    let url: string;
    try {
      url = normaliseFeedUrl(entry.url);
    } catch {
      invalid.push(entry.url);
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    if (room <= 0) break;
    if ((await addFeed(cmd, ctx, url, entry.title)) === 'added') {
      added++;
      room--;
    } else known++;
  }
  ctx.logger.info({ workspace: cmd.workspace, user_id: cmd.invoker.userId, added, known, invalid: invalid.length }, 'commands: OPML imported');
  const lines = [`Imported ${added} feed${added === 1 ? '' : 's'}${known ? `, ${known} already read` : ''}.`];
  if (entries.length > ctx.defaults.maxImportFeeds) lines.push(`Only the first ${ctx.defaults.maxImportFeeds} of ${entries.length} were considered.`);
  if (room <= 0) lines.push(`This server reached the limit of ${ctx.defaults.maxWorkspaceFeeds} feeds.`);
  if (invalid.length) lines.push(`Skipped ${invalid.length} invalid URL${invalid.length === 1 ? '' : 's'}: ${invalid.slice(0, 5).map(code).join(', ')}`);
  return { ephemeral: true, text: lines.join('\n') };
}
