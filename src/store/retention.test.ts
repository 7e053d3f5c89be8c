import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory/memory-store.js';
import { sampleItem } from './testdata/samples.js';
import { pruneStore } from './retention.js';

describe('pruneStore', () => {
  it('prunes items older than the retention, then the ledger rows no stored item needs', async () => {
    const store = createMemoryStore();
    const now = new Date('2026-03-01T00:00:00Z');
    const old = await store.items.saveItem(sampleItem({ key: 'old', title: 'Old', firstSeen: new Date('2026-01-15T00:00:00Z') }));
    const kept = await store.items.saveItem(sampleItem({ key: 'kept', title: 'Kept', firstSeen: new Date('2026-02-15T00:00:00Z') }));
    await store.subscriptions.upsertSubscription({
      id: 's',
      platform: 'console',
      workspace: 'w',
      channel: 'c',
      topics: [],
      cron: '* * * * *',
      timezone: 'UTC',
      locale: 'en',
      mode: 'alerts',
      postEmpty: false,
      paused: false,
      pausedReason: null,
      createdBy: null,
      lastWindowEnd: null,
    });
    const longAgo = new Date('2026-01-16T00:00:00Z');
    for (const id of [old.id, kept.id]) {
      const d = await store.deliveries.beginDelivery({ subscriptionId: 's', kind: 'item', subject: id, now: longAgo });
      await store.deliveries.markSent(d.id, ['m'], longAgo);
    }
    const r = await pruneStore(store, now, 30);
    expect(r).toEqual({ before: new Date('2026-01-30T00:00:00Z'), items: 1, deliveries: 1 });
    expect((await store.deliveries.listDeliveries('s')).map((d) => d.subject)).toEqual([kept.id]);
    await expect(pruneStore(store, now, 0)).rejects.toThrow(RangeError);
  });
});
