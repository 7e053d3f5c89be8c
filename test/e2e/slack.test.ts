/**
 * Slack end to end, in both modes: the whole service (`Service`: poller, analyzer, scheduler, dispatcher,
 * commands) with the Slack adapter (@slack/bolt unmodified) against the fake Slack (Web API, Socket Mode,
 * response_url on 127.0.0.1) and the bundled newsroom feeds (fixture server on 127.0.0.1), on an
 * injected clock. Socket Mode gets `slash_commands` envelopes; HTTP mode gets signed POSTs.
 * 1. An admin adds a watch term, a feed, and imports an OPML URL with `/wirewatch`; a member is refused.
 * 2. The channel subscribes; the feeds are polled; at the cron time the digest arrives as Block Kit
 *    with its delivery key in message metadata, exactly once, although the first post is `ratelimited`.
 * 3. The process dies after the next digest was posted but before the ledger was marked sent; the
 *    restarted service finds the message in `conversations.history` and posts nothing again.
 * 4. The app is removed from the channel: the next digest pauses the subscription with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSlack, type FakeSlackUser } from '../fakes/slack/fake-slack.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { ManualClock } from '../../src/model/clock.js';
import { SlackPlatform } from '../../src/platforms/slack/slack-platform.js';
import { Service } from '../../src/service.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';
import type { DeliveryStore, Store } from '../../src/store/store.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const BOT = 'xoxb-e2e-bot';
const APP = 'xapp-e2e-app';
const SECRET = 'e2e-signing-secret';
const TEAM = 'T0E2E00001';
const NEWS = 'C0E2ENEWS1';
const admin: FakeSlackUser = { id: 'U0E2EADMIN', name: 'editor', isAdmin: true };
const member: FakeSlackUser = { id: 'U0E2EREADR', name: 'reader' };

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

const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Newsroom</title></head><body>
<outline text="Wire" xmlUrl="{{BASE}}/wire-en.atom"/><outline text="KoSSev" xmlUrl="{{BASE}}/kossev-en.rss"/></body></opml>
`;

/** The store as the first process sees it: once `crash()` is called, the ledger cannot be written (the process is gone). */
function crashable(store: Store): { store: Store; crash(): void } {
  let dead = false;
  const deliveries = new Proxy(store.deliveries, {
    get(target, prop, receiver) {
      if (dead && (prop === 'markSent' || prop === 'markFailed')) {
        return async () => {
          throw new Error('simulated crash: the process died before writing the ledger');
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as DeliveryStore;
  return {
    store: {
      feeds: store.feeds,
      items: store.items,
      watchlists: store.watchlists,
      subscriptions: store.subscriptions,
      deliveries,
      speakers: store.speakers,
      close: async () => undefined,
    },
    crash: () => {
      dead = true;
    },
  };
}

for (const mode of ['socket', 'http'] as const) {
  describe(`Slack end to end, ${mode} mode (service + fake Slack)`, () => {
    const clock = new ManualClock('2026-11-27T11:40:00Z');
    const store = createMemoryStore({ clock });
    const first = crashable(store);
    let fixtures: FixtureServer;
    let feedsDir = '';
    let fake: FakeSlack;
    let config: Config;
    let slack: SlackPlatform;
    let service: Service;

    const makeSlack = () =>
      new SlackPlatform({
        botToken: BOT,
        appToken: APP,
        signingSecret: SECRET,
        socketMode: mode === 'socket',
        port: 0,
        host: '127.0.0.1',
        slackApiUrl: fake.apiUrl,
        clock,
      });
    const startService = async (s: Store) => {
      slack = makeSlack();
      service = new Service({ config, store: s, clock, platforms: [slack], live: false, http: false });
      await service.start();
      if (mode === 'socket') await fake.waitForSocket();
    };
    const as = async (user: FakeSlackUser, text: string) => {
      const input = { user, channel: NEWS, text };
      const result =
        mode === 'socket'
          ? await fake.slashCommand(input)
          : await fake.postSignedCommand(`http://127.0.0.1:${slack.httpPort}/slack/events`, input, { secret: SECRET });
      expect(result.ack.status).toBe(200);
      return result.responses[0];
    };
    const tickAt = async (iso: string) => {
      clock.set(iso);
      return service.tick(clock.now());
    };
    const subscription = async () => (await store.subscriptions.findSubscription('slack', TEAM, NEWS))!;

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), `ww-slack-e2e-${mode}-`));
      feedsDir = join(dir, 'feeds');
      cpSync(join(repo, 'config', 'demo'), feedsDir, { recursive: true });
      writeFileSync(join(dir, 'feeds', 'late.rss'), LATE_FEED);
      writeFileSync(join(dir, 'feeds', 'newsroom.opml'), OPML);
      fixtures = await startFixtureServer(join(dir, 'feeds'), 0);
      fake = await FakeSlack.start({ botToken: BOT, appToken: APP, teamId: TEAM, users: [admin, member], channels: [NEWS] });
      config = parseConfig(
        [
          'fetch: { allowCidrs: [127.0.0.1/32], timeout: 10s }',
          'polling: { tick: 1m, interval: 15m }',
          'digests: { grace: 1h, shutdownTimeout: 5s, retryBase: 1s }',
          `console: { dir: ${join(dir, 'console')}, ledger: ledger.jsonl }`,
          `slack: { mode: ${mode} }`,
          '',
        ].join('\n'),
        'slack-e2e.yaml',
      );
      await startService(first.store);
    });

    afterAll(async () => {
      await service?.stop();
      await fake?.close();
      await fixtures?.close();
    });

    it('an admin adds a watch term, a feed and an OPML import; a member is refused', async () => {
      const added = await as(admin, 'watch add resolution-1244 Resolution 1244 name="Resolution 1244"');
      expect(added.response_type).toBe('ephemeral');
      expect(added.text).toContain('New topic `resolution-1244` now watches `Resolution 1244`');

      const refused = await as(member, 'watch add resolution-1244 Kosovo');
      expect(refused.response_type).toBe('ephemeral');
      expect(refused.text).toBe('Only workspace admins can edit watchlists.');
      expect((await store.watchlists.listTopics(TEAM)).map((t) => [t.id, t.terms])).toEqual([['resolution-1244', ['Resolution 1244']]]);
      expect(fake.callsOf('users.info').map((c) => c.params.user)).toEqual([admin.id, member.id]);

      const feed = await as(admin, `feed add <${fixtures.origin}/kossev-en.rss>`);
      expect(feed.text).toContain('Added');
      const imported = await as(admin, `feed import ${fixtures.origin}/newsroom.opml`);
      expect(imported.text).toBe('Imported 1 feed, 1 already read.');
      expect((await store.feeds.listFeeds()).map((f) => [f.url, f.workspace]).sort()).toEqual([
        [`${fixtures.origin}/kossev-en.rss`, TEAM],
        [`${fixtures.origin}/wire-en.atom`, TEAM],
      ]);
      const list = await as(member, 'watch list');
      expect(list.text).toContain('resolution-1244');
    });

    it('the channel subscribes; the scheduled digest arrives as Block Kit exactly once despite ratelimited', async () => {
      const sub = await as(member, 'subscribe resolution-1244 12:00 UTC');
      expect(sub.response_type).toBe('in_channel');
      expect(sub.text).toContain('next 2026-11-27 12:00');

      const polled = await tickAt('2026-11-27T11:41:00Z');
      expect(polled.poll.polled).toBe(2);
      expect(polled.poll.newItems).toBeGreaterThan(0);
      await tickAt('2026-11-27T11:59:00Z');
      expect(fake.messages(NEWS)).toEqual([]);

      fake.rateLimitNext('chat.postMessage', 1, 30);
      await tickAt('2026-11-27T12:00:00Z');
      expect(fake.messages(NEWS)).toEqual([]);
      const [pending] = await store.deliveries.listDeliveries((await subscription()).id);
      expect(pending).toMatchObject({ state: 'pending', attempts: 1 });
      expect(pending.lastError).toMatch(/slack_ratelimited/);

      // before Retry-After nothing is retried; after it, exactly one post
      await tickAt('2026-11-27T12:00:20Z');
      expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
      await tickAt('2026-11-27T12:00:31Z');
      const posted = fake.messages(NEWS);
      expect(posted).toHaveLength(1);
      expect(fake.callsOf('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
      // the retry looked in the history first
      expect(fake.callsOf('conversations.history')).toHaveLength(1);

      const [row] = await store.deliveries.listDeliveries((await subscription()).id);
      expect(row).toMatchObject({ state: 'sent', kind: 'digest', messageIds: [posted[0].ts] });
      expect(posted[0].metadata).toEqual({ event_type: 'wirewatch_digest', event_payload: { key: row.idempotencyKey, part: 1, parts: 1 } });
      expect(posted[0]).toMatchObject({ unfurl_links: false, unfurl_media: false });
      expect(posted[0].blocks[0]).toMatchObject({ type: 'header' });
      const blocks = JSON.stringify(posted[0].blocks);
      expect(blocks).toContain('Botsan-Kharchenko');
      expect(blocks).not.toContain('Flight 1244');
      expect(JSON.stringify(posted[0].blocks.at(-1))).toContain(`wirewatch • ${row.idempotencyKey}`);

      await tickAt('2026-11-27T12:01:00Z');
      expect(await service.dispatcher.reconcile()).toEqual({ found: 0, resent: 0, failed: 0 });
      expect(fake.messages(NEWS)).toHaveLength(1);

      const status = await as(member, 'status');
      expect(status.text).toContain('Last digest: 2026-11-27 12:00 (UTC)');
    });

    it('a crash after posting but before the ledger is marked sent leaves exactly one digest', async () => {
      await as(admin, `feed add ${fixtures.origin}/late.rss`);
      const polled = await tickAt('2026-11-28T09:00:00Z');
      expect(polled.poll.newItems).toBeGreaterThan(0);

      first.crash();
      // the "process" dies in the middle of the tick (not a store fault the service would catch and retry)
      await expect(tickAt('2026-11-28T12:00:00Z')).rejects.toThrow(/simulated crash/);
      expect(fake.messages(NEWS)).toHaveLength(2);
      const rows = await store.deliveries.listDeliveries((await subscription()).id);
      expect(rows.map((r) => r.state)).toEqual(['sent', 'pending']);
      // the process is gone: its connection drops; a new one starts on the same database
      await slack.stop();
      await startService(store);

      const after = await store.deliveries.listDeliveries((await subscription()).id);
      const posted = fake.messages(NEWS);
      expect(posted).toHaveLength(2);
      expect(after[1]).toMatchObject({ state: 'sent', messageIds: [posted[1].ts] });
      expect(posted[1].metadata?.event_payload.key).toBe(after[1].idempotencyKey);
      expect(JSON.stringify(posted[1].blocks)).toContain('Security Council returns to Resolution 1244');

      await tickAt('2026-11-28T12:01:00Z');
      expect(await service.dispatcher.reconcile()).toEqual({ found: 0, resent: 0, failed: 0 });
      expect(fake.messages(NEWS)).toHaveLength(2);
    });

    it('removed from the channel: the next digest pauses the subscription; status says why', async () => {
      const late2 = LATE_FEED.replace('late-1', 'late-2')
        .replace('28 Nov 2026', '29 Nov 2026')
        .replace('unmik-1244/', 'unmik-1244-again/')
        .replace('returns to', 'again on')
        // A new story, not the first one retitled: the same text would be the same story, never posted twice (digest/repeats.ts).
        .replace(
          /The UN Security Council on Saturday[^<]*/,
          'Council members met on Sunday to hear the UNMIK chief on Resolution 1244 and the mission budget for next year.',
        );
      writeFileSync(join(feedsDir, 'late.rss'), late2);
      await tickAt('2026-11-29T09:00:00Z');
      fake.setChannelError(NEWS, 'not_in_channel');
      await tickAt('2026-11-29T12:00:00Z');
      const sub = await subscription();
      expect(sub.paused).toBe(true);
      expect(sub.pausedReason).toMatch(/not_in_channel/);
      expect(fake.messages(NEWS)).toHaveLength(2);
      const status = await as(member, 'status');
      expect(status.text).toMatch(/Paused/);
      fake.setChannelError(NEWS, null);
    });
  });
}
