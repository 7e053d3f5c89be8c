import { describe, expect, it } from 'vitest';
import type { AnalyzedItem } from '../model/story.js';
import type { FeedRecord } from '../store/store.js';
import { silentLogger } from '../log/logger.js';
import { FeedRecorder } from './feed-record.js';
import { LoopTurns } from './loop-turns.js';
import type { FeedOutcome, PollerConfig } from './poller-types.js';

const item = (i: number) => ({ id: `x${i}`, item: { key: `k${i}`, published: null }, firstSeen: new Date(0) }) as unknown as AnalyzedItem;

/** A recorder over an item store that takes `msPerItem` of the injected clock per saved item. */
function recorder(msPerItem: number) {
  let clock = 0;
  const calls: { n: number; withFeed: boolean }[] = [];
  const items = {
    async saveItems(list: AnalyzedItem[], feed?: unknown) {
      calls.push({ n: list.length, withFeed: feed !== undefined });
      clock += msPerItem * list.length;
      return list.map((a) => ({ id: a.id, inserted: true }));
    },
  };
  const rec = new FeedRecorder({
    deps: { items, feeds: {} } as never,
    cfg: {} as PollerConfig,
    logger: silentLogger,
    random: () => 0.5,
    turns: new LoopTurns(0),
    aborted: () => false,
    now: () => clock,
  });
  return { rec, calls };
}

const outcome = (): FeedOutcome => ({ newItems: [] }) as unknown as FeedOutcome;

describe('FeedRecorder.saveNew chunks', () => {
  it('keeps up to 10 items per transaction while saves are fast, the validators with the last', async () => {
    const { rec, calls } = recorder(0.1);
    const out = outcome();
    expect(
      await rec.saveNew(
        {} as FeedRecord,
        'http://127.0.0.1/f',
        new Date(0),
        Array.from({ length: 40 }, (_, i) => item(i)),
        {},
        out,
      ),
    ).toBe(true);
    expect(out.newItems).toHaveLength(40);
    expect(calls.slice(1).every((c) => c.n === 10 || c.withFeed)).toBe(true);
    expect(calls.filter((c) => c.withFeed)).toHaveLength(1);
    expect(calls.at(-1)?.withFeed).toBe(true);
  });

  it('shrinks to one item per transaction when each save takes longer than the budget (a busy machine)', async () => {
    const { rec, calls } = recorder(20);
    const out = outcome();
    await rec.saveNew(
      {} as FeedRecord,
      'http://127.0.0.1/f',
      new Date(0),
      Array.from({ length: 12 }, (_, i) => item(i)),
      {},
      out,
    );
    expect(out.newItems.map((a) => a.id)).toEqual(Array.from({ length: 12 }, (_, i) => `x${i}`));
    expect(calls.slice(1).map((c) => c.n)).toEqual(Array(calls.length - 1).fill(1));
    expect(rec.chunk()).toBe(1);
  });
});
