import { describe, expect, it } from 'vitest';
import { parseConfig } from './config/load.js';
import { ManualClock } from './model/clock.js';
import type { Target } from './model/subscription.js';
import type { CommandHandler } from './commands/command.js';
import type { ChatPlatform, MessageRef } from './platforms/platform.js';
import { createMemoryStore } from './store/memory/memory-store.js';
import { WirewatchError } from './model/errors.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Service, seedFromConfig } from './service.js';
import { FetchError } from './reader/fetcher/fetch-error.js';
import { sampleItem, sampleSubscription } from './store/testdata/samples.js';

/** A platform whose posts wait until the test releases them. */
class GatedPlatform implements ChatPlatform {
  readonly name = 'console' as const;
  posts: string[] = [];
  started = false;
  stopped = false;
  private release: (() => void) | null = null;
  gate: Promise<void> = new Promise((r) => (this.release = r));
  private enter: (() => void) | null = null;
  /** Resolves when the first post reaches the gate (the delivery is then in flight). */
  entered: Promise<void> = new Promise((r) => (this.enter = r));
  open(): void {
    this.release?.();
  }
  async start() {
    this.started = true;
  }
  async stop() {
    this.stopped = true;
  }
  handler: CommandHandler | null = null;
  onCommand(handler: CommandHandler) {
    this.handler = handler;
  }
  async post(_t: Target, _p: unknown[], opts: { idempotencyKey: string }): Promise<MessageRef[]> {
    this.enter?.();
    await this.gate;
    this.posts.push(opts.idempotencyKey);
    return [{ id: opts.idempotencyKey }];
  }
  async findPosted(_t: Target, key: string) {
    return this.posts.includes(key) ? [{ id: key }] : [];
  }
}

const yaml = (extra = '') => `
digests: { shutdownTimeout: 200ms, grace: 1h }
http: { host: 127.0.0.1, port: 0 }
subscriptions:
  - { platform: console, channel: stdout, cron: "0 12 * * *", timezone: UTC, postEmpty: true }
${extra}`;

async function setup(extra = '', http = false) {
  const config = parseConfig(yaml(extra), 'test.yaml');
  const clock = new ManualClock('2026-11-27T11:59:00Z');
  const store = createMemoryStore({ clock });
  await seedFromConfig(store, config, clock.now());
  const platform = new GatedPlatform();
  const failingFetcher = {
    fetch: async () => {
      throw new WirewatchError('connect', 'fetcher: connection refused');
    },
  };
  const service = new Service({ config, store, clock, platforms: [platform], live: false, http, fetcher: failingFetcher });
  return { config, clock, store, platform, service };
}

describe('Service', () => {
  it('seeds from config only on first start unless reset', async () => {
    const { config, store, clock } = await setup();
    expect((await store.subscriptions.listSubscriptions()).map((s) => s.id)).toEqual(['console:console:stdout']);
    await store.subscriptions.updateSubscription('console:console:stdout', { cron: '0 9 * * *' });
    expect((await seedFromConfig(store, config, clock.now())).seeded).toBe(false);
    expect((await store.subscriptions.getSubscription('console:console:stdout'))!.cron).toBe('0 9 * * *');
    expect((await seedFromConfig(store, config, clock.now(), { reset: true })).seeded).toBe(true);
    expect((await store.subscriptions.getSubscription('console:console:stdout'))!.cron).toBe('0 12 * * *');
    // reset: a global topic no longer in the config goes (a server may then take its id over); workspace topics stay
    await store.watchlists.upsertTopic({ id: 'gone', name: 'Gone', terms: ['x'], exclude: [], priority: 'digest', workspace: null });
    await store.watchlists.upsertTopic({ id: 'mine', name: 'Mine', terms: ['y'], exclude: [], priority: 'digest', workspace: 'g1' });
    await seedFromConfig(store, config, clock.now(), { reset: true });
    expect((await store.watchlists.listTopics('g1')).map((t) => t.id)).not.toContain('gone');
    expect((await store.watchlists.listTopics('g1')).map((t) => t.id)).toContain('mine');
  });

  it("gives new feeds the config's polling interval: seeded, and added by command", async () => {
    const { store, platform, service } = await setup(
      'polling: { interval: 7m }\nfeeds:\n  - https://a.example/rss\n  - { url: "https://b.example/rss", interval: 30m }\n',
    );
    expect((await store.feeds.getFeed('https://a.example/rss'))!.intervalSeconds).toBe(420);
    expect((await store.feeds.getFeed('https://b.example/rss'))!.intervalSeconds).toBe(1800);
    await service.start();
    try {
      const reply = await platform.handler!({
        name: 'feed add',
        platform: 'console',
        workspace: 'ws',
        channel: 'stdout',
        invoker: { userId: 'u1', canEditWatchlists: true, canManageSubscriptions: true },
        options: { url: 'https://c.example/rss' },
      });
      expect(reply.text).toContain('Added');
      expect((await store.feeds.getFeed('https://c.example/rss'))!.intervalSeconds).toBe(420);
    } finally {
      platform.open();
      await service.stop();
    }
  });

  it('waits for an in-flight delivery on stop, and gives up after the shutdown timeout', async () => {
    const a = await setup();
    await a.service.start();
    a.clock.set('2026-11-27T12:00:00Z');
    const tick = a.service.tick(a.clock.now());
    await a.platform.entered;
    const stopping = a.service.stop();
    setImmediate(() => a.platform.open()); // opens while stop() waits: a turn of the event loop, not a wall-clock sleep
    expect(await stopping).toBe(true);
    await tick;
    expect(a.platform.posts).toHaveLength(1);
    expect(a.platform.stopped).toBe(true);

    const b = await setup();
    await b.service.start();
    b.clock.set('2026-11-27T12:00:00Z');
    void b.service.tick(b.clock.now());
    await b.platform.entered;
    expect(await b.service.stop()).toBe(false); // the post never returns: cut off after 200 ms
    expect(b.platform.posts).toHaveLength(0);
    const [row] = await b.store.deliveries.pendingDeliveries();
    expect(row.state).toBe('pending'); // the next start reconciles it
  });

  it('/healthz tells the truth: 503 while one tick is stuck far past any poll round, 503 while shutting down, 200 otherwise', async () => {
    const { service, clock, platform } = await setup('', true);
    await service.start();
    const healthz = async () => {
      const res = await fetch(`http://127.0.0.1:${service.httpPort}/healthz`);
      return { status: res.status, body: await res.text() };
    };
    expect((await healthz()).status).toBe(200);
    clock.set('2026-11-27T12:00:00Z');
    const tick = service.tick(clock.now()); // its digest post waits on the gate: the tick is stuck
    await platform.entered;
    expect((await healthz()).status).toBe(200);
    clock.advance(16 * 60_000); // past max(15 min, 10 × polling.tick)
    const stuck = await healthz();
    expect(stuck.status).toBe(503);
    expect(stuck.body).toMatch(/one tick has been running for 960 s/);
    const stopping = service.stop();
    const during = await healthz();
    expect([during.status, /shutting down/.test(during.body)]).toEqual([503, true]);
    platform.open();
    await tick;
    await stopping;
  });

  it('reports not ready when no poll has succeeded for polling.staleAfter', async () => {
    const { service, clock, platform } = await setup('feeds: [https://feeds.example/rss]\npolling: { staleAfter: 1h }', true);
    platform.open();
    await service.start();
    try {
      const url = `http://127.0.0.1:${service.httpPort}/readyz`;
      expect((await fetch(url)).status).toBe(200); // starting
      clock.advance(61 * 60_000);
      await service.tick(clock.now());
      const res = await fetch(url);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { checks: { name: string; ok: boolean; detail?: string }[] };
      expect(body.checks.find((c) => c.name === 'poll')).toMatchObject({ ok: false, detail: 'no successful poll yet' });
      const metrics = await (await fetch(`http://127.0.0.1:${service.httpPort}/metrics`)).text();
      expect(metrics).toMatch(/wirewatch_feed_failures_total\{code="connect"\} [1-9]/);
    } finally {
      await service.stop();
    }
  });

  it('retention prunes old items and the finished ledger rows no stored item needs, keeping pending ones', async () => {
    const { service, clock, store, platform } = await setup('retention: { days: 30 }');
    platform.open();
    const longAgo = new Date(clock.now().getTime() - 40 * 86_400_000);
    const recent = new Date(clock.now().getTime() - 86_400_000);
    const old = await store.items.saveItem(sampleItem({ key: 'old', title: 'Old', firstSeen: longAgo }));
    const kept = await store.items.saveItem(sampleItem({ key: 'kept', title: 'Kept', firstSeen: recent }));
    const sub = 'console:console:stdout';
    const sentOld = await store.deliveries.beginDelivery({ subscriptionId: sub, kind: 'item', subject: old.id, now: longAgo });
    await store.deliveries.markSent(sentOld.id, ['m1'], longAgo);
    const sentKept = await store.deliveries.beginDelivery({ subscriptionId: sub, kind: 'item', subject: kept.id, now: longAgo });
    await store.deliveries.markSent(sentKept.id, ['m2'], longAgo);
    const digestOld = await store.deliveries.beginDelivery({
      subscriptionId: sub,
      kind: 'digest',
      subject: '2026-10-01T12:00:00.000Z/2026-10-02T12:00:00.000Z',
      now: longAgo,
    });
    await store.deliveries.markSent(digestOld.id, ['m3'], longAgo);
    const pending = await store.deliveries.beginDelivery({ subscriptionId: sub, kind: 'item', subject: 'never-finished', now: longAgo });
    await service.tick(clock.now());
    expect(await store.items.getItem(old.id)).toBeNull();
    expect(await store.items.getItem(kept.id)).not.toBeNull();
    const left = (await store.deliveries.listDeliveries(sub)).map((d) => d.id).sort();
    expect(left).toEqual([sentKept.id, pending.id].sort());
    await service.stop();
  });

  it('counts every feed failing past polling.failingAfter in wirewatch_feeds_failing, polled this round or not', async () => {
    const { service, clock, store, platform } = await setup('polling: { failingAfter: 1h }', true);
    platform.open();
    const since = new Date(clock.now().getTime() - 3 * 3_600_000);
    const later = new Date(clock.now().getTime() + 3_600_000);
    // Two feeds in backoff (not due this round), one failing only briefly, one healthy.
    await store.feeds.upsertFeed({ url: 'https://a.example/rss', failingSince: since, errorCount: 4, lastError: 'http_status: 500', nextCheckAt: later });
    await store.feeds.upsertFeed({ url: 'https://b.example/rss', failingSince: since, errorCount: 4, lastError: 'timeout', nextCheckAt: later });
    await store.feeds.upsertFeed({ url: 'https://c.example/rss', failingSince: new Date(clock.now().getTime() - 60_000), errorCount: 1, nextCheckAt: later });
    await store.feeds.upsertFeed({ url: 'https://d.example/rss', nextCheckAt: later });
    await service.start();
    try {
      const report = await service.tick(clock.now());
      expect(report.poll.polled).toBe(0);
      const metrics = await (await fetch(`http://127.0.0.1:${service.httpPort}/metrics`)).text();
      expect(metrics).toMatch(/^wirewatch_feeds_failing 2$/m);
    } finally {
      await service.stop();
    }
  });

  it('labels an HTTP error status http_status in the metrics (the label the docs name), the number in the last error', async () => {
    const { config, clock, store, platform } = await setup('feeds: [https://gone.example/rss]');
    platform.open();
    const notFound = {
      fetch: async () => {
        throw new FetchError('http_status', 'fetcher: https://gone.example/rss answered HTTP 404', { url: 'https://gone.example/rss', status: 404 });
      },
    };
    const service = new Service({ config, store, clock, platforms: [platform], live: false, fetcher: notFound });
    await service.start();
    try {
      await service.tick(clock.now());
      const metrics = await (await fetch(`http://127.0.0.1:${service.httpPort}/metrics`)).text();
      expect(metrics).toMatch(/^wirewatch_feed_failures_total\{code="http_status"\} 1$/m);
      expect(metrics).not.toMatch(/code="http_\d+"/);
      expect((await store.feeds.getFeed('https://gone.example/rss'))!.lastError).toContain('404');
      const doc = readFileSync(fileURLToPath(new URL('../docs/running.md', import.meta.url)), 'utf8');
      const row = doc.split('\n').find((l) => l.startsWith('| `wirewatch_feed_failures_total{code}`'))!;
      expect(row).toContain('`http_status`');
      expect(row).not.toMatch(/`http_\d+`/);
    } finally {
      await service.stop();
    }
  });
});

describe('scaled out: the leader sweeps for instant alerts nobody handed off', () => {
  it('hands off the alert of an item first seen in the window once, and never one the ledger has begun', async () => {
    const config = parseConfig(
      `
topics:
  - { id: kosovo, name: Kosovo, terms: [Kosovo], priority: instant }
subscriptions:
  - { platform: console, channel: alerts, mode: alerts, cron: "0 0 1 1 *", timezone: UTC }
`,
      'sweep.yaml',
    );
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    const store = createMemoryStore({ clock });
    await seedFromConfig(store, config, clock.now());
    await store.feeds.upsertFeed({ url: 'https://vesti.example/rss', workspace: null });
    const handed: string[] = [];
    // The queue hand-off as the cluster has it: the ledger row is begun, then a job would be queued.
    const handOff = {
      async deliver(sub: { id: string }, kind: 'digest' | 'item' | 'notice', subject: string) {
        handed.push(subject);
        await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind, subject, now: clock.now() });
        return { status: 'queued' };
      },
    };
    const service = new Service({ config, store, clock, platforms: [], live: false, http: false, workers: 'inline', cluster: { handOff, checks: [] } });
    // Stored by a worker that died before handing the alert off; and one too recent to sweep.
    const lost = await store.items.saveItem(sampleItem({ key: 'https://vesti.example/lost', firstSeen: new Date('2026-11-27T11:55:00Z') }));
    await store.items.saveItem(sampleItem({ key: 'https://vesti.example/fresh', title: 'Another story', firstSeen: new Date('2026-11-27T11:59:30Z') }));
    const window = [new Date('2026-11-27T11:45:00Z'), new Date('2026-11-27T11:59:00Z')] as const;
    expect(await service.sweepInstantAlerts(...window)).toBe(1);
    expect(handed).toEqual([lost.id]);
    // The next sweep finds its ledger row: nothing more.
    expect(await service.sweepInstantAlerts(...window)).toBe(0);
    expect(handed).toEqual([lost.id]);
  });
});

describe('scaled out: the analyse job (Service.analyseItem)', () => {
  it('analyses and stores a handed-off item, hands its instant alert off once, and does nothing when retried', async () => {
    const config = parseConfig(
      `
topics:
  - { id: kosovo, name: Kosovo, terms: [Kosovo], priority: instant }
subscriptions:
  - { platform: console, channel: alerts, mode: alerts, cron: "0 0 1 1 *", timezone: UTC }
`,
      'analyse.yaml',
    );
    const clock = new ManualClock('2026-11-27T12:00:00Z');
    const store = createMemoryStore({ clock });
    await seedFromConfig(store, config, clock.now());
    await store.feeds.upsertFeed({ url: 'https://vesti.example/rss', workspace: null });
    const handed: string[] = [];
    const handOff = {
      async deliver(sub: { id: string }, kind: 'digest' | 'item' | 'notice', subject: string) {
        handed.push(`${kind}:${subject}`);
        await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind, subject, now: clock.now() });
        return { status: 'queued' };
      },
    };
    const service = new Service({
      config,
      store,
      clock,
      platforms: [],
      live: false,
      http: false,
      workers: 'inline',
      cluster: { handOff, checks: [], handOffItems: async () => undefined },
    });
    const { item } = sampleItem({ key: 'https://vesti.example/a', title: 'Talks on Kosovo resume in the capital' });
    // The payload as pg-boss hands it back: JSON, dates as strings.
    const job = JSON.parse(JSON.stringify({ feedUrl: 'https://vesti.example/rss', outlet: 'Vesti', item, fullText: false })) as Parameters<
      Service['analyseItem']
    >[0];

    expect(await service.analyseItem(job)).toBe(true);
    const stored = await store.items.itemsFirstSeen(new Date(0), new Date('2100-01-01T00:00:00Z'));
    expect(stored).toHaveLength(1);
    expect(stored[0].matches.map((m) => m.topicId)).toContain('kosovo');
    expect(stored[0].firstSeen).toEqual(clock.now());
    expect(handed).toEqual([`item:${stored[0].id}`]);

    // The same job again (pg-boss retried it after its worker died): nothing analysed, stored or handed off.
    expect(await service.analyseItem(job)).toBe(false);
    expect(await store.items.itemsFirstSeen(new Date(0), new Date('2100-01-01T00:00:00Z'))).toHaveLength(1);
    expect(handed).toHaveLength(1);
  });
});

describe('scaled out: the leader looks for spikes', () => {
  it('hands a spike of the items first seen in the window to the queue once per topic and day', async () => {
    const clock = new ManualClock('2026-11-30T12:00:00Z');
    const store = createMemoryStore({ clock });
    const config = parseConfig('http: { host: 127.0.0.1, port: 0 }\n', 'spikes.yaml');
    await store.watchlists.upsertTopic({ workspace: null, id: 'bridge', name: 'Bridge', priority: 'digest', terms: ['bridge'], exclude: [] });
    await store.feeds.upsertFeed({ url: 'https://wire.example/rss', workspace: null });
    await store.subscriptions.upsertSubscription({
      ...sampleSubscription({ id: 'sp', platform: 'console', workspace: 'console', channel: 'desk', topics: ['bridge'], timezone: 'UTC' }),
      spikeAlerts: true,
    });
    // Two or three stories a day for four weeks, then twelve today.
    const story = (n: number, at: Date) => {
      const a = sampleItem({ feedUrl: 'https://wire.example/rss', key: `https://wire.example/${n}`, title: `Bridge story ${n}`, firstSeen: at, published: at });
      return { ...a, matches: [{ topicId: 'bridge', relevance: 0.5, mentions: [] }] };
    };
    let n = 0;
    for (let d = 2; d <= 29; d++)
      for (let k = 0; k < 2 + (d % 2); k++) await store.items.saveItem(story(++n, new Date(`2026-11-${String(d).padStart(2, '0')}T10:00:00Z`)));
    for (let k = 0; k < 12; k++) await store.items.saveItem(story(++n, new Date(`2026-11-30T11:${String(10 + k).padStart(2, '0')}:00Z`)));
    const handed: string[] = [];
    const handOff = {
      async deliver(sub: { id: string }, kind: 'digest' | 'item' | 'notice' | 'spike', subject: string) {
        const row = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind, subject, now: clock.now() });
        if (row.attempts === 0 && row.state === 'pending' && !handed.includes(`${kind} ${subject}`)) handed.push(`${kind} ${subject}`);
        return { status: 'queued' };
      },
    };
    const service = new Service({ config, store, clock, platforms: [], live: false, http: false, workers: 'inline', cluster: { handOff, checks: [] } });
    expect(await service.sweepSpikes(new Date('2026-11-30T11:00:00Z'), clock.now())).toBe(1);
    expect(handed).toEqual(['spike bridge@2026-11-30']);
  });
});
