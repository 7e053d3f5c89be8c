/**
 * The store contract: one vitest suite that every `Store` implementation must pass (the in-memory fake
 * and the SQLite store). It is the precise specification of `store.ts`. Test-only: import it from a
 * `*.test.ts` file only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ManualClock, type Clock } from '../model/clock.js';
import type { Topic } from '../model/watchlist.js';
import type { Delivery } from '../model/delivery.js';
import { WirewatchError } from '../model/errors.js';
import type { Store } from './store.js';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './keys.js';
import { sampleItem, sampleSubscription } from './testdata/samples.js';

export { sampleItem, sampleSubscription };

/** Opens a fresh, empty store; `close` releases it (and deletes temporary files). */
export type StoreFactory = (clock: Clock) => Promise<{ store: Store; close: () => Promise<void> }>;

const T0 = '2026-03-01T08:00:00.000Z';
const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected WirewatchError ${code}`).toBeInstanceOf(WirewatchError);
  expect((e as WirewatchError).code).toBe(code);
  expect((e as WirewatchError).message).toMatch(/^store: /);
}

/** Registers the contract suite for one implementation under `describe(name)`. */
export function storeContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    let close: () => Promise<void>;
    let clock: ManualClock;

    beforeEach(async () => {
      clock = new ManualClock(T0);
      ({ store, close } = await factory(clock));
    });
    afterEach(async () => {
      await close();
    });

    describe('feeds', () => {
      it('adds a feed with defaults, then returns the stored one unchanged', async () => {
        const f = await store.feeds.upsertFeed({ url: 'https://a.example/rss', title: 'A' });
        expect(f).toMatchObject({ url: 'https://a.example/rss', title: 'A', workspace: null, etag: null, errorCount: 0, failingSince: null });
        expect(f.nextCheckAt.toISOString()).toBe(T0);
        expect(f.intervalSeconds).toBe(600); // issue 3: a feed stored without an interval is polled every 10 min
        const again = await store.feeds.upsertFeed({ url: 'https://a.example/rss', title: 'Other', intervalSeconds: 60 });
        expect(again).toEqual(f);
        expect(await store.feeds.getFeed('https://a.example/rss')).toEqual(f);
        expect(await store.feeds.getFeed('https://missing.example/rss')).toBeNull();
      });

      it('updates every field by URL and round-trips dates to the millisecond', async () => {
        await store.feeds.upsertFeed({ url: 'https://a.example/rss' });
        const patch = {
          title: 'Kossev',
          etag: 'W/"abc"',
          lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT',
          nextCheckAt: at('2026-03-01T08:15:00.250Z'),
          intervalSeconds: 1800,
          errorCount: 3,
          lastError: 'fetcher: timeout after 10000 ms',
          failingSince: at('2026-03-01T06:00:00.001Z'),
          lastSuccessAt: at('2026-02-28T23:59:59.999Z'),
          workspace: 'guild-1',
        };
        await store.feeds.updateFeed('https://a.example/rss', patch);
        expect(await store.feeds.getFeed('https://a.example/rss')).toEqual({ url: 'https://a.example/rss', ...patch, tenants: ['guild-1'] });
        await store.feeds.updateFeed('https://a.example/rss', { errorCount: 0, failingSince: null, lastError: null });
        expect(await store.feeds.getFeed('https://a.example/rss')).toMatchObject({ errorCount: 0, failingSince: null, lastError: null, etag: 'W/"abc"' });
        await expectCode(store.feeds.updateFeed('https://missing.example/rss', { errorCount: 1 }), 'store_not_found');
      });

      it('updates many feeds at once, skipping (and naming) those not stored', async () => {
        await store.feeds.upsertFeed({ url: 'https://a.example/rss' });
        await store.feeds.upsertFeed({ url: 'https://b.example/rss' });
        const missing = await store.feeds.updateFeeds!([
          { url: 'https://a.example/rss', patch: { etag: '"a2"', nextCheckAt: at('2026-03-01T09:00:00Z'), errorCount: 0 } },
          { url: 'https://gone.example/rss', patch: { etag: '"x"' } },
          { url: 'https://b.example/rss', patch: { lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT', lastSuccessAt: at('2026-03-01T08:00:00Z') } },
        ]);
        expect(missing).toEqual(['https://gone.example/rss']);
        expect(await store.feeds.getFeed('https://a.example/rss')).toMatchObject({ etag: '"a2"', nextCheckAt: at('2026-03-01T09:00:00Z') });
        expect(await store.feeds.getFeed('https://b.example/rss')).toMatchObject({
          lastModified: 'Sun, 01 Mar 2026 07:00:00 GMT',
          lastSuccessAt: at('2026-03-01T08:00:00Z'),
        });
        expect(await store.feeds.getFeed('https://gone.example/rss')).toBeNull();
        expect(await store.feeds.updateFeeds!([])).toEqual([]);
      });

      it('lists feeds by workspace scope, ordered by URL', async () => {
        await store.feeds.upsertFeed({ url: 'https://c.example/rss', workspace: 'guild-2' });
        await store.feeds.upsertFeed({ url: 'https://b.example/rss', workspace: 'guild-1' });
        await store.feeds.upsertFeed({ url: 'https://a.example/rss' });
        const urls = async (w?: string | null) => (await store.feeds.listFeeds(w)).map((f) => f.url);
        expect(await urls()).toEqual(['https://a.example/rss', 'https://b.example/rss', 'https://c.example/rss']);
        expect(await urls(null)).toEqual(['https://a.example/rss']);
        expect(await urls('guild-1')).toEqual(['https://a.example/rss', 'https://b.example/rss']);
      });

      it('returns due feeds soonest first, at most limit', async () => {
        await store.feeds.upsertFeed({ url: 'https://late.example/rss', nextCheckAt: at('2026-03-01T09:00:00Z') });
        await store.feeds.upsertFeed({ url: 'https://b.example/rss', nextCheckAt: at('2026-03-01T07:00:00Z') });
        await store.feeds.upsertFeed({ url: 'https://a.example/rss', nextCheckAt: at('2026-03-01T07:30:00Z') });
        await store.feeds.upsertFeed({ url: 'https://now.example/rss', nextCheckAt: at(T0) });
        const due = await store.feeds.dueFeeds(at(T0), 10);
        expect(due.map((f) => f.url)).toEqual(['https://b.example/rss', 'https://a.example/rss', 'https://now.example/rss']);
        expect((await store.feeds.dueFeeds(at(T0), 2)).map((f) => f.url)).toEqual(['https://b.example/rss', 'https://a.example/rss']);
        expect(await store.feeds.dueFeeds(at('2026-03-01T06:00:00Z'), 10)).toEqual([]);
      });

      it('renames a feed keeping its items, and refuses to rename onto a stored feed', async () => {
        await store.feeds.upsertFeed({ url: 'https://old.example/rss', title: 'Old' });
        const { id } = await store.items.saveItem(sampleItem({ feedUrl: 'https://old.example/rss' }));
        await store.feeds.renameFeed('https://old.example/rss', 'https://new.example/rss');
        expect(await store.feeds.getFeed('https://old.example/rss')).toBeNull();
        expect(await store.feeds.getFeed('https://new.example/rss')).toMatchObject({ title: 'Old' });
        expect((await store.items.getItem(id))?.feedUrl).toBe('https://new.example/rss');
        expect(await store.items.hasItem('https://new.example/rss', sampleItem().item.key)).toBe(true);
        expect(await store.items.hasItem('https://old.example/rss', sampleItem().item.key)).toBe(false);
        await store.feeds.upsertFeed({ url: 'https://other.example/rss' });
        await expectCode(store.feeds.renameFeed('https://new.example/rss', 'https://other.example/rss'), 'store_conflict');
        await expectCode(store.feeds.renameFeed('https://missing.example/rss', 'https://x.example/rss'), 'store_not_found');
      });

      it('removes a feed with its items', async () => {
        const { id } = await store.items.saveItem(sampleItem({ feedUrl: 'https://a.example/rss' }));
        expect(await store.feeds.removeFeed('https://a.example/rss')).toBe(true);
        expect(await store.feeds.removeFeed('https://a.example/rss')).toBe(false);
        expect(await store.items.getItem(id)).toBeNull();
        expect(await store.items.itemsInWindow(at('2000-01-01Z'), at('2100-01-01Z'))).toEqual([]);
      });
    });

    describe('tenancy', () => {
      it('lets several workspaces read one feed URL, each seeing it, and leave it one by one', async () => {
        const url = 'https://shared.example/rss';
        expect(await store.feeds.upsertFeed({ url, workspace: 'guild-1' })).toMatchObject({ workspace: 'guild-1', tenants: ['guild-1'] });
        expect(await store.feeds.upsertFeed({ url, workspace: 'T-team' })).toMatchObject({ workspace: 'guild-1', tenants: ['T-team', 'guild-1'] });
        expect((await store.feeds.listFeeds('T-team')).map((f) => f.url)).toEqual([url]);
        expect(await store.feeds.listFeeds('guild-9')).toEqual([]);
        expect(await store.feeds.leaveFeed(url, 'guild-1')).toEqual({ left: true, remaining: 1 });
        expect(await store.feeds.getFeed(url)).toMatchObject({ workspace: 'T-team', tenants: ['T-team'] });
        expect(await store.feeds.listFeeds('guild-1')).toEqual([]);
        expect(await store.feeds.leaveFeed(url, 'guild-1')).toEqual({ left: false, remaining: 1 });
        expect(await store.feeds.leaveFeed('https://missing.example/rss', 'guild-1')).toEqual({ left: false, remaining: -1 });
      });

      it('selects items for a tenant from global feeds and its own only (property: nothing crosses)', async () => {
        const tenants = ['guild-1', 'guild-2', 'T-team'];
        let run = 0;
        await fc.assert(
          fc.asyncProperty(
            // each feed: null = global, else the set of tenants that added it
            fc.array(fc.option(fc.subarray(tenants, { minLength: 1 }), { nil: null }), { minLength: 1, maxLength: 6 }),
            fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 10 }),
            async (owners, itemFeeds) => {
              run++;
              const url = (i: number) => `https://r${run}-f${i}.example/rss`;
              for (const [i, o] of owners.entries()) {
                if (o === null) await store.feeds.upsertFeed({ url: url(i), workspace: null });
                else for (const t of o) await store.feeds.upsertFeed({ url: url(i), workspace: t });
              }
              for (const [n, f] of itemFeeds.entries()) {
                // a story of its own each (same headline, date and text under two guids is one item: ADR 0280)
                await store.items.saveItem(sampleItem({ feedUrl: url(f % owners.length), key: `https://r${run}.example/k${n}`, title: `Story ${n}` }));
              }
              const mine = (u: string) => u.startsWith(`https://r${run}-`);
              for (const t of [...tenants, 'guild-none', null]) {
                const sees = (i: number) => owners[i] === null || (t !== null && owners[i]!.includes(t));
                const expected = itemFeeds
                  .map((f) => f % owners.length)
                  .filter(sees)
                  .map(url)
                  .sort();
                const got = (await store.items.itemsInWindow(at('2000-01-01Z'), at('2100-01-01Z'), t))
                  .map((a) => a.feedUrl)
                  .filter(mine)
                  .sort();
                expect(got).toEqual(expected);
                const firstSeen = (await store.items.itemsFirstSeen(at('2000-01-01Z'), at('2100-01-01Z'), t))
                  .map((a) => a.feedUrl)
                  .filter(mine)
                  .sort();
                expect(firstSeen).toEqual(expected);
                const feeds = (await store.feeds.listFeeds(t)).map((f) => f.url).filter(mine);
                expect(feeds).toEqual(
                  owners
                    .map((_, i) => i)
                    .filter(sees)
                    .map(url)
                    .sort(),
                );
              }
            },
          ),
          { numRuns: 25 },
        );
      });
    });

    describe('items', () => {
      it('storedVersion gives the headline, text and canonical link stored under a key (either key form), or null', async () => {
        const a = sampleItem({ feedUrl: 'https://a.example/rss', key: 'https://a.example/story/1', title: 'One' });
        await store.items.saveItem(a);
        expect(await store.items.storedVersion?.('https://a.example/rss', 'http://www.a.example/story/1/')).toEqual({
          title: 'One',
          text: a.item.text,
          canonicalLink: a.item.canonicalLink,
        });
        expect(await store.items.storedVersion?.('https://a.example/rss', 'nope')).toBeNull();
      });

      it("saveItems stores a response's items and advances the feed's validators together, or changes nothing", async () => {
        await store.feeds.upsertFeed({ url: 'https://a.example/rss' });
        const items = [
          sampleItem({ feedUrl: 'https://a.example/rss', key: 'one', title: 'One' }),
          sampleItem({ feedUrl: 'https://a.example/rss', key: 'two', title: 'Two' }),
        ];
        const saved = await store.items.saveItems(items, {
          url: 'https://a.example/rss',
          patch: { etag: '"v1"', lastModified: 'Fri, 27 Nov 2026 11:00:00 GMT' },
        });
        expect(saved.map((r) => r.inserted)).toEqual([true, true]);
        expect(await store.feeds.getFeed('https://a.example/rss')).toMatchObject({ etag: '"v1"', lastModified: 'Fri, 27 Nov 2026 11:00:00 GMT' });
        expect((await store.items.saveItems(items)).map((r) => r.inserted)).toEqual([false, false]);
        expect((await store.items.itemKeys('https://a.example/rss')).sort()).toEqual(['one', 'two']);
        expect(await store.items.itemKeys('https://nothing.example/rss')).toEqual([]);
        // A feed update that cannot apply rolls the items back with it.
        await expectCode(
          store.items.saveItems([sampleItem({ feedUrl: 'https://b.example/rss', key: 'three' })], {
            url: 'https://missing.example/rss',
            patch: { etag: '"x"' },
          }),
          'store_not_found',
        );
        expect(await store.items.hasItem('https://b.example/rss', 'three')).toBe(false);
      });

      it('saves an analysed item with its mentions and quotes, and reads it back whole', async () => {
        const a = sampleItem();
        const { id, inserted } = await store.items.saveItem(a);
        expect(inserted).toBe(true);
        expect(id).toMatch(/\S/);
        const back = await store.items.getItem(id);
        expect(back).toEqual({ ...a, id });
        expect(await store.feeds.getFeed(a.feedUrl)).not.toBeNull();
        expect(await store.items.hasItem(a.feedUrl, a.item.key)).toBe(true);
        expect(await store.items.hasItem(a.feedUrl, 'other')).toBe(false);
        expect(await store.items.hasItem('https://other.example/rss', a.item.key)).toBe(false);
      });

      it('round-trips nulls, empty lists and an item without mentions or quotes', async () => {
        const a = sampleItem({ published: null });
        a.item = { ...a.item, guid: null, link: null, canonicalLink: null, author: null, summary: null, contentHtml: null, categories: [], enclosures: [] };
        a.article = { paragraphs: ['', 'only body'] };
        a.outlet = null;
        a.matches = [];
        a.quotes = [];
        const { id } = await store.items.saveItem(a);
        const back = await store.items.getItem(id);
        expect(back).toEqual({ ...a, id, article: { paragraphs: ['', 'only body'] } });
      });

      it('saves an item once: a second save with a bumped date is no new item; an edited headline is kept, the date is not', async () => {
        const first = await store.items.saveItem(sampleItem());
        const bumped = sampleItem({ published: at('2026-03-02T00:00:00Z'), title: 'Updated title' });
        const second = await store.items.saveItem(bumped);
        expect(second).toEqual({ id: first.id, inserted: false });
        // The outlet edited the item (same key): its new version is stored; its times stay (not a new story).
        const stored = await store.items.getItem(first.id);
        expect(stored?.item.title).toBe('Updated title');
        expect(stored?.item.published).toEqual(sampleItem().item.published);
        expect(stored?.firstSeen).toEqual(sampleItem().firstSeen);
        const other = await store.items.saveItem(sampleItem({ feedUrl: 'https://other.example/rss' }));
        expect(other.inserted).toBe(true);
        expect(other.id).not.toBe(first.id);
      });

      it('treats http/https, www., trailing slashes, fragments and trackers in keys and links as one item', async () => {
        const first = await store.items.saveItem(sampleItem());
        const moved = sampleItem({ key: 'http://www.vesti.example/2026/03/01/kosovo-dijalog/#top' });
        expect(await store.items.hasItem(moved.feedUrl, moved.item.key)).toBe(true);
        expect(await store.items.saveItem(moved)).toEqual({ id: first.id, inserted: false });
        // Guid churn plus a scheme change: the link + title fallback, answered before any page is fetched.
        const churned = sampleItem();
        churned.item = {
          ...churned.item,
          guid: 'urn:uuid:new',
          key: 'urn:uuid:new',
          canonicalLink: 'http://vesti.example/2026/03/01/kosovo-dijalog?utm_medium=rss',
        };
        expect(await store.items.hasItem(churned.feedUrl, churned.item.key)).toBe(false);
        expect(await store.items.hasItem(churned.feedUrl, churned.item.key, churned.item)).toBe(true);
        expect(await store.items.saveItem(churned)).toEqual({ id: first.id, inserted: false });
        const other = sampleItem({ key: 'https://vesti.example/2026/03/01/kosovo-dijalog-2', title: 'Another story' });
        expect(await store.items.hasItem(other.feedUrl, other.item.key, other.item)).toBe(false);
      });

      it('keeps an item whose feed regenerated its guid (same canonical link and title) as the old one', async () => {
        const first = await store.items.saveItem(sampleItem());
        const a = sampleItem();
        a.item = { ...a.item, guid: 'urn:uuid:regenerated', key: 'urn:uuid:regenerated' };
        expect(await store.items.saveItem(a)).toEqual({ id: first.id, inserted: false });
        const retitled = sampleItem({ title: 'Another story on the same page' });
        retitled.item = { ...retitled.item, guid: 'urn:uuid:other', key: 'urn:uuid:other' };
        expect((await store.items.saveItem(retitled)).inserted).toBe(true);
      });

      it('selects items in [from, to) by published time, else first seen, ordered by time', async () => {
        const t = (m: number) => new Date(at(T0).getTime() + minutes(m));
        const { id: a } = await store.items.saveItem(sampleItem({ key: 'a', published: t(0) }));
        const { id: b } = await store.items.saveItem(sampleItem({ key: 'b', published: null, firstSeen: t(-30) }));
        const { id: c } = await store.items.saveItem(sampleItem({ key: 'c', published: t(59), firstSeen: t(120) }));
        await store.items.saveItem(sampleItem({ key: 'd', published: t(60) }));
        await store.items.saveItem(sampleItem({ key: 'e', published: t(-61), firstSeen: t(0) }));
        const got = await store.items.itemsInWindow(t(-60), t(60));
        expect(got.map((x) => x.id)).toEqual([b, a, c]);
        expect(got[1].matches).toEqual(sampleItem().matches);
        expect(got[1].quotes).toEqual(sampleItem().quotes);
        expect(await store.items.itemsInWindow(t(60), t(60))).toEqual([]);
      });

      it('selects items first seen in [from, to), whatever their published time, ordered by first sight', async () => {
        const t = (m: number) => new Date(at(T0).getTime() + minutes(m));
        const { id: late } = await store.items.saveItem(sampleItem({ key: 'late', published: t(-600), firstSeen: t(10) }));
        const { id: future } = await store.items.saveItem(sampleItem({ key: 'future', published: t(6000), firstSeen: t(5) }));
        await store.items.saveItem(sampleItem({ key: 'before', published: t(0), firstSeen: t(-1) }));
        await store.items.saveItem(sampleItem({ key: 'after', published: t(0), firstSeen: t(60) }));
        const got = await store.items.itemsFirstSeen(t(0), t(60));
        expect(got.map((x) => x.id)).toEqual([future, late]);
        expect(got[0].matches).toEqual(sampleItem().matches);
        expect(await store.items.itemsFirstSeen(t(60), t(60))).toEqual([]);
      });

      it('returns null for an unknown item id', async () => {
        expect(await store.items.getItem('999999')).toBeNull();
        expect(await store.items.getItem('not-an-id')).toBeNull();
      });

      it('prunes items first seen before the cut-off, with their mentions and quotes', async () => {
        // three stories (distinct headlines: one headline, date and text under three guids would be one item, ADR 0280)
        const old = await store.items.saveItem(sampleItem({ key: 'old', title: 'Old', firstSeen: at('2026-01-01T00:00:00Z') }));
        const edge = await store.items.saveItem(sampleItem({ key: 'edge', title: 'Edge', firstSeen: at('2026-01-31T00:00:00Z') }));
        const fresh = await store.items.saveItem(sampleItem({ key: 'fresh', title: 'Fresh', firstSeen: at('2026-02-27T00:00:00Z') }));
        expect(await store.items.pruneItems(at('2026-01-31T00:00:00Z'))).toBe(1);
        expect(await store.items.getItem(old.id)).toBeNull();
        expect(await store.items.hasItem(sampleItem().feedUrl, 'old')).toBe(false);
        expect((await store.items.getItem(edge.id))?.quotes).toHaveLength(2);
        expect((await store.items.getItem(fresh.id))?.matches).toHaveLength(2);
        expect(await store.items.pruneItems(at('2026-01-31T00:00:00Z'))).toBe(0);
        // A pruned key is new again (the feed may still carry it: it is simply saved anew).
        expect((await store.items.saveItem(sampleItem({ key: 'old', firstSeen: at(T0) }))).inserted).toBe(true);
      });
    });

    describe('watchlists', () => {
      const topic = (over: Partial<Topic>): Topic => ({
        id: 'kosovo',
        name: 'Kosovo',
        terms: ['Kosovo', 'Priština', '"Zajednica srpskih opština"'],
        exclude: ['Kosovo Polje'],
        priority: 'digest',
        workspace: null,
        ...over,
      });

      it('scopes topics by workspace: global plus the workspace, global first', async () => {
        await store.watchlists.upsertTopic(topic({ id: 'z-global' }));
        await store.watchlists.upsertTopic(topic({ id: 'a-guild', workspace: 'guild-1', priority: 'instant' }));
        await store.watchlists.upsertTopic(topic({ id: 'kosovo', workspace: 'guild-1', name: 'Kosovo (guild)' }));
        await store.watchlists.upsertTopic(topic({ id: 'kosovo' }));
        await store.watchlists.upsertTopic(topic({ id: 'other', workspace: 'team-2' }));
        const ids = async (w: string | null) => (await store.watchlists.listTopics(w)).map((t) => `${t.workspace ?? '*'}:${t.id}`);
        expect(await ids(null)).toEqual(['*:kosovo', '*:z-global']);
        expect(await ids('guild-1')).toEqual(['*:kosovo', '*:z-global', 'guild-1:a-guild', 'guild-1:kosovo']);
        expect((await store.watchlists.listTopics('guild-1')).find((t) => t.id === 'a-guild')).toEqual(
          topic({ id: 'a-guild', workspace: 'guild-1', priority: 'instant' }),
        );
      });

      it('replaces a topic with its terms in order, and removes it by (workspace, id)', async () => {
        await store.watchlists.upsertTopic(topic({ workspace: 'guild-1' }));
        const replaced = topic({ workspace: 'guild-1', name: 'KiM', terms: ['Kosmet', 'KiM', 'Kosovo NEAR/3 Metohija'], exclude: [] });
        await store.watchlists.upsertTopic(replaced);
        expect(await store.watchlists.listTopics('guild-1')).toEqual([replaced]);
        expect(await store.watchlists.removeTopic(null, 'kosovo')).toBe(false);
        expect(await store.watchlists.removeTopic('guild-1', 'kosovo')).toBe(true);
        expect(await store.watchlists.listTopics('guild-1')).toEqual([]);
      });
    });

    describe('subscriptions', () => {
      it('creates, finds and replaces a subscription per channel, keeping its id', async () => {
        const created = await store.subscriptions.upsertSubscription(sampleSubscription());
        expect(created).toEqual(sampleSubscription());
        const replaced = await store.subscriptions.upsertSubscription(
          sampleSubscription({ id: 'sub-2', cron: '0 18 * * *', topics: [], mode: 'alerts', lastWindowEnd: at(T0) }),
        );
        expect(replaced.id).toBe('sub-1');
        expect(await store.subscriptions.getSubscription('sub-1')).toEqual(
          sampleSubscription({ cron: '0 18 * * *', topics: [], mode: 'alerts', lastWindowEnd: at(T0) }),
        );
        expect(await store.subscriptions.getSubscription('sub-2')).toBeNull();
        expect(await store.subscriptions.findSubscription('discord', 'guild-1', 'chan-1')).toMatchObject({ id: 'sub-1' });
        expect(await store.subscriptions.findSubscription('slack', 'guild-1', 'chan-1')).toBeNull();
        const generated = await store.subscriptions.upsertSubscription(sampleSubscription({ id: '', platform: 'slack', workspace: 'T1', channel: 'C1' }));
        expect(generated.id).toMatch(/^sub_[0-9a-z]+$/);
        expect((await store.subscriptions.listSubscriptions()).map((s) => s.id)).toEqual([generated.id, 'sub-1'].sort());
      });

      it('updates fields, and refuses unknown ids and channel clashes', async () => {
        await store.subscriptions.upsertSubscription(sampleSubscription());
        await store.subscriptions.upsertSubscription(sampleSubscription({ id: 'sub-b', channel: 'chan-2' }));
        await store.subscriptions.updateSubscription('sub-1', {
          paused: true,
          pausedReason: 'discord: missing access to channel',
          lastWindowEnd: at('2026-03-01T07:00:00.500Z'),
        });
        expect(await store.subscriptions.getSubscription('sub-1')).toEqual(
          sampleSubscription({ paused: true, pausedReason: 'discord: missing access to channel', lastWindowEnd: at('2026-03-01T07:00:00.500Z') }),
        );
        await expectCode(store.subscriptions.updateSubscription('missing', { paused: true }), 'store_not_found');
        await expectCode(store.subscriptions.updateSubscription('sub-b', { channel: 'chan-1' }), 'store_conflict');
        expect((await store.subscriptions.getSubscription('sub-b'))?.channel).toBe('chan-2');
      });

      it('round-trips quiet hours (overnight too), updates and clears them, and leaves them absent when never set', async () => {
        const quiet = { from: '22:30', to: '07:00' };
        expect(await store.subscriptions.upsertSubscription(sampleSubscription({ quietHours: quiet }))).toEqual(sampleSubscription({ quietHours: quiet }));
        expect((await store.subscriptions.getSubscription('sub-1'))?.quietHours).toEqual(quiet);
        expect((await store.subscriptions.findSubscription('discord', 'guild-1', 'chan-1'))?.quietHours).toEqual(quiet);
        expect((await store.subscriptions.listSubscriptions())[0].quietHours).toEqual(quiet);
        await store.subscriptions.updateSubscription('sub-1', { quietHours: { from: '12:00', to: '13:15' } });
        expect((await store.subscriptions.getSubscription('sub-1'))?.quietHours).toEqual({ from: '12:00', to: '13:15' });
        await store.subscriptions.updateSubscription('sub-1', { paused: true });
        expect((await store.subscriptions.getSubscription('sub-1'))?.quietHours).toEqual({ from: '12:00', to: '13:15' });
        await store.subscriptions.updateSubscription('sub-1', { quietHours: null });
        expect((await store.subscriptions.getSubscription('sub-1'))?.quietHours ?? null).toBeNull();
        const plain = await store.subscriptions.upsertSubscription(sampleSubscription({ id: 'sub-p', channel: 'chan-p' }));
        expect(plain.quietHours ?? null).toBeNull();
      });

      it('round-trips a notice channel and its absence', async () => {
        await store.subscriptions.upsertSubscription(sampleSubscription({ id: 'n1', channel: 'c-n1', noticeChannel: 'c-ops' }));
        await store.subscriptions.upsertSubscription(sampleSubscription({ id: 'n2', channel: 'c-n2' }));
        expect((await store.subscriptions.getSubscription('n1'))!.noticeChannel).toBe('c-ops');
        expect((await store.subscriptions.getSubscription('n2'))!.noticeChannel ?? null).toBeNull();
        await store.subscriptions.updateSubscription('n1', { noticeChannel: null });
        expect((await store.subscriptions.getSubscription('n1'))!.noticeChannel ?? null).toBeNull();
      });

      it('removes a subscription with its ledger rows', async () => {
        await store.subscriptions.upsertSubscription(sampleSubscription());
        const d = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: 'w1', now: at(T0) });
        expect(await store.subscriptions.removeSubscription('sub-1')).toBe(true);
        expect(await store.subscriptions.removeSubscription('sub-1')).toBe(false);
        expect(await store.deliveries.getDelivery(d.id)).toBeNull();
        expect(await store.deliveries.pendingDeliveries()).toEqual([]);
      });
    });

    describe('delivery ledger', () => {
      const window = '2026-03-01T07:00:00.000Z/2026-03-01T08:00:00.000Z';
      beforeEach(async () => {
        await store.subscriptions.upsertSubscription(sampleSubscription());
        await store.subscriptions.upsertSubscription(sampleSubscription({ id: 'sub-b', channel: 'chan-2' }));
      });

      it('begins a delivery once per (subscription, kind, subject), returning the same row after', async () => {
        const d = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: window, now: at(T0) });
        expect(d).toMatchObject({ subscriptionId: 'sub-1', kind: 'digest', subject: window, state: 'pending', messageIds: [], attempts: 0, lastError: null });
        expect(d.createdAt.toISOString()).toBe(T0);
        expect(d.idempotencyKey.length).toBeLessThanOrEqual(MAX_IDEMPOTENCY_KEY_LENGTH);
        expect(d.idempotencyKey).toMatch(/^ww[0-9a-z]+$/);
        const again = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: window, now: at('2026-03-01T09:00:00Z') });
        expect(again).toEqual(d);
        const item = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: window, now: at(T0) });
        const other = await store.deliveries.beginDelivery({ subscriptionId: 'sub-b', kind: 'digest', subject: window, now: at(T0) });
        expect(new Set([d.id, item.id, other.id]).size).toBe(3);
        // admin notices are ledger rows too (kind `notice`, subject = the event)
        const notice = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'notice', subject: 'paused:7', now: at(T0) });
        expect(notice).toMatchObject({ kind: 'notice', subject: 'paused:7', state: 'pending' });
        expect(await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'notice', subject: 'paused:7', now: at(T0) })).toEqual(notice);
        expect(new Set([d.idempotencyKey, item.idempotencyKey, other.idempotencyKey]).size).toBe(3);
        await expectCode(store.deliveries.beginDelivery({ subscriptionId: 'missing', kind: 'digest', subject: window, now: at(T0) }), 'store_not_found');
      });

      it('gives every row a distinct key of at most 25 characters', async () => {
        const keys = new Set<string>();
        for (let i = 0; i < 200; i++) {
          const d = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: String(i), now: at(T0) });
          expect(d.idempotencyKey.length).toBeLessThanOrEqual(MAX_IDEMPOTENCY_KEY_LENGTH);
          keys.add(d.idempotencyKey);
        }
        expect(keys.size).toBe(200);
      });

      it('moves pending → sent with message ids, keeping the key', async () => {
        const d = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: window, now: at(T0) });
        await store.deliveries.markSent(d.id, ['111', '112'], at('2026-03-01T08:00:05Z'));
        const sent = await store.deliveries.getDelivery(d.id);
        expect(sent).toEqual({ ...d, state: 'sent', messageIds: ['111', '112'], attempts: 1, updatedAt: at('2026-03-01T08:00:05Z') });
        expect(await store.deliveries.pendingDeliveries()).toEqual([]);
        expect(await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: window, now: at(T0) })).toEqual(sent);
        await expectCode(store.deliveries.markFailed(d.id, 'late error', at(T0), true), 'store_conflict');
        await expectCode(store.deliveries.markSent(424242, ['x'], at(T0)), 'store_not_found');
      });

      it('keeps a retryable failure pending and moves a final one to failed', async () => {
        const d = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: '17', now: at(T0) });
        await store.deliveries.markFailed(d.id, 'slack: rate_limited', at('2026-03-01T08:00:01Z'), false);
        expect(await store.deliveries.getDelivery(d.id)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'slack: rate_limited' });
        expect((await store.deliveries.pendingDeliveries()).map((x) => x.id)).toEqual([d.id]);
        await store.deliveries.markFailed(d.id, 'slack: channel_not_found', at('2026-03-01T08:00:09Z'), true);
        const failed = await store.deliveries.getDelivery(d.id);
        expect(failed).toEqual({ ...d, state: 'failed', attempts: 2, lastError: 'slack: channel_not_found', updatedAt: at('2026-03-01T08:00:09Z') });
        expect(await store.deliveries.pendingDeliveries()).toEqual([]);
        await expectCode(store.deliveries.markFailed(d.id, 'again', at(T0), false), 'store_conflict');
        // Reconciliation may find the post after all: failed → sent.
        await store.deliveries.markSent(d.id, ['m1'], at('2026-03-01T08:01:00Z'));
        expect(await store.deliveries.getDelivery(d.id)).toMatchObject({ state: 'sent', messageIds: ['m1'], attempts: 3 });
      });

      it('lists rows left pending (a crash between begin and mark) oldest first, and per subscription', async () => {
        const a = await store.deliveries.beginDelivery({ subscriptionId: 'sub-b', kind: 'digest', subject: 'w1', now: at(T0) });
        const b = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: 'w1', now: at(T0) });
        const c = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: 'w2', now: at(T0) });
        await store.deliveries.markSent(b.id, ['m'], at(T0));
        expect(await store.deliveries.pendingDeliveries()).toEqual([a, c]);
        expect((await store.deliveries.listDeliveries('sub-1')).map((d) => [d.id, d.state])).toEqual([
          [b.id, 'sent'],
          [c.id, 'pending'],
        ]);
        expect(await store.deliveries.listDeliveries('nobody')).toEqual([]);
      });

      it('behaves like the ledger state machine under any sequence of begin / markSent / markFailed', async () => {
        type Op =
          | { op: 'begin'; sub: number; kind: Delivery['kind']; subject: number }
          | { op: 'sent'; pick: number; ids: string[] }
          | { op: 'failed'; pick: number; final: boolean };
        const opArb: fc.Arbitrary<Op> = fc.oneof(
          fc.record({
            op: fc.constant('begin' as const),
            sub: fc.integer({ min: 0, max: 1 }),
            kind: fc.constantFrom<Delivery['kind']>('digest', 'item'),
            subject: fc.integer({ min: 0, max: 3 }),
          }),
          fc.record({ op: fc.constant('sent' as const), pick: fc.nat(), ids: fc.array(fc.stringMatching(/^[0-9]{1,19}$/), { maxLength: 3 }) }),
          fc.record({ op: fc.constant('failed' as const), pick: fc.nat(), final: fc.boolean() }),
        );
        await fc.assert(
          fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
            const { store: s, close: closeOne } = await factory(new ManualClock(T0));
            try {
              const subs = ['sub-x', 'sub-y'];
              for (const [i, id] of subs.entries()) await s.subscriptions.upsertSubscription(sampleSubscription({ id, channel: `c${i}` }));
              type Row = {
                id: number;
                sub: string;
                kind: Delivery['kind'];
                subject: string;
                state: Delivery['state'];
                attempts: number;
                messageIds: string[];
                lastError: string | null;
              };
              const model: Row[] = [];
              let tick = 0;
              for (const o of ops) {
                const now = new Date(at(T0).getTime() + ++tick * 1000);
                if (o.op === 'begin') {
                  const sub = subs[o.sub];
                  const subject = `s${o.subject}`;
                  const d = await s.deliveries.beginDelivery({ subscriptionId: sub, kind: o.kind, subject, now });
                  const known = model.find((r) => r.sub === sub && r.kind === o.kind && r.subject === subject);
                  if (known) expect(d.id).toBe(known.id);
                  else model.push({ id: d.id, sub, kind: o.kind, subject, state: 'pending', attempts: 0, messageIds: [], lastError: null });
                  continue;
                }
                if (model.length === 0) continue;
                const row = model[o.pick % model.length];
                if (o.op === 'sent') {
                  await s.deliveries.markSent(row.id, o.ids, now);
                  Object.assign(row, { state: 'sent', attempts: row.attempts + 1, messageIds: o.ids });
                } else if (row.state !== 'pending') {
                  await expectCode(s.deliveries.markFailed(row.id, 'x', now, o.final), 'store_conflict');
                } else {
                  await s.deliveries.markFailed(row.id, `error ${tick}`, now, o.final);
                  Object.assign(row, { state: o.final ? 'failed' : 'pending', attempts: row.attempts + 1, lastError: `error ${tick}` });
                }
              }
              const project = (d: Delivery) => ({
                id: d.id,
                sub: d.subscriptionId,
                kind: d.kind,
                subject: d.subject,
                state: d.state,
                attempts: d.attempts,
                messageIds: d.messageIds,
                lastError: d.lastError,
              });
              const stored = [...(await s.deliveries.listDeliveries('sub-x')), ...(await s.deliveries.listDeliveries('sub-y'))];
              expect(stored.map(project).sort((a, b) => a.id - b.id)).toEqual([...model].sort((a, b) => a.id - b.id));
              expect((await s.deliveries.pendingDeliveries()).map((d) => d.id)).toEqual(
                model
                  .filter((r) => r.state === 'pending')
                  .map((r) => r.id)
                  .sort((a, b) => a - b),
              );
              const keys = stored.map((d) => d.idempotencyKey);
              expect(new Set(keys).size).toBe(keys.length);
              expect(keys.every((k) => k.length <= MAX_IDEMPOTENCY_KEY_LENGTH)).toBe(true);
            } finally {
              await closeOne();
            }
          }),
          { numRuns: 40 },
        );
      }, 60_000);

      it('abandons only a pending row never attempted, as if it had never been begun', async () => {
        const now = at(T0);
        const fresh = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: '41', now });
        const tried = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: '42', now });
        const sent = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: '43', now });
        await store.deliveries.markFailed(tried.id, 'timeout', now, false);
        await store.deliveries.markSent(sent.id, ['m'], now);
        expect(await store.deliveries.abandonDelivery(fresh.id)).toBe(true);
        expect(await store.deliveries.abandonDelivery(fresh.id)).toBe(false);
        expect(await store.deliveries.abandonDelivery(tried.id)).toBe(false);
        expect(await store.deliveries.abandonDelivery(sent.id)).toBe(false);
        expect(await store.deliveries.abandonDelivery(999_999)).toBe(false);
        expect((await store.deliveries.listDeliveries('sub-1')).map((d) => d.subject)).toEqual(['42', '43']);
        // Begun again, it is a new row with a new key.
        const again = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: '41', now });
        expect(again.id).not.toBe(fresh.id);
        expect(again.idempotencyKey).not.toBe(fresh.idempotencyKey);
      });

      it('prunes finished ledger rows, but never pending ones nor those of items still stored', async () => {
        const { id: liveItem } = await store.items.saveItem(sampleItem({ key: 'live', firstSeen: at('2026-01-01T00:00:00Z') }));
        const old = at('2026-01-02T00:00:00Z');
        const digest = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: 'w-old', now: old });
        const alert = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: liveItem, now: old });
        const gone = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'item', subject: '987654', now: old });
        const stuck = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: 'w-stuck', now: old });
        const recent = await store.deliveries.beginDelivery({ subscriptionId: 'sub-1', kind: 'digest', subject: 'w-new', now: old });
        for (const d of [digest, alert, gone]) await store.deliveries.markSent(d.id, ['m'], old);
        await store.deliveries.markSent(recent.id, ['m'], at(T0));
        const cutoff = at('2026-02-01T00:00:00Z');
        expect(await store.deliveries.pruneDeliveries(cutoff)).toBe(2);
        const left = (await store.deliveries.listDeliveries('sub-1')).map((d) => d.id);
        expect(left).toEqual([alert.id, stuck.id, recent.id]);
        // Once the item is pruned, its ledger row may go too.
        expect(await store.items.pruneItems(cutoff)).toBe(1);
        expect(await store.deliveries.pruneDeliveries(cutoff)).toBe(1);
        expect((await store.deliveries.listDeliveries('sub-1')).map((d) => d.id)).toEqual([stuck.id, recent.id]);
      });
    });
  });
}
