import { describe, expect, it } from 'vitest';
import { LoopTurns } from './loop-turns.js';

/** Counts iterations of the event loop: a self-renewing immediate, one increment per check phase. */
function iterationCounter(): { now: () => number; stop: () => void } {
  let n = 0;
  let timer: NodeJS.Immediate;
  const tick = () => {
    n++;
    timer = setImmediate(tick);
  };
  timer = setImmediate(tick);
  return { now: () => n, stop: () => clearImmediate(timer) };
}

describe('LoopTurns', () => {
  it('lets one waiter go per iteration of the event loop, in order', async () => {
    const turns = new LoopTurns(0);
    const loop = iterationCounter();
    const resumed: { who: number; at: number }[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map(async (who) => {
        await turns.turn();
        resumed.push({ who, at: loop.now() });
      }),
    );
    loop.stop();
    expect(resumed.map((r) => r.who)).toEqual([0, 1, 2, 3, 4]);
    // Never two in the same iteration (a bare setImmediate would resume all five in one).
    for (let i = 1; i < resumed.length; i++) expect(resumed[i].at).toBeGreaterThan(resumed[i - 1].at);
  });

  it('slice() resolves at once within the slice and queues for a turn after it', async () => {
    const turns = new LoopTurns(60_000);
    await turns.turn(); // starts a slice
    expect(turns.slice()).toBeUndefined();
    const spent = new LoopTurns(0);
    await spent.turn();
    expect(spent.slice()).toBeInstanceOf(Promise);
  });
});
