/**
 * Scaled out over PostgreSQL, two processes that store two copies of one story at the same moment each
 * pass the alert path's story check before either has begun its alert; the later row then yields
 * (ADR 0297). Two store instances stand for the two processes; the copies are our own sentences.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../model/clock.js';
import type { AnalyzedItem } from '../model/story.js';
import type { Subscription } from '../model/subscription.js';
import { analyzedItem } from '../digest/testdata/build.js';
import { InstantAlerts } from '../scheduler/instant.js';
import { ChannelStories } from '../service-received.js';
import { sampleSubscription } from '../store/contract.js';
import { beginCappedAlert } from '../store/postgres/alert-cap.js';
import { openPostgresStore, type PgStore } from '../store/postgres/open.js';
import { freshSchema, needsPostgres, type FreshSchema } from '../../test/support/postgres.js';
import { QueueHandOff } from './hand-off.js';

const PG = await needsPostgres();

const AT = '2026-12-07T10:00:00.000Z';
const TITLE = 'Kosovo opens a new library in the old customs house';
const BODY =
  'The Kosovo ministry of culture opened a new public library in the old customs house by the river on Wednesday. "This is the largest library in the region and it will hold a hundred thousand books," minister Drita Lekaj said at the opening. The library will be open every day from eight until eight.';

function copy(id: string, outlet: string): AnalyzedItem {
  const a = analyzedItem({
    id,
    outlet,
    link: `http://127.0.0.1/${outlet}/${id}`,
    published: AT,
    firstSeen: AT,
    text: `${TITLE}\n\n${BODY}`,
    topics: { kosovo: [['Kosovo', ['Kosovo']]] },
  });
  return { ...a, feedUrl: `http://127.0.0.1/${outlet}/feed` };
}

/** Lets each of `n` callers through only when all `n` have arrived: both processes finish the story check before either begins its row. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const all = new Promise<void>((r) => (open = r));
  return () => {
    if (++arrived === n) open();
    return all;
  };
}

describe.skipIf(!PG)('instant alerts scaled out: two processes, two copies, one moment', () => {
  let schema: FreshSchema | null = null;
  const stores: PgStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
    await schema?.drop();
  });

  async function setUp(): Promise<{ processes: PgStore[]; sub: Subscription; ids: string[] }> {
    schema = await freshSchema('alertrace');
    const processes = await Promise.all([openPostgresStore(schema.url, { poolSize: 4 }), openPostgresStore(schema.url, { poolSize: 4 })]);
    stores.push(...processes);
    const [one] = processes;
    await one.watchlists.upsertTopic({ id: 'kosovo', name: 'Kosovo', terms: ['Kosovo'], exclude: [], priority: 'instant', workspace: null });
    const sub = sampleSubscription({ id: 'race', mode: 'alerts', topics: [] });
    await one.subscriptions.upsertSubscription(sub);
    const items = [copy('a', 'outlet-a'), copy('b', 'outlet-b')];
    for (const a of items) await one.feeds.upsertFeed({ url: a.feedUrl });
    const ids: string[] = [];
    for (const a of items) ids.push((await one.items.saveItem(a)).id);
    return { processes, sub, ids };
  }

  it('alerts the story once: the process whose row came second takes it back', async () => {
    const { processes, sub, ids } = await setUp();
    const clock = new ManualClock(AT);
    const queued: string[] = [];
    const bothChecked = barrier(2);
    const alertsOf = (store: PgStore) => {
      const stories = new ChannelStories({ store, clock });
      const racing = {
        firstOfEachStory: async (s: Subscription, items: AnalyzedItem[]) => {
          const first = await stories.firstOfEachStory(s, items);
          await bothChecked();
          return first;
        },
        alertedEarlier: (s: Subscription, item: AnalyzedItem, rowId: number) => stories.alertedEarlier(s, item, rowId),
      };
      const cap = new QueueHandOff({
        store,
        clock,
        queue: { enqueueDelivery: async (_platform, job) => (queued.push(job.subject), true) },
        beginCappedAlert: (input) => beginCappedAlert(store.db, store.url, input),
      });
      return new InstantAlerts({
        subscriptions: store.subscriptions,
        watchlists: store.watchlists,
        feeds: store.feeds,
        dispatcher: { deliver: async () => ({ status: 'unused' }) },
        ledger: { deliveries: store.deliveries, items: store.items },
        clock,
        perHour: 5,
        stories: racing,
        cap,
      });
    };
    const stored = await Promise.all(ids.map((id) => processes[0].items.getItem(id)));
    const [ra, rb] = await Promise.all([alertsOf(processes[0]).handle([stored[0]!]), alertsOf(processes[1]).handle([stored[1]!])]);
    expect(ra.sent + rb.sent).toBe(1);
    expect(queued).toHaveLength(1);
    // The ledger holds the one alert that was handed off; the copy's row was taken back.
    const rows = await processes[0].deliveries.listDeliveries(sub.id);
    expect(rows.map((r) => r.subject)).toEqual(queued);
    expect(rows[0].state).toBe('pending');
  });
});
