/**
 * The speaker part of the store contract (`store.ts` SpeakerStore): speaker entities across spellings
 * and the quote search, for every Store implementation. Test-only: import it from a `*.test.ts` file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Store } from './store.js';
import type { StoreFactory } from './contract.js';
import { sampleItem, sampleSubscription } from './testdata/samples.js';

/** An item of `feedUrl` published at `iso` with one quote per speaker given. */
function itemWith(n: number, iso: string, speakers: (string | null)[], over: { feedUrl?: string; outlet?: string; topic?: string } = {}): AnalyzedItem {
  const a = sampleItem({ key: `https://vesti.example/q/${n}`, feedUrl: over.feedUrl, published: new Date(iso), firstSeen: new Date(iso), title: `Story ${n}` });
  a.outlet = over.outlet ?? 'Vesti';
  a.matches = over.topic ? [{ topicId: over.topic, relevance: 0.5, mentions: [] }] : [];
  a.quotes = speakers.map((speaker, i) => ({ ...sampleItem().quotes[0], text: `words ${n}.${i}`, speaker }));
  return a;
}

/** Registers the speaker contract for one implementation. */
export function speakerContract(name: string, factory: StoreFactory): void {
  describe(`store contract, speakers: ${name}`, () => {
    let store: Store;
    let close: () => Promise<void>;

    beforeEach(async () => {
      ({ store, close } = await factory(new ManualClock('2026-03-10T08:00:00.000Z')));
    });
    afterEach(async () => {
      await close();
    });

    it('keeps one entity per person across scripts, orthographies and cases, with every spelling', async () => {
      await store.items.saveItem(itemWith(1, '2026-03-01T08:00:00Z', ['Вучић', 'Albin Kurti']));
      await store.items.saveItem(itemWith(2, '2026-03-02T08:00:00Z', ['Aleksandar Vučić', 'Vuçiq', 'Kurtija']));
      await store.items.saveItem(itemWith(3, '2026-03-03T08:00:00Z', ['Vučićem', 'Andrej Vučić', null]));
      const found = await store.speakers.findSpeakers('Vucic');
      expect(found.map((s) => s.name)).toEqual(['Aleksandar Vučić', 'Andrej Vučić']);
      expect(found[0].spellings).toEqual(['Вучић', 'Aleksandar Vučić', 'Vuçiq', 'Vučićem']);
      expect((await store.speakers.findSpeakers('Aleksandra Vučića')).map((s) => s.name)).toEqual(['Aleksandar Vučić']);
      const kurti = await store.speakers.findSpeakers('Курти');
      expect(kurti.map((s) => s.spellings)).toEqual([['Albin Kurti', 'Kurtija']]);
      expect(await store.speakers.getSpeaker(kurti[0].id)).toEqual(kurti[0]);
      expect(await store.speakers.getSpeaker('nope')).toBeNull();
      expect(await store.speakers.findSpeakers('Ivica Dačić')).toEqual([]);
    });

    it('searches quotes newest first by speaker entity, topic, outlet and date, paginated', async () => {
      await store.items.saveItem(itemWith(1, '2026-03-01T08:00:00Z', ['Вучић', 'Albin Kurti'], { topic: 'kosovo' }));
      await store.items.saveItem(itemWith(2, '2026-03-02T08:00:00Z', ['Vuçiq'], { outlet: 'Koha' }));
      await store.items.saveItem(itemWith(3, '2026-03-03T08:00:00Z', ['Vučića', 'Vučić'], { topic: 'kosovo' }));
      const ids = (await store.speakers.findSpeakers('Vučić')).map((s) => s.id);
      const all = await store.speakers.searchQuotes({ speakerIds: ids, offset: 0, limit: 10 });
      expect(all.total).toBe(4);
      expect(all.hits.map((h) => h.quote.text)).toEqual(['words 3.0', 'words 3.1', 'words 2.0', 'words 1.0']);
      expect(all.hits[0]).toMatchObject({ speakerName: 'Vučić', outlet: 'Vesti', title: 'Story 3', link: 'https://vesti.example/q/3' });
      expect(all.hits[0].time.toISOString()).toBe('2026-03-03T08:00:00.000Z');
      const page2 = await store.speakers.searchQuotes({ speakerIds: ids, offset: 2, limit: 2 });
      expect(page2).toMatchObject({ total: 4 });
      expect(page2.hits.map((h) => h.quote.text)).toEqual(['words 2.0', 'words 1.0']);
      const topic = await store.speakers.searchQuotes({ speakerIds: ids, topicId: 'kosovo', since: new Date('2026-03-02T00:00:00Z'), offset: 0, limit: 10 });
      expect(topic.hits.map((h) => h.quote.text)).toEqual(['words 3.0', 'words 3.1']);
      const koha = await store.speakers.searchQuotes({ outlets: ['Koha'], offset: 0, limit: 10 });
      expect(koha.hits.map((h) => h.quote.text)).toEqual(['words 2.0']);
      expect((await store.speakers.searchQuotes({ speakerIds: [], offset: 0, limit: 10 })).total).toBe(0);
      expect(await store.speakers.listOutlets()).toEqual(['Koha', 'Vesti']);
    });

    it('suggests speakers by typed prefix in any script, most quoted first, only from visible feeds', async () => {
      await store.feeds.upsertFeed({ url: 'https://own.example/rss', workspace: 'T1' });
      await store.items.saveItem(itemWith(1, '2026-03-01T08:00:00Z', ['Вучић', 'Vučića', 'Vesna Vukić']));
      await store.items.saveItem(itemWith(2, '2026-03-02T08:00:00Z', ['Vuk Jeremić'], { feedUrl: 'https://own.example/rss' }));
      expect((await store.speakers.suggestSpeakers('вук', 10, 'T2')).map((s) => s.name)).toEqual(['Vesna Vukić']);
      expect((await store.speakers.suggestSpeakers('Vu', 10, 'T1')).map((s) => s.name)).toEqual(['Вучић', 'Vesna Vukić', 'Vuk Jeremić']);
      expect((await store.speakers.suggestSpeakers('', 1, null)).map((s) => s.name)).toEqual(['Вучић']);
    });

    it('keeps the spike and chart opt-ins of a subscription, and spike rows in the ledger (exactly once per subject)', async () => {
      const sub = await store.subscriptions.upsertSubscription(sampleSubscription({ spikeAlerts: true }));
      expect((await store.subscriptions.getSubscription(sub.id))?.spikeAlerts).toBe(true);
      expect((await store.subscriptions.getSubscription(sub.id))?.trendChart).toBeUndefined();
      await store.subscriptions.updateSubscription(sub.id, { spikeAlerts: false, trendChart: true });
      const back = await store.subscriptions.getSubscription(sub.id);
      expect([Boolean(back?.spikeAlerts), back?.trendChart]).toEqual([false, true]);
      const now = new Date('2026-03-10T08:00:00.000Z');
      const row = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'spike', subject: 'kosovo@2026-03-10', now });
      expect(row).toMatchObject({ kind: 'spike', state: 'pending' });
      await store.deliveries.markSent(row.id, ['m1'], now);
      expect(await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'spike', subject: 'kosovo@2026-03-10', now })).toMatchObject({
        id: row.id,
        state: 'sent',
      });
    });
  });
}
