/**
 * A newly added feed that carries its archive (ADR 0164), end to end through the real `Service`
 * (test/fixtures/story-service.ts): its first read — a backlog over several polls — stores the archive
 * but delivers only the last day's stories, in a digest and as instant alerts; a late item the feed
 * carries after that first read is delivered as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startStoryService, storyText, type FeedItemSpec, type StoryService } from '../fixtures/story-service.js';

const TOPICS = ['  - { id: kosovo, name: Kosovo, terms: [Kosovo] }', '  - { id: serbia, name: Serbia, priority: instant, terms: [Belgrade] }'];
const SUBSCRIPTIONS = [
  '  - { platform: console, channel: news, cron: "0,30 * * * *", timezone: UTC }',
  '  - { platform: console, channel: alerts, cron: "0 8 * * *", timezone: UTC, mode: alerts }',
];
const START = '2026-12-01T20:00:00Z';
const HOUR = 3_600_000;

let h: StoryService | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

/** Story `n`, about Kosovo (even) or Belgrade (odd, an instant topic), published `hoursAgo` before START. */
function story(n: number, hoursAgo: number): FeedItemSpec {
  const { title, text } = storyText(n, n % 2 === 0 ? 'Kosovo' : 'Belgrade');
  return { guid: `g-${n}`, title, link: `{{BASE}}/a/${n}`, text, pubDate: new Date(new Date(START).getTime() - hoursAgo * HOUR).toISOString() };
}

/** How many lines of the channel's console ledger starting with `kind` name `title`. */
function shown(s: StoryService, channel: string, kind: 'wirewatch digest' | 'wirewatch alert', title: string): number {
  return s.ledger(channel).filter((l) => l.text.startsWith(kind) && l.text.includes(title)).length;
}

describe('a new feed with a back catalogue (ADR 0164)', () => {
  it('delivers the last day of a 250-story archive read over several polls, never the rest; a later late item is delivered', async () => {
    h = await startStoryService({
      start: START,
      topics: TOPICS,
      subscriptions: SUBSCRIPTIONS,
      feeds: ['a.rss'],
      extra: ['digests: { grace: 6h, shutdownTimeout: 2s, retryBase: 1s, instantPerHour: 100 }'],
    });
    // 10 stories of the last ten hours, 240 from two to sixteen days back: more than one poll takes (200).
    const recent = Array.from({ length: 10 }, (_, i) => story(i, i + 0.5));
    const archive = Array.from({ length: 240 }, (_, i) => story(100 + i, 48 + i * 1.4));
    // The feed is added to the running service (as `/feed add` does) with its archive already in it.
    h.writeFeed('b.rss', 'Outlet B', [...recent, ...archive]);
    await h.store.feeds.upsertFeed({ url: `${h.origin}/b.rss`, workspace: null });
    await h.runTo('2026-12-01T20:30:00Z');

    expect(await h.store.items.itemsFirstSeen(new Date(0), h.clock.now())).toHaveLength(250);
    for (const s of recent) {
      if (s.title.startsWith('Kosovo')) expect(shown(h, 'news', 'wirewatch digest', s.title), s.title).toBe(1);
      else expect(shown(h, 'alerts', 'wirewatch alert', s.title), s.title).toBe(1);
    }
    for (const s of archive) {
      expect(shown(h, 'news', 'wirewatch digest', s.title), s.title).toBe(0);
      expect(shown(h, 'alerts', 'wirewatch alert', s.title), s.title).toBe(0);
    }

    // Read once, the feed's late items are news again: one dated three days back lands in the next digest.
    const late = story(900, 72);
    h.writeFeed('b.rss', 'Outlet B', [late, ...recent, ...archive]);
    await h.runTo('2026-12-01T21:00:00Z');
    expect(shown(h, 'news', 'wirewatch digest', late.title)).toBe(1);
    for (const s of archive) expect(shown(h, 'news', 'wirewatch digest', s.title), s.title).toBe(0);
  }, 120_000);
});
