/**
 * Quote search and trend pictures end to end: the whole service (`Service`, its command handler and
 * the platform adapters) against the fake Discord and the fake Slack on 127.0.0.1, on an injected clock.
 * The store is seeded with analysed items directly (the analysis has its own tests).
 * - Discord: speaker autocomplete in another script, `/wirewatch quotes` with pagination (page 1 names
 *   the command for page 2, page 2 ends), `/wirewatch trend` uploads a PNG the embed shows.
 * - Slack: `/wirewatch quotes` as words; `/wirewatch trend kosovo 14` through the files upload flow.
 * - A weekly digest of a channel that asked for its chart (`/digest chart on`, `/wirewatch chart on`)
 *   arrives with the PNG: on Discord as a multipart part of the delivery whose embed shows it, on
 *   Slack as a file shared after the digest's messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { PNG } from 'pngjs';
import { FakeDiscord, type FakeUser } from '../fakes/discord/fake-discord.js';
import { FakeSlack, type FakeSlackUser } from '../fakes/slack/fake-slack.js';
import { parseConfig } from '../../src/config/load.js';
import { ManualClock } from '../../src/model/clock.js';
import type { AnalyzedItem } from '../../src/model/story.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { SlackPlatform } from '../../src/platforms/slack/slack-platform.js';
import { Service } from '../../src/service.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/trends/chart.js';

const GUILD = '4100000000000000001';
const NEWS = '4100000000000000010';
const reader: FakeUser = { id: '5100000000000000003', username: 'reader' };
const SEND = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel;
const TEAM = 'T0QT000001';
const SNEWS = 'C0QTNEWS01';
const sreader: FakeSlackUser = { id: 'U0QTREADR1', name: 'reader' };
const SPEAKERS = ['Aleksandar Vučić', 'Вучић', 'Vuçiq', 'Vučića'];

/** Item `n` on 2026-11-`day`, matching topic kosovo, with one quote by `speaker`. */
function item(n: number, day: number, speaker: string): AnalyzedItem {
  const at = new Date(`2026-11-${String(day).padStart(2, '0')}T09:${String(n % 60).padStart(2, '0')}:00Z`);
  const title = `Kosovo story ${n} from the north`;
  return {
    id: '',
    feedUrl: 'https://wire.example/rss',
    outlet: n % 2 ? 'Wire' : 'Koha',
    item: {
      guid: `s${n}`,
      key: `s${n}`,
      title,
      link: `https://wire.example/s/${n}`,
      canonicalLink: null,
      published: at,
      author: null,
      categories: [],
      summary: null,
      contentHtml: null,
      text: '',
      enclosures: [],
    },
    article: { paragraphs: [title] },
    firstSeen: at,
    matches: [{ topicId: 'kosovo', relevance: 0.6, mentions: [{ topicId: 'kosovo', term: 'Kosovo', text: 'Kosovo', paragraph: 0, start: 0, end: 6 }] }],
    quotes: [{ kind: 'direct', text: `Statement number ${n}`, speaker, speakerRole: null, paragraph: 1, start: 0, end: 5, confidence: 0.9, salience: 0.5 }],
  };
}

describe('quote search and trend pictures end to end (service + fake Discord + fake Slack)', () => {
  const clock = new ManualClock('2026-11-30T12:00:00Z');
  const store = createMemoryStore({ clock });
  let discordFake: FakeDiscord;
  let slackFake: FakeSlack;
  let service: Service;

  beforeAll(async () => {
    // never due: the test feeds the store directly (and no hostname here may need DNS)
    await store.feeds.upsertFeed({ url: 'https://wire.example/rss', title: 'Wire', nextCheckAt: new Date('2027-01-01T00:00:00Z') });
    await store.watchlists.upsertTopic({ workspace: null, id: 'kosovo', name: 'Kosovo', priority: 'digest', terms: ['Kosovo'], exclude: [] });
    for (let n = 1; n <= 7; n++) await store.items.saveItem(item(n, 20 + n, SPEAKERS[n % SPEAKERS.length]));
    await store.items.saveItem(item(8, 29, 'Albin Kurti'));
    discordFake = await FakeDiscord.start({
      token: 'qt-token',
      guilds: [{ id: GUILD, name: 'Desk', ownerId: reader.id, channels: [{ id: NEWS, name: 'news' }] }],
    });
    slackFake = await FakeSlack.start({ botToken: 'xoxb-qt', appToken: 'xapp-qt', teamId: TEAM, users: [sreader], channels: [SNEWS] });
    const config = parseConfig(['polling: { tick: 1m, interval: 15m }', 'slack: { mode: socket }', ''].join('\n'), 'qt-e2e.yaml');
    const discord = new DiscordPlatform({ token: 'qt-token', rest: { api: discordFake.apiUrl } });
    const slack = new SlackPlatform({ botToken: 'xoxb-qt', appToken: 'xapp-qt', socketMode: true, slackApiUrl: slackFake.apiUrl, clock });
    service = new Service({ config, store, clock, platforms: [discord, slack], live: false, http: false });
    await service.start();
    await discord.registerCommands(GUILD);
    await slackFake.waitForSocket();
  });

  afterAll(async () => {
    await service?.stop();
    await discordFake?.close();
    await slackFake?.close();
  });

  it('Discord: speaker autocomplete in Cyrillic, quotes newest first over two pages', async () => {
    const typed = await discordFake.invoke({
      guildId: GUILD,
      channelId: NEWS,
      user: reader,
      permissions: SEND,
      command: 'wirewatch',
      subcommand: 'quotes',
      options: { speaker: 'вуч' },
      focused: 'speaker',
    });
    expect(typed.choices).toEqual([{ name: 'Aleksandar Vučić', value: 'Aleksandar Vučić' }]);

    const page1 = await discordFake.invoke({
      guildId: GUILD,
      channelId: NEWS,
      user: reader,
      permissions: SEND,
      command: 'wirewatch',
      subcommand: 'quotes',
      options: { speaker: 'Aleksandar Vučić' },
    });
    const m1 = page1.messages[0];
    expect(m1.ephemeral).toBe(true);
    const lines = m1.content.split('\n');
    expect(lines[0]).toBe('**7 quotes · page 1/2**');
    expect(lines.slice(1, 6).map((l) => /Statement number (\d+)/.exec(l)?.[1])).toEqual(['7', '6', '5', '4', '3']);
    expect(lines[1]).toMatch(/— \*\*Aleksandar Vučić\*\* · Wire · .* · \[Kosovo story 7 from the north\]\(https:\/\/wire\.example\/s\/7\)$/);
    expect(lines[6]).toBe('Next page: `/wirewatch quotes speaker: Aleksandar Vučić page: 2`');

    const page2 = await discordFake.invoke({
      guildId: GUILD,
      channelId: NEWS,
      user: reader,
      permissions: SEND,
      command: 'wirewatch',
      subcommand: 'quotes',
      options: { speaker: 'Aleksandar Vučić', page: 2 },
    });
    const rest = page2.messages[0].content.split('\n');
    expect(rest[0]).toBe('**7 quotes · page 2/2**');
    expect(rest.slice(1).map((l) => /Statement number (\d+)/.exec(l)?.[1])).toEqual(['2', '1']);
  });

  it('Discord: /wirewatch trend uploads a PNG of the chart size that the embed shows', async () => {
    const r = await discordFake.invoke(
      { guildId: GUILD, channelId: NEWS, user: reader, permissions: SEND, command: 'wirewatch', subcommand: 'trend', options: { topic: 'kosovo', days: 14 } },
      1,
    );
    const posted = r.messages.find((m) => m.files.length > 0)!;
    expect(posted.ephemeral).toBe(false);
    expect(posted.files.map((f) => f.filename)).toEqual(['trend-kosovo.png']);
    expect(posted.embeds[0]).toMatchObject({ title: 'Mentions per day: Kosovo', image: { url: 'attachment://trend-kosovo.png' } });
    const png = PNG.sync.read(posted.files[0].bytes);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  });

  it('Slack: quotes as words, and trend through the files upload flow', async () => {
    const res = await slackFake.slashCommand({ user: sreader, channel: SNEWS, text: 'quotes Vucic outlet=koha' });
    const text = String((res.responses[0] as { text?: string }).text);
    expect(text).toMatch(/^\*3 quotes · page 1\/1\*/);
    expect(text).toContain('<https://wire.example/s/6|Kosovo story 6 from the north>');

    const trend = await slackFake.slashCommand({ user: sreader, channel: SNEWS, text: 'trend kosovo 14' });
    expect(String((trend.responses[0] as { text?: string }).text)).toContain('Mentions per day: Kosovo');
    const files = slackFake.files(SNEWS);
    expect(files.map((f) => [f.filename, f.title])).toEqual([['trend-kosovo.png', 'Mentions per day: Kosovo']]);
    const png = PNG.sync.read(files[0].bytes);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
  });

  it('a weekly digest comes with its chart attached, on Discord and on Slack', async () => {
    const mod = { guildId: GUILD, channelId: NEWS, user: reader, permissions: SEND | PermissionFlagsBits.ManageChannels };
    const sub = await discordFake.invoke({
      ...mod,
      command: 'digest',
      subcommand: 'subscribe',
      options: { topics: 'kosovo', time: '0 13 * * 1', timezone: 'UTC' },
    });
    expect(sub.messages[0].content).toContain('kosovo');
    expect((await discordFake.invoke({ ...mod, command: 'digest', subcommand: 'chart', options: { state: 'on' } })).messages[0].content).toContain('chart');
    await slackFake.slashCommand({ user: sreader, channel: SNEWS, text: 'subscribe kosovo time="0 13 * * 1" timezone=UTC' });
    expect(String((await slackFake.slashCommand({ user: sreader, channel: SNEWS, text: 'chart on' })).responses[0].text)).toContain('chart');
    await store.items.saveItem({ ...item(20, 30, 'Albin Kurti'), firstSeen: new Date('2026-11-30T12:30:00Z') });
    const before = slackFake.files(SNEWS).length;
    clock.set('2026-11-30T12:40:00Z');

    clock.set('2026-11-30T13:00:00Z'); // a Monday
    const report = await service.tick(clock.now());
    expect(report.digests).toBe(2);

    const posted = discordFake.messages(NEWS);
    const chart = posted.find((m) => (m.files ?? []).length > 0)!;
    expect(chart.files!.map((f) => f.filename)).toEqual(['trend-digest.png']);
    expect(JSON.stringify(chart.embeds)).toContain('attachment://trend-digest.png');
    expect((chart.embeds.at(-1) as { footer: { text: string } }).footer.text).toMatch(/^wirewatch • .* · 2\/2$/);
    const dpng = PNG.sync.read(chart.files![0].bytes);
    expect([dpng.width, dpng.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);

    const shared = slackFake.files(SNEWS).slice(before);
    expect(shared.map((f) => f.filename)).toEqual(['trend-digest.png']);
    expect(slackFake.messages(SNEWS).length).toBeGreaterThan(0);
    const spng = PNG.sync.read(shared[0].bytes);
    expect([spng.width, spng.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);

    // the ledger holds one digest row each; another tick posts nothing more
    await service.tick(clock.now());
    expect(discordFake.messages(NEWS)).toHaveLength(posted.length);
    expect(slackFake.files(SNEWS)).toHaveLength(before + 1);
  });
});
