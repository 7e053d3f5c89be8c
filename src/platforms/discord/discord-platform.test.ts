import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, waitFor, type FakeUser } from '../../../test/fakes/discord/fake-discord.js';
import type { Command, CommandReply } from '../../commands/command.js';
import type { DiscordMessagePayload } from '../../digest/render/discord/render.js';
import { PlatformError } from '../platform.js';
import { DiscordPlatform, nonceFor } from './discord-platform.js';

const TOKEN = 'fake-token-abc';
const GUILD = '2000000000000000001';
const CHANNEL = '2000000000000000011';
const DENIED = '2000000000000000012';
const ADMIN_ROLE = '2000000000000000099';
const alice: FakeUser = { id: '3000000000000000001', username: 'alice' };
const bob: FakeUser = { id: '3000000000000000002', username: 'bob' };

function payload(title: string): DiscordMessagePayload {
  return { content: `**${title}**`, embeds: [{ title, description: 'story' }], allowed_mentions: { parse: [] } };
}

describe('DiscordPlatform against the fake Discord', () => {
  let fake: FakeDiscord;
  let platform: DiscordPlatform;
  const seen: Command[] = [];
  let answer: (c: Command) => Promise<CommandReply> = async () => ({ text: 'ok', ephemeral: true });

  beforeAll(async () => {
    fake = await FakeDiscord.start({
      token: TOKEN,
      heartbeatIntervalMs: 250,
      guilds: [
        {
          id: GUILD,
          name: 'Newsroom',
          ownerId: alice.id,
          roles: [{ id: ADMIN_ROLE, name: 'wirewatch admin', permissions: '0' }],
          channels: [
            { id: CHANNEL, name: 'news' },
            { id: DENIED, name: 'locked' },
          ],
        },
      ],
    });
    platform = new DiscordPlatform({ token: TOKEN, rest: { api: fake.apiUrl }, adminRoleIds: [ADMIN_ROLE], adminUserIds: [bob.id], deferAfterMs: 200 });
    platform.onCommand(async (c) => {
      seen.push(c);
      return answer(c);
    });
    platform.onAutocomplete(async (req) => [{ name: `topic ${req.prefix}x`, value: `${req.prefix}x` }]);
    await platform.start();
    await platform.registerCommands(GUILD);
  });

  afterAll(async () => {
    await platform?.stop();
    await fake?.close();
  });

  it('is ready with every guild of READY received (GUILD_CREATE)', () => {
    expect(platform.client.isReady()).toBe(true);
    expect([...platform.client.guilds.cache.keys()]).toEqual([GUILD]);
    expect(platform.client.guilds.cache.get(GUILD)!.available).toBe(true);
    expect(platform.client.application?.id).toBe(fake.applicationId);
  });

  it('registers the command family with default member permissions', () => {
    const cmds = Object.fromEntries(fake.registeredCommands(GUILD).map((c) => [c.name, c.default_member_permissions]));
    expect(cmds).toEqual({
      digest: String(PermissionFlagsBits.ManageChannels),
      watch: String(PermissionFlagsBits.ManageGuild),
      feed: String(PermissionFlagsBits.ManageGuild),
      wirewatch: null,
    });
  });

  it('turns an interaction into a neutral command with server-side permissions', async () => {
    seen.length = 0;
    const r = await fake.invoke({
      guildId: GUILD,
      channelId: CHANNEL,
      user: alice,
      permissions: PermissionFlagsBits.ManageChannels | PermissionFlagsBits.SendMessages,
      command: 'watch',
      subcommand: 'add',
      options: { topic: 'kosovo', term: 'Kurti' },
    });
    expect(seen[0]).toMatchObject({
      name: 'watch add',
      platform: 'discord',
      workspace: GUILD,
      channel: CHANNEL,
      invoker: { userId: alice.id, canEditWatchlists: false, canManageSubscriptions: true },
      options: { topic: 'kosovo', term: 'Kurti' },
    });
    expect(r.messages[0]).toMatchObject({ content: 'ok', ephemeral: true, allowedMentions: { parse: [] } });

    seen.length = 0;
    await fake.invoke({ guildId: GUILD, channelId: CHANNEL, user: alice, permissions: 0n, roles: [ADMIN_ROLE], command: 'wirewatch', subcommand: 'watchlist' });
    expect(seen[0]).toMatchObject({ name: 'watch list', invoker: { canEditWatchlists: true, canManageSubscriptions: true } });

    seen.length = 0;
    await fake.invoke({ guildId: GUILD, channelId: CHANNEL, user: bob, permissions: 0n, command: 'feed', subcommand: 'list' });
    expect(seen[0]).toMatchObject({ name: 'feed list', invoker: { userId: bob.id, canEditWatchlists: true, canManageSubscriptions: true } });

    seen.length = 0;
    await fake.invoke({
      guildId: GUILD,
      channelId: CHANNEL,
      user: alice,
      permissions: PermissionFlagsBits.Administrator,
      command: 'digest',
      subcommand: 'now',
      options: { preview: true },
    });
    expect(seen[0]).toMatchObject({ name: 'digest', options: { preview: 'true' }, invoker: { canEditWatchlists: true } });
  });

  it('downloads an uploaded OPML file and passes its text', async () => {
    seen.length = 0;
    const opml = '<?xml version="1.0"?><opml version="2.0"><body><outline text="Vesti ž" xmlUrl="https://a.example/rss"/></body></opml>';
    const r = await fake.invoke({
      guildId: GUILD,
      channelId: CHANNEL,
      user: bob,
      permissions: 0n,
      command: 'feed',
      subcommand: 'import',
      options: { file: { filename: 'feeds.opml', content: opml } },
    });
    expect(seen[0]).toMatchObject({ name: 'feed import', options: { opml } });
    expect(seen[0].options.url).toBeUndefined();
    expect(r.callbacks[0].type).toBe(5); // deferred before the download
    expect(fake.requests.some((q) => q.path.startsWith('/attachments/') && q.path.endsWith('/feeds.opml'))).toBe(true);
  });

  it('defers slow answers and edits the deferred reply; public answers after a private deferral follow up', async () => {
    answer = async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { text: 'slow but done', ephemeral: true };
    };
    const r = await fake.invoke({ guildId: GUILD, channelId: CHANNEL, user: alice, permissions: 0n, command: 'wirewatch', subcommand: 'status' });
    expect(r.callbacks[0].type).toBe(5);
    expect(r.messages[0]).toMatchObject({ content: 'slow but done', ephemeral: true });

    answer = async () => ({ text: 'Something went wrong', ephemeral: true });
    const e = await fake.invoke({
      guildId: GUILD,
      channelId: CHANNEL,
      user: alice,
      permissions: PermissionFlagsBits.ManageChannels,
      command: 'digest',
      subcommand: 'now',
    });
    // `/digest now` is deferred privately (the digest itself is posted as a channel message; the answer is a private confirmation)
    expect(e.callbacks[0]).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(e.messages[0]).toMatchObject({ content: 'Something went wrong', ephemeral: true });
    // a public answer after a private deferral: the placeholder says Done., the answer follows up in public
    answer = async () => ({ text: 'Public news', ephemeral: false });
    const p = await fake.invoke(
      { guildId: GUILD, channelId: CHANNEL, user: alice, permissions: PermissionFlagsBits.ManageChannels, command: 'digest', subcommand: 'now' },
      1,
    );
    expect(p.messages[0]).toMatchObject({ content: 'Done.', ephemeral: true });
    expect(p.messages[1]).toMatchObject({ content: 'Public news', ephemeral: false });
    answer = async () => ({ text: 'ok', ephemeral: true });
  });

  it('autocompletes topic ids, keeping earlier entries of a list', async () => {
    const r = await fake.invoke({
      guildId: GUILD,
      channelId: CHANNEL,
      user: alice,
      permissions: 0n,
      command: 'digest',
      subcommand: 'subscribe',
      options: { topics: 'serbia,ko' },
      focused: 'topics',
    });
    expect(r.callbacks[0].type).toBe(8);
    expect(r.choices).toEqual([{ name: 'topic kox', value: 'serbia,kox' }]);
  });

  it('posts with nonce, enforce_nonce, no mentions and the key in the footer; survives a 429; a retry posts nothing new', async () => {
    fake.rateLimitNext('POST', /^\/channels\/\d+\/messages$/, 1, 0.05);
    const key = 'ww0abc123def456g1';
    const refs = await platform.post({ platform: 'discord', workspace: GUILD, channel: CHANNEL }, [payload('one'), payload('two')], { idempotencyKey: key });
    expect(refs).toHaveLength(2);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`);
    expect(posts.map((p) => p.status)).toEqual([429, 200, 200]);
    const msgs = fake.messages(CHANNEL);
    expect(msgs.map((m) => m.id)).toEqual(refs.map((r) => r.id));
    expect(msgs.map((m) => m.nonce)).toEqual([nonceFor(key, 0), nonceFor(key, 1)]);
    for (const p of posts.slice(1)) expect(p.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(msgs.map((m) => (m.embeds.at(-1) as { footer?: { text: string } }).footer?.text)).toEqual([`wirewatch • ${key} · 1/2`, `wirewatch • ${key} · 2/2`]);

    // the dispatcher retries after a lost response: the nonces return the same messages
    const again = await platform.post({ platform: 'discord', workspace: GUILD, channel: CHANNEL }, [payload('one'), payload('two')], { idempotencyKey: key });
    expect(again).toEqual(refs);
    expect(fake.messages(CHANNEL)).toHaveLength(2);

    expect(await platform.findPosted({ platform: 'discord', workspace: GUILD, channel: CHANNEL }, key)).toEqual(refs);
    expect(await platform.findPosted({ platform: 'discord', workspace: GUILD, channel: CHANNEL }, 'ww0other')).toEqual([]);
  });

  it('keeps the gateway alive: heartbeats are acknowledged', async () => {
    await waitFor(() => fake.gatewayMessages.filter((m) => m.op === 1).length >= 2, 10_000, 'two heartbeats');
    expect(fake.connectedSessions).toBe(1);
    expect(platform.client.isReady()).toBe(true);
  });

  it('a delivery that failed half-way is completed without repeating its first part, even after the nonce window', async () => {
    const target = { platform: 'discord' as const, workspace: GUILD, channel: CHANNEL };
    const key = 'ww0half000000000a';
    const before = fake.messages(CHANNEL).length;
    const postPath = new RegExp(`^/channels/${CHANNEL}/messages$`);
    fake.failNext('POST', postPath, 403, 50013, 'Missing Permissions', { skip: 1 });
    await expect(platform.post(target, [payload('a'), payload('b'), payload('c')], { idempotencyKey: key })).rejects.toMatchObject({
      code: 'discord_50013',
      permanent: true,
    });
    const partial = fake.messages(CHANNEL).slice(before);
    expect(partial).toHaveLength(1);
    expect(await platform.findPosted(target, key)).toBeNull(); // some parts only: cannot say "posted"

    fake.expireNonces(); // hours later: Discord no longer knows the nonce
    const refs = await platform.post(target, [payload('a'), payload('b'), payload('c')], { idempotencyKey: key });
    const all = fake.messages(CHANNEL).slice(before);
    expect(all.map((m) => m.embeds[0].title)).toEqual(['a', 'b', 'c']);
    expect(refs.map((r) => r.id)).toEqual(all.map((m) => m.id));
    expect(refs[0].id).toBe(partial[0].id);
    expect(await platform.findPosted(target, key)).toEqual(refs);
  });

  it('nonces stay within 25 characters and differ per message', () => {
    const long = 'w'.repeat(25);
    const nonces = [0, 1, 2].map((i) => nonceFor(long, i));
    expect(new Set(nonces).size).toBe(3);
    for (const n of nonces) expect(n.length).toBeLessThanOrEqual(25);
  });

  it('maps Missing Permissions / Missing Access to permanent platform errors; findPosted cannot tell', async () => {
    for (const code of [50013, 50001] as const) {
      fake.setChannelError(DENIED, code);
      const err = await platform
        .post({ platform: 'discord', workspace: GUILD, channel: DENIED }, [payload('x')], { idempotencyKey: `wwdenied${code}` })
        .catch((e) => e);
      expect(err).toBeInstanceOf(PlatformError);
      expect(err).toMatchObject({ code: `discord_${code}`, permanent: true });
      expect(err.message).toMatch(code === 50013 ? /Missing Permissions/ : /Missing Access/);
      expect(await platform.findPosted({ platform: 'discord', workspace: GUILD, channel: DENIED }, 'wwx')).toBeNull();
    }
    fake.setChannelError(DENIED, null);
  });
});
