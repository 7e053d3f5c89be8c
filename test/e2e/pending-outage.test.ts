/**
 * A digest row left `pending` by a crash, with the platform down at the restart (ADR 0308): the
 * start-up resend fails, further digests fall due during the outage, then the platform recovers.
 * Every story must reach the channel exactly once, whether or not the crashed process had posted the
 * digest. Real `Service` (SQLite store, scheduler, dispatcher, Discord adapter) over loopback feeds and
 * a fake Discord, on an injected clock (test/fixtures/story-service.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { startStoryService, storyText, type CrashPoint, type FeedItemSpec, type StoryService } from '../fixtures/story-service.js';
import { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';

const TOPICS = ['  - { id: kosovo, name: Kosovo, terms: [Kosovo] }', '  - { id: serbia, name: Serbia, terms: [Belgrade] }'];
const TOKEN = 'e2e-bot-token';
const GUILD = '4000000000000000001';
const NEWS = '4000000000000000010';
const SUB = `  - { platform: discord, workspace: "${GUILD}", channel: "${NEWS}", cron: "0,30 * * * *", timezone: UTC }`;
const CHANNEL_MESSAGES = new RegExp(`^/channels/${NEWS}/messages`);
const ADMIN = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageChannels;
const editor = { id: '5000000000000000001', username: 'editor' };

let h: StoryService | null = null;
let discord: FakeDiscord | null = null;
afterEach(async () => {
  await h?.close();
  await discord?.close();
  h = null;
  discord = null;
});

function story(n: number, term: string, over: Partial<FeedItemSpec> = {}): FeedItemSpec {
  const { title, text } = storyText(n, term);
  return { guid: `g-${n}`, title, link: `{{BASE}}/a/${n}`, text, ...over };
}

/** How many times `title` was posted to the fake Discord channel (embed titles and overflow lines). */
function posted(title: string): number {
  return JSON.stringify(discord!.messages(NEWS).map((m) => m.embeds)).split(title).length - 1;
}

/** The story service with the Discord adapter against a fresh fake Discord, with the shipped retry defaults. */
async function start(): Promise<StoryService> {
  discord = await FakeDiscord.start({ token: TOKEN, guilds: [{ id: GUILD, name: 'Desk', ownerId: editor.id, channels: [{ id: NEWS, name: 'news' }] }] });
  const api = discord.apiUrl;
  return startStoryService({
    start: '2026-12-01T20:00:00Z',
    topics: TOPICS,
    subscriptions: [SUB],
    feeds: ['a.rss'],
    // retries 5, retryBase 30s (the defaults): spent about 16 minutes into an outage.
    extra: ['digests: { grace: 6h, shutdownTimeout: 2s, retryBase: 30s, retries: 5 }'],
    platforms: () => [new DiscordPlatform({ token: TOKEN, rest: { api } })],
  });
}

describe('a pending digest whose start-up resend fails (platform down), then later digests, then recovery', () => {
  const cases: { name: string; point: CrashPoint; before: number }[] = [
    // Killed after Discord accepted the post, before the ledger recorded it.
    { name: 'posted before the crash', point: { method: 'deliveries.markSent', phase: 'before' }, before: 1 },
    // Killed after the row was made, before anything was posted.
    { name: 'not posted before the crash', point: { method: 'deliveries.beginDelivery', phase: 'after' }, before: 0 },
  ];
  it.each(cases)(
    'every story arrives exactly once ($name)',
    async ({ point, before }) => {
      h = await start();
      const a = story(1, 'Kosovo', { pubDate: '2026-12-01T20:05:00Z' });
      h.writeFeed('a.rss', 'Outlet A', [a]);
      await h.runTo('2026-12-01T20:29:00Z');
      await h.tickUntilCrash('2026-12-01T20:30:00Z', point);
      expect(posted(a.title)).toBe(before);

      // Down at the restart: the channel can be neither read (findPosted cannot tell) nor posted to, for an hour.
      discord!.expireNonces();
      discord!.failNext('GET', CHANNEL_MESSAGES, 503, 0, 'Service Unavailable', { count: 100_000 });
      discord!.failNext('POST', CHANNEL_MESSAGES, 503, 0, 'Service Unavailable', { count: 100_000 });
      await h.crashAndRestart('2026-12-01T20:40:00Z');
      const [sub] = await h.store.subscriptions.listSubscriptions();
      const pending = (await h.store.deliveries.pendingDeliveries()).filter((d) => d.kind === 'digest');
      expect(pending.map((d) => d.subject)).toEqual(['2026-12-01T20:00:00.000Z/2026-12-01T20:30:00.000Z']);

      // A new story, and the 21:00 and 21:30 digests fall due during the outage.
      const b = story(2, 'Belgrade');
      h.writeFeed('a.rss', 'Outlet A', [a, b]);
      await h.runTo('2026-12-01T21:40:00Z');
      expect(posted(a.title)).toBe(before);
      expect(posted(b.title)).toBe(0);

      discord!.clearFailures();
      await h.runTo('2026-12-01T23:30:00Z');
      expect(posted(a.title)).toBe(1);
      expect(posted(b.title)).toBe(1);
      const rows = await h.store.deliveries.listDeliveries(sub.id);
      expect(rows.filter((r) => r.kind === 'digest' && r.state === 'pending')).toEqual([]);
      expect((await h.store.subscriptions.getSubscription(sub.id))?.paused).toBe(false);
    },
    180_000,
  );

  it('/digest now while that digest is still pending starts no window of its own: nothing is lost when the pending one gives up', async () => {
    h = await start();
    const a = story(3, 'Kosovo', { pubDate: '2026-12-01T20:05:00Z' });
    h.writeFeed('a.rss', 'Outlet A', [a]);
    await h.runTo('2026-12-01T20:29:00Z');
    // Killed before posting; at the restart the channel can be read (certainly not posted) but not posted to.
    await h.tickUntilCrash('2026-12-01T20:30:00Z', { method: 'deliveries.beginDelivery', phase: 'after' });
    discord!.failNext('POST', CHANNEL_MESSAGES, 503, 0, 'Service Unavailable', { count: 100_000 });
    await h.crashAndRestart('2026-12-01T20:40:00Z');
    const b = story(4, 'Belgrade');
    h.writeFeed('a.rss', 'Outlet A', [a, b]);
    await h.runTo('2026-12-01T20:45:00Z');
    await (h.platforms.find((p) => p.name === 'discord') as DiscordPlatform).registerCommands(GUILD);
    const reply = await discord!.invoke({ guildId: GUILD, channelId: NEWS, user: editor, permissions: ADMIN, command: 'digest', subcommand: 'now' });
    expect(reply.messages[0].content).toMatch(/previous digest is still being delivered/);
    await h.runTo('2026-12-01T21:40:00Z');
    discord!.clearFailures();
    await h.runTo('2026-12-01T23:30:00Z');
    expect(posted(a.title)).toBe(1);
    expect(posted(b.title)).toBe(1);
  }, 180_000);
});
