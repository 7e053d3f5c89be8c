/**
 * An interview answer, end to end (ADR 0295): the real `Service` (SQLite store, fetcher, parser,
 * extractor, scheduler, dispatcher) polls a loopback feed carrying a question-and-answer interview and
 * delivers the digest to the console (English), the fake Discord (Serbian Latin) and the fake Slack
 * (Albanian) on 127.0.0.1. In every delivered digest the interviewee's answer stands under the
 * language's interview label with the speaker, not under the reported-speech label and not in marks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startStoryService, type StoryService } from '../fixtures/story-service.js';
import { FakeDiscord, type FakeUser } from '../fakes/discord/fake-discord.js';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { DiscordPlatform } from '../../src/platforms/discord/discord-platform.js';
import { SlackPlatform } from '../../src/platforms/slack/slack-platform.js';

const TOKEN = 'e2e-bot-token';
const GUILD = '4000000000000000001';
const NEWS = '4000000000000000010';
const owner: FakeUser = { id: '5000000000000000001', username: 'editor' };
const SLACK_CHANNEL = 'C0INTERVW1';

const ANSWER = 'No, the crossing at the bridge will stay open every night this winter. We have asked Kosovo for two more officers.';

/** A Q&A interview of our own, `Q:` / `A:` labelled, full text in the feed (HTML paragraphs). */
const INTERVIEW = [
  'The mayor of the border town, Mirela Hasani, spoke to us about the crossing and the winter market in Kosovo.',
  'Q: Will the crossing close at night when the snow comes?',
  `A: ${ANSWER}`,
  'Q: What do the traders at the winter market say about it?',
  'A: They are worried about the season. Most of them sell fruit and honey from Kosovo, and the nights are when the lorries come.',
  'Q: Will the town pay for the extra officers?',
  'A: The town will pay for their housing. The rest must come from the ministry, as it did last year.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

let h: StoryService | null = null;
let discord: FakeDiscord | null = null;
let slack: FakeSlack | null = null;
afterEach(async () => {
  await h?.close();
  await discord?.close();
  await slack?.close();
  h = discord = slack = null;
});

describe('an interview answer, polled and delivered (ADR 0295)', () => {
  it('arrives under the interview label with its speaker on the console, Discord and Slack', async () => {
    discord = await FakeDiscord.start({ token: TOKEN, guilds: [{ id: GUILD, name: 'Desk', ownerId: owner.id, channels: [{ id: NEWS, name: 'news' }] }] });
    slack = await FakeSlack.start({ teamId: 'T1', botToken: 'xoxb-test', appToken: 'xapp-test', users: [], channels: [SLACK_CHANNEL] });
    const discordApi = discord.apiUrl;
    const slackApi = slack.apiUrl;
    h = await startStoryService({
      start: '2026-12-01T20:00:00Z',
      topics: ['  - { id: kosovo, name: Kosovo, terms: [Kosovo] }'],
      subscriptions: [
        '  - { platform: console, channel: news, cron: "30 * * * *", timezone: UTC, locale: en }',
        `  - { platform: discord, workspace: "${GUILD}", channel: "${NEWS}", cron: "30 * * * *", timezone: UTC, locale: sr-Latn }`,
        `  - { platform: slack, workspace: T1, channel: ${SLACK_CHANNEL}, cron: "30 * * * *", timezone: UTC, locale: sq }`,
      ],
      feeds: ['border.rss'],
      platforms: (clock) => [
        new DiscordPlatform({ token: TOKEN, rest: { api: discordApi } }),
        new SlackPlatform({
          botToken: 'xoxb-test',
          signingSecret: 'secret',
          socketMode: false,
          port: 0,
          host: '127.0.0.1',
          slackApiUrl: slackApi,
          clock,
          pacing: { intervalMs: 0 },
        }),
      ],
    });
    h.writeFeed('border.rss', 'Border Daily', [
      {
        guid: 'hasani-1',
        title: 'Mirela Hasani: The crossing stays open at night',
        link: '{{BASE}}/hasani-interview',
        pubDate: '2026-12-01T20:05:00Z',
        text: INTERVIEW,
      },
    ]);
    await h.runTo('2026-12-01T20:30:00Z');

    // The store kept the extractor's mark: the answers are `indirect` quotes with `form: 'answer'`.
    const [stored] = await h.store.items.itemsFirstSeen(new Date('2026-12-01T20:00:00Z'), new Date('2026-12-01T20:31:00Z'));
    expect(stored.quotes.filter((q) => q.form === 'answer').map((q) => [q.kind, q.speaker])).toContainEqual(['indirect', 'Mirela Hasani']);

    const text = h
      .ledger('news')
      .map((l) => l.text)
      .join('\n');
    expect(text).toMatch(/interview: No, the crossing at the bridge[^\n]*\(Mirela Hasani/);
    expect(text).not.toMatch(/reported: No, the crossing/);
    expect(text).not.toContain('“No, the crossing');

    const embeds = JSON.stringify(discord.messages(NEWS).map((m) => m.embeds));
    expect(embeds).toMatch(/_Iz intervjua:_ No, the crossing at the bridge[^"]*\(\*\*Mirela Hasani/);
    expect(embeds).not.toContain('Iz teksta:_ No, the crossing');

    const blocks = JSON.stringify(slack.messages(SLACK_CHANNEL).map((m) => m.blocks));
    expect(blocks).toMatch(/_Nga intervista:_ No, the crossing at the bridge[^"]*\(\*Mirela Hasani/);
    expect(blocks).not.toContain('Nga teksti:_ No, the crossing');
  }, 90_000);
});
