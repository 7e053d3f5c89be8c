/**
 * Spike alerts end to end: the whole service (poller, analyzer, spike check, dispatcher and ledger)
 * against the fake Discord and a feed on the fixture server, on an injected clock. The store holds 28
 * ordinary days of a topic (2–3 stories a day); the channel asks for spike alerts with `/digest spikes`.
 * - An ordinary day's stories come in: no alert.
 * - A burst comes in: one alert naming the topic, the count against the usual and the top stories.
 * - More stories the same day, and a restart of the dispatcher's memory: still one alert (ledger).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, type FakeUser } from '../fakes/discord/fake-discord.js';
import { parseConfig } from '../../src/config/load.js';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { ManualClock } from '../../src/model/clock.js';
import type { AnalyzedItem } from '../../src/model/story.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { Service } from '../../src/service.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';

const GUILD = '4200000000000000001';
const NEWS = '4200000000000000010';
const mod: FakeUser = { id: '5200000000000000002', username: 'mod' };
const SEND = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel;

/** An RSS feed with `n` stories of 30 November naming the Ibar bridge (full text in the feed). */
function feed(n: number): string {
  const items = Array.from({ length: n }, (_, i) => {
    const text = `The Ibar bridge in Mitrovica stayed closed on Monday, story ${i + 1}. Residents on both banks waited for the police to reopen the Ibar bridge, officials said. Talks about the Ibar bridge continue.`;
    return `<item><title>Ibar bridge update ${i + 1}</title><link>{{BASE}}/s/${i + 1}</link><guid isPermaLink="false">ibar-${i + 1}</guid><pubDate>Mon, 30 Nov 2026 ${String(6 + (i % 4)).padStart(2, '0')}:${String(i).padStart(2, '0')}:00 +0000</pubDate><description>${text}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>North Wire</title><link>{{BASE}}/</link><description>x</description>${items.join('')}</channel></rss>`;
}

/** A stored story of an earlier day matching topic `ibar`. */
function past(n: number, day: string): AnalyzedItem {
  const at = new Date(`${day}T10:${String(n % 60).padStart(2, '0')}:00Z`);
  return {
    id: '',
    feedUrl: 'https://archive.example/rss',
    outlet: 'Archive',
    item: {
      guid: `p${n}`,
      key: `p${n}`,
      title: `Old story ${n}`,
      link: `https://archive.example/${n}`,
      canonicalLink: null,
      published: at,
      author: null,
      categories: [],
      summary: null,
      contentHtml: null,
      text: '',
      enclosures: [],
    },
    article: { paragraphs: [`Old story ${n}`] },
    firstSeen: at,
    matches: [{ topicId: 'ibar', relevance: 0.5, mentions: [] }],
    quotes: [],
  };
}

describe('spike alerts end to end (service + fake Discord + fixture feed)', () => {
  const clock = new ManualClock('2026-11-30T10:00:00Z');
  const store = createMemoryStore({ clock });
  let dir = '';
  let fixtures: FixtureServer;
  let fake: FakeDiscord;
  let service: Service;
  const spikeMessages = () => fake.messages(NEWS).filter((m) => JSON.stringify(m.embeds ?? []).includes('Spike'));
  const tickAt = async (iso: string) => {
    clock.set(iso);
    return service.tick(clock.now());
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-spikes-e2e-'));
    writeFileSync(join(dir, 'north.rss'), feed(0));
    fixtures = await startFixtureServer(dir, 0);
    await store.watchlists.upsertTopic({ workspace: null, id: 'ibar', name: 'Ibar bridge', priority: 'digest', terms: ['Ibar bridge'], exclude: [] });
    await store.feeds.upsertFeed({ url: 'https://archive.example/rss', title: 'Archive', nextCheckAt: new Date('2027-01-01T00:00:00Z') });
    let n = 0;
    for (let d = 2; d <= 29; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      for (let k = 0; k < 2 + (d % 2); k++) await store.items.saveItem(past(++n, day));
    }
    await store.feeds.upsertFeed({ url: `${fixtures.origin}/north.rss`, title: 'North Wire', nextCheckAt: clock.now() });
    fake = await FakeDiscord.start({ token: 'sp-token', guilds: [{ id: GUILD, name: 'Desk', ownerId: mod.id, channels: [{ id: NEWS, name: 'news' }] }] });
    const config = parseConfig(
      ['fetch: { allowCidrs: [127.0.0.1/32], timeout: 10s }', 'polling: { tick: 1m, interval: 15m }', ''].join('\n'),
      'spikes-e2e.yaml',
    );
    const discord = new DiscordPlatform({ token: 'sp-token', rest: { api: fake.apiUrl } });
    service = new Service({ config, store, clock, platforms: [discord], live: false, http: false });
    await service.start();
    await discord.registerCommands(GUILD);
    const as = (sub: string, options?: Record<string, string>) =>
      fake.invoke({
        guildId: GUILD,
        channelId: NEWS,
        user: mod,
        permissions: SEND | PermissionFlagsBits.ManageChannels,
        command: 'digest',
        subcommand: sub,
        options,
      });
    expect((await as('subscribe', { topics: 'ibar', time: '20:00' })).messages[0].content).toContain('ibar');
    expect((await as('spikes', { state: 'on' })).messages[0].content).toContain('Spike alerts are on');
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await fixtures?.close();
  });

  it('an ordinary day raises no alert', async () => {
    writeFileSync(join(dir, 'north.rss'), feed(3));
    const r = await tickAt('2026-11-30T10:16:00Z');
    expect(r.poll.newItems).toBe(3);
    expect(spikeMessages()).toHaveLength(0);
  });

  it('a burst raises one alert with the count, the usual and the top stories; more stories that day do not repeat it', async () => {
    writeFileSync(join(dir, 'north.rss'), feed(12));
    const r = await tickAt('2026-11-30T10:32:00Z');
    expect(r.poll.newItems).toBe(9);
    const alerts = spikeMessages();
    expect(alerts).toHaveLength(1);
    const embed = (alerts[0].embeds as { title: string; description: string }[])[0];
    expect(embed.title).toBe('📈 Spike: Ibar bridge');
    expect(embed.description).toMatch(/^12 mentions today, against a usual 2\.5 a day/);
    expect(embed.description).toContain('[Ibar bridge update 1]');
    const ledger = (await store.deliveries.listDeliveries((await store.subscriptions.findSubscription('discord', GUILD, NEWS))!.id)).filter(
      (d) => d.kind === 'spike',
    );
    expect(ledger.map((d) => [d.subject, d.state])).toEqual([['ibar@2026-11-30', 'sent']]);

    writeFileSync(join(dir, 'north.rss'), feed(16));
    const again = await tickAt('2026-11-30T10:48:00Z');
    expect(again.poll.newItems).toBe(4);
    expect(spikeMessages()).toHaveLength(1);
    // the ledger, not the process's memory, keeps it to one: a fresh dispatcher call is a no-op
    const sub = (await store.subscriptions.findSubscription('discord', GUILD, NEWS))!;
    expect(await service.dispatcher.deliver(sub, 'spike', 'ibar@2026-11-30')).toMatchObject({ status: 'already_sent' });
    expect(spikeMessages()).toHaveLength(1);
  });
});
