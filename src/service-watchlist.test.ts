import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './store/memory/memory-store.js';
import { silentLogger } from './log/logger.js';
import { compileWatchlist } from './pipeline/matcher/index.js';
import type { Topic } from './model/watchlist.js';
import { ServiceWatchlist } from './service-watchlist.js';

const topic = (id: string, terms: string[], exclude: string[] = []): Topic => ({ id, name: id, terms, exclude, priority: 'digest', workspace: null });

async function watchlistOf(topics: Topic[]): Promise<ServiceWatchlist> {
  const store = createMemoryStore();
  for (const t of topics) await store.watchlists.upsertTopic(t);
  return new ServiceWatchlist(store, silentLogger);
}

describe('ServiceWatchlist', () => {
  it('reports at refresh the same invalid term that compiling the topics would', async () => {
    const topics = [topic('ok', ['Belgrade']), topic('bad', ['Pristina'], ['NEAR Belgrade'])];
    let compileError: unknown;
    try {
      compileWatchlist(topics);
    } catch (e) {
      compileError = e;
    }
    expect(compileError).toMatchObject({ code: 'invalid_term' });
    const w = await watchlistOf(topics);
    await expect(w.refresh()).rejects.toMatchObject({ code: 'invalid_term', message: (compileError as Error).message });
  });

  it('compiles the in-thread analyzer only when it is first asked for, once per watchlist', async () => {
    const w = await watchlistOf([topic('city', ['Belgrade'])]);
    expect(() => w.current()).toThrow(/before the first poll round/);
    await w.refresh();
    const first = w.current();
    expect(first.topics.map((t) => t.id)).toEqual(['city']);
    const analyzer = await first.inline();
    expect(await w.current().inline()).toBe(analyzer);
    await w.refresh(); // unchanged topics: the same key, the same analyzer
    expect(w.current().key).toBe(first.key);
    expect(await w.current().inline()).toBe(analyzer);
  });
});
