/**
 * Issue 17: any worker posts Discord and Slack deliveries through the REST / Web APIs, while the
 * gateway and the Socket Mode connection live in one process. Two worker nodes (each with its own
 * store pool, job-queue client and REST-only adapters, as two processes would have) share the
 * delivery queues of one PostgreSQL schema; a third client hands deliveries to the queue as the
 * leader does — every one twice. Against the fake Discord and fake Slack: every delivery is posted
 * exactly once, by the workers, and neither worker opened a gateway or Socket Mode connection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { freshSchema, needsPostgres, type FreshSchema } from '../support/postgres.js';
import { parseConfig } from '../../src/config/load.js';
import { systemClock } from '../../src/model/clock.js';
import { noticeSubject } from '../../src/notices/notices.js';
import { ConsolePlatform } from '../../src/platforms/console/console-platform.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { SlackPlatform } from '../../src/platforms/slack/slack-platform.js';
import { openPostgresStore, type PgStore } from '../../src/store/postgres/index.js';
import { sampleSubscription } from '../../src/store/testdata/samples.js';
import { startClusterNode, type ClusterNode } from '../../src/cluster/node.js';
import { JobQueue } from '../../src/cluster/queue.js';
import { QueueHandOff } from '../../src/cluster/hand-off.js';

const PG = await needsPostgres();

const DISCORD_TOKEN = 'rest-worker-token';
const GUILD = '4100000000000000001';
const NEWS = '4100000000000000010';
const SLACK_BOT = 'xoxb-rest-worker';
const SLACK_APP = 'xapp-rest-worker';
const TEAM = 'T0REST';
const SLACK_CHANNEL = 'C0RESTNEWS';
/** Feed events, each one notice per subscription. */
const EVENTS = 6;

describe.skipIf(!PG)('scaled out: workers post to Discord and Slack through REST, no gateway', () => {
  let schema: FreshSchema | null = null;
  let discord: FakeDiscord | null = null;
  let slack: FakeSlack | null = null;
  const nodes: ClusterNode[] = [];
  const stores: PgStore[] = [];
  let leaderQueue: JobQueue | null = null;
  let dir = '';
  afterAll(async () => {
    for (const n of nodes) await n.stop().catch(() => undefined);
    await leaderQueue?.stop(1000).catch(() => undefined);
    for (const s of stores) await s.close().catch(() => undefined);
    await discord?.close();
    await slack?.close();
    await schema?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('posts every handed-off delivery exactly once from the workers, and opens no gateway or Socket Mode connection', { timeout: 90_000 }, async () => {
    schema = await freshSchema('restworkers');
    dir = mkdtempSync(join(tmpdir(), 'ww-rest-workers-'));
    discord = await FakeDiscord.start({
      token: DISCORD_TOKEN,
      guilds: [{ id: GUILD, name: 'Desk', ownerId: '5100000000000000001', channels: [{ id: NEWS, name: 'news' }] }],
    });
    slack = await FakeSlack.start({ botToken: SLACK_BOT, appToken: SLACK_APP, teamId: TEAM, users: [], channels: [SLACK_CHANNEL] });
    const config = parseConfig(
      [
        `store: { url: "${schema.url}" }`,
        'http: { host: 127.0.0.1, port: 0 }',
        'cluster: { heartbeat: 10s, leaderRetry: 1s, concurrency: 4 }',
        'digests: { shutdownTimeout: 3s, retryBase: 1s }',
        `console: { dir: ${join(dir, 'out')}, ledger: ledger.jsonl }`,
        '',
      ].join('\n'),
      'rest-workers.yaml',
    );

    // The leader's side: the store, the feed and the two subscriptions, and the hand-off to the queue.
    const leaderStore = await openPostgresStore(schema.url, { poolSize: 3 });
    stores.push(leaderStore);
    const feed = 'http://127.0.0.1:9/feed.xml';
    await leaderStore.feeds.upsertFeed({ url: feed, workspace: null });
    const onDiscord = await leaderStore.subscriptions.upsertSubscription(
      sampleSubscription({ id: 'd1', platform: 'discord', workspace: GUILD, channel: NEWS, noticeChannel: NEWS, createdBy: null }),
    );
    const onSlack = await leaderStore.subscriptions.upsertSubscription(
      sampleSubscription({ id: 's1', platform: 'slack', workspace: TEAM, channel: SLACK_CHANNEL, noticeChannel: SLACK_CHANNEL, createdBy: null }),
    );

    for (const name of ['w1', 'w2']) {
      const store = await openPostgresStore(schema.url, { poolSize: 4 });
      stores.push(store);
      const platforms = [
        new ConsolePlatform({ dir: join(dir, 'out'), ledger: 'ledger.jsonl', clock: systemClock }),
        new DiscordPlatform({ token: DISCORD_TOKEN, rest: { api: discord.apiUrl }, gateway: false }),
        new SlackPlatform({ botToken: SLACK_BOT, slackApiUrl: slack.apiUrl, webApiOnly: true, pacing: { intervalMs: 0 } }),
      ];
      const node = await startClusterNode({
        role: 'worker',
        config,
        store,
        storeUrl: schema.url,
        clock: systemClock,
        platforms,
        onFatal: (r) => void console.error(`${name}: ${r}`),
      });
      nodes.push(node);
      expect(node.service.connectedPlatforms.sort()).toEqual(['console', 'discord', 'slack']);
    }

    leaderQueue = await JobQueue.open(schema.url, {});
    const handOff = new QueueHandOff({ store: leaderStore, queue: leaderQueue, clock: systemClock });
    const since = new Date('2026-12-01T00:00:00Z');
    for (let i = 0; i < EVENTS; i++) {
      const subject = noticeSubject({ kind: 'feed_failing', url: feed, since: new Date(since.getTime() + i * 60_000) });
      // Handed off twice (a leader restarting mid-round): the ledger and the singleton key keep it one.
      for (const sub of [onDiscord, onSlack, onDiscord, onSlack]) await handOff.deliver(sub, 'notice', subject);
    }

    const sent = async () =>
      [...(await leaderStore.deliveries.listDeliveries('d1')), ...(await leaderStore.deliveries.listDeliveries('s1'))].filter((d) => d.state === 'sent').length;
    await expect.poll(sent, { timeout: 60_000, interval: 250 }).toBe(2 * EVENTS);

    const keys = [...(await leaderStore.deliveries.listDeliveries('d1')), ...(await leaderStore.deliveries.listDeliveries('s1'))].map((d) => d.idempotencyKey);
    expect(new Set(keys).size).toBe(2 * EVENTS);
    // Exactly once on each platform: one message per delivery, each carrying its own key.
    const discordPosts = discord.messages(NEWS);
    expect(discordPosts).toHaveLength(EVENTS);
    const slackPosts = slack.messages(SLACK_CHANNEL);
    expect(slackPosts).toHaveLength(EVENTS);
    const footers = discordPosts.map((m) => JSON.stringify(m.embeds)).join('\n');
    for (const k of keys.slice(0, EVENTS)) expect(footers).toContain(k);
    // REST only: no gateway session, no Socket Mode connection was ever opened by a worker.
    expect(discord.connectedSessions).toBe(0);
    expect(discord.requests.some((r) => r.path.startsWith('/gateway'))).toBe(false);
    expect(slack.connectionsOpened).toBe(0);
    expect(slack.callsOf('apps.connections.open')).toHaveLength(0);
  });
});
