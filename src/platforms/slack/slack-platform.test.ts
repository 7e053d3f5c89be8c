import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack, type FakeSlackUser } from '../../../test/fakes/slack/fake-slack.js';
import type { Command, CommandReply } from '../../commands/command.js';
import type { SlackMessagePayload } from '../../digest/render/slack/render.js';
import type { Digest } from '../../model/digest.js';
import { ManualClock } from '../../model/clock.js';
import { PlatformError } from '../platform.js';
import { RETRY_CONFIG, SlackPlatform } from './slack-platform.js';

const BOT = 'xoxb-test-bot';
const APP = 'xapp-test-app';
const SECRET = 'signing-secret-test';
const TEAM = 'T0TEAM0001';
const NEWS = 'C0NEWS0001';
const OUTSIDE = 'C0OUTSIDE1';
const admin: FakeSlackUser = { id: 'U0ADMIN001', name: 'editor', isAdmin: true };
const owner: FakeSlackUser = { id: 'U0OWNER001', name: 'owner', isOwner: true };
const member: FakeSlackUser = { id: 'U0MEMBER01', name: 'reader' };
const listed: FakeSlackUser = { id: 'U0LISTED01', name: 'listed' };

function payload(title: string): SlackMessagePayload {
  return { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } }], text: title, unfurl_links: false, unfurl_media: false };
}

const target = { platform: 'slack' as const, workspace: TEAM, channel: NEWS };

for (const mode of ['socket', 'http'] as const) {
  describe(`SlackPlatform (${mode} mode) against the fake Slack`, () => {
    let fake: FakeSlack;
    let platform: SlackPlatform;
    const seen: Command[] = [];
    let answer: (c: Command) => Promise<CommandReply> = async () => ({ text: 'ok', ephemeral: true });
    const clock = new ManualClock('2026-11-27T10:00:00Z');

    const run = (user: FakeSlackUser, text: string, responses = 1) =>
      mode === 'socket'
        ? fake.slashCommand({ user, channel: NEWS, text, responses })
        : fake.postSignedCommand(`http://127.0.0.1:${platform.httpPort}/slack/events`, { user, channel: NEWS, text, responses }, { secret: SECRET });

    beforeAll(async () => {
      fake = await FakeSlack.start({ botToken: BOT, appToken: APP, teamId: TEAM, users: [admin, owner, member, listed], channels: [NEWS] });
      platform = new SlackPlatform({
        botToken: BOT,
        appToken: APP,
        signingSecret: SECRET,
        socketMode: mode === 'socket',
        port: 0,
        host: '127.0.0.1',
        slackApiUrl: fake.apiUrl,
        adminUserIds: [listed.id],
        clock,
        pacing: { intervalMs: 20 },
        socketPingTimeoutMs: 1000,
      });
      platform.onCommand(async (c) => {
        seen.push(c);
        return answer(c);
      });
      await platform.start();
      if (mode === 'socket') await fake.waitForSocket();
    });

    afterAll(async () => {
      await platform?.stop();
      await fake?.close();
    });

    it('sets the Web API retry policy explicitly (no 30-minute default) and rejects rate-limited calls', () => {
      const client = platform.app.client as unknown as { retryConfig: unknown; rejectRateLimitedCalls: boolean };
      expect(client.retryConfig).toEqual(RETRY_CONFIG);
      expect(client.rejectRateLimitedCalls).toBe(true);
    });

    it('verified the bot token on start and connected in its mode', () => {
      expect(fake.callsOf('auth.test').length).toBeGreaterThan(0);
      if (mode === 'socket') {
        expect(fake.callsOf('apps.connections.open')).toHaveLength(1);
        expect(fake.socketCount).toBe(1);
        expect(platform.httpPort).toBeNull();
      } else {
        expect(fake.callsOf('apps.connections.open')).toHaveLength(0);
        expect(platform.httpPort).toBeGreaterThan(0);
      }
    });

    it('acks a slash command, runs the neutral command with its options, answers through response_url', async () => {
      seen.length = 0;
      answer = async () => ({ text: 'Subscribed **this channel** <@U123> & more', ephemeral: false });
      const result = await run(member, 'subscribe kosovo,serbia 08:30 weekdays Europe/Belgrade');
      expect(result.ack.status).toBe(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        name: 'subscribe',
        platform: 'slack',
        workspace: TEAM,
        channel: NEWS,
        invoker: { userId: member.id, canManageSubscriptions: true, canEditWatchlists: false },
        options: { topics: 'kosovo,serbia', time: '08:30 weekdays', timezone: 'Europe/Belgrade' },
      });
      expect(result.responses).toHaveLength(1);
      expect(result.responses[0]).toMatchObject({ response_type: 'in_channel', replace_original: false });
      expect(result.responses[0].text).toBe('Subscribed *this channel* &lt;@U123&gt; &amp; more');
      if (mode === 'socket') {
        expect(fake.acks.get([...fake.acks.keys()].at(-1)!)).toHaveLength(1);
        expect(fake.respondedBeforeAck).toEqual([]);
      }
    });

    it('checks admins with users.info (admin, owner, configured user) and refuses the others', async () => {
      seen.length = 0;
      answer = async (c) => ({
        text: c.invoker.canEditWatchlists ? 'added' : 'Only workspace admins can edit watchlists.',
        ephemeral: !c.invoker.canEditWatchlists,
      });
      const before = fake.callsOf('users.info').length;
      for (const u of [admin, owner, listed, member]) await run(u, 'watch add kosovo "Resolution 1244" name="Resolution 1244"');
      expect(seen.map((c) => [c.invoker.userId, c.invoker.canEditWatchlists])).toEqual([
        [admin.id, true],
        [owner.id, true],
        [listed.id, true],
        [member.id, false],
      ]);
      expect(seen[0].options).toEqual({ topic: 'kosovo', term: '"Resolution 1244"', name: 'Resolution 1244' });
      // the configured user needs no lookup; answers are cached
      expect(
        fake
          .callsOf('users.info')
          .slice(before)
          .map((c) => c.params.user),
      ).toEqual([admin.id, owner.id, member.id]);
      await run(admin, 'watch remove kosovo');
      expect(fake.callsOf('users.info').length).toBe(before + 3);
      clock.advance(10 * 60_000);
      await run(admin, 'watch remove kosovo');
      expect(fake.callsOf('users.info').length).toBe(before + 4);
    });

    it.runIf(mode === 'socket')('reconnects when Slack asks it to (disconnect: refresh_requested) and keeps answering', async () => {
      const opened = fake.connectionsOpened;
      const opens = fake.callsOf('apps.connections.open').length;
      fake.disconnectSockets();
      await fake.waitForConnections(opened + 1);
      expect(fake.callsOf('apps.connections.open')).toHaveLength(opens + 1);
      answer = async () => ({ text: 'still here', ephemeral: true });
      const r = await run(member, 'status');
      expect(r.responses[0].text).toBe('still here');
    });

    it('answers help and parse errors itself, ephemeral, without calling the handler', async () => {
      seen.length = 0;
      const help = await run(member, 'help');
      expect(help.responses[0].response_type).toBe('ephemeral');
      expect(help.responses[0].text).toContain('/wirewatch watch add <topic> <term>');
      const bad = await run(member, 'frobnicate now');
      expect(bad.responses[0]).toMatchObject({ response_type: 'ephemeral' });
      expect(bad.responses[0].text).toContain('Unknown command `frobnicate`');
      expect(seen).toHaveLength(0);
    });

    it('posts payloads with Block Kit, unfurls off and the delivery key in metadata; findPosted finds them', async () => {
      const refs = await platform.post(target, [payload('one'), payload('two')], { idempotencyKey: `k-${mode}-1` });
      const posted = fake.messages(NEWS).slice(-2);
      expect(refs.map((r) => r.id)).toEqual(posted.map((m) => m.ts));
      expect(posted.map((m) => m.metadata)).toEqual([
        { event_type: 'wirewatch_digest', event_payload: { key: `k-${mode}-1`, part: 1, parts: 2 } },
        { event_type: 'wirewatch_digest', event_payload: { key: `k-${mode}-1`, part: 2, parts: 2 } },
      ]);
      expect(posted.every((m) => m.unfurl_links === false && m.unfurl_media === false)).toBe(true);
      expect(JSON.stringify(posted[0].blocks.at(-1))).toContain(`wirewatch • k-${mode}-1`);
      expect(await platform.findPosted(target, `k-${mode}-1`)).toEqual(refs);
      expect(fake.callsOf('conversations.history').at(-1)!.params).toMatchObject({ channel: NEWS, include_all_metadata: true });
      expect(await platform.findPosted(target, 'never-posted')).toEqual([]);
    });

    it('a ratelimited post throws PlatformError with Retry-After; the retry posts only the missing parts', async () => {
      const before = fake.messages(NEWS).length;
      const key = `k-${mode}-rl`;
      // the first part goes out, the second is rate limited
      fake.rateLimitNext('chat.postMessage', 1, 7, 1);
      await expect(platform.post(target, [payload('a'), payload('b')], { idempotencyKey: key })).rejects.toMatchObject({
        code: 'slack_ratelimited',
        permanent: false,
        retryAfterMs: 7000,
      });
      expect(fake.messages(NEWS).length).toBe(before + 1);
      const again = await platform.post(target, [payload('a'), payload('b')], { idempotencyKey: key });
      const mine = fake.messages(NEWS).filter((m) => m.metadata?.event_payload.key === key);
      expect(mine.map((m) => m.metadata!.event_payload.part)).toEqual([1, 2]);
      expect(again.map((r) => r.id)).toEqual(mine.map((m) => m.ts));
    });

    it('after a restart, a half-posted delivery is found half in history and only the rest is posted', async () => {
      const key = `k-${mode}-half`;
      fake.rateLimitNext('chat.postMessage', 1, 1, 1);
      await expect(platform.post(target, [payload('p1'), payload('p2')], { idempotencyKey: key })).rejects.toBeInstanceOf(PlatformError);
      const restarted = new SlackPlatform({
        botToken: BOT,
        appToken: APP,
        signingSecret: SECRET,
        socketMode: mode === 'socket',
        slackApiUrl: fake.apiUrl,
        pacing: { intervalMs: 20 },
      });
      expect(await restarted.findPosted(target, key)).toBeNull();
      await restarted.post(target, [payload('p1'), payload('p2')], { idempotencyKey: key });
      expect(
        fake
          .messages(NEWS)
          .filter((m) => m.metadata?.event_payload.key === key)
          .map((m) => m.metadata!.event_payload.part),
      ).toEqual([1, 2]);
      expect((await restarted.findPosted(target, key))!.map((r) => r.id)).toEqual(
        fake
          .messages(NEWS)
          .filter((m) => m.metadata?.event_payload.key === key)
          .map((m) => m.ts),
      );
    });

    it('not_in_channel, channel_not_found, is_archived are permanent; other errors are not', async () => {
      for (const error of ['not_in_channel', 'channel_not_found', 'is_archived']) {
        fake.setChannelError(NEWS, error);
        await expect(platform.post(target, [payload('x')], { idempotencyKey: `p-${error}` })).rejects.toMatchObject({
          code: `slack_${error}`,
          permanent: true,
        });
      }
      fake.setChannelError(NEWS, 'internal_error');
      await expect(platform.post(target, [payload('x')], { idempotencyKey: 'p-internal' })).rejects.toMatchObject({
        code: 'slack_internal_error',
        permanent: false,
      });
      fake.setChannelError(NEWS, null);
    });

    it('findPosted cannot tell (null) when the history is unreadable (not a member)', async () => {
      expect(await platform.findPosted({ ...target, channel: OUTSIDE }, 'k')).toBeNull();
    });

    it('findPosted throws on a passing failure (ratelimited) instead of letting the dispatcher re-send blind', async () => {
      fake.rateLimitNext('conversations.history', 1, 12);
      await expect(platform.findPosted(target, 'k')).rejects.toMatchObject({ code: 'slack_ratelimited', retryAfterMs: 12_000 });
      expect(await platform.findPosted(target, 'k')).toEqual([]);
    });
  });
}

describe('SlackPlatform replies and failures without Slack', () => {
  const digestStub = { sections: [] } as unknown as Digest;
  const make = (parts: number) =>
    new SlackPlatform({ botToken: BOT, appToken: APP, renderDigest: () => Array.from({ length: parts }, (_, i) => payload(`part ${i + 1}`)) });

  it('a digest reply opens with the text, continues over further response_url messages, at most 5', () => {
    const two = make(2).replyMessages({ text: '2 stories (preview, only you see this):', ephemeral: true, digest: digestStub });
    expect(two.map((m) => m.response_type)).toEqual(['ephemeral', 'ephemeral']);
    const first = two[0] as { blocks: { type: string; text?: { text: string } }[] };
    expect(first.blocks[0].text!.text).toBe('2 stories (preview, only you see this):');
    expect(JSON.stringify(first.blocks[1])).toContain('part 1');
    expect(JSON.stringify(two[1])).toContain('part 2');
    const seven = make(7).replyMessages({ text: 'x', ephemeral: false, digest: digestStub });
    expect(seven).toHaveLength(5);
    expect(seven.every((m) => m.response_type === 'in_channel')).toBe(true);
    expect(JSON.stringify(seven[4])).toContain('and 2 more messages');
  });

  it('a network failure is a passing (not permanent) slack_network error', async () => {
    // a port that was just free: nothing listens there
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const down = new SlackPlatform({ botToken: BOT, appToken: APP, slackApiUrl: `http://127.0.0.1:${port}/api/`, pacing: { intervalMs: 0 } });
    await expect(down.post(target, [payload('x')], { idempotencyKey: 'net' })).rejects.toMatchObject({
      code: 'slack_network',
      permanent: false,
      retryAfterMs: null,
    });
    await expect(down.findPosted(target, 'net')).rejects.toMatchObject({ code: 'slack_network' });
  });
});

describe('SlackPlatform HTTP receiver request verification', () => {
  let fake: FakeSlack;
  let platform: SlackPlatform;
  let handled = 0;

  beforeAll(async () => {
    fake = await FakeSlack.start({ botToken: BOT, appToken: APP, teamId: TEAM, users: [member], channels: [NEWS] });
    platform = new SlackPlatform({ botToken: BOT, signingSecret: SECRET, socketMode: false, port: 0, host: '127.0.0.1', slackApiUrl: fake.apiUrl });
    platform.onCommand(async () => {
      handled++;
      return { text: 'ok', ephemeral: true };
    });
    await platform.start();
  });

  afterAll(async () => {
    await platform?.stop();
    await fake?.close();
  });

  const url = () => `http://127.0.0.1:${platform.httpPort}/slack/events`;
  const input = { user: member, channel: NEWS, text: 'status', responses: 0 };

  it('accepts a correctly signed, fresh request', async () => {
    const ok = await fake.postSignedCommand(url(), { ...input, responses: 1 }, { secret: SECRET });
    expect(ok.ack.status).toBe(200);
    expect(ok.responses[0].text).toBe('ok');
    expect(handled).toBe(1);
  });

  it('refuses unsigned, forged and stale (> 5 minutes) requests without running the command', async () => {
    const unsigned = await fake.postSignedCommand(url(), input, { secret: SECRET, sign: false });
    const forged = await fake.postSignedCommand(url(), input, { secret: SECRET, signWith: 'not-the-secret' });
    const stale = await fake.postSignedCommand(url(), input, { secret: SECRET, timestampSec: Math.floor(Date.now() / 1000) - 6 * 60 });
    const future = await fake.postSignedCommand(url(), input, { secret: SECRET, timestampSec: Math.floor(Date.now() / 1000) - 4 * 60 });
    expect([unsigned.ack.status, forged.ack.status, stale.ack.status]).toEqual([401, 401, 401]);
    // four minutes old is inside the replay window
    expect(future.ack.status).toBe(200);
    expect(handled).toBe(2);
  });

  it('refuses a validly signed request stamped more than 5 minutes in the future (issue 24)', async () => {
    const before = handled;
    const ahead = await fake.postSignedCommand(url(), input, { secret: SECRET, timestampSec: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect(ahead.ack.status).toBe(401);
    const slightlyAhead = await fake.postSignedCommand(url(), { ...input, responses: 1 }, { secret: SECRET, timestampSec: Math.floor(Date.now() / 1000) + 60 });
    expect(slightlyAhead.ack.status).toBe(200);
    expect(handled).toBe(before + 1);
  });

  it('needs the signing secret in HTTP mode and the app token in Socket Mode', () => {
    expect(() => new SlackPlatform({ botToken: BOT, socketMode: false })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => new SlackPlatform({ botToken: BOT })).toThrow(/SLACK_APP_TOKEN/);
    expect(() => new SlackPlatform({ botToken: '', appToken: APP })).toThrow(/SLACK_BOT_TOKEN/);
  });
});
