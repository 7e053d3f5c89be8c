import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Cron } from 'croner';
import { ManualClock } from '../model/clock.js';
import type { Subscription, PlatformName } from '../model/subscription.js';
import type { AnalyzedItem } from '../model/story.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Store } from '../store/store.js';
import { sampleSubscription } from '../store/testdata/samples.js';
import { DigestScheduler, FIRST_WINDOW_MS } from './digest-scheduler.js';
import { parseWindowSubject, windowSubject } from '../model/delivery.js';
import { InstantAlerts, inQuietHours } from './instant.js';

const sub = (over: Partial<Subscription> = {}): Subscription =>
  sampleSubscription({
    id: 's1',
    platform: 'console',
    workspace: 'console',
    channel: 'stdout',
    topics: [],
    cron: '0 8 * * *',
    locale: 'en',
    createdBy: null,
    ...over,
  });

class RecordingDispatcher {
  calls: { id: string; kind: string; subject: string }[] = [];
  status = 'sent';
  async deliver(s: Subscription, kind: 'digest' | 'item', subject: string) {
    this.calls.push({ id: s.id, kind, subject });
    return { status: this.status };
  }
}

describe('DigestScheduler', () => {
  let store: Store;
  let clock: ManualClock;
  let dispatcher: RecordingDispatcher;
  const make = (graceMs = 6 * 3_600_000) =>
    new DigestScheduler({
      subscriptions: store.subscriptions,
      dispatcher,
      clock,
      graceMs,
      platforms: () => new Set<PlatformName>(['console']),
    });

  beforeEach(() => {
    clock = new ManualClock('2026-11-26T12:00:00Z');
    store = createMemoryStore({ clock });
    dispatcher = new RecordingDispatcher();
  });

  it('fires each digest at its cron time in its time zone while the clock fast-forwards a day', async () => {
    await store.subscriptions.upsertSubscription(sub());
    await store.subscriptions.upsertSubscription(sub({ id: 's2', channel: 'ny', cron: '30 9 * * *', timezone: 'America/New_York' }));
    const s = make();
    // a day and a half in 5-minute ticks
    for (let i = 0; i < (36 * 60) / 5; i++) {
      await s.tick(clock.now());
      clock.advance(5 * 60_000);
    }
    expect(dispatcher.calls.map((c) => `${c.id} ${c.subject}`)).toEqual([
      // 09:30 New York = 14:30Z; a new subscription's first window starts at min(previous occurrence,
      // first seen − 24 h): first seen at 12:00Z, so 24 h before that
      's2 2026-11-25T12:00:00.000Z/2026-11-26T14:30:00.000Z',
      // 08:00 Belgrade = 07:00Z; the previous occurrence (today 07:00Z) is later than 24 h ago
      's1 2026-11-25T12:00:00.000Z/2026-11-27T07:00:00.000Z',
      // the next window starts where the last one ended
      's2 2026-11-26T14:30:00.000Z/2026-11-27T14:30:00.000Z',
    ]);
    const stored = await store.subscriptions.getSubscription('s1');
    expect(stored!.lastWindowEnd!.toISOString()).toBe('2026-11-27T07:00:00.000Z');
  });

  it('sends a digest missed during downtime once on start when within the grace window', async () => {
    await store.subscriptions.upsertSubscription(sub({ lastWindowEnd: new Date('2026-11-25T07:00:00Z') }));
    clock.set('2026-11-26T09:00:00Z'); // two hours after the 08:00 Belgrade run
    const s = make();
    await s.tick(clock.now());
    await s.tick(clock.now());
    expect(dispatcher.calls.map((c) => c.subject)).toEqual(['2026-11-25T07:00:00.000Z/2026-11-26T07:00:00.000Z']);
  });

  it('skips a missed digest older than the grace window; the next window covers the gap', async () => {
    await store.subscriptions.upsertSubscription(sub({ lastWindowEnd: new Date('2026-11-25T07:00:00Z') }));
    clock.set('2026-11-26T15:00:00Z'); // eight hours late, grace 6 h
    const s = make();
    await s.tick(clock.now());
    expect(dispatcher.calls).toEqual([]);
    clock.set('2026-11-27T07:00:00Z');
    await s.tick(clock.now());
    expect(dispatcher.calls.map((c) => c.subject)).toEqual(['2026-11-25T07:00:00.000Z/2026-11-27T07:00:00.000Z']);
  });

  it("finds a new subscription's first digest after a restart that missed it", async () => {
    await store.subscriptions.upsertSubscription(sub({ cron: '0 12 * * *', timezone: 'UTC' }));
    clock.set('2026-11-27T11:00:00Z');
    await make().tick(clock.now()); // first seen: baseline persisted, nothing due
    expect(dispatcher.calls).toEqual([]);
    clock.set('2026-11-27T12:30:00Z'); // the process was down at 12:00
    await make().tick(clock.now());
    expect(dispatcher.calls.map((c) => c.subject)).toEqual(['2026-11-26T11:00:00.000Z/2026-11-27T12:00:00.000Z']);
  });

  it('gives a new subscription a first window covering at least the 24 h before it was first seen', async () => {
    // hourly: the previous occurrence is minutes before start, but the first digest still covers a day
    await store.subscriptions.upsertSubscription(sub({ cron: '0 * * * *', timezone: 'UTC' }));
    clock.set('2026-11-27T10:10:00Z');
    const s = make();
    await s.tick(clock.now());
    expect(dispatcher.calls).toEqual([]);
    expect((await store.subscriptions.getSubscription('s1'))!.lastWindowEnd!.toISOString()).toBe('2026-11-26T10:10:00.000Z');
    clock.set('2026-11-27T11:00:00Z');
    await s.tick(clock.now());
    clock.set('2026-11-27T12:00:00Z');
    await s.tick(clock.now());
    expect(dispatcher.calls.map((c) => c.subject)).toEqual([
      '2026-11-26T10:10:00.000Z/2026-11-27T11:00:00.000Z',
      '2026-11-27T11:00:00.000Z/2026-11-27T12:00:00.000Z',
    ]);
    // weekly: the previous occurrence is older than 24 h and stays the start
    await store.subscriptions.upsertSubscription(sub({ id: 'w', channel: 'weekly', cron: '0 9 * * 1', timezone: 'UTC' }));
    await s.tick(clock.now());
    expect((await store.subscriptions.getSubscription('w'))!.lastWindowEnd!.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });

  it('leaves paused subscriptions and those without a running adapter alone', async () => {
    await store.subscriptions.upsertSubscription(sub({ paused: true, pausedReason: 'gone' }));
    await store.subscriptions.upsertSubscription(sub({ id: 'd', platform: 'discord', workspace: 'g', channel: 'c' }));
    const s = make();
    await s.tick(clock.now());
    clock.advance(86_400_000);
    await s.tick(clock.now());
    expect(dispatcher.calls).toEqual([]);
  });

  it('round-trips window subjects', () => {
    const w = { start: new Date('2026-11-26T07:00:00Z'), end: new Date('2026-11-27T07:00:00Z') };
    expect(parseWindowSubject(windowSubject(w.start, w.end))).toEqual(w);
    expect(() => parseWindowSubject('nonsense')).toThrow(/not a digest window/);
  });
});

describe('DigestScheduler with many fast schedules', () => {
  it('adds a * * * * * subscription next to 1,000 others with a handful of calendar steps, yielding to the event loop', async () => {
    const clock = new ManualClock('2026-11-27T12:00:30Z');
    const store = createMemoryStore({ clock });
    for (let i = 0; i < 1000; i++) {
      await store.subscriptions.upsertSubscription({
        ...sub({ id: `s${i}`, channel: `c${i}`, cron: '* * * * *', timezone: 'Europe/Belgrade' }),
        lastWindowEnd: new Date('2026-11-27T11:59:00Z'),
      });
    }
    await store.subscriptions.upsertSubscription(sub({ id: 'new', channel: 'new', cron: '* * * * *', timezone: 'Europe/Belgrade' }));
    const dispatcher = new RecordingDispatcher();
    const scheduler = new DigestScheduler({
      subscriptions: store.subscriptions,
      dispatcher,
      clock,
      graceMs: 3_600_000,
      platforms: () => new Set<PlatformName>(['console']),
    });
    const previous = vi.spyOn(Cron.prototype, 'previousRuns');
    const next = vi.spyOn(Cron.prototype, 'nextRun');
    let yielded = 0;
    const probe = setInterval(() => yielded++, 0);
    try {
      expect(await scheduler.tick(clock.now())).toBe(1000); // the new one's first occurrence is the next minute
    } finally {
      clearInterval(probe);
    }
    // one backward step for "latest ≤ now" and one for the new subscription's first window: no scan
    expect(previous.mock.calls.length).toBeLessThanOrEqual(2);
    expect(next.mock.calls.length).toBeLessThanOrEqual(2); // the validation: the expression parses, and it ever fires (cronProblem)
    expect(yielded).toBeGreaterThan(0);
    clock.set('2026-11-27T12:01:02Z');
    expect(await scheduler.tick(clock.now())).toBe(1001);
    expect(dispatcher.calls.filter((c) => c.id === 'new').map((c) => c.subject)).toEqual(['2026-11-26T12:00:30.000Z/2026-11-27T12:01:00.000Z']);
    expect(previous.mock.calls.length).toBeLessThanOrEqual(3);
    previous.mockRestore();
    next.mockRestore();
  });
});

describe('InstantAlerts', () => {
  const item = (id: string, topicId: string, feedUrl = 'https://news.test/feed', link: string | null = null): AnalyzedItem =>
    ({
      id,
      feedUrl,
      item: { link, canonicalLink: link },
      firstSeen: new Date('2026-11-27T09:00:00Z'),
      matches: [{ topicId, relevance: 1, mentions: [{ topicId, term: 'x', text: 'x', paragraph: 0, start: 0, end: 1 }] }],
    }) as unknown as AnalyzedItem;

  it('alerts a story that two feeds carry once per channel, in one round and in a later one', async () => {
    const clock = new ManualClock('2026-11-27T10:00:00Z');
    const store = createMemoryStore({ clock });
    await store.watchlists.upsertTopic({ id: 'hot', name: 'Hot', terms: ['x'], exclude: [], priority: 'instant', workspace: null });
    await store.subscriptions.upsertSubscription(sub({ mode: 'alerts' }));
    for (const url of ['https://a.test/feed', 'https://b.test/feed', 'https://c.test/feed']) await store.feeds.upsertFeed({ url, workspace: null });
    // A dispatcher that writes the ledger, as the real one does.
    const calls: string[] = [];
    const dispatcher = {
      async deliver(s: Subscription, kind: 'item', subject: string) {
        calls.push(subject);
        await store.deliveries.beginDelivery({ subscriptionId: s.id, kind, subject, now: clock.now() });
        return { status: 'sent' };
      },
    };
    const ledger = {
      deliveries: store.deliveries,
      items: { getItem: async (id: string) => (id === 'a1' ? item('a1', 'hot', 'https://a.test/feed', 'https://story.test/one') : null) },
    };
    const alerts = new InstantAlerts({
      subscriptions: store.subscriptions,
      watchlists: store.watchlists,
      feeds: store.feeds,
      dispatcher,
      ledger,
      clock,
      perHour: 10,
    });
    // one round: the same link (once with a tracker and www.) from two feeds, and another story
    const r1 = await alerts.handle([
      item('a1', 'hot', 'https://a.test/feed', 'https://story.test/one'),
      item('b1', 'hot', 'https://b.test/feed', 'https://www.story.test/one?utm_source=rss'),
      item('b2', 'hot', 'https://b.test/feed', 'https://story.test/two'),
    ]);
    expect(r1.sent).toBe(2);
    expect(calls).toEqual(['a1', 'b2']);
    // a later round: a third feed carries story one
    clock.advance(600_000);
    expect((await alerts.handle([item('c1', 'hot', 'https://c.test/feed', 'https://story.test/one')])).sent).toBe(0);
    expect(calls).toEqual(['a1', 'b2']);
  });

  it('a late (swept) alert skips an item a digest already covered: held back in quiet hours, it went to the digest', async () => {
    const clock = new ManualClock('2026-11-27T05:50:00Z'); // 06:50 in Belgrade, in quiet hours
    const store = createMemoryStore({ clock });
    await store.watchlists.upsertTopic({ id: 'hot', name: 'Hot', terms: ['x'], exclude: [], priority: 'instant', workspace: null });
    await store.subscriptions.upsertSubscription(sub({ mode: 'alerts', quietHours: { from: '22:00', to: '07:00' } }));
    await store.feeds.upsertFeed({ url: 'https://news.test/feed', workspace: null });
    const dispatcher = new RecordingDispatcher();
    const ledger = { deliveries: store.deliveries, items: { getItem: async () => null } };
    const alerts = new InstantAlerts({
      subscriptions: store.subscriptions,
      watchlists: store.watchlists,
      feeds: store.feeds,
      dispatcher,
      ledger,
      clock,
      perHour: 10,
    });
    const held = { ...item('q', 'hot'), firstSeen: new Date('2026-11-27T05:50:00Z') } as AnalyzedItem;
    expect(await alerts.handle([held])).toEqual({ sent: 0, capped: 0, quiet: 1 });
    // Quiet hours end; the 07:00 digest covers the item's first-seen time and is sent.
    clock.set('2026-11-27T06:05:00Z');
    await store.deliveries.beginDelivery({
      subscriptionId: 's1',
      kind: 'digest',
      subject: '2026-11-26T06:00:00.000Z/2026-11-27T06:00:00.000Z',
      now: clock.now(),
    });
    // The leader's sweep finds the item again: it is not alerted a second time.
    expect((await alerts.handle([held], { late: true })).sent).toBe(0);
    expect(dispatcher.calls).toEqual([]);
    // An item first seen after that window is still alerted late.
    const after = { ...item('r', 'hot'), firstSeen: new Date('2026-11-27T06:01:00Z') } as AnalyzedItem;
    expect((await alerts.handle([after], { late: true })).sent).toBe(1);
  });

  it('alerts instant topics only, capped per channel per hour, and not in quiet hours', async () => {
    const clock = new ManualClock('2026-11-27T10:00:00Z');
    const store = createMemoryStore({ clock });
    await store.watchlists.upsertTopic({ id: 'hot', name: 'Hot', terms: ['x'], exclude: [], priority: 'instant', workspace: null });
    await store.watchlists.upsertTopic({ id: 'slow', name: 'Slow', terms: ['y'], exclude: [], priority: 'digest', workspace: null });
    await store.subscriptions.upsertSubscription(sub({ mode: 'alerts', quietHours: { from: '22:00', to: '07:00' } }));
    await store.subscriptions.upsertSubscription(sub({ id: 'digest-only', channel: 'other' }));
    const dispatcher = new RecordingDispatcher();
    await store.feeds.upsertFeed({ url: 'https://news.test/feed', workspace: null });
    await store.feeds.upsertFeed({ url: 'https://other-tenant.test/feed', workspace: 'guild-other' });
    const alerts = new InstantAlerts({ subscriptions: store.subscriptions, watchlists: store.watchlists, feeds: store.feeds, dispatcher, clock, perHour: 2 });
    // another tenant's feed is never alerted here (tenancy), and does not count towards the cap
    const r1 = await alerts.handle([
      item('x', 'hot', 'https://other-tenant.test/feed'),
      item('a', 'hot'),
      item('b', 'slow'),
      item('c', 'hot'),
      item('d', 'hot'),
    ]);
    expect(r1).toEqual({ sent: 2, capped: 1, quiet: 0 });
    expect(dispatcher.calls.map((c) => `${c.id} ${c.kind} ${c.subject}`)).toEqual(['s1 item a', 's1 item c']);
    clock.advance(3_600_001);
    expect((await alerts.handle([item('e', 'hot')])).sent).toBe(1);
    clock.set('2026-11-27T22:30:00Z'); // 23:30 in Belgrade
    expect(await alerts.handle([item('f', 'hot')])).toEqual({ sent: 0, capped: 0, quiet: 1 });
  });

  it('never alerts a new feed’s back catalogue (an item first seen more than a day ago, at its old date; ADR 0164)', async () => {
    const clock = new ManualClock('2026-11-27T10:00:00Z');
    const store = createMemoryStore({ clock });
    await store.watchlists.upsertTopic({ id: 'hot', name: 'Hot', terms: ['x'], exclude: [], priority: 'instant', workspace: null });
    await store.subscriptions.upsertSubscription(sub({ mode: 'alerts' }));
    await store.feeds.upsertFeed({ url: 'https://news.test/feed', workspace: null });
    const dispatcher = new RecordingDispatcher();
    const alerts = new InstantAlerts({ subscriptions: store.subscriptions, watchlists: store.watchlists, feeds: store.feeds, dispatcher, clock, perHour: 10 });
    const at = (id: string, firstSeen: string) => ({ ...item(id, 'hot'), firstSeen: new Date(firstSeen) }) as AnalyzedItem;
    const r = await alerts.handle([at('archive', '2026-11-20T08:00:00Z'), at('yesterday', '2026-11-26T09:59:59Z'), at('today', '2026-11-27T10:00:00Z')]);
    expect(r).toEqual({ sent: 1, capped: 0, quiet: 0 });
    expect(dispatcher.calls.map((c) => c.subject)).toEqual(['today']);
  });

  it('leaves the count to a shared cap when one is given (scaled out: counted in the database), never posting a capped item', async () => {
    const clock = new ManualClock('2026-11-27T10:00:00Z');
    const store = createMemoryStore({ clock });
    await store.watchlists.upsertTopic({ id: 'hot', name: 'Hot', terms: ['x'], exclude: [], priority: 'instant', workspace: null });
    await store.subscriptions.upsertSubscription(sub({ mode: 'alerts' }));
    await store.feeds.upsertFeed({ url: 'https://news.test/feed', workspace: null });
    const dispatcher = new RecordingDispatcher();
    const asked: string[] = [];
    // Another process used the hour's first alert already: one left of two.
    let left = 1;
    const cap = {
      async deliverCapped(s: Subscription, channel: string, subject: string, perHour: number) {
        asked.push(`${channel} ${subject} ${perHour}`);
        return { status: left-- > 0 ? 'queued' : 'capped' };
      },
    };
    const alerts = new InstantAlerts({
      subscriptions: store.subscriptions,
      watchlists: store.watchlists,
      feeds: store.feeds,
      dispatcher,
      clock,
      perHour: 2,
      cap,
    });
    expect(await alerts.handle([item('a', 'hot'), item('b', 'hot')])).toEqual({ sent: 1, capped: 1, quiet: 0 });
    expect(asked).toEqual(['console:console:stdout a 2', 'console:console:stdout b 2']);
    expect(dispatcher.calls).toEqual([]);
  });

  it('computes quiet hours in local time, wrapping midnight', () => {
    const q = { from: '22:00', to: '07:00' };
    expect(inQuietHours(new Date('2026-11-27T05:30:00Z'), 'Europe/Belgrade', q)).toBe(true); // 06:30
    expect(inQuietHours(new Date('2026-11-27T06:00:00Z'), 'Europe/Belgrade', q)).toBe(false); // 07:00
    expect(inQuietHours(new Date('2026-11-27T12:00:00Z'), 'America/New_York', { from: '06:00', to: '08:00' })).toBe(true); // 07:00
    expect(inQuietHours(new Date('2026-11-27T12:00:00Z'), 'UTC', null)).toBe(false);
  });
});

describe('instant-alert cap and the first digest', () => {
  const stored = (key: string, published: Date, firstSeen: Date): AnalyzedItem =>
    ({
      id: `https://news.test/feed#${key}`,
      feedUrl: 'https://news.test/feed',
      outlet: 'News',
      item: {
        guid: key,
        key,
        title: `Story ${key}`,
        link: null,
        canonicalLink: null,
        published,
        author: null,
        categories: [],
        summary: null,
        contentHtml: null,
        text: 'x',
        enclosures: [],
      },
      article: { paragraphs: [`Story ${key}`, 'x'] },
      firstSeen,
      matches: [{ topicId: 'hot', relevance: 1, mentions: [{ topicId: 'hot', term: 'x', text: 'x', paragraph: 1, start: 0, end: 1 }] }],
      quotes: [],
    }) as unknown as AnalyzedItem;

  it('puts an item held back by the hourly cap into the next digest, even one published before the service started', async () => {
    const clock = new ManualClock('2026-11-27T10:10:00Z');
    const store = createMemoryStore({ clock });
    await store.watchlists.upsertTopic({ id: 'hot', name: 'Hot', terms: ['x'], exclude: [], priority: 'instant', workspace: null });
    // alerts mode still gets its digest (held-back items wait for it); hourly digest
    await store.subscriptions.upsertSubscription(sub({ mode: 'alerts', cron: '0 * * * *', timezone: 'UTC' }));
    const dispatcher = new RecordingDispatcher();
    const scheduler = new DigestScheduler({
      subscriptions: store.subscriptions,
      dispatcher,
      clock,
      graceMs: 6 * 3_600_000,
      platforms: () => new Set<PlatformName>(['console']),
    });
    await scheduler.tick(clock.now()); // service start: the subscription's first window is fixed now
    // the first poll finds two stories published before the start (09:40 and 07:30); the cap is 1 per hour
    const items: AnalyzedItem[] = [];
    for (const [key, at] of [
      ['a', '2026-11-27T09:40:00Z'],
      ['b', '2026-11-27T07:30:00Z'],
    ] as const) {
      const { id } = await store.items.saveItem(stored(key, new Date(at), clock.now()));
      items.push({ ...stored(key, new Date(at), clock.now()), id });
    }
    const alerts = new InstantAlerts({ subscriptions: store.subscriptions, watchlists: store.watchlists, feeds: store.feeds, dispatcher, clock, perHour: 1 });
    expect(await alerts.handle(items)).toEqual({ sent: 1, capped: 1, quiet: 0 });
    const alerted = dispatcher.calls.filter((c) => c.kind === 'item').map((c) => c.subject);
    const held = items.find((i) => !alerted.includes(i.id))!;
    clock.set('2026-11-27T11:00:00Z');
    await scheduler.tick(clock.now());
    const digests = dispatcher.calls.filter((c) => c.kind === 'digest');
    expect(digests).toHaveLength(1);
    const window = parseWindowSubject(digests[0].subject);
    expect(window.start.getTime()).toBeLessThanOrEqual(new Date('2026-11-27T10:10:00Z').getTime() - FIRST_WINDOW_MS);
    const inDigest = (await store.items.itemsInWindow(window.start, window.end)).map((i) => i.id);
    expect(inDigest).toContain(held.id);
  });
});
