import { afterAll, describe, expect, it } from 'vitest';
import { freshSchema, needsPostgres, type FreshSchema } from '../../test/support/postgres.js';
import { LeaderElection } from './leader.js';

const PG = await needsPostgres();

describe.skipIf(!PG)('scheduler leader election', () => {
  let schema: FreshSchema | null = null;
  afterAll(async () => schema?.drop());

  it('elects one of two candidates, and the other takes over once the leader gives up its connection', async () => {
    schema = await freshSchema('leader');
    const events: string[] = [];
    const make = (name: string) =>
      new LeaderElection({
        url: schema!.url,
        retryMs: 200,
        onElected: () => void events.push(`${name} elected`),
        onDeposed: (r) => void events.push(`${name} deposed: ${r}`),
      });
    const a = make('a');
    const b = make('b');
    a.start();
    await expect.poll(() => a.isLeader, { timeout: 10_000 }).toBe(true);
    b.start();
    // b keeps trying but the lock is a's.
    await new Promise((r) => setTimeout(r, 800));
    expect([a.isLeader, b.isLeader]).toEqual([true, false]);
    await a.stop(); // its session ends: PostgreSQL releases the lock, as when the process dies
    await expect.poll(() => b.isLeader, { timeout: 10_000 }).toBe(true);
    await b.stop();
    expect(events).toEqual(['a elected', 'b elected']);
  });

  it('keeps deployments in different schemas apart: each elects its own leader', async () => {
    const one = await freshSchema('lead1');
    const two = await freshSchema('lead2');
    const x = new LeaderElection({ url: one.url, retryMs: 200, onElected: () => undefined, onDeposed: () => undefined });
    const y = new LeaderElection({ url: two.url, retryMs: 200, onElected: () => undefined, onDeposed: () => undefined });
    x.start();
    y.start();
    try {
      await expect.poll(() => x.isLeader && y.isLeader, { timeout: 10_000 }).toBe(true);
    } finally {
      await x.stop();
      await y.stop();
      await one.drop();
      await two.drop();
    }
  });
});
