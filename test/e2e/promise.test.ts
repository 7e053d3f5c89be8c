/**
 * "Every story it asked for arrives exactly once" (docs/digests.md), end to end through the real
 * `Service` on loopback feeds and an injected clock (test/fixtures/story-service.ts). Two ways a new user
 * saw the promise broken (ADR 0280):
 * 1. a story whose guid AND link change on every fetch came again in every digest;
 * 2. a story that matched a watched topic only after the outlet edited it was never delivered.
 * And one ADR 0280 left open (ADR 0281): an edit that adds a second topic to a story that matched one
 * reached no channel that watches only the new topic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startStoryService, type FeedItemSpec, type StoryService } from '../fixtures/story-service.js';

const TOPICS = ['  - { id: kosovo, name: Kosovo, terms: [Kosovo, Косово] }'];
const EVERY_2_MIN = '  - { platform: console, channel: news, cron: "*/2 * * * *", timezone: UTC }';

let h: StoryService | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** How many digests (ledger lines) of `channel` show `title`. */
function timesShown(s: StoryService, channel: string, title: string): number {
  return s.ledger(channel).filter((l) => l.text.includes(title)).length;
}

/** A fresh random token (a session id, a regenerated guid). */
const token = () => Math.random().toString(36).slice(2, 10);

const CHURN_TITLE = 'Kosovo energy minister resigns over blackout';
const CHURN_TEXT =
  'The Kosovo energy minister resigned on Tuesday evening, two days after a blackout left most of the country without power for eleven hours. ' +
  '"I take responsibility for the failures of the grid operator, and I will not hide behind the storm," the minister, Lirie Gashani, told reporters in Pristina. ' +
  'The opposition had demanded her resignation since Sunday, and the prime minister accepted it within the hour. The grid operator has promised a report on the causes by the end of the month.';
const CHURN_PUBDATE = '2026-12-01T19:55:00Z';

/** The feed as a CMS that regenerates guid and session link on every request writes it. */
function churned(over: Partial<FeedItemSpec> = {}): FeedItemSpec {
  return { guid: `churn-${token()}`, title: CHURN_TITLE, link: `{{BASE}}/a/churn-1?session=${token()}`, pubDate: CHURN_PUBDATE, text: CHURN_TEXT, ...over };
}

/** Rewrites the feed every 20 s (each write another guid and link) and ticks, up to `iso`. */
async function churnTo(s: StoryService, iso: string, item: () => FeedItemSpec): Promise<void> {
  const end = new Date(iso).getTime();
  while (s.clock.now().getTime() < end) {
    s.writeFeed('churn.rss', 'churn', [item()]);
    await s.tickAt(new Date(s.clock.now().getTime() + 20_000).toISOString());
  }
}

describe('a story whose guid and link change on every fetch', () => {
  it('is delivered once in 20 minutes of digests every 2 minutes, also across a restart', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [EVERY_2_MIN], feeds: ['churn.rss'] });
    await churnTo(h, '2026-12-01T20:10:00Z', () => churned());
    await h.restart('2026-12-01T20:10:10Z');
    await churnTo(h, '2026-12-01T20:20:00Z', () => churned());
    expect(timesShown(h, 'news', CHURN_TITLE)).toBe(1);
  }, 120_000);

  it('controls: a changing guid with a stable link, and a stable guid with a changing ?sid= link, are delivered once', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [EVERY_2_MIN], feeds: ['churn.rss'] });
    await churnTo(h, '2026-12-01T20:08:00Z', () => churned({ link: '{{BASE}}/a/churn-1' }));
    expect(timesShown(h, 'news', CHURN_TITLE)).toBe(1);
    const title = 'Kosovo water board raises prices for the first time in a decade';
    const text =
      'The water board of Kosovo raised its prices on Wednesday for the first time in ten years, by a fifth for households and a third for firms. ' +
      '"The pipes we run were laid before most of our customers were born, and they will not last another winter," the board chairman, Besim Koraqi, said in Prizren. ' +
      'Consumer groups called the rise unfair and asked the assembly to review it before January, when the new prices take effect.';
    await churnTo(h, '2026-12-01T20:16:00Z', () => churned({ title, text, guid: 'churn-stable', link: `{{BASE}}/a/churn-2?sid=${token()}` }));
    expect(timesShown(h, 'news', title)).toBe(1);
  }, 120_000);
});

describe('a story that matches a watched topic only after the outlet edited it', () => {
  const HALF_HOURLY = '  - { platform: console, channel: news, cron: "0,30 * * * *", timezone: UTC }';
  const before: FeedItemSpec = {
    guid: 'a-2',
    title: 'Breaking: shots fired near border crossing',
    link: '{{BASE}}/a/2',
    pubDate: '2026-12-01T20:05:00Z',
    text: 'Shots were fired near a border crossing on Tuesday afternoon, according to first reports. Police closed the road in both directions and asked drivers to wait. More details will follow as the story develops and officials confirm what happened.',
  };
  const after: FeedItemSpec = {
    ...before,
    title: 'Shots fired near Kosovo border crossing at Jarinje, one policeman wounded',
    text: 'Shots were fired near the Jarinje crossing between Kosovo and Serbia on Tuesday afternoon, and one policeman was wounded in the leg. "The officer is in a stable condition and the attackers fled towards the hills," police spokesman Veton Elshani told reporters at the scene. The road stays closed in both directions while the police search the area.',
  };

  it('is delivered once, in the next digest after the edit (it was never posted before), also across a restart', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TOPICS, subscriptions: [HALF_HOURLY], feeds: ['a.rss'] });
    h.writeFeed('a.rss', 'Outlet A', [before]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect(timesShown(h, 'news', 'shots fired')).toBe(0);
    h.writeFeed('a.rss', 'Outlet A', [after]);
    await h.runTo('2026-12-01T20:40:00Z');
    await h.restart('2026-12-01T20:41:00Z');
    await h.runTo('2026-12-01T21:30:00Z');
    expect(timesShown(h, 'news', after.title)).toBe(1);
    // Its edits after that (another wording, still matching) are not posted again.
    h.writeFeed('a.rss', 'Outlet A', [{ ...after, title: `${after.title} (updated)` }]);
    await h.runTo('2026-12-01T22:30:00Z');
    expect(timesShown(h, 'news', 'Jarinje')).toBe(1);
  }, 120_000);
});

describe('an edit that adds a topic to a story that already matched another (ADR 0281)', () => {
  const TWO_TOPICS = ['  - { id: kosovo, name: Kosovo, terms: [Kosovo] }', '  - { id: eu, name: EU, terms: [EU, European Union] }'];
  const channel = (name: string, topics: string) => `  - { platform: console, channel: ${name}, cron: "0,30 * * * *", timezone: UTC, topics: [${topics}] }`;
  const CHANNELS = [channel('kosovo-only', 'kosovo'), channel('eu-only', 'eu'), channel('both', 'kosovo, eu')];
  const first: FeedItemSpec = {
    guid: 'b-7',
    title: 'Kosovo closes the Jarinje crossing after a night of gunfire',
    link: '{{BASE}}/a/7',
    pubDate: '2026-12-01T20:05:00Z',
    text: 'Kosovo police closed the Jarinje crossing on Tuesday morning after gunfire near the checkpoint through the night. "Nobody was hurt, but we will not open the road until the area is safe," police spokesman Veton Elshani told reporters. Drivers were sent to the crossing at Merdare, an hour to the east.',
  };
  const withEu: FeedItemSpec = {
    ...first,
    title: 'Kosovo closes the Jarinje crossing after a night of gunfire; EU mission sends observers',
    text: `${first.text} The EU rule-of-law mission said it sent observers to the checkpoint and asked both sides to keep the road closed until the search ends.`,
  };

  it('reaches the channel of the new topic once, also across a restart, and no other channel again', async () => {
    h = await startStoryService({ start: '2026-12-01T20:00:00Z', topics: TWO_TOPICS, subscriptions: CHANNELS, feeds: ['b.rss'] });
    h.writeFeed('b.rss', 'Outlet B', [first]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect([timesShown(h, 'kosovo-only', 'Jarinje'), timesShown(h, 'eu-only', 'Jarinje'), timesShown(h, 'both', 'Jarinje')]).toEqual([1, 0, 1]);
    // The outlet's edit adds the EU mission: the story now matches eu too.
    h.writeFeed('b.rss', 'Outlet B', [withEu]);
    await h.runTo('2026-12-01T20:40:00Z');
    await h.restart('2026-12-01T20:41:00Z');
    await h.runTo('2026-12-01T21:30:00Z');
    expect(timesShown(h, 'eu-only', 'EU mission sends observers')).toBe(1);
    expect([timesShown(h, 'kosovo-only', 'Jarinje'), timesShown(h, 'both', 'Jarinje')]).toEqual([1, 1]);
    // A later edit (another wording, the same topics) is posted to none of them again, also after a restart.
    h.writeFeed('b.rss', 'Outlet B', [{ ...withEu, title: `${withEu.title} (updated)` }]);
    await h.runTo('2026-12-01T22:10:00Z');
    await h.restart('2026-12-01T22:11:00Z');
    await h.runTo('2026-12-01T23:00:00Z');
    expect([timesShown(h, 'kosovo-only', 'Jarinje'), timesShown(h, 'eu-only', 'Jarinje'), timesShown(h, 'both', 'Jarinje')]).toEqual([1, 1, 1]);
  }, 120_000);

  it('an instant topic added by the edit is alerted at once to its channel alone, and not repeated in its digest', async () => {
    const topics = ['  - { id: kosovo, name: Kosovo, terms: [Kosovo] }', '  - { id: eu, name: EU, priority: instant, terms: [EU, European Union] }'];
    const alerts = (name: string, list: string) =>
      `  - { platform: console, channel: ${name}, cron: "0,30 * * * *", timezone: UTC, mode: alerts, topics: [${list}] }`;
    h = await startStoryService({
      start: '2026-12-01T20:00:00Z',
      topics,
      subscriptions: [alerts('eu-alerts', 'eu'), alerts('both-alerts', 'kosovo, eu')],
      feeds: ['b.rss'],
    });
    h.writeFeed('b.rss', 'Outlet B', [first]);
    await h.runTo('2026-12-01T20:30:00Z');
    expect([timesShown(h, 'eu-alerts', 'Jarinje'), timesShown(h, 'both-alerts', 'Jarinje')]).toEqual([0, 1]);
    h.writeFeed('b.rss', 'Outlet B', [withEu]);
    await h.runTo('2026-12-01T20:32:00Z');
    const alerted = h.ledger('eu-alerts').filter((l) => l.text.includes('Jarinje'));
    expect(alerted).toHaveLength(1);
    expect(alerted[0].text).toContain('wirewatch alert');
    await h.restart('2026-12-01T20:33:00Z');
    await h.runTo('2026-12-01T21:30:00Z');
    // both-alerts had the story in its 20:30 digest: neither alerted nor posted again.
    expect([timesShown(h, 'eu-alerts', 'Jarinje'), timesShown(h, 'both-alerts', 'Jarinje')]).toEqual([1, 1]);
  }, 120_000);
});
