import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../model/clock.js';
import type { PlatformName, Subscription } from '../../model/subscription.js';
import { createMemoryStore } from '../../store/memory/memory-store.js';
import type { Store } from '../../store/store.js';
import { sampleSubscription } from '../../store/testdata/samples.js';
import { Dispatcher, type DeliveryPlatform } from '../../delivery/dispatcher.js';
import { ConsolePlatform, keyLine, STDOUT_SEPARATOR, type ConsolePlatformOptions } from './console-platform.js';

const subscription = (channel: string): Subscription =>
  sampleSubscription({
    id: `sub-${channel}`,
    platform: 'console',
    workspace: 'console',
    channel,
    timezone: 'UTC',
    topics: [],
    cron: '0 8 * * *',
    locale: 'en',
    createdBy: null,
  });

/** Dies (throws, as a killed process would stop) on the first append to a path ending in `crashOn`. */
function crashingAppend(crashOn: string, calls: string[]) {
  let crashed = false;
  return async (path: string, data: string) => {
    calls.push(path);
    if (!crashed && path.endsWith(crashOn)) {
      crashed = true;
      throw new Error('simulated crash');
    }
    await appendFile(path, data, 'utf8');
  };
}

describe('ConsolePlatform', () => {
  let dir: string;
  let clock: ManualClock;
  let store: Store;
  let printed: string[];
  const platform = (over: Partial<ConsolePlatformOptions> = {}) =>
    new ConsolePlatform({ dir, ledger: 'ledger.jsonl', clock, stdout: (t) => printed.push(t), ...over });
  const dispatcher = (p: DeliveryPlatform) =>
    new Dispatcher({
      deliveries: store.deliveries,
      subscriptions: store.subscriptions,
      platforms: new Map<PlatformName, DeliveryPlatform>([['console', p]]),
      payloads: async (_s, kind, subject) => [`${kind} ${subject}`],
      clock,
    });
  /** A post that died at `crashOn`, leaving the ledger row pending as a killed process would. */
  async function crashedPost(sub: Subscription, crashOn: string, calls: string[] = []) {
    const row = await store.deliveries.beginDelivery({ subscriptionId: sub.id, kind: 'digest', subject: 'w1', now: clock.now() });
    const cp = platform({ appendFile: crashingAppend(crashOn, calls) });
    await expect(cp.post(sub, ['digest w1'], { idempotencyKey: row.idempotencyKey })).rejects.toThrow(/simulated crash/);
    return row;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ww-console-'));
    clock = new ManualClock('2026-11-27T12:00:00Z');
    store = createMemoryStore({ clock });
    printed = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a file channel message with its key line first, then the ledger line', async () => {
    const calls: string[] = [];
    const cp = platform({ appendFile: crashingAppend('never', calls) });
    const refs = await cp.post(subscription('news'), ['one', { two: 2 }], { idempotencyKey: 'k1' });
    expect(refs).toEqual([{ id: 'console:k1' }]);
    expect(calls).toEqual([join(dir, 'news.txt'), join(dir, 'ledger.jsonl')]);
    const file = readFileSync(join(dir, 'news.txt'), 'utf8');
    expect(file).toBe(`one\n\n{\n  "two": 2\n}\n${keyLine('k1')}\n\n`);
    expect(cp.readLedger()).toEqual([{ key: 'k1', channel: 'news', message_ids: ['console:k1'], at: '2026-11-27T12:00:00.000Z', text: file.trimEnd() }]);
    expect(await cp.findPosted(subscription('news'), 'k1')).toEqual([{ id: 'console:k1' }]);
    expect(await cp.findPosted(subscription('news'), 'k2')).toEqual([]);
    expect(await cp.findPosted(subscription('other'), 'k1')).toEqual([]);
  });

  it('file channel, crash after the message and before the ledger line: found, not posted again', async () => {
    const sub = await store.subscriptions.upsertSubscription(subscription('news'));
    const row = await crashedPost(sub, 'ledger.jsonl');
    const cp = platform();
    expect(cp.readLedger()).toEqual([]);
    expect(await cp.findPosted(sub, row.idempotencyKey)).toEqual([{ id: `console:${row.idempotencyKey}` }]);
    expect(await dispatcher(cp).reconcile()).toEqual({ found: 1, resent: 0, failed: 0 });
    expect(readFileSync(join(dir, 'news.txt'), 'utf8').split(keyLine(row.idempotencyKey))).toHaveLength(2);
    expect((await store.deliveries.listDeliveries(sub.id))[0]).toMatchObject({ state: 'sent', messageIds: [`console:${row.idempotencyKey}`] });
  });

  it('file channel, crash before the message write: not found, sent once on reconcile', async () => {
    const sub = await store.subscriptions.upsertSubscription(subscription('news'));
    const row = await crashedPost(sub, 'news.txt');
    const cp = platform();
    expect(existsSync(join(dir, 'news.txt'))).toBe(false);
    expect(await cp.findPosted(sub, row.idempotencyKey)).toEqual([]);
    expect(await dispatcher(cp).reconcile()).toEqual({ found: 0, resent: 1, failed: 0 });
    expect(readFileSync(join(dir, 'news.txt'), 'utf8').split(keyLine(row.idempotencyKey))).toHaveLength(2);
    expect(cp.readLedger().map((l) => l.key)).toEqual([row.idempotencyKey]);
  });

  it('stdout, crash after the print and before the ledger line: re-sent (never lost), found afterwards', async () => {
    const sub = await store.subscriptions.upsertSubscription(subscription('stdout'));
    const row = await crashedPost(sub, 'ledger.jsonl');
    expect(printed).toEqual(['digest w1']);
    const cp = platform();
    expect(await cp.findPosted(sub, row.idempotencyKey)).toEqual([]);
    expect(await dispatcher(cp).reconcile()).toEqual({ found: 0, resent: 1, failed: 0 });
    expect(printed).toEqual(['digest w1', 'digest w1']);
    expect(await cp.findPosted(sub, row.idempotencyKey)).toEqual([{ id: `console:${row.idempotencyKey}` }]);
    expect(await dispatcher(cp).reconcile()).toEqual({ found: 0, resent: 0, failed: 0 });
  });

  it('stdout: the ledger line is written only after the print settles', async () => {
    let release!: () => void;
    const cp = platform({ stdout: () => new Promise<void>((r) => (release = r)) });
    const posting = cp.post(subscription('stdout'), ['x'], { idempotencyKey: 'k' });
    await new Promise((r) => setTimeout(r, 10));
    expect(cp.readLedger()).toEqual([]);
    release();
    await posting;
    expect(cp.readLedger().map((l) => [l.key, l.channel, l.text])).toEqual([['k', 'stdout', 'x']]);
  });

  it.skipIf(process.platform === 'win32')('a channel file that blocks (a FIFO with no reader) does not block the event loop', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const cp = platform();
    let done = false;
    const posting = cp.post(subscription('pipe'), ['blocked'], { idempotencyKey: 'kf' }).then((r) => {
      done = true;
      return r;
    });
    // timers still fire while the write waits for a reader
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    const chunks: string[] = [];
    const reader = createReadStream(fifo, { encoding: 'utf8' });
    const closed = new Promise<void>((r) => reader.on('close', () => r()));
    reader.on('data', (c) => chunks.push(String(c)));
    expect(await posting).toEqual([{ id: 'console:kf' }]);
    await closed;
    expect(chunks.join('')).toContain(keyLine('kf'));
  });

  it('stdout: consecutive messages are separated by a rule; the ledger keeps each message as posted', async () => {
    const cp = platform();
    const target = { platform: 'console' as const, workspace: 'console', channel: 'stdout' };
    await cp.post(target, ['first digest'], { idempotencyKey: 'k1' });
    await cp.post(target, ['second digest'], { idempotencyKey: 'k2' });
    expect(printed).toEqual(['first digest', `${STDOUT_SEPARATOR}second digest`]);
    expect(STDOUT_SEPARATOR).toMatch(/^\n─{60}\n\n$/);
    expect(cp.readLedger().map((l) => l.text)).toEqual(['first digest', 'second digest']);
  });

  it('refuses channel names that are not plain file names (permanent)', async () => {
    await expect(platform().post(subscription('../etc'), ['x'], { idempotencyKey: 'k' })).rejects.toMatchObject({ code: 'bad_channel', permanent: true });
  });
});
