import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../model/clock.js';
import type { Digest, DigestEntry } from '../../model/digest.js';
import type { AnalyzedItem } from '../../model/story.js';
import type { Subscription } from '../../model/subscription.js';
import { windowSubject } from '../../model/delivery.js';
import { createMemoryStore } from '../../store/memory/memory-store.js';
import type { PanelDeps } from '../deps.js';
import { subscriptionLog } from './delivery-log.js';

const T0 = new Date('2026-11-26T12:00:00Z');
const T1 = new Date('2026-11-27T12:00:00Z');

function analysed(key: string, firstSeen: Date, matched: boolean): AnalyzedItem {
  return {
    id: '',
    feedUrl: 'http://127.0.0.1/feed.rss',
    outlet: `Outlet ${key}`,
    item: { key, guid: key, title: `Story ${key}`, link: `http://127.0.0.1/${key}`, published: firstSeen, author: null, summary: null, text: null },
    article: { paragraphs: [`Story ${key}`] },
    firstSeen,
    matches: matched ? [{ topicId: 'kosovo', mentions: [], relevance: 1 }] : [],
    quotes: [],
  } as unknown as AnalyzedItem;
}

/** A memory store at 2026-11-27 13:00 UTC with the topic kosovo and one daily Discord subscription `id`. */
async function setup(id: string, lastWindowEnd: Date) {
  const clock = new ManualClock('2026-11-27T13:00:00Z');
  const store = createMemoryStore({ clock });
  await store.watchlists.upsertTopic({ id: 'kosovo', name: 'Kosovo', terms: ['Kosovo'], exclude: [], priority: 'digest', workspace: null });
  const sub: Subscription = await store.subscriptions.upsertSubscription({
    id,
    platform: 'discord',
    workspace: '4000',
    channel: '5000',
    topics: [],
    cron: '0 12 * * *',
    timezone: 'UTC',
    locale: 'en',
    mode: 'digest',
    postEmpty: false,
    paused: false,
    pausedReason: null,
    createdBy: 'x',
    lastWindowEnd,
  });
  return { clock, store, sub };
}

describe('delivery log', () => {
  it('says per story: delivered with the message link, in overflow, duplicate of another outlet, not matched and why, waiting', async () => {
    const { clock, store, sub } = await setup('d1', T0);
    const inWindow = new Date('2026-11-27T09:00:00Z');
    const [a, b, c, d, e] = await Promise.all([
      store.items.saveItem(analysed('a', inWindow, true)),
      store.items.saveItem(analysed('b', inWindow, true)),
      store.items.saveItem(analysed('c', inWindow, true)),
      store.items.saveItem(analysed('d', inWindow, false)),
      store.items.saveItem(analysed('e', new Date('2026-11-27T12:30:00Z'), true)),
    ]);
    const row = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'digest', subject: windowSubject(T0, T1), now: T1, windowEnd: T1 });
    await store.deliveries.markSent(row.id, ['900000000000000001'], T1);
    const entry = { id: a.id, title: 'Story a', link: 'http://127.0.0.1/a', outlet: 'Outlet a', itemIds: [a.id, c.id] } as DigestEntry;
    const digest: Digest = {
      id: 'x',
      subscriptionId: sub.id,
      windowStart: T0,
      windowEnd: T1,
      timezone: 'UTC',
      locale: 'en',
      notices: [],
      sections: [
        {
          topicId: 'kosovo',
          topicName: 'Kosovo',
          entries: [entry],
          more: [{ id: b.id, title: 'Story b', link: 'http://127.0.0.1/b', outlet: 'Outlet b', itemIds: [b.id] }],
        },
      ],
    };
    const deps = { store, clock, composeFor: async () => digest, render: () => [{}] } as unknown as PanelDeps;
    const rows = await subscriptionLog(deps, (await store.subscriptions.getSubscription(sub.id))!, T0, clock.now());
    const fate = (id: string) => rows.find((r) => r.item.id === id)!.fate;
    expect(fate(a.id)).toMatchObject({ kind: 'delivered', topic: 'Kosovo', link: 'https://discord.com/channels/4000/5000/900000000000000001' });
    expect(fate(b.id)).toMatchObject({ kind: 'overflow', topic: 'Kosovo' });
    expect(fate(c.id)).toMatchObject({ kind: 'duplicate', of: { id: a.id, outlet: 'Outlet a' }, overflow: false });
    expect(fate(d.id)).toMatchObject({ kind: 'not_matched', why: 'No term of kosovo occurs in its headline or text.' });
    expect(fate(e.id)).toMatchObject({ kind: 'waiting', next: new Date('2026-11-28T12:00:00Z') });
    await store.subscriptions.updateSubscription(sub.id, { paused: true, pausedReason: 'missing_access' });
    const paused = await subscriptionLog(deps, (await store.subscriptions.getSubscription(sub.id))!, T0, clock.now());
    expect(paused.find((r) => r.item.id === e.id)!.fate).toEqual({ kind: 'paused', reason: 'missing_access' });
  });

  it('tells a new feed’s back catalogue (stored at its own date) from a story first seen before the first window', async () => {
    const { clock, store, sub } = await setup('d2', T1);
    const old = new Date('2026-11-20T08:00:00Z');
    const backCatalogue = await store.items.saveItem(analysed('old', old, true));
    const live = analysed('live', new Date('2026-11-26T09:00:00Z'), true);
    const earlierLive = await store.items.saveItem({ ...live, item: { ...live.item, published: new Date('2026-11-26T08:55:00Z') } });
    const deps = { store, clock, composeFor: async () => null, render: () => [{}] } as unknown as PanelDeps;
    const rows = await subscriptionLog(deps, sub, old, clock.now());
    const fate = (id: string) => rows.find((r) => r.item.id === id)!.fate;
    expect(fate(backCatalogue.id)).toMatchObject({ kind: 'before', why: expect.stringContaining('back catalogue') });
    expect(fate(earlierLive.id)).toMatchObject({ kind: 'before', why: expect.stringContaining('First seen before') });
  });
});
