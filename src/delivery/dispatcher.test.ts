import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../model/clock.js';
import type { Subscription, Target, PlatformName } from '../model/subscription.js';
import { createMemoryStore } from '../store/memory/memory-store.js';
import type { Store } from '../store/store.js';
import { sampleSubscription } from '../store/testdata/samples.js';
import { PlatformError } from '../platforms/platform.js';
import { ConsolePlatform, STDOUT_SEPARATOR } from '../platforms/console/console-platform.js';
import { DigestScheduler } from '../scheduler/digest-scheduler.js';
import { windowSubject } from '../model/delivery.js';
import { Dispatcher, type DeliveryPlatform } from './dispatcher.js';

/** A platform that records posts by key and fails on demand. */
class FakePlatform implements DeliveryPlatform {
  readonly name = 'discord' as const;
  posts: { target: Target; payloads: unknown[]; key: string }[] = [];
  failures: Error[] = [];
  canTell = true;
  async post(target: Target, payloads: unknown[], opts: { idempotencyKey: string }) {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.posts.push({ target, payloads, key: opts.idempotencyKey });
    return [{ id: `m${this.posts.length}` }];
  }
  async findPosted(_target: Target, key: string) {
    if (!this.canTell) return null;
    return this.posts.flatMap((p, i) => (p.key === key ? [{ id: `m${i + 1}` }] : []));
  }
}

const subscription = (over: Partial<Subscription> = {}): Subscription =>
  sampleSubscription({ id: 'sub1', workspace: 'g1', channel: 'c1', topics: [], cron: '0 8 * * *', locale: 'en', createdBy: null, ...over });

describe('Dispatcher', () => {
  let store: Store;
  let clock: ManualClock;
  let platform: FakePlatform;
  let sub: Subscription;
  const make = (p: DeliveryPlatform = platform, retries = 2) =>
    new Dispatcher({
      deliveries: store.deliveries,
      subscriptions: store.subscriptions,
      platforms: new Map<PlatformName, DeliveryPlatform>([[p.name, p]]),
      payloads: async (_s, kind, subject) => [`${kind} ${subject}`],
      clock,
      retries,
      retryBaseMs: 1000,
    });

  beforeEach(async () => {
    clock = new ManualClock('2026-11-27T07:00:00Z');
    store = createMemoryStore({ clock });
    platform = new FakePlatform();
    sub = await store.subscriptions.upsertSubscription(subscription());
  });

  it('posts once with the ledger key and does nothing on a second call', async () => {
    const d = make();
    const first = await d.deliver(sub, 'digest', 'w1');
    expect(first.status).toBe('sent');
    const again = await d.deliver(sub, 'digest', 'w1');
    expect(again.status).toBe('already_sent');
    expect(platform.posts).toHaveLength(1);
    const [row] = await store.deliveries.listDeliveries(sub.id);
    expect(row).toMatchObject({ state: 'sent', messageIds: ['m1'] });
    expect(platform.posts[0].key).toBe(row.idempotencyKey);
  });

  it('retries a transient error with backoff, honouring Retry-After, then sends', async () => {
    const d = make();
    platform.failures.push(new PlatformError('rate_limited', 'slow down', false, 5000), new PlatformError('http_503', 'unavailable', false));
    const r1 = await d.deliver(sub, 'digest', 'w1');
    expect(r1.status).toBe('retry');
    expect(d.nextRetryAt()?.toISOString()).toBe('2026-11-27T07:00:05.000Z');
    expect(await d.retryDue(clock.now())).toEqual([]);
    clock.advance(5000);
    const [r2] = await d.retryDue(clock.now());
    expect(r2.status).toBe('retry');
    // second attempt: base 1000 ms × 2^1
    expect(d.nextRetryAt()?.toISOString()).toBe('2026-11-27T07:00:07.000Z');
    clock.advance(2000);
    const [r3] = await d.retryDue(clock.now());
    expect(r3.status).toBe('sent');
    expect(platform.posts).toHaveLength(1);
    expect((await store.deliveries.listDeliveries(sub.id))[0]).toMatchObject({ state: 'sent', attempts: 3 });
  });

  it('gives up after the configured retries and marks the row failed', async () => {
    const d = make(platform, 1);
    platform.failures.push(new Error('boom'), new Error('boom again'));
    expect((await d.deliver(sub, 'digest', 'w1')).status).toBe('retry');
    clock.advance(1000);
    const [r] = await d.retryDue(clock.now());
    expect(r.status).toBe('failed');
    expect((await store.deliveries.listDeliveries(sub.id))[0].state).toBe('failed');
    expect(d.nextRetryAt()).toBeNull();
  });

  it('never gives up a crashed row the platform cannot tell about: retried past `retries` until it answers (ADR 0308)', async () => {
    // Posted by a process killed before markSent; the platform is down at the restart.
    const subject = windowSubject(new Date('2026-11-27T06:00:00Z'), new Date('2026-11-27T07:00:00Z'));
    const row = await store.deliveries.beginDelivery({
      subscriptionId: sub.id,
      kind: 'digest',
      subject,
      now: clock.now(),
      windowEnd: new Date('2026-11-27T07:00:00Z'),
    });
    await platform.post(sub, ['digest'], { idempotencyKey: row.idempotencyKey });
    const down = new PlatformError('http_503', 'unavailable', false);
    const realFind = platform.findPosted.bind(platform);
    platform.findPosted = async () => {
      throw down;
    };
    platform.failures.push(...Array.from({ length: 10 }, () => down));
    const d = make(platform, 1);
    expect(await d.reconcile()).toEqual({ found: 0, resent: 0, failed: 1 });
    // Asking fails (throws), then asking cannot tell (null) and posting fails: never final.
    for (let i = 0; i < 4; i++) {
      if (i === 2) {
        platform.findPosted = async () => null;
      }
      clock.advance(d.nextRetryAt()!.getTime() - clock.now().getTime());
      const [r] = await d.retryDue(clock.now());
      expect(r.status).toBe('retry');
    }
    const [pending] = await store.deliveries.listDeliveries(sub.id);
    expect(pending).toMatchObject({ state: 'pending', attempts: 5 });
    expect((await store.subscriptions.getSubscription(sub.id))?.lastWindowEnd?.toISOString()).toBe('2026-11-27T07:00:00.000Z');
    // The platform is back: the post is found, not made again.
    platform.findPosted = realFind;
    clock.advance(d.nextRetryAt()!.getTime() - clock.now().getTime());
    const [r] = await d.retryDue(clock.now());
    expect(r).toMatchObject({ status: 'sent', found: true });
    expect(platform.posts).toHaveLength(1);
  });

  it('pauses the subscription with the reason on a permanent error', async () => {
    const d = make();
    platform.failures.push(new PlatformError('missing_access', 'Missing Access', true));
    const r = await d.deliver(sub, 'digest', 'w1');
    expect(r.status).toBe('failed');
    const stored = await store.subscriptions.getSubscription(sub.id);
    expect(stored).toMatchObject({ paused: true });
    expect(stored!.pausedReason).toMatch(/missing_access/);
    expect(platform.posts).toHaveLength(0);
    expect(d.nextRetryAt()).toBeNull();
  });

  it('reconciles a row left pending after the post went out (crash before markSent): no second post', async () => {
    // Simulate the crash: a pending row and a post carrying its key, but no markSent.
    const row = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'digest', subject: 'w1', now: clock.now() });
    await platform.post(sub, ['digest w1'], { idempotencyKey: row.idempotencyKey });
    const d = make();
    expect(await d.reconcile()).toEqual({ found: 1, resent: 0, failed: 0 });
    expect(platform.posts).toHaveLength(1);
    expect((await store.deliveries.listDeliveries(sub.id))[0]).toMatchObject({ state: 'sent', messageIds: ['m1'] });
  });

  it('with a shared ledger, asks the platform before posting any pending row: another worker may have posted it and died', async () => {
    // Worker A began the row and posted, then was killed before markSent; worker B gets the retried job.
    const row = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'item', subject: '7', now: clock.now() });
    await platform.post(sub, ['item 7'], { idempotencyKey: row.idempotencyKey });
    const shared = new Dispatcher({
      deliveries: store.deliveries,
      subscriptions: store.subscriptions,
      platforms: new Map([[platform.name, platform]]),
      payloads: async () => ['item 7'],
      clock,
      sharedLedger: true,
    });
    expect(await shared.deliver(sub, 'item', '7')).toMatchObject({ status: 'sent', found: true });
    expect(platform.posts).toHaveLength(1);
    // Without the flag the same situation posts again (this process knows of no attempt): why workers set it.
    const row2 = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'item', subject: '8', now: clock.now() });
    await platform.post(sub, ['item 8'], { idempotencyKey: row2.idempotencyKey });
    await make().deliver(sub, 'item', '8');
    expect(platform.posts.filter((p) => p.key === row2.idempotencyKey)).toHaveLength(2);
  });

  it('reconciles a row left pending before the post (crash before post): sends it once', async () => {
    await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'digest', subject: 'w1', now: clock.now() });
    const d = make();
    expect(await d.reconcile()).toEqual({ found: 0, resent: 1, failed: 0 });
    expect(platform.posts).toHaveLength(1);
    expect((await d.deliver(sub, 'digest', 'w1')).status).toBe('already_sent');
  });

  it('advances the subscription window after reconciling a crashed digest, so the next digest starts where it ended', async () => {
    // Every-minute digests; the 15:14–15:15 window was posted, then the process died before markSent
    // and before the scheduler moved lastWindowEnd on.
    clock.set('2026-11-27T15:15:00Z');
    const minutely = await store.subscriptions.upsertSubscription(
      subscription({ cron: '* * * * *', timezone: 'UTC', lastWindowEnd: new Date('2026-11-27T15:14:00Z') }),
    );
    const crashed = windowSubject(new Date('2026-11-27T15:14:00Z'), new Date('2026-11-27T15:15:00Z'));
    const row = await store.deliveries.beginDelivery({ subscriptionId: minutely.id, kind: 'digest', subject: crashed, now: clock.now() });
    await platform.post(minutely, [`digest ${crashed}`], { idempotencyKey: row.idempotencyKey });
    // restart nine minutes later
    clock.set('2026-11-27T15:24:00Z');
    const d = make();
    expect(await d.reconcile()).toEqual({ found: 1, resent: 0, failed: 0 });
    expect((await store.subscriptions.getSubscription(minutely.id))!.lastWindowEnd!.toISOString()).toBe('2026-11-27T15:15:00.000Z');
    const scheduler = new DigestScheduler({
      subscriptions: store.subscriptions,
      dispatcher: d,
      clock,
      graceMs: 3_600_000,
      platforms: () => new Set<PlatformName>(['discord']),
    });
    await scheduler.tick(clock.now());
    const subjects = platform.posts.map((p) => p.payloads[0]);
    expect(subjects).toEqual([`digest ${crashed}`, 'digest 2026-11-27T15:15:00.000Z/2026-11-27T15:24:00.000Z']);
  });

  it('advances the window after a reconciled re-send too, and never moves it back', async () => {
    const later = new Date('2026-11-27T07:00:00Z');
    await store.subscriptions.updateSubscription(sub.id, { lastWindowEnd: later });
    // a newer one left pending: re-sent and the window moves to its end
    await store.deliveries.beginDelivery({
      subscriptionId: sub.id,
      kind: 'digest',
      subject: windowSubject(later, new Date('2026-11-28T07:00:00Z')),
      now: clock.now(),
    });
    // an older window left pending (crash before its post): re-sent after it, but the window stays at the later end
    await store.deliveries.beginDelivery({
      subscriptionId: sub.id,
      kind: 'digest',
      subject: windowSubject(new Date('2026-11-25T07:00:00Z'), new Date('2026-11-26T07:00:00Z')),
      now: clock.now(),
    });
    const d = make();
    expect(await d.reconcile()).toEqual({ found: 0, resent: 2, failed: 0 });
    expect((await store.subscriptions.getSubscription(sub.id))!.lastWindowEnd!.toISOString()).toBe('2026-11-28T07:00:00.000Z');
  });

  it('checks findPosted before retrying an attempt that may have gone out (timeout after send)', async () => {
    const d = make();
    // The platform accepted the message but the response was lost.
    platform.post = async function (this: FakePlatform, target, payloads, opts) {
      this.posts.push({ target, payloads, key: opts.idempotencyKey });
      throw new PlatformError('timeout', 'response lost', false);
    };
    expect((await d.deliver(sub, 'digest', 'w1')).status).toBe('retry');
    clock.advance(1000);
    const [r] = await d.retryDue(clock.now());
    expect(r).toMatchObject({ status: 'sent', found: true });
    expect(platform.posts).toHaveLength(1);
  });

  it('treats an empty digest as delivered without posting', async () => {
    const d = new Dispatcher({
      deliveries: store.deliveries,
      subscriptions: store.subscriptions,
      platforms: new Map<PlatformName, DeliveryPlatform>([['discord', platform]]),
      payloads: async () => null,
      clock,
    });
    expect((await d.deliver(sub, 'digest', 'w1')).status).toBe('sent');
    expect(platform.posts).toHaveLength(0);
  });

  it('works end to end with the console adapter ledger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-console-'));
    const printed: string[] = [];
    const consoleSub = await store.subscriptions.upsertSubscription(subscription({ id: 'c', platform: 'console', workspace: 'console', channel: 'stdout' }));
    const cp = new ConsolePlatform({ dir, ledger: 'ledger.jsonl', stdout: (t) => printed.push(t), clock });
    const d = make(cp);
    await d.deliver(consoleSub, 'digest', 'w1');
    // Crash simulation: a new dispatcher with a pending row whose key is already in the ledger.
    const row = await store.deliveries.beginDelivery({ subscriptionId: consoleSub.id, kind: 'digest', subject: 'w2', now: clock.now() });
    await cp.post(consoleSub, ['digest w2'], { idempotencyKey: row.idempotencyKey });
    expect(await make(cp).reconcile()).toEqual({ found: 1, resent: 0, failed: 0 });
    expect(cp.readLedger().map((l) => l.text)).toEqual(['digest w1', 'digest w2']);
    // The second digest on stdout is set off from the first by the console's separator.
    expect(printed).toEqual(['digest w1', `${STDOUT_SEPARATOR}digest w2`]);
  });
});
