/**
 * Discord end to end: the whole service (`Service`: poller, analyzer, scheduler, dispatcher, commands)
 * with the Discord adapter, against the fake Discord (REST + Gateway on 127.0.0.1, discord.js
 * unmodified) and the bundled newsroom feeds (fixture server on 127.0.0.1), on an injected clock.
 * 1. An admin adds a watch term and a feed through slash commands; a member's attempt is refused.
 * 2. A moderator subscribes the channel; the feed is polled; at the cron time the digest arrives as
 *    embeds, exactly once, although the first post is answered 429.
 * 3. The bot loses Send Messages: the next digest pauses the subscription, `/wirewatch status` says
 *    why, and re-subscribing resumes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, type FakeUser } from '../fakes/discord/fake-discord.js';
import { parseConfig } from '../../src/config/load.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { ManualClock } from '../../src/model/clock.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { Service } from '../../src/service.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'e2e-bot-token';
const GUILD = '4000000000000000001';
const NEWS = '4000000000000000010';
const admin: FakeUser = { id: '5000000000000000001', username: 'editor' };
const moderator: FakeUser = { id: '5000000000000000002', username: 'mod' };
const member: FakeUser = { id: '5000000000000000003', username: 'reader' };
const SEND = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel;
const POSTS = new RegExp(`^/channels/${NEWS}/messages$`);

/** A feed with one story of 28 November about Resolution 1244 (full text in the feed: no page fetch). */
const LATE_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Late Wire</title><link>{{BASE}}/late/</link><description>x</description>
<item><title>Security Council returns to Resolution 1244 after UNMIK report</title>
<link>{{BASE}}/late/unmik-1244/</link><guid isPermaLink="false">late-1</guid>
<pubDate>Sat, 28 Nov 2026 08:00:00 +0000</pubDate>
<description>${[
  'The UN Security Council on Saturday again debated Resolution 1244, the 1999 text that still frames the international presence in Kosovo.',
  'Diplomats said the discussion followed the latest UNMIK report, which Belgrade and Pristina read in opposite ways.',
  'Several members asked both sides to return to the EU-facilitated dialogue in Brussels and to implement earlier agreements.',
  'The next report on the mission is due in six months, when the council will meet again on the same resolution.',
].join(' ')}</description></item>
</channel></rss>
`;

describe('Discord end to end (service + fake Discord)', () => {
  const clock = new ManualClock('2026-11-27T11:40:00Z');
  const store = createMemoryStore({ clock });
  let fixtures: FixtureServer;
  let fake: FakeDiscord;
  let service: Service;

  const as = (user: FakeUser, permissions: bigint, command: string, subcommand: string, options?: Record<string, string>) =>
    fake.invoke({ guildId: GUILD, channelId: NEWS, user, permissions, command, subcommand, options });
  const tickAt = async (iso: string) => {
    clock.set(iso);
    return service.tick(clock.now());
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-discord-e2e-'));
    cpSync(join(repo, 'config', 'demo'), join(dir, 'feeds'), { recursive: true });
    writeFileSync(join(dir, 'feeds', 'late.rss'), LATE_FEED);
    fixtures = await startFixtureServer(join(dir, 'feeds'), 0);
    fake = await FakeDiscord.start({ token: TOKEN, guilds: [{ id: GUILD, name: 'Balkan desk', ownerId: admin.id, channels: [{ id: NEWS, name: 'news' }] }] });
    const config = parseConfig(
      [
        'fetch: { allowCidrs: [127.0.0.1/32], timeout: 10s }',
        'polling: { tick: 1m, interval: 15m }',
        'digests: { grace: 1h, shutdownTimeout: 5s, retryBase: 1s }',
        `console: { dir: ${join(dir, 'console')}, ledger: ledger.jsonl }`,
        '',
      ].join('\n'),
      'discord-e2e.yaml',
    );
    const discord = new DiscordPlatform({ token: TOKEN, rest: { api: fake.apiUrl } });
    service = new Service({ config, store, clock, platforms: [discord], live: false, http: false });
    await service.start();
    await discord.registerCommands(GUILD);
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await fixtures?.close();
  });

  it('an admin adds a watch term and a feed; a member is refused', async () => {
    const added = await as(admin, SEND | PermissionFlagsBits.ManageGuild, 'watch', 'add', {
      topic: 'resolution-1244',
      term: 'Resolution 1244',
      name: 'Resolution 1244',
    });
    expect(added.messages[0].ephemeral).toBe(true);
    expect(added.messages[0].content).toContain('New topic `resolution-1244` now watches `Resolution 1244`');

    const refused = await as(member, SEND, 'watch', 'add', { topic: 'resolution-1244', term: 'Kosovo' });
    expect(refused.messages[0].ephemeral).toBe(true);
    expect(refused.messages[0].content).toMatch(/Manage Server/);
    expect((await store.watchlists.listTopics(GUILD)).map((t) => [t.id, t.terms])).toEqual([['resolution-1244', ['Resolution 1244']]]);

    const feed = await as(admin, SEND | PermissionFlagsBits.ManageGuild, 'feed', 'add', { url: `${fixtures.origin}/kossev-en.rss` });
    expect(feed.messages[0].content).toContain('Added');
    const opml = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Wire" xmlUrl="${fixtures.origin}/wire-en.atom"/><outline text="KoSSev" xmlUrl="${fixtures.origin}/kossev-en.rss"/></body></opml>`;
    const imported = await fake.invoke({
      guildId: GUILD,
      channelId: NEWS,
      user: admin,
      permissions: SEND | PermissionFlagsBits.ManageGuild,
      command: 'feed',
      subcommand: 'import',
      options: { file: { filename: 'newsroom.opml', content: opml } },
    });
    expect(imported.messages[0].content).toBe('Imported 1 feed, 1 already read.');
    expect((await store.feeds.listFeeds()).map((f) => [f.url, f.workspace]).sort()).toEqual([
      [`${fixtures.origin}/kossev-en.rss`, GUILD],
      [`${fixtures.origin}/wire-en.atom`, GUILD],
    ]);

    // autocomplete comes with the service's command handler
    const typed = await fake.invoke({
      guildId: GUILD,
      channelId: NEWS,
      user: admin,
      permissions: SEND,
      command: 'watch',
      subcommand: 'remove',
      options: { topic: 'res' },
      focused: 'topic',
    });
    expect(typed.choices).toEqual([{ name: 'resolution-1244 (Resolution 1244)', value: 'resolution-1244' }]);
  });

  it('a moderator subscribes; the scheduled digest arrives as embeds exactly once despite a 429', async () => {
    const sub = await as(moderator, SEND | PermissionFlagsBits.ManageChannels, 'digest', 'subscribe', {
      topics: 'resolution-1244',
      time: '12:00',
      timezone: 'UTC',
    });
    expect(sub.messages[0].ephemeral).toBe(false);
    expect(sub.messages[0].content).toContain('next 2026-11-27 12:00');

    // the service's minute ticks: the feed is polled, nothing is posted before 12:00
    const first = await tickAt('2026-11-27T11:41:00Z');
    expect(first.poll.polled).toBe(2);
    expect(first.poll.newItems).toBeGreaterThan(0);
    await tickAt('2026-11-27T11:59:00Z');
    expect(fake.messages(NEWS)).toEqual([]);

    fake.rateLimitNext('POST', POSTS, 1, 0.05);
    const due = await tickAt('2026-11-27T12:00:00Z');
    expect(due.digests).toBe(1);
    const posted = fake.messages(NEWS);
    expect(posted).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'POST' && POSTS.test(r.path)).map((r) => r.status)).toEqual([429, 200]);
    const embeds = JSON.stringify(posted[0].embeds);
    expect(embeds).toContain('Botsan-Kharchenko');
    expect(embeds).not.toContain('Flight 1244'); // a number is not the resolution (and it is outside the window)

    const subscription = (await store.subscriptions.findSubscription('discord', GUILD, NEWS))!;
    const [row] = await store.deliveries.listDeliveries(subscription.id);
    expect(row).toMatchObject({ state: 'sent', kind: 'digest', messageIds: [posted[0].id] });
    expect(posted[0].nonce).toBe(row.idempotencyKey);
    expect((posted[0].embeds.at(-1) as { footer: { text: string } }).footer.text).toBe(`wirewatch • ${row.idempotencyKey}`);

    // later ticks and a restart's reconciliation post nothing more
    await tickAt('2026-11-27T12:01:00Z');
    expect(await service.dispatcher.reconcile()).toEqual({ found: 0, resent: 0, failed: 0 });
    expect(await service.dispatcher.deliver(subscription, 'digest', row.subject)).toMatchObject({ status: 'already_sent' });
    expect(fake.messages(NEWS)).toHaveLength(1);

    const status = await as(member, SEND, 'wirewatch', 'status');
    expect(status.messages[0].content).toContain('Last digest: 2026-11-27 12:00 (UTC)');
  });

  it('a digest the bot may not post pauses the subscription; status says why; re-subscribing resumes', async () => {
    await as(admin, SEND | PermissionFlagsBits.ManageGuild, 'feed', 'add', { url: `${fixtures.origin}/late.rss` });
    const polled = await tickAt('2026-11-28T09:00:00Z');
    expect(polled.poll.newItems).toBeGreaterThan(0);

    fake.setChannelError(NEWS, 50013);
    await tickAt('2026-11-28T12:00:00Z');
    const sub = (await store.subscriptions.findSubscription('discord', GUILD, NEWS))!;
    expect(sub.paused).toBe(true);
    expect(sub.pausedReason).toMatch(/50013/);
    expect(fake.messages(NEWS)).toHaveLength(1);

    const status = await as(member, SEND, 'wirewatch', 'status');
    expect(status.messages[0].content).toMatch(/\*\*Paused\*\*: .*Missing Permissions/);

    fake.setChannelError(NEWS, null);
    const resumed = await as(moderator, SEND | PermissionFlagsBits.ManageChannels, 'digest', 'subscribe');
    expect(resumed.messages[0].content).toContain('resumed');
    expect((await store.subscriptions.findSubscription('discord', GUILD, NEWS))!.paused).toBe(false);
  });
});
