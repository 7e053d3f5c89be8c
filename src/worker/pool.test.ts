import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from './pool.js';
import { quadraticBlowup } from '../reader/parser/testdata/hostile.js';

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const rss = '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>http://127.0.0.1/a</link><pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>';

describe('WorkerPool', () => {
  it('parses in a worker and returns the same feed as in-thread, dates intact', async () => {
    pool = new WorkerPool({ size: 1 });
    const r = await pool.run({ kind: 'parse', bytes: new TextEncoder().encode(rss), contentType: null, url: null });
    expect(r.items[0].title).toBe('A');
    expect(r.items[0].published).toBeInstanceOf(Date);
  }, 60_000);

  it("passes the task's error code through (feed_limit)", async () => {
    pool = new WorkerPool({ size: 1 });
    await expect(pool.run({ kind: 'parse', bytes: new TextEncoder().encode(quadraticBlowup()), contentType: null, url: null })).rejects.toMatchObject({ code: 'feed_limit' });
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
