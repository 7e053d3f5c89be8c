import { describe, expect, it } from 'vitest';
import { ChannelPacer } from './pacer.js';

/** A pacer on a fake monotonic time: `sleep` moves time forward and records the wait. */
function fakeTime() {
  let t = 1000;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
    advance: (ms: number) => (t += ms),
    waits,
  };
}

describe('ChannelPacer (one post per second per channel)', () => {
  it('spaces posts to one channel by the interval, in call order, without holding up other channels', async () => {
    const time = fakeTime();
    const pacer = new ChannelPacer({ intervalMs: 1000, now: time.now, sleep: time.sleep });
    const order: string[] = [];
    const send = (label: string) => async () => {
      order.push(`${label}@${time.now()}`);
      return label;
    };
    const results = await Promise.all([pacer.run('C1', send('a')), pacer.run('C1', send('b')), pacer.run('C2', send('x')), pacer.run('C1', send('c'))]);
    expect(results).toEqual(['a', 'b', 'x', 'c']);
    const c1 = order.filter((o) => !o.startsWith('x')).map((o) => Number(o.split('@')[1]));
    expect(c1[1] - c1[0]).toBeGreaterThanOrEqual(1000);
    expect(c1[2] - c1[1]).toBeGreaterThanOrEqual(1000);
    expect(order.map((o) => o[0])).toContain('x');
  });

  it('does not wait when the last post is older than the interval; a failed send still uses its slot', async () => {
    const time = fakeTime();
    const pacer = new ChannelPacer({ intervalMs: 1000, now: time.now, sleep: time.sleep });
    await expect(pacer.run('C1', async () => Promise.reject(new Error('ratelimited')))).rejects.toThrow('ratelimited');
    time.advance(400);
    await pacer.run('C1', async () => 1);
    expect(time.waits).toEqual([600]);
    time.advance(5000);
    await pacer.run('C1', async () => 2);
    expect(time.waits).toEqual([600]);
  });
});
