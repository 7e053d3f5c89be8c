import { afterEach, describe, expect, it } from 'vitest';
import { BIG_TASK_BYTES, WorkerPool } from './pool.js';
import { movable } from './tasks.js';
import { quadraticBlowup } from '../reader/parser/testdata/hostile.js';

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const rss =
  '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://127.0.0.1/a</link><pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>';

describe('WorkerPool', () => {
  it('parses in a worker and returns the same feed as in-thread, dates intact', async () => {
    pool = new WorkerPool({ size: 1 });
    const r = await pool.run({ kind: 'parse', bytes: new TextEncoder().encode(rss), contentType: null, url: null });
    expect(r.items[0].title).toBe('A');
    expect(r.items[0].published).toBeInstanceOf(Date);
  }, 60_000);

  it('moves the body to the worker (no copy) and hands it back only when the list was cut', async () => {
    pool = new WorkerPool({ size: 1 });
    const items = Array.from(
      { length: 5 },
      (_, i) => `<item><title>N${i}</title><link>http://127.0.0.1/${i}</link><guid>g${i}</guid><description>${'x'.repeat(2000)}</description></item>`,
    ).join('');
    const doc = `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
    const { bytes, transfer } = movable(new TextEncoder().encode(doc));
    const cut = await pool.run({ kind: 'parse', bytes, contentType: null, url: null, skipKeys: ['g0'], maxItems: 2 }, transfer);
    expect(bytes.byteLength).toBe(0); // moved away, not copied
    expect(cut.truncated).toBe(true);
    expect(cut.items.map((i) => i.key)).toEqual(['g1', 'g2']);
    expect(new TextDecoder().decode(cut.bytes)).toBe(doc); // handed back whole for the next turn
    const again = movable(cut.bytes!);
    const rest = await pool.run({ kind: 'parse', bytes: again.bytes, contentType: null, url: null, skipKeys: ['g0', 'g1', 'g2'], maxItems: 3 }, again.transfer);
    expect(rest.items.map((i) => i.key)).toEqual(['g3', 'g4']);
    expect(rest.bytes).toBeUndefined();
    // A view into a shared buffer (Node's small-Buffer pool) is copied, never moved.
    const pooled = Buffer.from('<rss version="2.0"><channel><title>T</title></channel></rss>');
    const m = movable(pooled);
    expect(m.bytes).not.toBe(pooled);
    await pool.run({ kind: 'parse', bytes: m.bytes, contentType: null, url: null }, m.transfer);
    expect(pooled.toString()).toContain('<rss');
  }, 60_000);

  it('runs one big parse at a time with several workers, small tasks passing the waiting big one', async () => {
    pool = new WorkerPool({ size: 2 });
    const item = (i: number) => `<item><title>N${i}</title><guid>g${i}</guid><description>${'word '.repeat(1000)}</description></item>`;
    const doc = `<rss version="2.0"><channel><title>T</title>${Array.from({ length: 1100 }, (_, i) => item(i)).join('')}</channel></rss>`;
    const big = () => new TextEncoder().encode(doc);
    expect(big().byteLength).toBeGreaterThan(BIG_TASK_BYTES);
    // Both workers loaded (they start lazily, the second while the first is busy).
    for (let i = 0; i < 100 && pool.readyWorkers < 2; i++) await Promise.all([pool.run({ kind: 'spin', ms: 200 }), pool.run({ kind: 'spin', ms: 200 })]);
    expect(pool.readyWorkers).toBe(2);
    const done: string[] = [];
    let maxBig = 0;
    const sampler = setInterval(() => (maxBig = Math.max(maxBig, pool?.runningBig ?? 0)), 5);
    const a = pool.run({ kind: 'parse', bytes: big(), contentType: null, url: null, maxItems: 1 }).then(() => done.push('big A'));
    const b = pool.run({ kind: 'parse', bytes: big(), contentType: null, url: null, maxItems: 1 }).then(() => done.push('big B'));
    const c = pool.run({ kind: 'spin', ms: 1 }).then(() => done.push('small C'));
    await Promise.all([a, b, c]);
    clearInterval(sampler);
    expect(maxBig).toBe(1);
    expect(done.indexOf('small C')).toBeLessThan(done.indexOf('big B'));
    expect(done.indexOf('big A')).toBeLessThan(done.indexOf('big B'));
  }, 60_000);

  it("passes the task's error code through (feed_limit)", async () => {
    pool = new WorkerPool({ size: 1 });
    await expect(pool.run({ kind: 'parse', bytes: new TextEncoder().encode(quadraticBlowup()), contentType: null, url: null })).rejects.toMatchObject({
      code: 'feed_limit',
    });
  }, 60_000);

  it('ends a task over its deadline with task_timeout and runs the next task on a fresh worker', async () => {
    pool = new WorkerPool({ size: 1, taskTimeoutMs: 3000 });
    await pool.run({ kind: 'spin', ms: 1 }); // warm: the worker has loaded
    const slow = pool.run({ kind: 'spin', ms: 60_000 });
    const next = pool.run({ kind: 'parse', bytes: new TextEncoder().encode(rss), contentType: null, url: null });
    await expect(slow).rejects.toMatchObject({ code: 'task_timeout' });
    expect((await next).items).toHaveLength(1);
  }, 60_000);

  it('rejects queued tasks with pool_closed on close', async () => {
    pool = new WorkerPool({ size: 1 });
    const a = pool.run({ kind: 'spin', ms: 200 }).catch((e: unknown) => e);
    const b = pool.run({ kind: 'spin', ms: 200 }).catch((e: unknown) => e);
    await pool.close();
    expect(await a).toMatchObject({ code: 'pool_closed' });
    expect(await b).toMatchObject({ code: 'pool_closed' });
  }, 60_000);
});
