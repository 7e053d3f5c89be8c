/**
 * Discord end to end, against the fake Discord on 127.0.0.1 (REST + Gateway, no mocking of discord.js):
 * an admin adds a watch term through `/watch add`, a member's attempt is refused, a moderator
 * subscribes the channel with `/digest subscribe`, and the scheduled digest — driven through the
 * service runtime's DigestScheduler and Dispatcher with the memory store's ledger, on an injected
 * clock — arrives as embeds exactly once although the first post is answered 429. Then the bot loses
 * Send Messages: the next digest pauses the subscription and `/wirewatch status` says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, waitFor, type FakeUser } from '../fakes/discord/fake-discord.js';
import { createCommands } from '../../src/commands/handler.js';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { composeDigest } from '../../src/digest/compose.js';
import { renderDiscord } from '../../src/digest/render/discord/render.js';
import { articleFromText } from '../../src/model/article.js';
import { ManualClock } from '../../src/model/clock.js';
import type { AnalyzedItem } from '../../src/model/story.js';
import type { Subscription } from '../../src/model/subscription.js';
import { compileWatchlist, validateTerm } from '../../src/pipeline/matcher/index.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { DigestScheduler, parseWindowSubject } from '../../src/scheduler/digest-scheduler.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpus');

const TOKEN = 'e2e-bot-token';
const GUILD = '4000000000000000001';
const NEWS = '4000000000000000010';
const admin: FakeUser = { id: '5000000000000000001', username: 'editor' };
const moderator: FakeUser = { id: '5000000000000000002', username: 'mod' };
const member: FakeUser = { id: '5000000000000000003', username: 'reader' };
const SEND = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel;

function analyzed(id: string, text: string, published: string, topics: Parameters<typeof compileWatchlist>[0]): AnalyzedItem {
  const article = { ...articleFromText(text), language: 'en' };
  const title = article.paragraphs[0];
  return {
    id,
    feedUrl: 'https://kossev.example/feed/',
    outlet: 'KoSSev',
    item: {
      guid: id, key: id, title, link: `https://kossev.example/${id}/`, canonicalLink: `https://kossev.example/${id}/`,
      published: new Date(published), author: null, categories: [], summary: null, contentHtml: null,
      text: article.paragraphs.slice(1).join('\n\n'), enclosures: [],
    },
    article,
    firstSeen: new Date(published),
    matches: compileWatchlist(topics).match(article),
    quotes: [],
  };
}

describe('Discord end to end', () => {
  const clock = new ManualClock('2026-11-29T20:00:00Z');
  const store = createMemoryStore({ clock });
  let fake: FakeDiscord;
  let platform: DiscordPlatform;
  let dispatcher: Dispatcher;
  let scheduler: DigestScheduler;

  const payloads = async (sub: Subscription, _kind: string, subject: string) => {
    const { start, end } = parseWindowSubject(subject);
    const topics = await store.watchlists.listTopics(sub.workspace);
    const digest = composeDigest({ subscription: sub, topics, items: await store.items.itemsInWindow(start, end), window: { start, end } });
    return digest.sections.length === 0 && !sub.postEmpty ? null : renderDiscord(digest);
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, guilds: [{ id: GUILD, name: 'Balkan desk', ownerId: admin.id, channels: [{ id: NEWS, name: 'news' }] }] });
    platform = new DiscordPlatform({ token: TOKEN, rest: { api: fake.apiUrl } });
    const commands = createCommands({
      store,
      clock,
      validateTerm,
      matchTopics: (topics) => {
        const m = compileWatchlist(topics);
        return (a) => m.match(a.article).map((t) => t.topicId);
      },
      preview: async (sub) => {
        const end = clock.now();
        const start = sub.lastWindowEnd ?? new Date(end.getTime() - 86_400_000);
        return composeDigest({ subscription: sub, topics: await store.watchlists.listTopics(sub.workspace), items: await store.items.itemsInWindow(start, end), window: { start, end } });
      },
    });
    platform.onCommand(commands.handle);
    platform.onAutocomplete(commands.complete);
    dispatcher = new Dispatcher({ deliveries: store.deliveries, subscriptions: store.subscriptions, platforms: new Map([['discord', platform]]), payloads, clock });
    scheduler = new DigestScheduler({ subscriptions: store.subscriptions, dispatcher, clock, graceMs: 3_600_000, platforms: () => new Set(['discord']) });
    await platform.start();
    await platform.registerCommands(GUILD);
    await scheduler.tick(clock.now()); // the service starts: nothing is due
  });

  afterAll(async () => {
    await platform?.stop();
    await fake?.close();
  });

  it('an admin adds a watch term; a member is refused', async () => {
    const added = await fake.invoke({
      guildId: GUILD, channelId: NEWS, user: admin, permissions: SEND | PermissionFlagsBits.ManageGuild,
      command: 'watch', subcommand: 'add', options: { topic: 'resolution-1244', term: 'Resolution 1244', name: 'Resolution 1244' },
    });
    expect(added.messages[0]).toMatchObject({ ephemeral: true });
    expect(added.messages[0].content).toContain('New topic `resolution-1244` now watches `Resolution 1244`');

    const refused = await fake.invoke({
      guildId: GUILD, channelId: NEWS, user: member, permissions: SEND,
      command: 'watch', subcommand: 'add', options: { topic: 'resolution-1244', term: 'Kosovo' },
    });
    expect(refused.messages[0]).toMatchObject({ ephemeral: true });
    expect(refused.messages[0].content).toMatch(/Manage Server/);
    expect((await store.watchlists.listTopics(GUILD)).map((t) => [t.id, t.terms])).toEqual([['resolution-1244', ['Resolution 1244']]]);
  });

  it('a moderator subscribes the channel; the scheduled digest arrives as embeds exactly once despite a 429', async () => {
    const sub = await fake.invoke({
      guildId: GUILD, channelId: NEWS, user: moderator, permissions: SEND | PermissionFlagsBits.ManageChannels,
      command: 'digest', subcommand: 'subscribe', options: { topics: 'resolution-1244', time: '08:00', timezone: 'Europe/Belgrade' },
    });
    expect(sub.messages[0].ephemeral).toBe(false);
    expect(sub.messages[0].content).toContain('next 2026-11-30 08:00');

    const topics = await store.watchlists.listTopics(GUILD);
    const seed = readFileSync(path.join(corpus, 'seed/kossev-botsan-kharchenko.txt'), 'utf8');
    await store.items.saveItem(analyzed('seed', seed, '2026-11-30T05:00:00Z', topics));
    await store.items.saveItem(analyzed('sport', 'Trepča wins the derby\n\nThe basketball club won 81–77 in Mitrovica on Sunday night.', '2026-11-30T05:30:00Z', topics));

    fake.rateLimitNext('POST', new RegExp(`^/channels/${NEWS}/messages$`), 1, 0.05);
    clock.set('2026-11-30T07:00:05Z'); // 08:00:05 in Belgrade
    expect(await scheduler.tick(clock.now())).toBe(1);

    const posted = fake.messages(NEWS);
    expect(posted).toHaveLength(1);
    const statuses = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`).map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
    const [message] = posted;
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(JSON.stringify(message.embeds)).toContain('Botsan-Kharchenko');
    expect(JSON.stringify(message.embeds)).not.toContain('Trepča');

    const subscription = (await store.subscriptions.findSubscription('discord', GUILD, NEWS))!;
    const [row] = await store.deliveries.listDeliveries(subscription.id);
    expect(row).toMatchObject({ state: 'sent', messageIds: [message.id] });
    expect(message.nonce).toBe(row.idempotencyKey);
    expect((message.embeds.at(-1) as { footer: { text: string } }).footer.text).toBe(`wirewatch • ${row.idempotencyKey}`);

    // the same moment again, a restart's reconciliation, and a fresh dispatcher after a crash: still one message
    expect(await scheduler.tick(clock.now())).toBe(0);
    expect(await dispatcher.reconcile()).toEqual({ found: 0, resent: 0, failed: 0 });
    const again = await dispatcher.deliver(subscription, 'digest', row.subject);
    expect(again.status).toBe('already_sent');
    expect(fake.messages(NEWS)).toHaveLength(1);

    const status = await fake.invoke({ guildId: GUILD, channelId: NEWS, user: member, permissions: SEND, command: 'wirewatch', subcommand: 'status' });
    expect(status.messages[0].content).toContain('Last digest: 2026-11-30 08:00');
  });

  it('a digest the bot may not post pauses the subscription, and status tells why', async () => {
    fake.setChannelError(NEWS, 50013);
    const topics = await store.watchlists.listTopics(GUILD);
    const seed = readFileSync(path.join(corpus, 'seed/kossev-botsan-kharchenko.txt'), 'utf8').replace(/^[^\n]*/, 'Resolution 1244 again in the Security Council');
    await store.items.saveItem(analyzed('seed-2', seed, '2026-12-01T05:00:00Z', topics));
    clock.set('2026-12-01T07:00:05Z');
    await scheduler.tick(clock.now());
    const sub = (await store.subscriptions.findSubscription('discord', GUILD, NEWS))!;
    expect(sub.paused).toBe(true);
    expect(sub.pausedReason).toMatch(/50013/);
    expect(fake.messages(NEWS)).toHaveLength(1);

    const status = await fake.invoke({ guildId: GUILD, channelId: NEWS, user: member, permissions: SEND, command: 'wirewatch', subcommand: 'status' });
    expect(status.messages[0].content).toMatch(/\*\*Paused\*\*: .*Missing Permissions/);
    await waitFor(() => fake.connectedSessions === 1, 1000, 'one gateway session');
    fake.setChannelError(NEWS, null);
  });
});
