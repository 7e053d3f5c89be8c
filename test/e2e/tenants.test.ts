/**
 * Tenancy end to end: one service with both adapters (fake Discord and fake Slack on 127.0.0.1),
 * a Discord guild A and a Slack workspace B, each with its own topics and feeds, one global feed from
 * the config. What guild A adds never reaches workspace B, and a topic id both tenants use stays two
 * topics: a story guild A's `unmik` matched is not filed under workspace B's `unmik`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, type FakeUser } from '../fakes/discord/fake-discord.js';
import { FakeSlack, type FakeSlackUser } from '../fakes/slack/fake-slack.js';
import { parseConfig } from '../../src/config/load.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { ManualClock } from '../../src/model/clock.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { SlackPlatform } from '../../src/platforms/slack/slack-platform.js';
import { Service } from '../../src/service.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';

const TOKEN = 'tenants-bot-token';
const GUILD = '4100000000000000001';
const NEWS_A = '4100000000000000010';
const adminA: FakeUser = { id: '5100000000000000001', username: 'editor-a' };
const ADMIN = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageChannels;
const BOT = 'xoxb-tenants';
const APP = 'xapp-tenants';
const TEAM = 'T0TENANTB1';
const NEWS_B = 'C0TENANTB1';
const adminB: FakeSlackUser = { id: 'U0TENANTB1', name: 'editor-b', isAdmin: true };

const story = (guid: string, title: string, text: string) => `<item><title>${title}</title><link>{{BASE}}/${guid}/</link>
<guid isPermaLink="false">${guid}</guid><pubDate>Fri, 27 Nov 2026 09:00:00 +0000</pubDate><description>${text}</description></item>`;
const feed = (title: string, items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>{{BASE}}/</link><description>x</description>${items}</channel></rss>\n`;
/** Guild A's own feed: a story about UNMIK that also mentions Brussels (which workspace B watches). */
const PRIVATE_FEED = feed(
  'Guild A Wire',
  story(
    'a-1',
    'Private desk: UNMIK report reaches the council',
    'The UNMIK report reached the Security Council on Friday. Diplomats in Brussels said the dialogue would resume. The report runs to forty pages and covers six months of the mission.',
  ),
);
/** The config's global feed: every tenant sees it. */
const GLOBAL_FEED = feed(
  'Global Wire',
  story(
    'g-1',
    'Brussels talks resume with UNMIK observers',
    'Negotiators met in Brussels on Friday as the EU-facilitated dialogue resumed. UNMIK observers attended the session. Both delegations called the meeting constructive.',
  ),
);

describe('tenants stay apart (Discord guild A, Slack workspace B, one service)', () => {
  const clock = new ManualClock('2026-11-27T11:40:00Z');
  const store = createMemoryStore({ clock });
  let fixtures: FixtureServer;
  let discordFake: FakeDiscord;
  let slackFake: FakeSlack;
  let service: Service;
  let dir = '';

  const inA = (name: string, sub: string, options: Record<string, string> = {}) =>
    discordFake.invoke({ guildId: GUILD, channelId: NEWS_A, user: adminA, permissions: ADMIN, command: name, subcommand: sub, options });
  const inB = async (text: string) => (await slackFake.slashCommand({ user: adminB, channel: NEWS_B, text })).responses[0];
  const tickAt = async (iso: string) => {
    clock.set(iso);
    return service.tick(clock.now());
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-tenants-e2e-'));
    writeFileSync(join(dir, 'private.rss'), PRIVATE_FEED);
    writeFileSync(join(dir, 'global.rss'), GLOBAL_FEED);
    fixtures = await startFixtureServer(dir, 0);
    discordFake = await FakeDiscord.start({
      token: TOKEN,
      guilds: [{ id: GUILD, name: 'Desk A', ownerId: adminA.id, channels: [{ id: NEWS_A, name: 'news' }] }],
    });
    slackFake = await FakeSlack.start({ botToken: BOT, appToken: APP, teamId: TEAM, users: [adminB], channels: [NEWS_B] });
    const config = parseConfig(
      [
        'fetch: { allowCidrs: [127.0.0.1/32], timeout: 10s }',
        'polling: { tick: 1m, interval: 15m }',
        'digests: { grace: 1h, shutdownTimeout: 5s, retryBase: 1s }',
        `console: { dir: ${join(dir, 'console')}, ledger: ledger.jsonl }`,
        `feeds: [${fixtures.origin}/global.rss]`,
        '',
      ].join('\n'),
      'tenants-e2e.yaml',
    );
    const discord = new DiscordPlatform({ token: TOKEN, rest: { api: discordFake.apiUrl } });
    const slack = new SlackPlatform({
      botToken: BOT,
      appToken: APP,
      signingSecret: 's',
      socketMode: true,
      port: 0,
      host: '127.0.0.1',
      slackApiUrl: slackFake.apiUrl,
      clock,
    });
    const { seedFromConfig } = await import('../../src/service.js');
    await seedFromConfig(store, config, clock.now());
    // first poll after the tenants set up their topics (matching happens when a story is read)
    await store.feeds.updateFeed(`${fixtures.origin}/global.rss`, { nextCheckAt: new Date('2026-11-27T11:41:00Z') });
    service = new Service({ config, store, clock, platforms: [discord, slack], live: false, http: false });
    await service.start();
    await discord.registerCommands(GUILD);
    await slackFake.waitForSocket();
  });

  afterAll(async () => {
    await service?.stop();
    await discordFake?.close();
    await slackFake?.close();
    await fixtures?.close();
  });

  it("a feed guild A adds never reaches workspace B's digest or lists; a shared topic id stays two topics", async () => {
    // replies name the command of the platform they are shown on
    expect((await inA('wirewatch', 'status')).messages[0].content).toContain('Start one with `/digest subscribe`.');
    expect((await inB('status')).text).toContain('Start one with `/wirewatch subscribe`.');
    expect((await inA('watch', 'add', { topic: 'unmik', term: 'UNMIK' })).messages[0].content).toContain('now watches');
    expect((await inA('feed', 'add', { url: `${fixtures.origin}/private.rss` })).messages[0].content).toContain('Added');
    expect((await inA('digest', 'subscribe', { time: '12:00', timezone: 'UTC' })).messages[0].ephemeral).toBe(false);

    expect((await inB('watch add unmik Kharchenko name="B unmik"')).text).toContain('now watches');
    expect((await inB('watch add dialogue Brussels name="B dialogue"')).text).toContain('now watches');
    expect((await inB('subscribe 12:00 UTC')).response_type).toBe('in_channel');

    // B's lists: the global feed only; its topics only
    const feedsB = (await inB('feed list')).text;
    expect(feedsB).toContain('global.rss');
    expect(feedsB).not.toContain('private.rss');
    expect((await inB('watch list')).text).not.toContain('`UNMIK`');

    await tickAt('2026-11-27T11:41:00Z');
    expect(new Set((await store.items.itemsInWindow(new Date(0), clock.now())).map((i) => i.feedUrl)).size).toBe(2);
    await tickAt('2026-11-27T12:00:00Z');

    const postedA = JSON.stringify(discordFake.messages(NEWS_A).map((m) => m.embeds));
    expect(postedA).toContain('Private desk: UNMIK report');
    expect(postedA).toContain('Brussels talks resume');

    const postedB = slackFake.messages(NEWS_B);
    expect(postedB).toHaveLength(1);
    const blocksB = JSON.stringify(postedB[0].blocks);
    expect(blocksB).toContain('Brussels talks resume');
    expect(blocksB).not.toContain('Private desk');
    expect(blocksB).not.toContain('B unmik'); // the global story is filed under B's `dialogue`, not under A's `unmik`

    // the same selection the scheduler made, seen through the service for each tenant
    const subB = (await store.subscriptions.findSubscription('slack', TEAM, NEWS_B))!;
    const digestB = await service.composeFor(subB, { start: new Date('2026-11-26T00:00:00Z'), end: new Date('2026-11-28T00:00:00Z') });
    expect(digestB.sections.map((s) => s.topicId)).toEqual(['dialogue']);
    expect(digestB.sections.flatMap((s) => s.entries.map((e) => e.title))).toEqual(['Brussels talks resume with UNMIK observers']);
  });

  it('/digest now counts as a delivery: posted once with a ledger row and nonce; the next scheduled digest does not repeat it', async () => {
    writeFileSync(
      join(dir, 'private.rss'),
      PRIVATE_FEED.replace(/a-1/g, 'a-2')
        .replace('Private desk: UNMIK report reaches the council', 'Private desk: UNMIK mandate renewed')
        // A new story, not the first one retitled: the same text would be the same story, never posted twice (digest/repeats.ts).
        .replace(
          'The UNMIK report reached the Security Council on Friday. Diplomats in Brussels said the dialogue would resume. The report runs to forty pages and covers six months of the mission.',
          'The Security Council renewed the UNMIK mandate on Friday afternoon. The vote was unanimous, and the mission keeps its budget for another year.',
        )
        .replace('27 Nov 2026 09:00', '27 Nov 2026 14:00'),
    );
    await tickAt('2026-11-27T14:20:00Z');
    clock.set('2026-11-27T14:30:00Z');
    const before = discordFake.messages(NEWS_A).length;
    const reply = await inA('digest', 'now');
    expect(reply.messages[0].ephemeral).toBe(true);
    expect(reply.messages[0].content).toMatch(/^Posted 1 story since .* The next scheduled digest \(.*\) starts from now, so it will not repeat them\.$/);
    const posted = discordFake.messages(NEWS_A);
    expect(posted).toHaveLength(before + 1);
    expect(JSON.stringify(posted.at(-1)!.embeds)).toContain('UNMIK mandate renewed');
    const sub = (await store.subscriptions.findSubscription('discord', GUILD, NEWS_A))!;
    const row = (await store.deliveries.listDeliveries(sub.id)).at(-1)!;
    expect(row).toMatchObject({ kind: 'digest', state: 'sent', messageIds: [posted.at(-1)!.id] });
    expect(row.subject.endsWith('/2026-11-27T14:30:00.000Z')).toBe(true);
    expect(posted.at(-1)!.nonce).toBe(row.idempotencyKey);
    expect(sub.lastWindowEnd?.toISOString()).toBe('2026-11-27T14:30:00.000Z');
    // the next scheduled digest has nothing new: nothing is posted (postEmpty off), the story is not repeated
    await tickAt('2026-11-28T12:00:00Z');
    expect(discordFake.messages(NEWS_A)).toHaveLength(before + 1);
    expect((await inA('digest', 'now')).messages[0].content).toMatch(/^Nothing new for this channel since/);
  });

  it('workspace B adding the same URL joins it without learning who else reads it; removing it leaves A untouched', async () => {
    const added = await inB(`feed add ${fixtures.origin}/private.rss`);
    expect(added.text).toContain('Added');
    expect((await inB('feed list')).text).toContain('private.rss');
    expect((await inB(`feed remove ${fixtures.origin}/private.rss`)).text).toContain('Removed');
    expect((await inB('feed list')).text).not.toContain('private.rss');
    expect((await store.feeds.listFeeds(GUILD)).map((f) => f.url)).toContain(`${fixtures.origin}/private.rss`);
    const listA = (await inA('feed', 'list')).messages[0].content;
    expect(listA).toContain('private.rss');
  });
});
