/**
 * Admin notices end to end (one service, fake Discord and fake Slack on 127.0.0.1, injected clock):
 * - Discord: a subscription that chose no notice channel is paused by 50013; the server's system
 *   channel hears it once, in words, with the fix (`/digest subscribe`, the permissions to grant);
 *   later ticks and a restart's reconciliation add nothing; /readyz lists the paused subscription and
 *   stays 200.
 * - Slack: a subscription that chose `notices=<#C…>` hears once when its feed starts failing (past
 *   `polling.failingAfter`) and once when it recovers; a subscription without a notice channel that
 *   is removed from its channel gets the pause by DM to whoever subscribed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { Service, seedFromConfig } from '../../src/service.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';

const TOKEN = 'notices-bot-token';
const GUILD = '4200000000000000001';
const NEWS = '4200000000000000010';
const SYSTEM = '4200000000000000011';
const admin: FakeUser = { id: '5200000000000000001', username: 'editor' };
const MANAGE = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageChannels;
const BOT = 'xoxb-notices';
const APP = 'xapp-notices';
const TEAM = 'T0NOTICES1';
const DESK = 'C0NOTDESK1';
const OPS = 'C0NOTOPS01';
const OTHER = 'C0NOTOTHR1';
const editor: FakeSlackUser = { id: 'U0NOTEDIT1', name: 'editor', isAdmin: true };

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk Wire</title><link>{{BASE}}/</link><description>x</description>
<item><title>Resolution 1244 debated again</title><link>{{BASE}}/r1/</link><guid isPermaLink="false">r1</guid><pubDate>Fri, 27 Nov 2026 09:00:00 +0000</pubDate>
<description>The Security Council debated Resolution 1244 again on Friday. Diplomats said the talks were constructive. A new report is due in six months.</description></item>
</channel></rss>
`;

describe('admin notices (Discord system channel, Slack chosen channel and DM)', () => {
  const clock = new ManualClock('2026-11-27T11:40:00Z');
  const store = createMemoryStore({ clock });
  let dir = '';
  let fixtures: FixtureServer;
  let discordFake: FakeDiscord;
  let slackFake: FakeSlack;
  let service: Service;
  let config: ReturnType<typeof parseConfig>;

  const inDiscord = (sub: string, options: Record<string, string> = {}) =>
    discordFake.invoke({ guildId: GUILD, channelId: NEWS, user: admin, permissions: MANAGE, command: 'digest', subcommand: sub, options });
  const inSlack = async (channel: string, text: string) => (await slackFake.slashCommand({ user: editor, channel, text })).responses[0];
  const tickAt = async (iso: string) => {
    clock.set(iso);
    return service.tick(clock.now());
  };
  const startService = async () => {
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
    service = new Service({ config, store, clock, platforms: [discord, slack], live: false, http: true });
    await service.start();
    await slackFake.waitForSocket();
    return discord;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-notices-e2e-'));
    writeFileSync(join(dir, 'desk.rss'), FEED);
    writeFileSync(join(dir, 'global.rss'), FEED.replace(/r1/g, 'g1'));
    fixtures = await startFixtureServer(dir, 0);
    discordFake = await FakeDiscord.start({
      token: TOKEN,
      guilds: [
        {
          id: GUILD,
          name: 'Desk',
          ownerId: admin.id,
          systemChannelId: SYSTEM,
          channels: [
            { id: NEWS, name: 'news' },
            { id: SYSTEM, name: 'general' },
          ],
        },
      ],
    });
    slackFake = await FakeSlack.start({ botToken: BOT, appToken: APP, teamId: TEAM, users: [editor], channels: [DESK, OPS, OTHER] });
    config = parseConfig(
      [
        'fetch: { allowCidrs: [127.0.0.1/32], timeout: 10s }',
        'polling: { tick: 1m, interval: 15m, failingAfter: 1h, backoffMax: 20m }',
        'digests: { grace: 1h, shutdownTimeout: 5s, retryBase: 1s }',
        'http: { host: 127.0.0.1, port: 0 }',
        `console: { dir: ${join(dir, 'console')}, ledger: ledger.jsonl }`,
        `feeds: [${fixtures.origin}/global.rss]`,
        'topics: [{ id: resolution-1244, name: Resolution 1244, terms: ["Resolution 1244"] }]',
        '',
      ].join('\n'),
      'notices-e2e.yaml',
    );
    await seedFromConfig(store, config, clock.now());
    const discord = await startService();
    await discord.registerCommands(GUILD);
  });

  afterAll(async () => {
    await service?.stop();
    await discordFake?.close();
    await slackFake?.close();
    await fixtures?.close();
  });

  it('Discord: a pause is told once in the system channel, with the fix; /readyz lists it and stays ready', async () => {
    expect((await inDiscord('subscribe', { time: '12:00', timezone: 'UTC' })).messages[0].ephemeral).toBe(false);
    discordFake.setChannelError(NEWS, 50013);
    await tickAt('2026-11-27T12:00:00Z');
    expect((await store.subscriptions.findSubscription('discord', GUILD, NEWS))!.paused).toBe(true);
    const notices = discordFake.messages(SYSTEM);
    expect(notices).toHaveLength(1);
    const text = JSON.stringify(notices[0].embeds);
    expect(text).toContain(`<#${NEWS}>`);
    expect(text).toContain('Send Messages');
    expect(text).toContain('/digest subscribe');
    expect(text).not.toMatch(/`subscribe`/);

    await tickAt('2026-11-27T12:05:00Z');
    await tickAt('2026-11-28T12:00:00Z');
    expect(await service.dispatcher.reconcile()).toEqual({ found: 0, resent: 0, failed: 0 });
    expect(discordFake.messages(SYSTEM)).toHaveLength(1);

    const res = await fetch(`http://127.0.0.1:${service.httpPort}/readyz`);
    const body = (await res.json()) as { checks: { name: string; ok: boolean; detail?: string }[] };
    expect(res.status).toBe(200);
    const paused = body.checks.find((c) => c.name === 'subscriptions')!;
    expect(paused.ok).toBe(true);
    expect(paused.detail).toMatch(/^1 paused: .*50013/);
    discordFake.setChannelError(NEWS, null);
    expect((await inDiscord('subscribe')).messages[0].content).toContain('resumed');
  });

  it('Slack: a chosen notice channel hears once when a feed starts failing and once when it recovers', async () => {
    await tickAt('2026-11-29T08:00:00Z');
    expect((await inSlack(DESK, `feed add ${fixtures.origin}/desk.rss`)).text).toContain('Added');
    const subscribed = await inSlack(DESK, `subscribe 12:00 UTC notices=<#${OPS}|ops>`);
    expect(subscribed.text).toContain(`<#${OPS}>`);
    await tickAt('2026-11-29T08:01:00Z');
    expect((await store.feeds.getFeed(`${fixtures.origin}/desk.rss`))!.lastSuccessAt).not.toBeNull();

    rmSync(join(dir, 'desk.rss'));
    for (let m = 20; m <= 180; m += 10) await tickAt(new Date(Date.parse('2026-11-29T08:00:00Z') + m * 60_000).toISOString());
    const failing = slackFake.messages(OPS);
    expect(failing).toHaveLength(1);
    expect(failing[0].text).toMatch(/^Feed failing: The feed .*desk\.rss.* has been failing since 2026-11-29/);
    expect(failing[0].text).toContain('/wirewatch feed remove');
    expect(slackFake.messages(DESK)).toHaveLength(0);

    writeFileSync(join(dir, 'desk.rss'), FEED);
    for (let m = 190; m <= 260; m += 10) await tickAt(new Date(Date.parse('2026-11-29T08:00:00Z') + m * 60_000).toISOString());
    const after = slackFake.messages(OPS);
    expect(after).toHaveLength(2);
    expect(after[1].text).toMatch(/^Feed recovered: /);
    // the Discord guild does not read this feed: its system channel heard nothing of it
    expect(discordFake.messages(SYSTEM)).toHaveLength(1);
  });

  it('Slack: without a notice channel, a pause is told by DM to whoever subscribed', async () => {
    expect((await inSlack(OTHER, 'subscribe 18:00 UTC')).response_type).toBe('in_channel');
    writeFileSync(join(dir, 'desk.rss'), FEED.replace(/r1/g, 'r2').replace('27 Nov 2026 09:00', '29 Nov 2026 16:30'));
    await tickAt('2026-11-29T17:00:00Z');
    await tickAt('2026-11-29T17:40:00Z');
    slackFake.setChannelError(OTHER, 'not_in_channel');
    await tickAt('2026-11-29T18:00:00Z');
    const sub = (await store.subscriptions.findSubscription('slack', TEAM, OTHER))!;
    expect(sub.paused).toBe(true);
    const dm = slackFake.messages(`D${editor.id.slice(1)}`);
    expect(dm).toHaveLength(1);
    expect(dm[0].text).toContain(`<#${OTHER}>`);
    expect(dm[0].text).toContain('`/invite @wirewatch`');
    expect(dm[0].text).toContain('`/wirewatch subscribe`');
    await tickAt('2026-11-29T19:00:00Z');
    expect(slackFake.messages(`D${editor.id.slice(1)}`)).toHaveLength(1);
  });
});
